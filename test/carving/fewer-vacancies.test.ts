import { carveJob, parseCandidates, parseVacancies, type VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { here, person } from './employer.js';

// The tie-break toward fewer source vacancies, where it is not also the first or the shortest bundle
// found: a 6-hour task of vacancy A comes first, two 6-hour tasks of vacancy B after it. Every pair
// is worth 12 hours; only B's pair draws on one vacancy.

const vacancy = (id: string, tasks: string[]): VacancyInput => ({
  id,
  employerId: 'e1',
  sector: 'market',
  occupation: 'facilitair medewerker',
  location: here,
  hoursPerWeek: 6 * tasks.length,
  tasks: tasks.map((t) => ({ id: t, kind: 'reception', hoursPerWeek: 6 })),
});

describe('carveJob: among equal values, fewer source vacancies', () => {
  it('takes both tasks of B, not the first task of A with one of B', () => {
    const vacancies = parseVacancies([vacancy('A', ['a1']), vacancy('B', ['b1', 'b2'])]);
    const [candidate] = parseCandidates([person]);
    const { job } = carveJob(candidate!, vacancies, { objective: 'hours', minHours: 12, maxHours: 12 });
    expect(job!.tasks.map((t) => `${t.vacancyId}/${t.taskId}`)).toEqual(['B/b1', 'B/b2']);
    expect(job!.freedHours).toEqual([{ vacancyId: 'B', hoursPerWeek: 12 }]);
  });
});
