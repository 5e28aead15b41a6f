import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CandidateChange, PendingChanges } from '../../src/scoring/why-not/pending.js';

// The candidate changes of one whyNot call (issue 20, mutation testing of
// src/scoring/why-not/pending.ts): whatever order the vacancies are visited in, the changes come out
// as a visit by ascending vacancy would have named them, each with its pairs by vacancy.

/** A change marked with the vacancy and call that named it, to see which naming is kept. */
const change = (vi: number, call: number) =>
  ({ kind: 'hours', candidateId: 'c', maxHoursPerWeek: 100 * vi + call }) as CandidateChange;

describe('PendingChanges', () => {
  it('a change as named at its lowest vacancy, changes by that vacancy then by call, pairs by vacancy', () => {
    const p = new PendingChanges();
    p.later(change(5, 0), 'a', p.pair(5, 'hours', 0));
    p.later(change(5, 1), 'b', p.pair(5, 'hours', 0.1));
    p.later(change(2, 0), 'b', p.pair(2, 'minScore', 0.2));
    p.later(change(7, 0), 'a', p.pair(7, 'qualification', 0));
    p.later(change(2, 1), 'c', p.pair(2, 'hours', 0));
    expect(p.inOrder()).toEqual([
      {
        change: change(2, 0),
        pairs: [
          { vi: 2, shutBy: 'minScore', base: 0.2 },
          { vi: 5, shutBy: 'hours', base: 0.1 },
        ],
        firstVi: 2,
        firstSeq: 2,
      },
      { change: change(2, 1), pairs: [{ vi: 2, shutBy: 'hours', base: 0 }], firstVi: 2, firstSeq: 4 },
      {
        change: change(5, 0),
        pairs: [
          { vi: 5, shutBy: 'hours', base: 0 },
          { vi: 7, shutBy: 'qualification', base: 0 },
        ],
        firstVi: 5,
        firstSeq: 0,
      },
    ]);
    expect(new PendingChanges().inOrder()).toEqual([]);
    // One vacancy naming a key twice (a training for two missing skills): the first naming stays.
    const twice = new PendingChanges();
    twice.later(change(3, 0), 't', twice.pair(3, 'minScore', 0.4));
    twice.later(change(3, 1), 't', twice.pair(3, 'minScore', 0.4));
    expect(twice.inOrder()).toEqual([
      {
        change: change(3, 0),
        pairs: [
          { vi: 3, shutBy: 'minScore', base: 0.4 },
          { vi: 3, shutBy: 'minScore', base: 0.4 },
        ],
        firstVi: 3,
        firstSeq: 0,
      },
    ]);
  });

  it('the same result whatever order the vacancies are visited in (each vacancy’s calls in their order)', () => {
    const calls = fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(calls, fc.infiniteStream(fc.nat()), (byVacancy, random) => {
        const visit = (order: number[]) => {
          const p = new PendingChanges();
          for (const vi of order)
            byVacancy[vi]!.forEach((key, call) => {
              p.later(change(vi, call), key, p.pair(vi, 'hours', vi / 10));
            });
          return p.inOrder().map(({ change, pairs }) => ({ change, pairs }));
        };
        const ascending = byVacancy.map((_, vi) => vi);
        const shuffled = [...ascending];
        const draw = random[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = draw.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        expect(visit(shuffled)).toEqual(visit(ascending));
        expect(visit([...ascending].reverse())).toEqual(visit(ascending));
      }),
      { seed: 20, numRuns: 200 },
    );
  });
});
