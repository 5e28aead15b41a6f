import type { Match } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstPairs, inOnePart, type PartedShortlist } from '../../src/parallel/parted.js';
import { splitByComponents as splitSteps } from '../../src/parallel/split.js';
import { placementsOf, type ResultSource } from '../../src/placement/assign.js';

/** A shortlist from rows of [vacancy, score] pairs. */
function listOf(rows: [number, number][][]) {
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((row, c) => {
    offsets[c + 1] = offsets[c]! + row.length;
  });
  return {
    offsets,
    vacancies: Int32Array.from(rows.flat(), ([v]) => v),
    scores: Float64Array.from(rows.flat(), ([, s]) => s),
  };
}

/** The rows held in parts as the workers send them: part `partOf[c]`'s candidates in ascending order. */
function partedOf(rows: [number, number][][], partOf: number[], parts: number): PartedShortlist {
  const members = Array.from({ length: parts }, () => [] as number[]);
  const localOf = new Int32Array(rows.length);
  partOf.forEach((p, c) => {
    localOf[c] = members[p]!.length;
    members[p]!.push(c);
  });
  return {
    lists: members.map((m) => listOf(m.map((c) => rows[c]!))),
    partOf: Int32Array.from(partOf),
    localOf,
  };
}

function split(...args: Parameters<typeof splitSteps>) {
  const steps = splitSteps(...args);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** A result source naming candidate c `c<c>`, vacancy v `v<v>`; a placement records its pair. */
const source: ResultSource = {
  candidateId: (c) => `c${c}`,
  vacancyId: (v) => `v${v}`,
  match: (c, v) => ({ candidateId: `c${c}`, vacancyId: `v${v}`, score: 1, extraJobs: 0 }) as unknown as Match,
};

/** Rows (vacancies 0–7, scores in tenths), each candidate's part (of 3) and placed vacancy (−1: none). */
const caseload = fc
  .array(
    fc.record({
      row: fc.array(
        fc.tuple(
          fc.nat(7),
          fc.integer({ min: 0, max: 10 }).map((s) => s / 10),
        ),
        { maxLength: 5 },
      ),
      part: fc.nat(2),
      placed: fc.integer({ min: -1, max: 7 }),
    }),
    { maxLength: 12 },
  )
  .map((cs) => ({
    rows: cs.map((c) => c.row),
    partOf: cs.map((c) => c.part),
    candidateToVacancy: Int32Array.from(cs, (c) => c.placed),
  }));

describe('firstPairs', () => {
  it('keeps of an unplaced candidate the first pair at minScore or above, else its first pair', () => {
    // c0 placed; c1: first at or above 0.5 is its third pair; c2: all below 0.5, its first kept; c3 none.
    const rows: [number, number][][] = [
      [[0, 0.9]],
      [
        [1, 0.2],
        [2, 0.4],
        [3, 0.5],
        [4, 0.9],
      ],
      [
        [5, 0.3],
        [6, 0.1],
      ],
      [],
    ];
    const got = firstPairs(partedOf(rows, [1, 0, 1, 0], 2), Int32Array.of(0, -1, -1, -1), 0.5);
    expect(got).toEqual({
      offsets: Int32Array.of(0, 0, 1, 2, 2),
      vacancies: Int32Array.of(3, 5),
      scores: Float64Array.of(0.5, 0.3),
    });
  });

  it('gives placementsOf the same result as the whole shortlist', () => {
    fc.assert(
      fc.property(
        caseload,
        fc.integer({ min: 0, max: 10 }),
        ({ rows, partOf, candidateToVacancy }, tenths) => {
          const minScore = tenths / 10;
          const whole = placementsOf(source, listOf(rows), candidateToVacancy, minScore, 'test');
          const firsts = firstPairs(partedOf(rows, partOf, 3), candidateToVacancy, minScore);
          expect(placementsOf(source, firsts, candidateToVacancy, minScore, 'test')).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('splitByComponents of a parted shortlist', () => {
  it('splits as the merged shortlist', () => {
    fc.assert(
      fc.property(
        caseload,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 10 }),
        (c, count, tenths) => {
          const merged = split(listOf(c.rows), 8, tenths / 10, count);
          expect(split(partedOf(c.rows, c.partOf, 3), 8, tenths / 10, count)).toEqual(merged);
          expect(split(inOnePart(listOf(c.rows)), 8, tenths / 10, count)).toEqual(merged);
        },
      ),
      { numRuns: 300 },
    );
  });
});
