import { compareCapabilities, type DemandsInJob, isBanenmatchError, isValidationError } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { LEVEL_SLOT, LEVEL_STRIDE, MASK_SLOT, MASK_STRIDE } from '../../src/capability/compiled.js';
import { compileDemands, compileProfiles, marginCompiled } from '../../src/capability/index.js';

// The packed form of profiles and demands on hand-made cases (the layout of CompiledProfiles and
// CompiledDemands is documented), the margin beside signals, progress and abort while compiling.

const L = (id: string) => LEVEL_SLOT.get(id) as number;
const M = (id: string) => MASK_SLOT.get(id) as number;
const NONE = 255; // no code signals

describe('compileProfiles', () => {
  it('puts each ordinal/flag code in its byte and each kind or condition in its bit', () => {
    const P = compileProfiles([
      { 'IV.13': 2, 'I.8': [4, 7], 'IV.3': 0, 'IV.1': 1 }, // IV.1 only describes a side: not packed
      { 'IV.3': [3], 'II.5': 1, 'VI.3': 4 },
    ]);
    const levels = new Uint8Array(2 * LEVEL_STRIDE);
    levels[L('IV.13')] = 2;
    levels[LEVEL_STRIDE + L('II.5')] = 1;
    levels[LEVEL_STRIDE + L('VI.3')] = 4;
    const masks = new Uint16Array(2 * MASK_STRIDE);
    masks[M('I.8')] = (1 << 4) | (1 << 7);
    masks[MASK_STRIDE + M('IV.3')] = 1 << 3;
    expect(P).toEqual({ count: 2, levels, masks });
  });
});

describe('compileDemands', () => {
  it('packs level checks with their limit, signalling code and room per person code, and mask checks', () => {
    const tasks: DemandsInJob[] = [
      { demands: { 'IV.13': 2 } },
      { demands: { 'IV.13': 0 } },
      { demands: {} },
      { demands: { 'VI.3': 3 }, jobHoursPerWeek: 16, jobHoursPerDay: 2 },
      { demands: { 'IV.3': [3, 7], 'I.8': [4, 7] } },
      { demands: { 'VI.2': 3 }, jobHoursPerDay: 4 },
    ];
    const D = compileDemands(tasks);
    expect(D.count).toBe(6);
    // one check per demanded ordinal item; VI.2/VI.3 once, with the code demand and the hours together
    expect(Array.from(D.levelStart)).toEqual([0, 1, 2, 2, 4, 4, 5]);
    expect(Array.from(D.levelSlot)).toEqual([L('IV.13'), L('IV.13'), L('VI.3'), L('VI.2'), L('VI.2')]);
    expect(Array.from(D.levelLimit)).toEqual([2, 0, 3, 4, 3]);
    expect(Array.from(D.levelSignalAt)).toEqual([2, NONE, 3, 4, 3]);
    const rest = [0, 0, 0, 0];
    expect(Array.from(D.levelRoom)).toEqual([
      // tillen ≤ code 2 (max 3): (2 − p) / (3 − p), 0 on the limit and beyond
      ...[1, (2 - 1) / (3 - 1), 0, 0],
      ...rest,
      // tillen code 0 only: no room calculation for code 0, every other code exceeds
      ...[1, 0, 0, 0],
      ...rest,
      // VI.3 ≤ code 3 (max 4) and 16 hours a week: the smaller of the code and the hours room
      ...[1, Math.min((3 - 1) / (4 - 1), (40 - 16) / 40), Math.min((3 - 2) / (4 - 2), (30 - 16) / 30), 0],
      ...[0, 0, 0, 0],
      // VI.2 from 2 hours a day, no code demand: ~2 uur (code 4) is on the limit
      ...[1, (8 - 2) / 8, (6 - 2) / 6, (4 - 2) / 4],
      ...[0, 0, 0, 0],
      // VI.2 ≤ code 3 and 4 hours a day
      ...[1, Math.min((3 - 1) / (4 - 1), (8 - 4) / 8), Math.min((3 - 2) / (4 - 2), (6 - 4) / 6), 0],
      ...[0, 0, 0, 0],
    ]);
    // the conditions items are checked for every task (absent = meets none), nominal items when demanded
    expect(Array.from(D.maskStart)).toEqual([0, 2, 4, 6, 8, 11, 13]);
    const conditions = [M('I.8'), M('II.12')];
    expect(Array.from(D.maskSlot)).toEqual([
      ...conditions,
      ...conditions,
      ...conditions,
      ...conditions,
      ...conditions,
      M('IV.3'),
      ...conditions,
    ]);
    const met = (1 << 4) | (1 << 7);
    const tolerated = (1 << 3) | (1 << 7);
    expect(Array.from(D.maskAllowed)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, met, 0, tolerated, 0, 0]);
    // a met "overige voorwaarden" (I.8 code 7) signals; every tolerated kind signals
    expect(Array.from(D.maskSignal)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1 << 7, 0, tolerated, 0, 0]);
  });

  it('derives hours per day from the week over 5 days, or the given days', () => {
    const D = compileDemands([
      { demands: {}, jobHoursPerWeek: 20 },
      { demands: {}, jobHoursPerWeek: 20, daysPerWeek: 4 },
    ]);
    expect(Array.from(D.levelSlot)).toEqual([L('VI.3'), L('VI.2'), L('VI.3'), L('VI.2')]);
    // 4 hours a day: ~4 uur (code 3) on the limit; 5 hours a day: code 3 exceeds
    expect(Array.from(D.levelLimit)).toEqual([3, 3, 3, 2]);
    expect(Array.from(D.levelSignalAt)).toEqual([3, 3, 3, NONE]);
  });
});

