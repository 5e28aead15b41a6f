import { isBanenmatchError } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { statusBits } from '../../src/capability/check-all.js';
import {
  type CompiledDemands,
  type CompiledProfiles,
  checkAll,
  compileDemands,
  compileProfiles,
  LEVEL_STRIDE,
  MASK_STRIDE,
} from '../../src/capability/index.js';

// checkAll's buffer, blocks of profiles, progress, abort and its refusal of anything but compiled input.

const failure = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return isBanenmatchError(e) ? `${e.code} ${e.message}` : e;
  }
  return 'none';
};

const P = compileProfiles([{ 'IV.13': 2 }, {}]);
const D = compileDemands([{ demands: { 'IV.13': 1 } }, { demands: { 'IV.13': 2 } }, { demands: {} }]);

/** `n` profiles without limitations, packed by hand (compiling a million records would be slow). */
const blank = (n: number): CompiledProfiles => ({
  count: n,
  levels: new Uint8Array(n * LEVEL_STRIDE),
  masks: new Uint16Array(n * MASK_STRIDE),
});

describe('checkAll: buffer and progress', () => {
  it('fills a buffer of exactly profiles × tasks bytes, and only those in a longer one', () => {
    const exact = new Uint8Array(6).fill(9);
    expect(Array.from(checkAll(P, D, { out: exact }))).toEqual([2, 1, 0, 0, 0, 0]);
    const longer = new Uint8Array(7).fill(9);
    expect(checkAll(P, D, { out: longer })).toBe(longer);
    expect(Array.from(longer)).toEqual([2, 1, 0, 0, 0, 0, 9]);
  });

  it('refuses a buffer that is too short or not bytes', () => {
    for (const out of [new Uint8Array(5), new Uint16Array(6), [0, 0, 0, 0, 0, 0]]) {
      expect(failure(() => checkAll(P, D, { out: out as Uint8Array }))).toBe(
        'INVALID_ARGUMENT checkAll: out must hold profiles × tasks = 6 bytes',
      );
    }
  });

  it('reports progress after each block of about a million pairs, and once at the end', () => {
    const progress: [number, number][] = [];
    checkAll(P, D, { onProgress: (d, t) => progress.push([d, t]) });
    expect(progress).toEqual([[2, 2]]);
    // 4 tasks: blocks of 250,000 profiles
    const many = blank(500_001);
    const four = compileDemands([{ demands: {} }, { demands: {} }, { demands: {} }, { demands: {} }]);
    const steps: [number, number][] = [];
    const out = checkAll(many, four, { onProgress: (d, t) => steps.push([d, t]) });
    expect(steps).toEqual([
      [250_000, 500_001],
      [500_000, 500_001],
      [500_001, 500_001],
    ]);
    expect(out.length).toBe(2_000_004);
    expect(out.every((s) => s === 0)).toBe(true);
    // a count that is a multiple of the block: no empty block, no report twice
    const even: [number, number][] = [];
    checkAll(blank(500_000), four, { onProgress: (d, t) => even.push([d, t]) });
    expect(even).toEqual([
      [250_000, 500_000],
      [500_000, 500_000],
    ]);
    // no tasks: nothing to fill, one report at the end
    const none: [number, number][] = [];
    expect(checkAll(blank(3), compileDemands([]), { onProgress: (d, t) => none.push([d, t]) }).length).toBe(
      0,
    );
    expect(none).toEqual([[3, 3]]);
  });

  it('stops between blocks, and after the last block when aborted during its progress call', () => {
    const four = compileDemands([{ demands: {} }, { demands: {} }, { demands: {} }, { demands: {} }]);
    const abortAt = (at: number) => {
      const c = new AbortController();
      const seen: number[] = [];
      const result = failure(() =>
        checkAll(blank(500_001), four, {
          signal: c.signal,
          onProgress: (d) => {
            seen.push(d);
            if (d === at) c.abort();
          },
        }),
      );
      return { result, seen };
    };
    expect(abortAt(250_000)).toEqual({ result: 'ABORTED checkAll was aborted', seen: [250_000] });
    expect(abortAt(500_000)).toEqual({ result: 'ABORTED checkAll was aborted', seen: [250_000, 500_000] });
    const c = new AbortController();
    c.abort();
    expect(failure(() => checkAll(P, D, { signal: c.signal }))).toBe('ABORTED checkAll was aborted');
    // a signal that is never aborted and no progress callback: every block runs
    expect(checkAll(blank(500_001), four, { signal: new AbortController().signal }).length).toBe(2_000_004);
  });

  it('refuses bad options, naming the function', () => {
    expect(failure(() => checkAll(P, D, 5 as never))).toBe(
      'INVALID_ARGUMENT checkAll: expected `options` to be an object',
    );
    expect(failure(() => checkAll(P, D, { onProgress: 'x' } as never))).toBe(
      'INVALID_ARGUMENT checkAll: expected `onProgress` to be a function',
    );
  });
});

