import {
  type CapabilityComparison,
  compareCapabilities,
  type DemandsInJob,
  isBanenmatchError,
  isValidationError,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusBits } from '../../src/capability/check-all.js';
import {
  checkAll,
  checkCompiled,
  compileDemands,
  compileProfiles,
  marginCompiled,
  STATUS_EXCEEDS,
  STATUS_FITS,
  STATUS_SIGNAL,
} from '../../src/capability/index.js';
import { fmlMap, ITEMS, ORDINAL_POOL, POOL } from './arbitraries.js';

const statusOf = (r: CapabilityComparison): number =>
  !r.fits ? STATUS_EXCEEDS : r.signals.length > 0 ? STATUS_SIGNAL : STATUS_FITS;

const hours = fc.option(
  fc.oneof(fc.integer({ min: 0, max: 48 }), fc.double({ min: 0, max: 48, noNaN: true })),
  {
    nil: undefined,
  },
);
const task = (pool: typeof POOL): fc.Arbitrary<DemandsInJob> =>
  fc.record({
    demands: fmlMap(pool),
    jobHoursPerWeek: hours,
    jobHoursPerDay: fc.option(fc.constantFrom(2, 3, 4, 4.8, 6, 8, 9), { nil: undefined }),
    daysPerWeek: fc.option(fc.constantFrom(4, 5, 6), { nil: undefined }),
  });

describe('compiled comparison', () => {
  it('gives the status of the worked examples', () => {
    const P = compileProfiles([
      {},
      { 'IV.13': 2 },
      { 'VI.3': 3, 'VI.2': 3 },
      { 'I.8': [4], 'II.12': [1] },
      { 'IV.3': [3] },
    ]);
    const D = compileDemands([
      { demands: { 'IV.13': 1 } },
      { demands: { 'IV.13': 2 } },
      { demands: {}, jobHoursPerWeek: 24 },
      { demands: {}, jobHoursPerWeek: 20 },
      { demands: { 'I.8': [4, 5], 'II.12': [1] } },
      { demands: { 'IV.3': [3, 7] } },
      { demands: { 'VI.3': 2 }, jobHoursPerWeek: 16 },
    ]);
    const F = STATUS_FITS;
    const S = STATUS_SIGNAL;
    const X = STATUS_EXCEEDS;
    const expected = [
      [F, F, F, F, F, F, F], // no limitations
      [X, S, F, F, F, F, F], // ~5 kg
      [F, F, X, S, F, F, X], // ~20 h a week, ~4 h a day: 24 h exceeds, 20 h on the limit, VI.3 code demand 2 exceeds
      [X, X, X, X, F, X, X], // needs no deadlines and no customer contact
      [F, F, F, F, F, S, F], // pincetgreep, tolerated
    ];
    expected.forEach((row, i) => {
      row.forEach((want, j) => {
        expect([i, j, checkCompiled(P, i, D, j)]).toEqual([i, j, want]);
      });
    });
    expect(Array.from(checkAll(P, D))).toEqual(expected.flat());
  });

  it('gives the margins of the worked examples', () => {
    const P = compileProfiles([{ 'IV.13': 1 }, { 'VI.3': 3, 'IV.13': 2 }]);
    const D = compileDemands([{ demands: { 'IV.13': 2 } }, { demands: { 'IV.13': 3 }, jobHoursPerWeek: 16 }]);
    expect(marginCompiled(P, 0, D, 0)).toBe(0.5); // (2 − 1) / (3 − 1)
    expect(marginCompiled(P, 0, D, 1)).toBe(1); // (3 − 1) / (3 − 1), hours not limited
    expect(marginCompiled(P, 1, D, 0)).toBe(0); // ~5 kg on a ~5 kg task: on the limit
    expect(marginCompiled(P, 1, D, 1)).toBeCloseTo(0.2, 12); // lifting room 1, hours (20 − 16) / 20
  });

  it.each([
    ['mixed items', POOL],
    ['ordinal items', ORDINAL_POOL],
    ['all items', ITEMS],
  ])('agrees with compareCapabilities (status and margin) on random profiles and demands (%s)', (_, pool) => {
    fc.assert(
      fc.property(
        fc.array(fmlMap(pool), { maxLength: 8 }),
        fc.array(task(pool), { maxLength: 8 }),
        (profiles, tasks) => {
          const P = compileProfiles(profiles);
          const D = compileDemands(tasks);
          const all = checkAll(P, D);
          // The statuses as bits, two words a profile, tasks from 1 on (task 0's bits stay as given).
          const exceed = new Int32Array(2 * profiles.length).fill(1);
          const signal = new Int32Array(2 * profiles.length).fill(1);
          for (let i = 0; i < profiles.length; i++)
            statusBits(P, i, D, 1, tasks.length, exceed, signal, 2 * i);
          profiles.forEach((p, i) => {
            tasks.forEach((t, j) => {
              const want = statusOf(compareCapabilities(p, t.demands, t));
              expect(checkCompiled(P, i, D, j)).toBe(want);
              expect(all[i * tasks.length + j]).toBe(want);
              if (j > 0) {
                expect((exceed[2 * i]! >> j) & 1).toBe(want === STATUS_EXCEEDS ? 1 : 0);
                expect((signal[2 * i]! >> j) & 1).toBe(want === STATUS_SIGNAL ? 1 : 0);
              }
              expect(marginCompiled(P, i, D, j)).toBe(compareCapabilities(p, t.demands, t).margin);
            });
            expect(
              [exceed[2 * i], signal[2 * i], exceed[2 * i + 1], signal[2 * i + 1]].map((w) => w! & 1),
            ).toEqual([1, 1, 1, 1]);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('validates at compile time, with the index of the bad record in the path', () => {
    const codes = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isValidationError(e) ? e.issues.map((i) => [i.path, i.code]) : e;
      }
      return [];
    };
    expect(codes(() => compileProfiles([{}, { 'IV.13': 7 }]))).toEqual([[[1, 'IV.13'], 'invalid_fml_code']]);
    expect(
      codes(() => compileDemands([{ demands: { 'I.8': 1 } }, { demands: {}, jobHoursPerWeek: -1 }])),
    ).toEqual([
      [[0, 'demands', 'I.8'], 'fml_list_expected'],
      [[1, 'jobHoursPerWeek'], 'invalid_hours'],
    ]);
  });

  it('checkAll fills a given buffer, reports progress, refuses a short buffer and stops when aborted', () => {
    const P = compileProfiles([{ 'IV.13': 2 }, {}]);
    const D = compileDemands([{ demands: { 'IV.13': 1 } }, { demands: { 'IV.13': 2 } }, { demands: {} }]);
    const out = new Uint8Array(8).fill(9);
    const progress: [number, number][] = [];
    checkAll(P, D, { out, onProgress: (d, t) => progress.push([d, t]) });
    expect(Array.from(out)).toEqual([2, 1, 0, 0, 0, 0, 9, 9]);
    expect(progress.at(-1)).toEqual([2, 2]);
    const short = (() => {
      try {
        checkAll(P, D, { out: new Uint8Array(5) });
      } catch (e) {
        return isBanenmatchError(e) ? e.code : 'other';
      }
      return 'none';
    })();
    expect(short).toBe('INVALID_ARGUMENT');
    const controller = new AbortController();
    controller.abort();
    const aborted = (() => {
      try {
        checkAll(P, D, { signal: controller.signal });
      } catch (e) {
        return isBanenmatchError(e) ? e.code : 'other';
      }
      return 'none';
    })();
    expect(aborted).toBe('ABORTED');
  });
});
