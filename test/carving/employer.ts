import type { CandidateInput, VacancyInput } from 'banenmatch';

// The employer the carving tests share: a kitchen (core cooking 20 h, prep 10 h, dishes 6 h) and a
// facility vacancy (mail 8 h, cleaning 10 h, reception 6 h) of one employer in Hilversum, and a
// person (12–20 h, lifting ~5 kg, standing limited) who can do prep, mail and reception.

export const here = { municipality: 'Hilversum', lat: 52.2233, lon: 5.1764 };

export const kitchen: VacancyInput = {
  id: 'v1',
  employerId: 'e1',
  sector: 'market',
  occupation: 'kok',
  location: here,
  hoursPerWeek: 36,
  qualification: 'MBO-3 kok',
  tasks: [
    { id: 'cook', kind: 'cooking', hoursPerWeek: 20, core: true, demands: { 'I.2': 0 } },
    { id: 'prep', kind: 'food-prep', hoursPerWeek: 10, demands: { 'IV.13': 2 } },
    { id: 'dish', kind: 'dishwashing', hoursPerWeek: 6, demands: { 'V.4': 0 } },
  ],
};

export const facility: VacancyInput = {
  id: 'v2',
  employerId: 'e1',
  sector: 'market',
  occupation: 'facilitair medewerker',
  location: here,
  hoursPerWeek: 24,
  tasks: [
    { id: 'mail', kind: 'mail-sorting', hoursPerWeek: 8, demands: { 'IV.8': 1 } },
    { id: 'clean', kind: 'cleaning', hoursPerWeek: 10, demands: { 'IV.13': 1 } },
    { id: 'desk', kind: 'reception', hoursPerWeek: 6, demands: { 'II.3': 0 } },
  ],
};

export const person: CandidateInput = {
  id: 'c1',
  targetGroup: 'participatiewet',
  home: here,
  hoursPerWeek: { min: 12, max: 20 },
  capabilities: { 'IV.13': 2, 'V.4': 1 },
  taskPerformance: { 'food-prep': 0.8, 'mail-sorting': 0.6, reception: 0.3 },
};
