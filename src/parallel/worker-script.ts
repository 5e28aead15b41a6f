import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BanenmatchError } from '../errors.js';

/** How to give the worker's place, for the error messages. */
const HOW =
  "pass the option `workerUrl` with the place of the file dist/worker.js of the banenmatch package (the same version), e.g. `new URL('dist/worker.js', import.meta.resolve('banenmatch/package.json'))` or `path.join(path.dirname(require.resolve('banenmatch/package.json')), 'dist', 'worker.js')`, or copy that file next to your bundle";

/**
 * The worker script of `fn`: `given` (a URL, a `file:` URL as text or a file path, relative to the
 * working directory) or else `worker.js` next to the running library (`dist/worker.js`). Throws
 * `INVALID_ARGUMENT` for a `given` of another kind and `NOT_FOUND`, saying what to do, when the file
 * does not exist (a bundled application, or the TypeScript sources).
 */
export function workerScript(fn: string, given: unknown): URL {
  if (given === undefined) {
    const url = new URL('./worker.js', import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
    throw new BanenmatchError(
      'NOT_FOUND',
      `${fn}: its worker script ${url.href} does not exist. In an application bundled with esbuild, webpack or the like, ${HOW}. From a clone of banenmatch, run \`npm run build\` and use the built package (dist/), not the TypeScript sources.`,
    );
  }
  const url = asUrl(given);
  if (url === null) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `${fn}: expected \`workerUrl\` to be a file: URL or a file path, got ${given instanceof URL ? given.protocol : typeof given}`,
    );
  }
  if (!existsSync(fileURLToPath(url))) {
    throw new BanenmatchError('NOT_FOUND', `${fn}: \`workerUrl\` ${url.href} does not exist; ${HOW}.`);
  }
  return url;
}

/** `given` as a `file:` URL of a local path, or null when it is none. */
function asUrl(given: unknown): URL | null {
  if (typeof given === 'string' && given !== '' && !given.startsWith('file:')) {
    return pathToFileURL(resolve(given));
  }
  const url = typeof given === 'string' && URL.canParse(given) ? new URL(given) : given;
  if (!(url instanceof URL) || url.protocol !== 'file:') return null;
  try {
    fileURLToPath(url); // a host other than localhost, or an encoded slash, is no local file
    return url;
  } catch {
    return null;
  }
}
