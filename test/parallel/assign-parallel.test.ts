import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assignInParallel as fromSources } from 'banenmatch';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AssignInParallelOptions,
  assign,
  assignInParallel,
  COMMUTE_DEFAULTS,
  commuteLimitKm,
  createMatcher,
  generateRegion,
  haversineKm,
  isBanenmatchError,
  isValidationError,
  type MatcherOptions,
  type Municipality,
} from '../../dist/index.js';
import { partition } from '../../src/parallel/partition.js';
import { splitByComponents } from '../../src/parallel/split.js';
import { rejection } from '../helpers/errors.js';

// assignInParallel runs dist/worker.js: these tests use the built package (npm test builds first).
const root = fileURLToPath(new URL('../../', import.meta.url));

/** Towns across the country (as in benchmarks/national.ts), so that parts really cut. */
const TOWNS: Municipality[] = (
  [
    ['Amsterdam', 52.37, 4.9, 930],
    ['Rotterdam', 51.92, 4.48, 665],
    ['Utrecht', 52.09, 5.12, 370],
    ['Eindhoven', 51.44, 5.47, 240],
    ['Groningen', 53.22, 6.57, 240],
    ['Nijmegen', 51.84, 5.86, 180],
    ['Enschede', 52.22, 6.89, 160],
    ['Zwolle', 52.52, 6.08, 130],
    ['Maastricht', 50.85, 5.69, 120],
    ['Middelburg', 51.5, 3.61, 49],
  ] as const
).map(([name, lat, lon, k]) => ({ name, lat, lon, population: k * 1000 }));

async function same(
  region: { candidates: readonly unknown[]; vacancies: readonly unknown[] },
  options: AssignInParallelOptions & { matcher?: MatcherOptions },
) {
  const expected = assign(createMatcher(region, options.matcher), options);
  const got = await assignInParallel(region, options);
  expect(got).toEqual(expected);
  expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
  return got;
}

