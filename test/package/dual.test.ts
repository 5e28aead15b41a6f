import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as source from 'banenmatch';
import { describe, expect, it } from 'vitest';

// The built package (npm test builds first) must work from both module systems with the same API.
const root = new URL('../../', import.meta.url);

function run(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
}

describe('the built package', () => {
  it('has been built', () => {
    expect(existsSync(new URL('dist/index.js', root))).toBe(true);
    expect(existsSync(new URL('dist/index.cjs', root))).toBe(true);
    expect(existsSync(new URL('dist/index.d.ts', root))).toBe(true);
    expect(existsSync(new URL('dist/index.d.cts', root))).toBe(true);
  });

  it('exposes the same API through import and require, equal to the source index', () => {
    const esm = run([
      '--input-type=module',
      '-e',
      "const m = await import('banenmatch'); console.log(JSON.stringify(Object.keys(m).sort()))",
    ]);
    const cjs = run(['-e', "console.log(JSON.stringify(Object.keys(require('banenmatch')).sort()))"]);
    expect(JSON.parse(esm)).toEqual(JSON.parse(cjs));
    expect(JSON.parse(esm)).toEqual(Object.keys(source).sort());
  });

  it('gives byte-identical results from the ESM and CJS builds', () => {
    const code = (load: string) =>
      `${load}; console.log(JSON.stringify(m.generateRegion({ seed: 9, candidates: 50, vacancies: 60 })))`;
    const esm = run(['--input-type=module', '-e', code("const m = await import('banenmatch')")]);
    const cjs = run(['-e', code("const m = require('banenmatch')")]);
    expect(esm).toBe(cjs);
    expect(esm.length).toBeGreaterThan(1000);
  });

  it('ends every built file with one sourceMappingURL line', () => {
    for (const file of ['index.js', 'index.cjs', 'worker.js', 'cli.js']) {
      const text = readFileSync(new URL(`dist/${file}`, root), 'utf8');
      expect(text.match(/^\/\/# sourceMappingURL=.*$/gm), file).toEqual([`//# sourceMappingURL=${file}.map`]);
    }
  });
});
