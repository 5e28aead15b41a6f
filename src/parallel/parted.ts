import type { Shortlist } from '../scoring/matcher.js';

/**
 * @internal A shortlist kept as the workers sent it, not merged into one copy: candidate `c`'s row is
 * row `localOf[c]` of `lists[partOf[c]]` (vacancies global). Merging would hold the whole list twice
 * while the parts' lists are copied (≈ 150 MB more at the country's size).
 */
export interface PartedShortlist {
  lists: readonly Shortlist[];
  partOf: Int32Array;
  localOf: Int32Array;
}

/**
 * @internal `list` as a parted shortlist of one part.
 *
 * @example
 * const list = { offsets: Int32Array.of(0, 1), vacancies: Int32Array.of(4), scores: Float64Array.of(0.9) };
 * inOnePart(list); // { lists: [list], partOf: [0], localOf: [0] }
 */
export function inOnePart(list: Shortlist): PartedShortlist {
  const n = list.offsets.length - 1;
  return { lists: [list], partOf: new Int32Array(n), localOf: Int32Array.from({ length: n }, (_, c) => c) };
}

/**
 * @internal What `placementsOf` reads of a parted shortlist, as a small shortlist: each unplaced
 * candidate's (`candidateToVacancy[c] < 0`) first pair scoring at least `minScore`, or else its first
 * pair (a row below `minScore`), or no pair (an empty row); placed candidates' rows empty.
 * `placementsOf` reads a placed candidate's row not at all, and of an unplaced one's only whether it
 * is empty and its first pair scoring at least `minScore`, so it gives the same result with it.
 *
 * @example
 * // Candidate 0 placed; candidate 1 unplaced, with pairs of 0.3 and 0.8.
 * const list = { offsets: Int32Array.of(0, 1, 3), vacancies: Int32Array.of(0, 1, 2), scores: Float64Array.of(0.9, 0.3, 0.8) };
 * firstPairs(inOnePart(list), Int32Array.of(0, -1), 0.5); // { offsets: [0, 0, 1], vacancies: [2], scores: [0.8] }
 */
export function firstPairs(
  list: PartedShortlist,
  candidateToVacancy: Int32Array,
  minScore: number,
): Shortlist {
  const { lists, partOf, localOf } = list;
  const nC = partOf.length;
  const first = new Int32Array(nC).fill(-1);
  const offsets = new Int32Array(nC + 1);
  for (let c = 0; c < nC; c++) {
    const part = lists[partOf[c]!]!;
    const from = part.offsets[localOf[c]!]!;
    const to = part.offsets[localOf[c]! + 1]!;
    if (candidateToVacancy[c]! < 0 && to > from) {
      let e = from;
      while (e < to && part.scores[e]! < minScore) e++;
      first[c] = e < to ? e : from;
    }
    offsets[c + 1] = offsets[c]! + (first[c]! >= 0 ? 1 : 0);
  }
  const vacancies = new Int32Array(offsets[nC]!);
  const scores = new Float64Array(offsets[nC]!);
  for (let c = 0; c < nC; c++) {
    if (first[c]! < 0) continue;
    const part = lists[partOf[c]!]!;
    vacancies[offsets[c]!] = part.vacancies[first[c]!]!;
    scores[offsets[c]!] = part.scores[first[c]!]!;
  }
  return { offsets, vacancies, scores };
}
