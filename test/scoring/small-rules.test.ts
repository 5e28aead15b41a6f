import type { Vacancy } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { askedQualification, qualificationStory } from '../../src/scoring/qualification-rule.js';
import {
  carveFloorHours,
  checkFactor,
  EXCLUDED_CAPABILITY,
  EXCLUDED_COMMUTE,
  EXCLUDED_HOURS,
  EXCLUDED_QUALIFICATION,
  HOURS_GRID,
  MIN_JOB_HOURS,
  occupationMatches,
  PRUNED,
  quarter,
  wageOrNone,
} from '../../src/scoring/rules.js';

// The small rules both the engine and the explanation read (src/scoring/rules.ts,
// qualification-rule.ts), pinned value by value (issue 20, mutation testing).

describe('rules.ts', () => {
  it('the capability factor loses 5% a point to check, at most four points (80%)', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(checkFactor)).toEqual([1, 0.95, 0.9, 0.85, 0.8, 0.8, 0.8]);
  });

  it('hours round to the quarter hour, halves up', () => {
    expect(HOURS_GRID).toBe(4);
    expect([0, 1.1, 1.125, 1.13, 7.874, 7.875, 12].map(quarter)).toEqual([0, 1, 1.25, 1.25, 7.75, 8, 12]);
  });

  it('a missing wage (NaN) reads as undefined, any other number as itself', () => {
    expect(wageOrNone(Number.NaN)).toBe(undefined);
    expect(wageOrNone(0)).toBe(0);
    expect(wageOrNone(14.4)).toBe(14.4);
  });

  it('the exclusion codes are distinct and 0 means not excluded', () => {
    const codes = [EXCLUDED_COMMUTE, EXCLUDED_CAPABILITY, EXCLUDED_HOURS, PRUNED, EXCLUDED_QUALIFICATION];
    expect(codes).toEqual([1, 2, 3, 4, 5]);
  });

  it('an occupation preference matches when either text holds the other, after normalisation', () => {
    expect(occupationMatches(['Schoonmaker'], 'schoonmaker kantoren')).toBe(true);
    expect(occupationMatches(['medewerker schoonmaak kantoren'], 'Schoonmaak')).toBe(true);
    expect(occupationMatches(['kok'], 'afwasser')).toBe(false);
    expect(occupationMatches(['kok', 'Afwasser!'], 'afwasser')).toBe(true);
    // a preference without letters matches nothing (not every occupation)
    expect(occupationMatches(['', '  ', '!!'], 'afwasser')).toBe(false);
    expect(occupationMatches([], 'afwasser')).toBe(false);
  });

  it('the carving floor: the minimum, else the candidate’s own minimum, else their maximum', () => {
    const carving = { minHours: 12 } as never;
    expect(carveFloorHours(carving, 24, 8)).toBe(12);
    expect(carveFloorHours(carving, 12, 0)).toBe(12); // exactly the minimum
    expect(carveFloorHours(carving, 12, 6)).toBe(12); // exactly the minimum, not the own 6
    expect(carveFloorHours(carving, 10, 6)).toBe(6);
    expect(carveFloorHours(carving, 10, 0)).toBe(10);
    expect(carveFloorHours(false, 10, 6)).toBe(0);
    expect(carveFloorHours(false, 0, 0)).toBe(0);
  });

  it('the carving floor is never below a quarter hour (MIN_JOB_HOURS): a job of no hours is none', () => {
    expect(MIN_JOB_HOURS).toBe(0.25);
    expect(carveFloorHours({ minHours: 0 } as never, 32, 0)).toBe(0.25);
    expect(carveFloorHours({ minHours: 0.1 } as never, 32, 8)).toBe(0.25);
    expect(carveFloorHours({ minHours: 0.3 } as never, 32, 0)).toBe(0.3);
    // A candidate who cannot work a quarter hour: the floor stays above their most.
    expect(carveFloorHours({ minHours: 12 } as never, 0.2, 0.1)).toBe(0.25);
    expect(carveFloorHours({ minHours: 12 } as never, 0.2, 0)).toBe(0.25);
    expect(carveFloorHours({ minHours: 0 } as never, 0, 0)).toBe(0.25);
  });
});

describe('qualification-rule.ts', () => {
  const vacancy = (over: Partial<Vacancy>): Vacancy =>
    ({
      id: 'v',
      employerId: 'e',
      sector: 'market',
      occupation: 'schoonmaker',
      location: { municipality: 'Hilversum', lat: 52.2, lon: 5.2 },
      hoursPerWeek: 24,
      qualification: ' MBO-3 schoonmaak ',
      tasks: [
        { id: 't1', kind: 'cleaning', hoursPerWeek: 16, demands: {}, skills: [] },
        { id: 't2', kind: 'team-lead', hoursPerWeek: 8, demands: {}, skills: [], core: true },
      ],
      ...over,
    }) as Vacancy;

  it('a vacancy asks its qualification (trimmed) only with a core task', () => {
    expect(askedQualification(vacancy({}))).toBe('MBO-3 schoonmaak');
    expect(askedQualification(vacancy({ qualification: '   ' }))).toBe(undefined);
    expect(askedQualification(vacancy({ qualification: undefined }))).toBe(undefined);
    const noCore = vacancy({}).tasks!.map((t) => ({ ...t, core: false }));
    expect(askedQualification(vacancy({ tasks: noCore }))).toBe(undefined);
    expect(askedQualification(vacancy({ tasks: undefined }))).toBe(undefined);
    expect(qualificationStory(vacancy({ tasks: noCore }), [])).toBe(undefined);
  });

  it('the sentence names the core task (singular) or tasks (plural, once each), met or not', () => {
    const v = vacancy({});
    expect(qualificationStory(v, ['MBO-4 Schoonmaak'])).toEqual({
      met: true,
      text: 'diploma voor de kerntaak leidinggeven: MBO-4 Schoonmaak voldoet aan MBO-3 schoonmaak',
    });
    expect(qualificationStory(v, ['MBO-2 schoonmaak'])).toEqual({
      met: false,
      text: 'de hele vacature vraagt MBO-3 schoonmaak (kerntaak leidinggeven); de kandidaat heeft dat niet (MBO-2 schoonmaak is een lager niveau dan gevraagd (MBO-3 schoonmaak))',
    });
    const tasks = [
      ...v.tasks!,
      { id: 't3', kind: 'team-lead', hoursPerWeek: 2, demands: {}, skills: [], core: true, derived: false },
      { id: 't4', kind: 'cleaning', hoursPerWeek: 2, demands: {}, skills: [], core: true, derived: false },
    ];
    expect(qualificationStory(vacancy({ tasks }), [])!.text).toBe(
      "de hele vacature vraagt MBO-3 schoonmaak (kerntaken leidinggeven, schoonmaken); de kandidaat heeft dat niet (geen diploma's of certificaten opgegeven; gevraagd: MBO-3 schoonmaak)",
    );
  });
});
