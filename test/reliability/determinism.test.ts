import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as source from 'banenmatch';
import { describe, expect, it } from 'vitest';

// Determinism: the same input and seed give byte-identical JSON, run twice in one process, and
// through the built ESM and CJS bundles in child processes (npm test builds first).

const root = new URL('../../', import.meta.url);

// One body, run in this process on the source and in child processes on the bundles: `m` is the
// library, `hash` returns the sha256 of a value's JSON. Plain JavaScript, as `node -e` runs it.
const BODY = `
  const region = m.generateRegion({ seed: 42, candidates: 250, vacancies: 350 });
  const observed = [
    { year: 2016, market: 40, government: 10 },
    { year: 2017, market: 90, government: 25 },
    { year: 2018, market: 130, government: 30 },
    { year: 2019, market: 170, government: 42 },
  ];
  const matcher = m.createMatcher(region);
  return {
    generateRegion: hash(region),
    forecastQuota: hash(m.forecastQuota({ plan: m.TARGET_PLANS.gooiEnVechtstreek2015, observed, seed: 42, paths: 3000 })),
    rankAll: hash(matcher.rankAll({ k: 5 })),
    assignOptimal: hash(m.assign(matcher, { mode: 'optimal' })),
    assignStable: hash(m.assign(matcher, { mode: 'stable' })),
    carveAll: hash(m.carveAll(region.candidates, region.vacancies)),
  };
`;

type Hashes = Record<string, string>;

const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const inProcess = (): Hashes => new Function('m', 'hash', BODY)(source, hash) as Hashes;

function child(args: string[]): Hashes {
  const out = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out) as Hashes;
}

const script = (load: string): string =>
  `${load}; const { createHash } = require('node:crypto');` +
  `const hash = (v) => createHash('sha256').update(JSON.stringify(v)).digest('hex');` +
  `console.log(JSON.stringify((function (m, hash) {${BODY}})(m, hash)));`;

describe('determinism', () => {
  const first = inProcess();

  it('covers the seeded and batch functions with non-trivial output', () => {
    expect(Object.keys(first).sort()).toEqual(
      ['assignOptimal', 'assignStable', 'carveAll', 'forecastQuota', 'generateRegion', 'rankAll'].sort(),
    );
    for (const h of Object.values(first)) expect(h).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives byte-identical results when run twice in one process', () => {
    expect(inProcess()).toEqual(first);
  });

  it('gives a different region for a different seed (the seed is used)', () => {
    expect(hash(source.generateRegion({ seed: 43, candidates: 250, vacancies: 350 }))).not.toBe(
      first.generateRegion,
    );
  });

  it('gives byte-identical results from the ESM and CJS builds, equal to the source', () => {
    const esm = child([
      '--input-type=module',
      '-e',
      script(
        "import { createRequire } from 'node:module'; const require = createRequire(process.cwd() + '/'); const m = await import('banenmatch')",
      ),
    ]);
    const cjs = child(['-e', script("const m = require('banenmatch')")]);
    expect(esm).toEqual(cjs);
    expect(esm).toEqual(first);
  });
});
