import { DisjointSets } from '../_internal/disjoint-sets.js';
import type { Shortlist } from '../scoring/matcher.js';
import { inOnePart, type PartedShortlist } from './parted.js';

/** @internal One solver's share of a shortlist: global indices, ascending. */
export interface SolverPart {
  candidates: Int32Array;
  vacancies: Int32Array;
  /** Pairs of the part (its share of the work). */
  pairs: number;
}

/** Candidates handled between two pauses of {@link splitByComponents}. */
const PAUSE_EVERY = 16_384;

/**
 * @internal Splits a shortlist's (whole or parted) pairs scoring at least `minScore` (over `vacancies`
 * vacancies) into at most `count` parts for separate solvers: whole connected components of the
 * candidate–vacancy graph (they share no candidate and no vacancy, so each is assigned on its own), the
 * largest first into the part with the fewest pairs so far. Candidates without such a pair are in no
 * part. A generator: it pauses every 16,384 candidates (so a caller on the main thread can let an abort
 * through) and returns the parts.
 *
 * @example
 * // Candidates 0 and 1 share vacancy 0; candidate 2 is alone with vacancy 1.
 * const list = { offsets: Int32Array.of(0, 1, 2, 3), vacancies: Int32Array.of(0, 0, 1), scores: Float64Array.of(0.9, 0.8, 0.7) };
 * const split = splitByComponents(list, 2, 0, 2);
 * let step = split.next();
 * while (!step.done) step = split.next();
 * step.value; // [{ candidates: [0, 1], vacancies: [0], pairs: 2 }, { candidates: [2], vacancies: [1], pairs: 1 }]
 */
export function* splitByComponents(
  list: Shortlist | PartedShortlist,
  vacancies: number,
  minScore: number,
  count: number,
): Generator<undefined, SolverPart[], undefined> {
  const { lists, partOf, localOf } = 'lists' in list ? list : inOnePart(list);
  const candidates = partOf.length;
  // Candidates are 0 .. C − 1, vacancies C + v.
  const sets = new DisjointSets(candidates + vacancies);
  const pairsOf = new Int32Array(candidates);
  for (let c = 0; c < candidates; c++) {
    if (c % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const row = lists[partOf[c]!]!;
    const lc = localOf[c]!;
    for (let e = row.offsets[lc]!; e < row.offsets[lc + 1]!; e++) {
      if (row.scores[e]! < minScore) continue;
      pairsOf[c]!++;
      sets.union(c, candidates + row.vacancies[e]!);
    }
  }
  // Pairs per component (at its root, a candidate).
  const size = new Float64Array(candidates);
  for (let c = 0; c < candidates; c++) if (pairsOf[c]! > 0) size[sets.find(c)]! += pairsOf[c]!;
  const roots: number[] = [];
  for (let c = 0; c < candidates; c++) if (size[c]! > 0) roots.push(c);
  roots.sort((a, b) => size[b]! - size[a]! || a - b);
  const parts = Math.max(1, Math.min(count, roots.length));
  const load = new Float64Array(parts);
  const partOfRoot = new Int32Array(candidates).fill(-1);
  for (const r of roots) {
    let p = 0;
    for (let q = 1; q < parts; q++) if (load[q]! < load[p]!) p = q;
    partOfRoot[r] = p;
    load[p]! += size[r]!;
  }
  const members = Array.from({ length: parts }, () => ({
    candidates: [] as number[],
    vacancies: [] as number[],
  }));
  yield;
  for (let c = 0; c < candidates; c++)
    if (pairsOf[c]! > 0) members[partOfRoot[sets.find(c)]!]!.candidates.push(c);
  yield;
  for (let v = 0; v < vacancies; v++) {
    const r = sets.find(candidates + v);
    if (r < candidates && partOfRoot[r]! >= 0) members[partOfRoot[r]!]!.vacancies.push(v);
  }
  return members.map((m, p) => ({
    candidates: Int32Array.from(m.candidates),
    vacancies: Int32Array.from(m.vacancies),
    pairs: load[p]!,
  }));
}
