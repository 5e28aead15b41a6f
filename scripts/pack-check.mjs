// Checks the package as a user receives it: `npm pack` (its prepack builds), publint and
// Are the Types Wrong on the tarball, then fresh ESM and CommonJS consumer projects that install the
// tarball, type-check a TypeScript consumer (module and moduleResolution node16) and run it.
//
// No network: `npm install --offline <tarball>` needs the registry metadata (packuments) of the
// package's dependencies in npm's cache, and `npm ci` from a lock file only caches tarballs, so on a
// fresh CI machine it fails with ENOTCACHED. Each consumer therefore installs by hand what npm would:
// the tarball unpacked into node_modules/banenmatch, the package's declared `dependencies` (and
// @types/node for tsc) linked from this repository's node_modules (installed from the lock file), and
// the `banenmatch` bin linked into node_modules/.bin. Only declared dependencies are linked, so an
// import the package forgot to declare fails here as it would for a user.
//
// Usage: npm run pack-check. Temporary directories are removed at the end, also on failure.
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(repo, 'node_modules', '.bin', name);
const temp = mkdtempSync(join(tmpdir(), 'banenmatch-pack-'));

/** Runs a command, its output on this script's standard error; throws when it fails. */
function run(command, args, cwd = repo) {
  console.error(`$ ${[command, ...args].join(' ')}${cwd === repo ? '' : `   (in ${cwd})`}`);
  execFileSync(command, args, { cwd, stdio: ['ignore', process.stderr, 'inherit'] });
}

/** Runs a command and returns its standard output. */
function output(command, args, cwd) {
  console.error(`$ ${[command, ...args].join(' ')}   (in ${cwd})`);
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/** The consumer's code: the same TypeScript for both module systems (tsc compiles it to each). */
const CONSUMER = `import { assign, assignInParallel, createMatcher, generateRegion, type Matcher } from 'banenmatch';

async function main(): Promise<void> {
  const region = generateRegion({ seed: 7, candidates: 40, vacancies: 60 });
  const matcher: Matcher = createMatcher(region);
  const alone = assign(matcher);
  const placed = alone.placements[0];
  if (placed === undefined) throw new Error('nobody placed');
  const top = matcher.rank(placed.candidateId, { k: 3 });
  const parallel = await assignInParallel(region, { workers: 2 });
  console.log(
    JSON.stringify({
      top: top.map((m) => [m.vacancyId, m.score]),
      placements: alone.placements.length,
      parallelPlacements: parallel.placements.length,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
`;

/** Installs the unpacked package and its declared dependencies into a consumer, as npm would. */
function install(dir, tarball, manifest) {
  const modules = join(dir, 'node_modules');
  const target = join(modules, 'banenmatch');
  mkdirSync(target, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], dir);
  for (const name of [...Object.keys(manifest.dependencies ?? {}), '@types/node']) {
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(join(repo, 'node_modules', name), join(modules, name), 'dir');
  }
  mkdirSync(join(modules, '.bin'));
  for (const [name, file] of Object.entries(manifest.bin ?? {})) {
    symlinkSync(join('..', 'banenmatch', file), join(modules, '.bin', name));
  }
}

/** A consumer project of one module system: install, type-check, run; returns what it printed. */
function consumer(kind, tarball, manifest) {
  const dir = join(temp, kind);
  mkdirSync(join(dir, 'src'), { recursive: true });
  const type = kind === 'esm' ? 'module' : 'commonjs';
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${kind}`, private: true, type }));
  const compilerOptions = {
    module: 'node16',
    moduleResolution: 'node16',
    target: 'ES2022',
    strict: true,
    types: ['node'],
    outDir: 'out',
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }));
  writeFileSync(join(dir, 'src', 'consumer.ts'), CONSUMER);
  install(dir, tarball, manifest);
  run(process.execPath, [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], dir);
  const compiled = readFileSync(join(dir, 'out', 'consumer.js'), 'utf8');
  const loads = kind === 'esm' ? /from ['"]banenmatch['"]/ : /require\(['"]banenmatch['"]\)/;
  if (!loads.test(compiled)) throw new Error(`${kind}: tsc did not compile to ${kind}`);
  const printed = output(process.execPath, ['out/consumer.js'], dir);
  // Run as a shell would (its shebang and executable mode), not through `node`.
  const help = output(join(dir, 'node_modules', '.bin', 'banenmatch'), ['--help'], dir);
  if (!help.includes('banenmatch')) throw new Error(`${kind}: the banenmatch bin gave no help`);
  return printed;
}

try {
  run('npm', ['pack', '--pack-destination', temp]);
  const tarballs = readdirSync(temp).filter((f) => f.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`npm pack made ${tarballs.length} tarballs`);
  const tarball = join(temp, tarballs[0]);
  const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
  for (const file of [
    'package/dist/index.js',
    'package/dist/index.cjs',
    'package/dist/worker.js',
    'package/LICENSE',
  ]) {
    if (!listing.includes(file)) throw new Error(`the tarball misses ${file}`);
  }
  run(bin('publint'), ['run', tarball, '--strict']);
  run(bin('attw'), [tarball, '--no-definitely-typed', '--no-emoji', '--no-color', '--format', 'table']);
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const esm = consumer('esm', tarball, manifest);
  const cjs = consumer('cjs', tarball, manifest);
  if (esm !== cjs) throw new Error(`ESM and CJS consumers differ:\n${esm}\n${cjs}`);
  const result = JSON.parse(esm);
  if (result.top.length === 0 || result.placements === 0 || result.placements !== result.parallelPlacements) {
    throw new Error(`unexpected consumer result: ${esm}`);
  }
  console.log(`pack-check: ${tarballs[0]} ok (publint, attw, ESM and CJS consumers: ${esm.trim()})`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