describe('marginCompiled beside signals (the matcher’s margin)', () => {
  const P = compileProfiles([
    { 'IV.13': 2, 'IV.17': 1 },
    { 'IV.3': [3], 'IV.13': 1 },
  ]);
  const D = compileDemands([
    { demands: { 'IV.13': 2, 'IV.17': 2 } }, // lifting on the limit, walking room (2 − 1) / (3 − 1)
    { demands: { 'IV.3': [3], 'IV.13': 2 } }, // pincetgreep tolerated, lifting room (2 − 1) / (3 − 1)
    { demands: { 'IV.13': 2 } }, // lifting on the limit and nothing else
    { demands: { 'IV.13': 1, 'IV.3': [2] } }, // both exceed
  ]);

  it('leaves the items at a signal out, level and mask alike', () => {
    expect(marginCompiled(P, 0, D, 0)).toBe(0);
    expect(marginCompiled(P, 0, D, 0, true)).toBe(0.5);
    expect(marginCompiled(P, 1, D, 1)).toBe(0);
    expect(marginCompiled(P, 1, D, 1, true)).toBe(0.5);
    expect(marginCompiled(P, 0, D, 2, true)).toBe(1);
  });

  it('is still 0 when the task does not fit', () => {
    expect(marginCompiled(P, 0, D, 3, true)).toBe(0);
    expect(marginCompiled(P, 1, D, 3, true)).toBe(0);
  });

  it('equals the readable margin on the demands without the signalling items', () => {
    expect(marginCompiled(P, 0, D, 0, true)).toBe(
      compareCapabilities({ 'IV.13': 2, 'IV.17': 1 }, { 'IV.17': 2 }).margin,
    );
  });
});

describe('progress and abort while compiling', () => {
  const empty = (n: number) => Array.from({ length: n }, () => ({}));

  it('reports every 4096 records and at the end, each record counted twice (checked, packed)', () => {
    const progress: [number, number][] = [];
    compileProfiles(empty(3000), { onProgress: (d, t) => progress.push([d, t]) });
    expect(progress).toEqual([
      [4096, 6000],
      [6000, 6000],
    ]);
    const small: [number, number][] = [];
    compileDemands([{ demands: {} }, { demands: {} }], { onProgress: (d, t) => small.push([d, t]) });
    expect(small).toEqual([[4, 4]]);
    const none: [number, number][] = [];
    compileProfiles([], { onProgress: (d, t) => none.push([d, t]) });
    expect(none).toEqual([]);
  });

  const failure = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return isBanenmatchError(e) ? `${e.code} ${e.message}` : e;
    }
    return 'none';
  };

  it('stops with ABORTED before any work or at the next step', () => {
    const c = new AbortController();
    c.abort();
    expect(failure(() => compileProfiles([{}], { signal: c.signal }))).toBe(
      'ABORTED compileProfiles was aborted',
    );
    expect(failure(() => compileDemands([{ demands: {} }], { signal: c.signal }))).toBe(
      'ABORTED compileDemands was aborted',
    );
    const later = new AbortController();
    const seen: number[] = [];
    const onProgress = (d: number) => {
      seen.push(d);
      later.abort();
    };
    expect(failure(() => compileProfiles(empty(3000), { signal: later.signal, onProgress }))).toBe(
      'ABORTED compileProfiles was aborted',
    );
    expect(seen).toEqual([4096]);
  });

  it('names the function and each record in a validation error; demands on a side item are refused', () => {
    const issues = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (isValidationError(e))
          return [e.message.split('\n')[0], ...e.issues.map((i) => `${i.path.join('/')} ${i.code}`)];
      }
      return [];
    };
    expect(issues(() => compileProfiles([{ 'IV.1': 1 }, { 'IV.13': 7 }]))).toEqual([
      'compileProfiles: 1 problem',
      '1/IV.13 invalid_fml_code',
    ]);
    expect(issues(() => compileDemands([{ demands: {} }, { demands: { 'IV.1': 1 } }]))).toEqual([
      'compileDemands: 1 problem',
      '1/demands/IV.1 fml_item_not_demandable',
    ]);
  });

  it('refuses bad options and arguments, naming the function', () => {
    expect(failure(() => compileProfiles([], { onProgress: 5 } as never))).toBe(
      'INVALID_ARGUMENT compileProfiles: expected `onProgress` to be a function',
    );
    expect(failure(() => compileDemands([], { signal: {} } as never))).toBe(
      'INVALID_ARGUMENT compileDemands: expected `signal` to be an AbortSignal',
    );
    expect(failure(() => compileProfiles({} as never))).toBe(
      'INVALID_ARGUMENT compileProfiles: expected `profiles` to be an array',
    );
    expect(failure(() => compileDemands([null] as never))).toBe(
      'INVALID_ARGUMENT compileDemands: expected `tasks[0]` to be an object',
    );
  });
});
