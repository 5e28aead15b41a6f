import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assign,
  type assignInParallel,
  createMatcher,
  generateRegion,
  isBanenmatchError,
} from '../../dist/index.js';
import { rejection } from '../helpers/errors.js';

// A bundled application: the library's code in a file whose directory holds no worker.js (as when
// esbuild or webpack bundles banenmatch into app.js). Uses the built package (npm test builds first).
const root = fileURLToPath(new URL('../../', import.meta.url));
const worker = join(root, 'dist', 'worker.js');

describe('assignInParallel in a bundled application', () => {
  let dir = '';
  let bundled: typeof assignInParallel;
  const region = generateRegion({ seed: 31, candidates: 40, vacancies: 50 });
  const expected = JSON.stringify(assign(createMatcher(region)));

  beforeAll(async () => {
    mkdirSync(join(root, '.vitest'), { recursive: true });
    dir = mkdtempSync(join(root, '.vitest', 'bundle-'));
    copyFileSync(join(root, 'dist', 'index.js'), join(dir, 'app.js'));
    copyFileSync(join(root, 'dist', 'index.js.map'), join(dir, 'index.js.map'));
    bundled = ((await import(join(dir, 'app.js'))) as { assignInParallel: typeof assignInParallel })
      .assignInParallel;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says to pass workerUrl, and where the worker lives in the package, when it is not found', async () => {
    const e = await rejection<Error>(bundled(region, { workers: 2 }));
    expect(isBanenmatchError(e) && e.code).toBe('NOT_FOUND');
    expect(e.message).toContain(
      `its worker script ${pathToFileURL(join(dir, 'worker.js')).href} does not exist`,
    );
    expect(e.message).toContain(
      'In an application bundled with esbuild, webpack or the like, pass the option `workerUrl`',
    );
    expect(e.message).toContain('the file dist/worker.js of the banenmatch package');
    expect(e.message).toContain("import.meta.resolve('banenmatch/package.json')");
  });

  it('runs with workerUrl as a URL, a file: URL as text, an absolute or a relative path', async () => {
    const forms = [
      pathToFileURL(worker),
      pathToFileURL(worker).href,
      worker,
      relative(process.cwd(), worker),
    ];
    for (const workerUrl of forms) {
      const result = await bundled(region, { workers: 2, workerUrl });
      expect(JSON.stringify(result), String(workerUrl)).toBe(expected);
    }
  });

  it('refuses a workerUrl that does not exist, naming it and saying what to give', async () => {
    const missing = join(dir, 'nowhere', 'worker.js');
    const e = await rejection<Error>(bundled(region, { workerUrl: missing }));
    expect(isBanenmatchError(e) && e.code).toBe('NOT_FOUND');
    expect(e.message).toMatch(
      /^assignInParallel: `workerUrl` file:\/\/.*\/nowhere\/worker\.js does not exist; pass/,
    );
    expect(e.message).toContain('dist/worker.js');
  });

  it('refuses a workerUrl that is no file URL or path', async () => {
    for (const workerUrl of [42, '', new URL('https://example.org/worker.js'), 'file://%zz']) {
      const e = await rejection<Error>(bundled(region, { workerUrl: workerUrl as string }));
      expect(isBanenmatchError(e) && e.code, String(workerUrl)).toBe('INVALID_ARGUMENT');
      expect(e.message).toMatch(
        /^assignInParallel: expected `workerUrl` to be a file: URL or a file path, got /,
      );
    }
  });
});