describe('assignInParallel', () => {
  it('equals assign on a region with 1, 2 and 3 workers, optimal and stable', async () => {
    const region = generateRegion({ seed: 11, candidates: 160, vacancies: 220 });
    const r = await same(region, { workers: 1 });
    expect(r.placements.length).toBeGreaterThan(50);
    const progress: number[] = [];
    const withProgress = await assignInParallel(region, {
      workers: 2,
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(withProgress).toEqual(r);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toBe(1);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]!);
    await same(region, { workers: 3, mode: 'stable' });
    await same(region, { workers: 2, mode: 'stable', proposing: 'vacancies' });
  });

  it('equals assign with options: minScore, priorityFirst, k, matcher options', async () => {
    const region = generateRegion({ seed: 12, candidates: 150, vacancies: 120 });
    await same(region, { workers: 3, minScore: 0.55, priorityFirst: true, k: 3 });
    await same(region, { workers: 2, mode: 'stable', priorityFirst: true, k: 5 });
    await same(region, {
      workers: 2,
      k: 8,
      matcher: { carving: false, minScore: 0.4, commute: { defaultKm: 30, travelLimitedKm: 8 } },
    });
  });

  it('equals assign on a region spread over the country, where the parts really cut', async () => {
    const region = generateRegion({ seed: 13, candidates: 500, vacancies: 700, municipalities: TOWNS });
    const plan = partition(region, 3, COMMUTE_DEFAULTS);
    for (const part of plan.parts) expect(part.vacancies.length).toBeLessThan(region.vacancies.length * 0.8);
    const r = await same(region, { workers: 3 });
    expect(r.placements.length).toBeGreaterThan(100);
    // Far-apart towns: the solve is split into components over the workers, priority lift and all.
    const list = createMatcher(region).shortlist({ k: 50 });
    const split = splitByComponents(list, region.vacancies.length, 0, 2);
    let step = split.next();
    while (!step.done) step = split.next();
    expect(step.value.map((p) => p.pairs > 0)).toEqual([true, true]);
    await same(region, { workers: 2, priorityFirst: true, minScore: 0.5 });
    await same(region, { workers: 3, mode: 'stable', k: 10 });
    // More workers than candidates: one part per candidate.
    const tiny = { candidates: region.candidates.slice(0, 2), vacancies: region.vacancies };
    await same(tiny, { workers: 5 });
    await same({ candidates: [], vacancies: region.vacancies.slice(0, 3) }, { workers: 2 });
  });

  it('judges in every part the FML items any part states, as one matcher of the whole input does', async () => {
    // No task states III.2 but one vacancy outside the second part; every candidate is limited on it.
    // One matcher judges III.2 (no "niet beoordeeld" signal); a part that only counted its own
    // vacancies would not, and its scores and reasons would differ.
    const towns = TOWNS.filter((t) => t.name === 'Groningen' || t.name === 'Maastricht').map((t) => ({
      ...t,
      population: 150_000,
    }));
    const region = structuredClone(
      generateRegion({ seed: 13, candidates: 200, vacancies: 300, municipalities: towns }),
    );
    for (const v of region.vacancies)
      for (const t of v.tasks ?? []) delete (t.demands as Record<string, unknown>)['III.2'];
    for (const c of region.candidates) (c.capabilities as Record<string, unknown>)['III.2'] = 1;
    const plan = partition(region, 2, COMMUTE_DEFAULTS);
    const inSecond = new Set(plan.parts[1]!.vacancies);
    const outside = region.vacancies.findIndex((_, i) => !inSecond.has(i));
    expect(outside).toBeGreaterThanOrEqual(0);
    (region.vacancies[outside]!.tasks![0]!.demands as Record<string, unknown>)['III.2'] = 1;
    const r = await same(region, { workers: 2 });
    expect(JSON.stringify(r)).not.toContain('niet beoordeeld');
    expect(r.placements.length).toBeGreaterThan(50);
  });

  it('reports every validation issue once, with its path in the whole input, in createMatcher order', async () => {
    const region = generateRegion({ seed: 14, candidates: 60, vacancies: 80, municipalities: TOWNS });
    const plan = partition(region, 2, COMMUTE_DEFAULTS);
    const homeless = plan.partOf.lastIndexOf(0);
    const east = plan.partOf.lastIndexOf(1);
    const candidates: unknown[] = region.candidates.map((c) => ({ ...c }));
    const vacancies: unknown[] = region.vacancies.map((v) => ({ ...v }));
    // First the records that move the plan (a home that is no place, a limit below zero) …
    candidates[homeless] = { ...region.candidates[homeless]!, home: { lat: 'north' } };
    candidates[east] = { ...region.candidates[east]!, maxCommuteKm: -1 };
    const badPlan = partition({ candidates, vacancies }, 2, COMMUTE_DEFAULTS);
    // … then, in each part of that plan, records whose mistakes do not move it.
    const inPart = (p: number) => badPlan.partOf.findIndex((q, c) => q === p && c !== east && c !== homeless);
    candidates[inPart(1)] = { ...region.candidates[inPart(1)]!, hoursPerWeek: { min: 30, max: 10 } };
    candidates[east] = { ...(candidates[east] as object), id: region.candidates[inPart(0)]!.id };
    vacancies[3] = { ...region.vacancies[3]!, hoursPerWeek: 0 };
    vacancies[50] = { ...region.vacancies[50]!, id: region.vacancies[10]!.id };
    const bad = { candidates, vacancies };
    expect(partition(bad, 2, COMMUTE_DEFAULTS).partOf).toEqual(badPlan.partOf);
    expect([badPlan.partOf[inPart(1)], badPlan.partOf[east], badPlan.partOf[homeless]]).toEqual([1, 1, 0]);
    let expected: unknown;
    try {
      createMatcher(bad);
    } catch (error) {
      expected = error;
    }
    expect(isValidationError(expected)).toBe(true);
    const got = await rejection(assignInParallel(bad, { workers: 2 }));
    expect(isValidationError(got)).toBe(true);
    const issues = (got as { issues: unknown[] }).issues;
    expect(issues).toEqual((expected as { issues: unknown[] }).issues);
    expect(issues).toContainEqual(
      expect.objectContaining({ path: ['candidates', inPart(1), 'hoursPerWeek', 'min'] }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ path: ['candidates', east, 'id'], code: 'duplicate_id' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ path: ['vacancies', 50, 'id'], code: 'duplicate_id' }),
    );
    expect((got as Error).message).toMatch(/^assignInParallel: \d+ problems/);
  });

  it('throws the error createMatcher throws for a vacancy it cannot compile', async () => {
    const region = generateRegion({ seed: 15, candidates: 40, vacancies: 60, municipalities: TOWNS });
    const unknown = (i: number) => ({
      ...region.vacancies[i]!,
      occupation: `onbekend beroep ${i}`,
      tasks: undefined,
    });
    const vacancies = region.vacancies.map((v, i) => (i === 20 || i === 45 ? unknown(i) : v));
    const bad = { candidates: region.candidates, vacancies };
    expect(() => createMatcher(bad)).toThrow(/vacancy "v-00021" has no tasks/);
    const got = await rejection(assignInParallel(bad, { workers: 3 }));
    expect(isBanenmatchError(got) && got.code).toBe('NOT_FOUND');
    expect((got as Error).message).toMatch(/^vacancy "v-00021" has no tasks/);
  });

  it('refuses the options it shares with assign by the same rule: INVALID_ARGUMENT naming the option', async () => {
    const region = generateRegion({ seed: 16, candidates: 5, vacancies: 5 });
    const matcher = createMatcher(region);
    const bad: [string, Record<string, unknown>][] = [
      ['priorityFirst', { priorityFirst: 'yes' }],
      ['proposing', { proposing: 'both' }],
      ['mode', { mode: 'best' }],
      ['k', { k: 100_001 }],
      ['minScore', { minScore: -1 }],
    ];
    for (const [name, options] of bad) {
      const inParallel = await rejection(assignInParallel(region, { workers: 1, ...options }));
      let inAssign: unknown;
      try {
        assign(matcher, options);
      } catch (e) {
        inAssign = e;
      }
      for (const e of [inParallel, inAssign]) {
        expect(isBanenmatchError(e) && e.code).toBe('INVALID_ARGUMENT');
        expect((e as Error).message).toContain(`\`${name}\``);
      }
    }
  });

  it('rejects bad options, bad input and records that are not plain data', async () => {
    const region = generateRegion({ seed: 16, candidates: 5, vacancies: 5 });
    for (const options of [{ workers: 0 }, { workers: 1.5 }, { k: 0 }, { mode: 'best' }, { minScore: 2 }]) {
      const e = await rejection(assignInParallel(region, options as AssignInParallelOptions));
      expect(isBanenmatchError(e) && e.code).toBe('INVALID_ARGUMENT');
    }
    const e = await rejection(assignInParallel({ candidates: 'x' } as never));
    expect(isValidationError(e)).toBe(true);
    const odd = {
      candidates: [...region.candidates, { ...region.candidates[0]!, id: 'odd', note: () => 1 }],
      vacancies: region.vacancies,
    };
    expect(createMatcher(odd).candidates).toHaveLength(6);
    const notPlain = await rejection(assignInParallel(odd, { workers: 1 }));
    expect(isBanenmatchError(notPlain) && notPlain.code).toBe('INVALID_ARGUMENT');
    expect((notPlain as Error).message).toContain('candidates[5]');
  });

  it('aborts in every phase, reporting no progress after the abort', async () => {
    // Counted in progress steps, not milliseconds (a busy machine cannot fail it); the time an abort
    // takes is measured in benchmarks/abort.ts.
    const region = generateRegion({ seed: 17, candidates: 1500, vacancies: 2000, municipalities: TOWNS });
    const before = await rejection(assignInParallel(region, { workers: 2, signal: AbortSignal.abort() }));
    expect(isBanenmatchError(before) && before.code).toBe('ABORTED');
    const expectAborted = (e: unknown) => {
      expect(isBanenmatchError(e) && e.code).toBe('ABORTED');
      expect((e as Error).name).toBe('AbortError');
    };
    // While the workers compile: at their first progress step (of 4000, below 1000), not after a
    // stopwatch's 50 ms.
    const controller = new AbortController();
    let abortedAt = -1;
    let afterStartAbort = 0;
    const run = rejection(
      assignInParallel(region, {
        workers: 2,
        signal: controller.signal,
        onProgress: (done) => {
          if (controller.signal.aborted) afterStartAbort++;
          else if (done > 0) {
            abortedAt = done;
            controller.abort();
          }
        },
      }),
    );
    expectAborted(await run);
    expect(abortedAt, 'aborted while compiling').toBeGreaterThan(0);
    expect(abortedAt, 'aborted while compiling').toBeLessThan(1000);
    expect(afterStartAbort).toBe(0);
    // Progress (of 4000): shortlisting (> 1000), solving on a worker (> 2000), explaining (> 3000).
    for (const at of [1001, 2001, 3001]) {
      const controller = new AbortController();
      let fired = false;
      let afterAbort = 0;
      const onProgress = (done: number) => {
        if (fired) afterAbort++;
        else if (done >= at) {
          fired = true;
          controller.abort();
        }
      };
      expectAborted(
        await rejection(assignInParallel(region, { workers: 2, signal: controller.signal, onProgress })),
      );
      expect(fired, `no progress step reached ${at}`).toBe(true);
      expect(afterAbort, `progress steps after an abort at ${at}`).toBe(0);
    }
  });

  it('gives byte-identical JSON from the ESM and the CJS build, and lets the process exit', () => {
    const region = generateRegion({ seed: 18, candidates: 120, vacancies: 150, municipalities: TOWNS });
    const expected = JSON.stringify(assign(createMatcher(region), { mode: 'stable' }));
    const code = (load: string) =>
      `${load}; const region = m.generateRegion({ seed: 18, candidates: 120, vacancies: 150, municipalities: ${JSON.stringify(TOWNS)} });` +
      ` m.assignInParallel(region, { workers: 2, mode: 'stable' }).then((r) => process.stdout.write(JSON.stringify(r)));`;
    const run = (args: string[]) =>
      execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 60_000 });
    const esm = run(['--input-type=module', '-e', code("const m = await import('./dist/index.js')")]);
    const cjs = run(['-e', code("const m = require('./dist/index.cjs')")]);
    expect(esm).toBe(expected);
    expect(cjs).toBe(expected);
  });

  describe('when a worker fails', () => {
    let dir = '';
    beforeAll(() => {
      mkdirSync(join(root, '.vitest'), { recursive: true });
      dir = mkdtempSync(join(root, '.vitest', 'crash-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /** A copy of the library whose worker first runs `sabotage` (module code, `parentPort` in scope). */
    async function sabotaged(name: string, sabotage: string): Promise<typeof assignInParallel> {
      const at = join(dir, name);
      mkdirSync(at);
      for (const file of ['index.js', 'index.js.map']) copyFileSync(join(root, 'dist', file), join(at, file));
      // Static imports run in order: the sabotage comes before the real worker.
      writeFileSync(
        join(at, 'sabotage.js'),
        `import { parentPort } from 'node:worker_threads';\n${sabotage}\n`,
      );
      writeFileSync(
        join(at, 'worker.js'),
        `import './sabotage.js';\nimport ${JSON.stringify(join(root, 'dist', 'worker.js'))};\n`,
      );
      return ((await import(join(at, 'index.js'))) as { assignInParallel: typeof assignInParallel })
        .assignInParallel;
    }

    it('rejects naming the phase, never hangs', async () => {
      const region = generateRegion({ seed: 19, candidates: 50, vacancies: 60 });
      // The thread ends once it has compiled (while shortlisting).
      const exits = await sabotaged(
        'exits',
        `const post = parentPort.postMessage.bind(parentPort);
        parentPort.postMessage = (m, t) => { post(m, t); if (m.type === 'compiled') process.exit(7); };`,
      );
      const e1 = await rejection(exits(region, { workers: 2 }));
      expect(isBanenmatchError(e1) && e1.code).toBe('WORKER_FAILED');
      expect((e1 as Error).message).toMatch(
        /worker [01] failed while shortlisting: it stopped with exit code 7/,
      );
      // A request the real worker then fails on: an error thrown in the worker.
      const throws = await sabotaged(
        'throws',
        "parentPort.on('message', (request) => { if (request.type === 'explain') request.candidates = null; });",
      );
      const e2 = await rejection(throws(region, { workers: 1 }));
      expect(isBanenmatchError(e2) && e2.code).toBe('WORKER_FAILED');
      expect((e2 as Error).message).toMatch(/^assignInParallel: worker 0 failed while explaining: .*null/);
    });
  });

  it('says to build the package, or to pass workerUrl, when run from the sources', async () => {
    const e = await rejection(fromSources(generateRegion({ seed: 20, candidates: 3, vacancies: 3 })));
    expect(isBanenmatchError(e) && e.code).toBe('NOT_FOUND');
    expect((e as Error).message).toMatch(/worker script .*worker\.js does not exist\. .*`workerUrl`/);
    expect((e as Error).message).toMatch(/run `npm run build` and use the built package/);
  });
});

describe('partition', () => {
  const place = fc.record({
    lat: fc.double({ min: 50.7, max: 53.6, noNaN: true }),
    lon: fc.double({ min: 3.3, max: 7.25, noNaN: true }),
  });

  it('cuts into runs by place that hold every vacancy within reach of their candidates', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            home: place,
            maxCommuteKm: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
          }),
          { maxLength: 40 },
        ),
        fc.array(
          fc.oneof(fc.record({ location: place }), fc.constant({ location: { lat: Number.NaN, lon: 5 } })),
          { maxLength: 40 },
        ),
        fc.integer({ min: 1, max: 5 }),
        (candidates, vacancies, count) => {
          const { parts, partOf, localOf, ownerOf, direction } = partition(
            { candidates, vacancies },
            count,
            COMMUTE_DEFAULTS,
          );
          expect(parts.length).toBe(Math.max(1, Math.min(count, candidates.length)));
          if (candidates.length > 0) for (const p of parts) expect(p.candidates.length).toBeGreaterThan(0);
          // Runs in the order of the homes' projections on the direction, then index.
          const [east, north] = direction;
          const key = (i: number) => [east * candidates[i]!.home.lon + north * candidates[i]!.home.lat, i];
          for (let i = 0; i < candidates.length; i++)
            for (let j = 0; j < candidates.length; j++)
              if (partOf[i]! < partOf[j]!) {
                const [a, b] = [key(i), key(j)];
                expect(a[0]! < b[0]! || (a[0] === b[0] && a[1]! < b[1]!)).toBe(true);
              }
          candidates.forEach((c, i) => {
            const part = parts[partOf[i]!]!;
            expect(part.candidates[localOf[i]!]).toBe(i);
            const limit = commuteLimitKm({ maxCommuteKm: c.maxCommuteKm, capabilities: {} });
            vacancies.forEach((v, j) => {
              const { lat, lon } = v.location;
              if (Number.isFinite(lat) && haversineKm(c.home.lat, c.home.lon, lat, lon) <= limit)
                expect(part.vacancies).toContain(j);
            });
          });
          vacancies.forEach((_, j) => {
            expect(parts[ownerOf[j]!]!.vacancies).toContain(j);
            parts.forEach((p, q) => {
              if (q < ownerOf[j]!) expect(p.vacancies).not.toContain(j);
            });
          });
          for (const p of parts)
            for (let i = 1; i < p.vacancies.length; i++)
              expect(p.vacancies[i]).toBeGreaterThan(p.vacancies[i - 1]!);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives a part with more vacancies in reach fewer candidates', () => {
    const at = (lat: number, lon: number) => ({ lat, lon });
    const candidates = Array.from({ length: 200 }, (_, i) => ({ home: i < 100 ? at(52, 4.2) : at(52, 6.5) }));
    const vacancies = Array.from({ length: 30_000 }, (_, i) => ({
      location: i < 29_990 ? at(52.01, 4.21) : at(52, 6.5),
    }));
    const { parts } = partition({ candidates, vacancies }, 2, COMMUTE_DEFAULTS);
    // Estimated work (π/4 of the vacancies in the reach box): 17,000 + 23,554 a candidate in the west,
    // 17,000 + 8 in the east; half the total is 100 × (40,554 + 17,008) / 2 ≈ 2.88 M, 71 western candidates.
    expect(parts[0]!.candidates.length).toBeGreaterThanOrEqual(70);
    expect(parts[0]!.candidates.length).toBeLessThanOrEqual(72);
    expect([...parts[0]!.vacancies]).toEqual(Array.from({ length: 29_990 }, (_, i) => i));
    expect(parts[1]!.vacancies.length).toBe(30_000);
  });

  it('puts records without finite coordinates in part 0', () => {
    const c = (lon: number) => ({ home: { lat: 52, lon } });
    const { partOf, parts } = partition(
      { candidates: [c(6), { home: null }, c(4), 'x', c(5), c(7)], vacancies: [{}] },
      3,
      COMMUTE_DEFAULTS,
    );
    expect([...partOf]).toEqual([2, 0, 1, 0, 1, 2]);
    expect([...parts[0]!.vacancies]).toEqual([0]);
  });
});