describe('checkAll: only compiled input', () => {
  const notProfiles = 'INVALID_ARGUMENT checkAll: `profiles` must come from compileProfiles';
  const notDemands = 'INVALID_ARGUMENT checkAll: `demands` must come from compileDemands';
  const longer = compileProfiles([{}, {}, {}]);

  it('accepts profile arrays longer than the count (a prefix of the rows)', () => {
    expect(Array.from(checkAll({ ...longer, count: 2 }, D))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', [P]],
    ['a count that is not an integer', { ...P, count: 1.5 }],
    ['a count that is a string', { ...P, count: '2' }],
    ['levels as a plain array', { ...P, levels: Array.from(P.levels) }],
    ['levels one byte short', { ...P, levels: P.levels.subarray(1) }],
    ['masks of bytes', { ...P, masks: new Uint8Array(P.masks.length) }],
    ['masks one short', { ...P, masks: P.masks.subarray(1) }],
    ['more rows than the arrays hold', { ...longer, count: 4 }],
  ])('refuses profiles with %s', (_, bad) => {
    expect(failure(() => checkAll(bad as CompiledProfiles, D))).toBe(notProfiles);
  });

  it.each<[string, (keyof CompiledDemands)[], unknown]>([
    ['null', [], null],
    ['a count that is not an integer', ['count'], 2.5],
    ['levelStart as a plain array', ['levelStart'], [0, 1, 2, 2]],
    ['levelStart of the wrong length', ['levelStart'], new Int32Array(3)],
    ['maskStart as a plain array', ['maskStart'], [0, 2, 4, 6]],
    ['maskStart of the wrong length', ['maskStart'], new Int32Array(5)],
    ['levelSlot of 16 bits', ['levelSlot'], new Uint16Array(2)],
    ['levelLimit as a plain array', ['levelLimit'], [1, 2]],
    ['levelSignalAt signed', ['levelSignalAt'], new Int8Array(2)],
    ['levelRoom of 32 bits', ['levelRoom'], new Float32Array(16)],
    ['maskSlot of 16 bits', ['maskSlot'], new Uint16Array(6)],
    ['maskAllowed of bytes', ['maskAllowed'], new Uint8Array(6)],
    ['maskSignal of 32 bits', ['maskSignal'], new Uint32Array(6)],
  ])('refuses demands with %s', (_, keys, value) => {
    const bad = keys.length === 0 ? value : { ...D, [keys[0] as string]: value };
    expect(failure(() => checkAll(P, bad as CompiledDemands))).toBe(notDemands);
  });
});

describe('statusBits: one profile’s statuses as bits of words', () => {
  /** A word with the bits at `positions` set (bit 31 makes it negative, as an Int32Array holds it). */
  const word = (...positions: number[]) => positions.reduce((w, b) => w | (1 << b), 0);
  // 70 tasks in a cycle of three: IV.13 code 1 (a ~5 kg lifter exceeds it), IV.13 code 2 (on its
  // limit: a signal), no demands (fits).
  const cycle = [{ 'IV.13': 1 }, { 'IV.13': 2 }, {}];
  const tasks = compileDemands(Array.from({ length: 70 }, (_, j) => ({ demands: cycle[j % 3]! })));
  // The lifter second, so that its rows start one stride in.
  const profiles = compileProfiles([{}, { 'IV.13': 2 }]);

  it('sets the bits of tasks from…to−1 across three words after `at`, keeping the bits already there', () => {
    // Five words; the call starts at word 1 (`at`), tasks 30–68: task j in word 1 + ⌊j / 32⌋, bit j mod 32.
    const exceed = new Int32Array(5).fill(0);
    const signal = new Int32Array(5).fill(0);
    exceed[1] = word(0); // task 0's bit (not in the range) stays
    signal[1] = word(0);
    statusBits(profiles, 1, tasks, 30, 69, exceed, signal, 1);
    // Exceeds (j ≡ 0 mod 3): 30 | 33, 36, …, 63 | 66 (69 is `to`, not set).
    // Signals (j ≡ 1 mod 3): 31 | 34, 37, …, 61 | 64, 67.
    expect(Array.from(exceed)).toEqual([
      0,
      word(0, 30),
      word(1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31),
      word(2),
      0,
    ]);
    expect(Array.from(signal)).toEqual([
      0,
      word(0, 31),
      word(2, 5, 8, 11, 14, 17, 20, 23, 26, 29),
      word(0, 3),
      0,
    ]);
    // The profile without limitations fits every task: no bit set.
    const none = new Int32Array(5);
    statusBits(profiles, 0, tasks, 0, 70, none, none, 0);
    expect(Array.from(none)).toEqual([0, 0, 0, 0, 0]);
  });
});
