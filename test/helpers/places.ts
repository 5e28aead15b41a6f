/**
 * Shared test fixtures: two places of Gooi en Vechtstreek (≈ 9.5 km apart) and the cleaner in
 * Hilversum that the scoring tests start from, instead of a private copy in each file.
 */
import type { CandidateInput, VacancyInput } from 'banenmatch';

export const hilversum = { municipality: 'Hilversum', lat: 52.2233, lon: 5.1764 };
export const huizen = { municipality: 'Huizen', lat: 52.2992, lon: 5.2417 };

/** A Participatiewet candidate in Hilversum: 12–24 h a week, 15 km, no FML limits, cleaning. */
export const cleaner: CandidateInput = {
  id: 'c1',
  targetGroup: 'participatiewet',
  home: hilversum,
  maxCommuteKm: 15,
  hoursPerWeek: { min: 12, max: 24 },
  capabilities: {},
  skills: ['schoonmaken'],
};

/**
 * A supermarket vacancy in Hilversum, 20 h: shelf stocking 14 h lifts ~10 kg (IV.13 code 1), the till
 * 6 h needs no lifting — the near-miss tests' one blocking item on one task.
 */
export function supermarket(id: string): VacancyInput {
  return {
    id,
    employerId: 'e1',
    sector: 'market',
    occupation: 'winkelmedewerker',
    location: hilversum,
    hoursPerWeek: 20,
    tasks: [
      {
        id: 't1',
        kind: 'shelf-stocking',
        description: 'vakken vullen',
        hoursPerWeek: 14,
        demands: { 'IV.13': 1 },
      },
      { id: 't2', kind: 'cashier', hoursPerWeek: 6, demands: {} },
    ],
  };
}
