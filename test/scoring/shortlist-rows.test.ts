import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShortlistRows } from '../../src/scoring/rank/shortlist-rows.js';

// The rows of a shortlist, found in any order and put back in candidate order
// (src/scoring/rank/shortlist-rows.ts; issue 20, mutation testing).

describe('ShortlistRows', () => {
  it('keeps every row when they outgrow the first room (16 here), twice over and more', () => {
    const rows = new ShortlistRows(3, 2);
    const live = Int32Array.from({ length: 60 }, (_x, j) => 100 + j);
    const idx = Int32Array.from({ length: 60 }, (_x, j) => 59 - j);
    const keys = Float64Array.from({ length: 60 }, (_x, j) => 1 - j / 100);
    rows.put(1, 10, idx, keys, live);
    // 10 + 40 is more than twice 16: the room grows to 50 at once.
    rows.put(0, 40, idx, keys, live);
    rows.put(2, 3, idx.subarray(50), keys.subarray(50), live);
    const s = rows.finish();
    expect([...s.offsets]).toEqual([0, 40, 50, 53]);
    const want = (from: number, got: number): number[] =>
      Array.from({ length: got }, (_x, r) => 100 + 59 - (from + r));
    expect([...s.vacancies]).toEqual([...want(0, 40), ...want(0, 10), ...want(50, 3)]);
    expect(s.scores[0]).toBe(1);
    expect(s.scores[39]).toBe(1 - 39 / 100);
    expect(s.scores[40]).toBe(1);
    expect(s.scores[52]).toBe(1 - 52 / 100);
  });

  it('equals the rows concatenated in candidate order, whatever the order they come in (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.array(fc.nat(40), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        (k, lengths, shift) => {
          const nC = lengths.length;
          const rows = new ShortlistRows(nC, k);
          const live = Int32Array.from({ length: 41 }, (_x, j) => 7 * j + 3);
          const rowOf = (li: number) => ({
            idx: Int32Array.from({ length: lengths[li]! }, (_x, r) => (r * 3 + li) % 41),
            keys: Float64Array.from({ length: lengths[li]! }, (_x, r) => li + r / 64),
          });
          // Rows put in a rotated order.
          for (let t = 0; t < nC; t++) {
            const li = (t + shift) % nC;
            const { idx, keys } = rowOf(li);
            rows.put(li, lengths[li]!, idx, keys, live);
          }
          const s = rows.finish();
          const offsets = [0];
          const vacancies: number[] = [];
          const scores: number[] = [];
          for (let li = 0; li < nC; li++) {
            const { idx, keys } = rowOf(li);
            vacancies.push(...Array.from(idx, (i) => live[i]!));
            scores.push(...keys);
            offsets.push(vacancies.length);
          }
          expect([...s.offsets]).toEqual(offsets);
          expect([...s.vacancies]).toEqual(vacancies);
          expect([...s.scores]).toEqual(scores);
        },
      ),
      { seed: 20 },
    );
  });
});
