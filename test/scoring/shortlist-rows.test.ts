import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShortlistRows } from '../../src/scoring/rank/shortlist-rows.js';

// The rows of a shortlist, found in any order and put back in candidate order
// (src/scoring/rank/shortlist-rows.ts; issue 20, mutation testing; issue 24, fixed slots for k ≤ 64).

const live = Int32Array.from({ length: 120 }, (_x, j) => 100 + j);
const idx = Int32Array.from({ length: 120 }, (_x, j) => 119 - j);
const keys = Float64Array.from({ length: 120 }, (_x, j) => 1 - j / 200);
/** The vacancies of a row of `got` put from `idx`/`keys` at `from`. */
const want = (from: number, got: number): number[] =>
  Array.from({ length: got }, (_x, r) => 100 + 119 - (from + r));

describe('ShortlistRows', () => {
  it('k above 64: rows appended, the room (48 here) grown past twice its size at once', () => {
    const rows = new ShortlistRows(3, 100);
    rows.put(1, 10, idx, keys, live);
    // 10 + 100 is more than twice 48: the room grows to 110 at once.
    rows.put(0, 100, idx, keys, live);
    rows.put(2, 3, idx.subarray(100), keys.subarray(100), live);
    const s = rows.finish();
    expect([...s.offsets]).toEqual([0, 100, 110, 113]);
    expect([...s.vacancies]).toEqual([...want(0, 100), ...want(0, 10), ...want(100, 3)]);
    expect(s.scores[0]).toBe(1);
    expect(s.scores[99]).toBe(1 - 99 / 200);
    expect(s.scores[100]).toBe(1);
    expect(s.scores[112]).toBe(1 - 102 / 200);
    expect(s.vacancies.buffer.byteLength).toBe(113 * 4);
  });

  it('k ≤ 64: each row in its slot, moved into candidate order in place', () => {
    // Slots of 3: rows of 2, 3, 0 and 3 put in the order 3, 0, 2, 1; the last row moves from 9 to 5.
    const rows = new ShortlistRows(4, 3);
    rows.put(3, 3, idx.subarray(20), keys.subarray(20), live);
    rows.put(0, 2, idx, keys, live);
    rows.put(2, 0, idx, keys, live);
    rows.put(1, 3, idx.subarray(10), keys.subarray(10), live);
    const s = rows.finish();
    expect([...s.offsets]).toEqual([0, 2, 5, 5, 8]);
    expect([...s.vacancies]).toEqual([...want(0, 2), ...want(10, 3), ...want(20, 3)]);
    expect([...s.scores]).toEqual([1, 0.995, 0.95, 0.945, 0.94, 0.9, 0.895, 0.89]);
    // 8 of 12 entries (< 7/8): copied to their length, the slots let go.
    expect(s.vacancies.buffer.byteLength).toBe(8 * 4);
    expect(s.scores.buffer.byteLength).toBe(8 * 8);
  });

  it('k ≤ 64 with the slots at least 7/8 full: the rows returned as views of the slots, no copy', () => {
    const rows = new ShortlistRows(8, 2);
    for (let li = 7; li >= 0; li--)
      rows.put(li, li === 3 ? 1 : 2, idx.subarray(2 * li), keys.subarray(2 * li), live);
    const s = rows.finish();
    // 15 of 16 entries: views of the slots' arrays.
    expect(s.vacancies.length).toBe(15);
    expect(s.vacancies.buffer.byteLength).toBe(16 * 4);
    expect(s.scores.buffer.byteLength).toBe(16 * 8);
    expect([...s.vacancies]).toEqual([...want(0, 6), ...want(6, 1), ...want(8, 8)]);
    // At 14 of 16 (exactly 7/8) still views; at 13 copied.
    const at = (short: number[]) => {
      const r = new ShortlistRows(8, 2);
      for (let li = 0; li < 8; li++) r.put(li, short.includes(li) ? 1 : 2, idx, keys, live);
      return r.finish().vacancies.buffer.byteLength;
    };
    expect(at([1, 5])).toBe(16 * 4);
    expect(at([1, 5, 6])).toBe(13 * 4);
    // One slot of 20, 18 put: 18 ≥ 7/8 of 20, a view of the slot (a room sized otherwise would have
    // grown, and 18 of a grown room is copied).
    const one = new ShortlistRows(1, 20);
    one.put(0, 18, idx, keys, live);
    const v = one.finish();
    expect([...v.vacancies]).toEqual(want(0, 18));
    expect(v.vacancies.buffer.byteLength).toBe(20 * 4);
    expect(v.scores.buffer.byteLength).toBe(20 * 8);
  });

  it('equals the rows concatenated in candidate order, whatever the order they come in (property)', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 60, max: 90 }))
          .chain((k) =>
            fc.tuple(fc.constant(k), fc.array(fc.nat(Math.min(k, 41)), { minLength: 1, maxLength: 12 })),
          ),
        fc.nat(),
        ([k, lengths], shift) => {
          const nC = lengths.length;
          const rows = new ShortlistRows(nC, k);
          const values = Int32Array.from({ length: 41 }, (_x, j) => 7 * j + 3);
          const rowOf = (li: number) => ({
            idx: Int32Array.from({ length: lengths[li]! }, (_x, r) => (r * 3 + li) % 41),
            keys: Float64Array.from({ length: lengths[li]! }, (_x, r) => li + r / 64),
          });
          // Rows put in a rotated order.
          for (let t = 0; t < nC; t++) {
            const li = (t + shift) % nC;
            const row = rowOf(li);
            rows.put(li, lengths[li]!, row.idx, row.keys, values);
          }
          const s = rows.finish();
          const offsets = [0];
          const vacancies: number[] = [];
          const scores: number[] = [];
          for (let li = 0; li < nC; li++) {
            const row = rowOf(li);
            vacancies.push(...Array.from(row.idx, (i) => values[i]!));
            scores.push(...row.keys);
            offsets.push(vacancies.length);
          }
          expect([...s.offsets]).toEqual(offsets);
          expect([...s.vacancies]).toEqual(vacancies);
          expect([...s.scores]).toEqual(scores);
        },
      ),
      { seed: 20, numRuns: 300 },
    );
  });
});
