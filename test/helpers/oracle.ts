/** Shared test oracle: rankings by scoring every pair, no grid and no bound. */
import type { Matcher } from 'banenmatch';

/**
 * Candidate `candidateId`'s top k vacancies by scoring every live vacancy: indices into `m.vacancies`,
 * score descending, then index; excluded pairs and pairs below `m.options.minScore` left out — the
 * order `rank`, `rankAll` and `shortlist` promise.
 *
 * @example
 * expect(m.rank('c1', { k: 3 }).map((x) => m.vacancyIndex(x.vacancyId))).toEqual(topVacanciesByScoring(m, 'c1', 3));
 */
export function topVacanciesByScoring(m: Matcher, candidateId: string, k: number): number[] {
  return m.vacancies
    .map((v, vi) => ({ r: m.score(candidateId, v.id), vi }))
    .filter((x) => !x.r.excluded && x.r.score >= m.options.minScore)
    .sort((a, b) => b.r.score - a.r.score || a.vi - b.vi)
    .slice(0, k)
    .map((x) => x.vi);
}
