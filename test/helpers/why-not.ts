/**
 * Shared by the whyNot worked tests (issue 20): the supermarket's candidate and vacancies, and the
 * checks of a near miss (its fields, and its score on the input with the change applied).
 */
import { type CandidateInput, createMatcher, type VacancyInput, type WhyNot } from 'banenmatch';
import { expect } from 'vitest';
import { applyChange } from '../../src/advice/apply-change.js';
import { hilversum, supermarket } from './places.js';

export const shop = supermarket('v-shop');
// ~20 km east of Hilversum (0.29° of longitude at 52.2° N).
export const east = { municipality: 'Amersfoort', lat: 52.2233, lon: 5.1764 + 0.29 };
// Lifts and carries ~5 kg (code 2 on IV.13 and IV.14), wants 12–20 hours, travels 10 km.
export const person: CandidateInput = {
  id: 'c1',
  targetGroup: 'wajong',
  home: hilversum,
  maxCommuteKm: 10,
  hoursPerWeek: { min: 12, max: 20 },
  capabilities: { 'IV.13': 2, 'IV.14': 2 },
  skills: ['afrekenen'],
};
export type TaskSpec = { id: string; kind: string; hoursPerWeek: number; demands: Record<string, number> };
export const cashier = (id: string, hoursPerWeek: number, extra: object = {}) => ({
  id,
  kind: 'cashier',
  hoursPerWeek,
  demands: {},
  ...extra,
});
/** The supermarket's vacancy with other tasks (by default one till task of 20 h) or fields. */
export const till = (id: string, extra: Partial<VacancyInput> = {}): VacancyInput => ({
  ...shop,
  id,
  tasks: [cashier('k1', 20)],
  ...extra,
});
export const vacancy = (id: string, tasks: TaskSpec[], extra: Partial<VacancyInput> = {}): VacancyInput =>
  till(id, { hoursPerWeek: tasks.reduce((s, t) => s + t.hoursPerWeek, 0), tasks, ...extra });

/** The near misses as [vacancy, shut by, change, description], and their scores and gains apart. */
export const misses = (w: WhyNot) =>
  w.nearMisses.map((n) => [n.vacancyId, n.shutBy, n.change, n.description]);
export const gains = (w: WhyNot) => w.nearMisses.map((n) => [n.score, n.gain]);
/** Each near miss, applied to a copy of the input, is a match with the stated score. */
export function expectSizedRight(
  input: { candidates: CandidateInput[]; vacancies: VacancyInput[] },
  options: Parameters<typeof createMatcher>[1],
  w: WhyNot,
): void {
  const { commute } = createMatcher(input, options).options;
  for (const miss of w.nearMisses) {
    const after = createMatcher(applyChange(input, miss.change, { commute }), options).score(
      'c1',
      miss.vacancyId,
    );
    expect(after.excluded).toBe(false);
    expect(after.score).toBeCloseTo(miss.score, 9);
  }
}
export const why = (
  vacancies: VacancyInput[],
  candidate: CandidateInput = person,
  options: Parameters<typeof createMatcher>[1] = {},
  k = 10,
) => createMatcher({ candidates: [candidate], vacancies }, options).whyNot('c1', { k });
