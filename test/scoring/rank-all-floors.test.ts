import { type CandidateInput, createMatcher, generateRegion, type VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { cleaner, hilversum, huizen } from '../helpers/places.js';

// rankAll prunes a pair only when it is below both the candidate's floor and the vacancy's; the
// vacancy's is a floor on the ranking key (score + lift), so a sheltered candidate (lift −2) enters
// a vacancy list that is not full from minScore on, like anyone else.

/** A cleaning job of 20 h at `location`, one task, no FML demands. */
function cleaning(id: string, location: VacancyInput['location']): VacancyInput {
  return {
    id,
    employerId: 'e1',
    sector: 'market',
    occupation: 'schoonmaker',
    location,
    hoursPerWeek: 20,
    carvable: false,
    tasks: [{ id: 't1', kind: 'cleaning', hoursPerWeek: 20, demands: {} }],
  };
}

const onlyCommute = { capability: 0, skills: 0, hours: 0, economics: 0, preferences: 0, commute: 1 };

describe('rankAll: each vacancy list as rankCandidates gives it', () => {
  it('keeps a sheltered candidate in a vacancy list that is not full, below its own list', () => {
    // Worked example: the candidate's list (k = 1) holds the job next door (commute 1); the job in
    // Huizen (≈ 9.5 km, commute 1 − 9.5/15) is below that floor but is the best Huizen has.
    const sheltered: CandidateInput = { ...cleaner, id: 'a', targetGroup: 'beschut' };
    const m = createMatcher(
      { candidates: [sheltered], vacancies: [cleaning('near', hilversum), cleaning('far', huizen)] },
      { weights: onlyCommute },
    );
    const all = m.rankAll({ k: 1 });
    expect(all.byCandidate[0]!.map((x) => x.vacancyId)).toEqual(['near']);
    expect(all.byVacancy[1]!.map((x) => x.candidateId)).toEqual(['a']);
    expect(all.byVacancy[1]!).toEqual(m.rankCandidates('far', { k: 1 }));
    expect(all.byVacancy[1]![0]!.score).toBeCloseTo(0.364, 3);
  });

  it('equals rankCandidates for every vacancy of a region with sheltered candidates', () => {
    const region = generateRegion({ seed: 7, candidates: 300, vacancies: 500 });
    expect(region.candidates.some((c) => c.targetGroup === 'beschut')).toBe(true);
    const m = createMatcher(region);
    const all = m.rankAll({ k: 10 });
    region.vacancies.forEach((v, vi) => {
      expect(all.byVacancy[vi]).toEqual(m.rankCandidates(v.id, { k: 10 }));
    });
  });
});
