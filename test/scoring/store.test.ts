import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOM_STRIDE } from '../../src/capability/compiled.js';
import {
  type CompiledDemands,
  type CompiledProfiles,
  compileDemands,
  compileProfiles,
  LEVEL_STRIDE,
  MASK_STRIDE,
} from '../../src/capability/index.js';
import {
  ByteColumn,
  FloatColumn,
  GrowableDemands,
  GrowableProfiles,
  grow,
  IntColumn,
  intern,
  setUnitVector,
} from '../../src/scoring/store.js';

// The matcher's growable storage: columns that double, compiled profiles and task demands appended
// chunk by chunk (as records are fed and added), which must equal compiling them all at once.

/** FML entries to draw from: levels, kinds, conditions, the hours items, nothing. */
const ENTRIES = [
  {},
  { 'IV.13': 1 },
  { 'IV.13': 3, 'II.8': 2 },
  { 'I.8': [1, 3] },
  { 'II.12': [4], 'VI.2': 1 },
  { 'VI.3': 2, 'IV.7': 1, 'I.8': [2] },
  { 'II.10': 1, 'IV.4': 2, 'I.4': [1] },
] as const;

/** The used part of a compiled set of profiles. */
function usedProfiles(p: CompiledProfiles) {
  return {
    count: p.count,
    levels: [...p.levels.subarray(0, p.count * LEVEL_STRIDE)],
    masks: [...p.masks.subarray(0, p.count * MASK_STRIDE)],
  };
}

/** The used part of a set of compiled demands. */
function usedDemands(d: CompiledDemands) {
  const nl = d.levelStart[d.count]!;
  const nm = d.maskStart[d.count]!;
  return {
    count: d.count,
    levelStart: [...d.levelStart.subarray(0, d.count + 1)],
    levelSlot: [...d.levelSlot.subarray(0, nl)],
    levelLimit: [...d.levelLimit.subarray(0, nl)],
    levelSignalAt: [...d.levelSignalAt.subarray(0, nl)],
    levelRoom: [...d.levelRoom.subarray(0, nl * ROOM_STRIDE)],
    rooms: nl * ROOM_STRIDE,
    maskStart: [...d.maskStart.subarray(0, d.count + 1)],
    maskSlot: [...d.maskSlot.subarray(0, nm)],
    maskAllowed: [...d.maskAllowed.subarray(0, nm)],
    maskSignal: [...d.maskSignal.subarray(0, nm)],
  };
}

describe('grow', () => {
  it('keeps an array long enough, else copies it into one at least the need, twice as long and 16', () => {
    const a = Float64Array.from([1, 2, 3]);
    expect(grow(a, 3)).toBe(a);
    expect(grow(a, 0)).toBe(a);
    const b = grow(a, 4);
    expect(b).toBeInstanceOf(Float64Array);
    expect(b.length).toBe(16);
    expect([...b.subarray(0, 3)]).toEqual([1, 2, 3]);
    const big = new Int32Array(20).fill(7);
    const bigger = grow(big, 21);
    expect(bigger).toBeInstanceOf(Int32Array);
    expect(bigger.length).toBe(40);
    expect(bigger.every((x, i) => x === (i < 20 ? 7 : 0))).toBe(true);
    expect(grow(big, 100).length).toBe(100);
    expect(grow(new Uint8Array(0), 1).length).toBe(16);
    expect(grow(new Uint16Array(9), 10)).toBeInstanceOf(Uint16Array);
  });
});

describe('columns', () => {
  it('grow to hold any index written, keeping what was written', () => {
    for (const column of [new FloatColumn(), new IntColumn(), new ByteColumn()]) {
      expect(column.data.length).toBe(16);
      const at = [0, 15, 16, 40, 3, 200];
      for (const [k, i] of at.entries()) column.set(i, k + 1);
      expect(column.data.length).toBeGreaterThan(200);
      expect(at.map((i) => column.data[i])).toEqual([1, 2, 3, 4, 5, 6]);
    }
    const f = new FloatColumn();
    f.set(2, 0.25);
    expect(f.data[2]).toBe(0.25);
  });

  it('writes a place’s unit vector (x, y, z) at 3i', () => {
    const column = new FloatColumn();
    setUnitVector(column, 0, 0, 0);
    setUnitVector(column, 1, 90, 0);
    setUnitVector(column, 2, 0, 90);
    setUnitVector(column, 3, 52.2, 5.2);
    const v = (i: number) => [...column.data.subarray(3 * i, 3 * i + 3)];
    const close = (got: number[], want: number[]) => {
      for (const [k, x] of got.entries()) expect(x).toBeCloseTo(want[k]!, 12);
    };
    close(v(0), [1, 0, 0]);
    close(v(1), [0, 0, 1]);
    close(v(2), [0, 1, 0]);
    const lat = (52.2 * Math.PI) / 180;
    const lon = (5.2 * Math.PI) / 180;
    close(v(3), [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)]);
  });

  it('interns keys to ids in order of first sight', () => {
    const index = new Map<string, number>();
    expect(['a', 'b', 'a', 'c', 'b'].map((k) => intern(index, k))).toEqual([0, 1, 0, 2, 1]);
    expect(index.size).toBe(3);
  });
});

describe('growable compiled records', () => {
  it('profiles appended in chunks equal the profiles compiled at once, each chunk at the row it was given', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(ENTRIES.length - 1), { maxLength: 40 }), { maxLength: 6 }),
        (chunks) => {
          const grown = new GrowableProfiles();
          let row = 0;
          for (const chunk of chunks) {
            expect(grown.append(compileProfiles(chunk.map((e) => ENTRIES[e]!)))).toBe(row);
            row += chunk.length;
          }
          expect(grown.count).toBe(row);
          const all = compileProfiles(chunks.flat().map((e) => ENTRIES[e]!));
          expect(usedProfiles(grown)).toEqual(usedProfiles(all));
        },
      ),
      { seed: 20, numRuns: 60 },
    );
  });

  it('task demands appended in chunks equal the demands compiled at once, each chunk at the column it was given', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.record({ entry: fc.nat(ENTRIES.length - 1), hours: fc.constantFrom(undefined, 4, 20, 38) }),
            { maxLength: 40 },
          ),
          { maxLength: 6 },
        ),
        (chunks) => {
          const task = (t: { entry: number; hours: number | undefined }) =>
            t.hours === undefined
              ? { demands: ENTRIES[t.entry]! }
              : { demands: ENTRIES[t.entry]!, hoursPerWeek: t.hours, daysPerWeek: 5 };
          const grown = new GrowableDemands();
          let column = 0;
          for (const chunk of chunks) {
            expect(grown.append(compileDemands(chunk.map(task)))).toBe(column);
            column += chunk.length;
          }
          expect(grown.count).toBe(column);
          expect(usedDemands(grown)).toEqual(usedDemands(compileDemands(chunks.flat().map(task))));
        },
      ),
      { seed: 20, numRuns: 60 },
    );
  });
});
