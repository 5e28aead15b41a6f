import type { VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { describeChange } from '../../src/advice/describe-change.js';

const shop: VacancyInput = {
  id: 'v1',
  employerId: 'e1',
  sector: 'market',
  occupation: 'winkelmedewerker',
  location: { lat: 52.2233, lon: 5.1764 },
  hoursPerWeek: 20,
  tasks: [
    { id: 't1', kind: 'shelf-stocking', description: 'Vakken vullen', hoursPerWeek: 14 },
    { id: 't2', kind: 'cashier', hoursPerWeek: 6 },
  ],
};

describe('describeChange', () => {
  it('names the adaptation, the task and the FML item', () => {
    const change = {
      kind: 'adaptation',
      vacancyId: 'v1',
      taskId: 't1',
      item: 'IV.13',
      adaptationId: 'tilhulp',
    } as const;
    expect(describeChange(change, { vacancies: [shop] })).toBe(
      'tilhulp bij taak Vakken vullen (IV.13 tillen)',
    );
    // without the input: a derived task's id is its kind; otherwise the id itself
    expect(describeChange({ ...change, taskId: 'shelf-stocking' })).toBe(
      'tilhulp bij taak vakken vullen (IV.13 tillen)',
    );
    expect(describeChange(change)).toBe('tilhulp bij taak t1 (IV.13 tillen)');
    expect(
      describeChange({ ...change, item: 'I.8', adaptationId: 'rustige-werkplek' }, { vacancies: [shop] }),
    ).toBe(
      'rustige werkplek (afgeschermde plek, geluiddempende koptelefoon) bij taak Vakken vullen (I.8 specifieke voorwaarden persoonlijk functioneren)',
    );
  });

  it('names a dropped task with its hours', () => {
    expect(
      describeChange(
        { kind: 'dropTask', vacancyId: 'v1', taskId: 't1', hoursPerWeek: 14 },
        { vacancies: [shop] },
      ),
    ).toBe('taak Vakken vullen (14 uur per week) overdragen aan een collega');
    expect(describeChange({ kind: 'dropTask', vacancyId: 'v1', taskId: 'cleaning', hoursPerWeek: 6.5 })).toBe(
      'taak schoonmaken (6,5 uur per week) overdragen aan een collega',
    );
  });

  it('says hours, km and trainings in plain Dutch', () => {
    expect(describeChange({ kind: 'hours', candidateId: 'c1', maxHoursPerWeek: 24 })).toBe(
      'tot 24 uur per week willen werken',
    );
    expect(describeChange({ kind: 'hours', candidateId: 'c1', minHoursPerWeek: 8 })).toBe(
      'minimaal 8 uur per week willen werken',
    );
    expect(
      describeChange({ kind: 'hours', candidateId: 'c1', minHoursPerWeek: 8, maxHoursPerWeek: 24.5 }),
    ).toBe('8 tot 24,5 uur per week willen werken');
    expect(describeChange({ kind: 'commute', candidateId: 'c1', extraKm: 4 })).toBe('4 km verder reizen');
    expect(describeChange({ kind: 'commute', candidateId: 'c1', extraKm: 2.5 })).toBe('2,5 km verder reizen');
    expect(
      describeChange({
        kind: 'training',
        candidateId: 'c1',
        trainingId: 'heftruckcertificaat',
        skill: 'heftruck rijden',
      }),
    ).toBe('heftruckcertificaat halen (voor heftruck rijden)');
    expect(describeChange({ kind: 'training', candidateId: 'c1', trainingId: 'vca-basis' })).toBe(
      'VCA basis (Basisveiligheid VCA) halen',
    );
  });
});
