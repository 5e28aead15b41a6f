import { type CaoScale, carvedJobWage, checkDisplacement, minimumWageOn } from 'banenmatch';
import { describe, expect, it } from 'vitest';
// Internal: the wage carveJob and carveAll give a carved job.
import { caoWageOf } from '../../src/carving/fair-work.js';
import { facility, kitchen } from './employer.js';

// Fair work at its limits, the reasons word for word: the cao scale in force on its first day, the
// latest of several, a title and its catalogue id meeting, a scale exactly at the minimum wage; the
// displacement check with several positions, partly filled, hours with a decimal comma.

const date = '2026-01-01';
const wml = minimumWageOn(date).hourly;
const euro = (x: number) => `€${x.toFixed(2)}`;
const row = (wagePerHour: number, validFrom: string, occupation = 'kok'): CaoScale => ({
  occupation,
  cao: 'Cao Horeca',
  scale: 'III',
  wagePerHour,
  validFrom,
});

describe('carvedJobWage', () => {
  it('a scale in force from the very date; the latest of those in force, whatever the order', () => {
    const table = [row(16, '2025-07-01'), row(17, date), row(15, '2025-01-01'), row(18, '2026-01-02')];
    expect(carvedJobWage('kok', date, table)).toEqual({
      wagePerHour: 17,
      basis: 'cao',
      scale: row(17, date),
      reason: `cao-loon: Cao Horeca, schaal III, €17.00 per uur (minimumloon ${euro(wml)})`,
    });
    expect(carvedJobWage('kok', '2025-12-31', table).wagePerHour).toBe(16);
  });

  it('a vacancy title meets the catalogue id of the table (and the other way round)', () => {
    expect(carvedJobWage('Schoonmaakster (m/v)', date, [row(15, date, 'cleaner')]).wagePerHour).toBe(15);
    expect(carvedJobWage('cleaner', date, [row(15, date, 'schoonmaker')]).wagePerHour).toBe(15);
    // a title outside the catalogue matches itself, whatever the case and spaces
    expect(carvedJobWage('Ballonvaarder', date, [row(15, date, ' ballonvaarder ')]).wagePerHour).toBe(15);
  });

  it('a scale exactly at the minimum wage is the cao wage; a cent below is the minimum wage', () => {
    expect(carvedJobWage('kok', date, [row(wml, date)]).basis).toBe('cao');
    const below = carvedJobWage('kok', date, [row(wml - 0.01, date)]);
    expect(below).toEqual({
      wagePerHour: wml,
      basis: 'minimum-wage',
      scale: row(wml - 0.01, date),
      reason: `Cao Horeca, schaal III (${euro(wml - 0.01)}) ligt onder het wettelijk minimumloon: ${euro(wml)} per uur`,
    });
  });

  it('no scale for the occupation, or no table: the minimum wage, saying so', () => {
    const none = {
      wagePerHour: wml,
      basis: 'minimum-wage',
      reason: `geen cao-schaal opgegeven voor schoonmaker: het wettelijk minimumloon, ${euro(wml)} per uur`,
    };
    expect(carvedJobWage('schoonmaker', date, [row(16, date)])).toEqual(none);
    expect(carvedJobWage('schoonmaker', date)).toEqual(none);
  });

  it('refuses a bad row with its path under the table', () => {
    expect(() =>
      carvedJobWage('kok', date, [row(16, date), { ...row(16, date), validFrom: '1-1-2026' }]),
    ).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION',
        issues: [expect.objectContaining({ path: ['table', 1, 'validFrom'] })],
      }),
    );
  });
});

describe('checkDisplacement', () => {
  const twoCooks = { ...kitchen, positions: 2 };
  const job = (hours: number, vacancyId = 'v1', employerId = 'e1') => ({
    employerId,
    freedHours: [{ vacancyId, hoursPerWeek: hours }],
  });

  it('open hours are open positions × hours: two positions, one filled, leave 36 h', () => {
    expect(checkDisplacement([twoCooks], [job(36)], { filled: { v1: 1 } })).toEqual([
      { employerId: 'e1', ok: true, flags: [] },
    ]);
    const [over] = checkDisplacement([twoCooks], [job(20), job(16.5)], { filled: { v1: 1 } });
    expect(over!.flags).toEqual([
      {
        vacancyId: 'v1',
        code: 'exceeds-open-hours',
        freedHours: 36.5,
        openHours: 36,
        reason:
          'uit vacature v1 wordt 36,5 uur gehaald, maar er staat maar 36 uur open (risico op verdringing)',
      },
    ]);
  });

  it('all positions filled: a flag with 0 open hours, whatever the hours carved', () => {
    const [check] = checkDisplacement([twoCooks], [job(0.25)], { filled: { v1: 2 } });
    expect(check!.flags).toEqual([
      {
        vacancyId: 'v1',
        code: 'filled-vacancy',
        freedHours: 0.25,
        openHours: 0,
        reason: 'vacature v1 is al vervuld: de 0,25 uur komen van zittend personeel (risico op verdringing)',
      },
    ]);
  });

  it('one check per employer, in order of first appearance', () => {
    const other = { ...facility, employerId: 'e2' };
    const checks = checkDisplacement([kitchen, other], [job(10, 'v2', 'e2'), job(40)]);
    expect(checks.map((c) => [c.employerId, c.ok, c.flags.map((f) => f.code)])).toEqual([
      ['e2', true, []],
      ['e1', false, ['exceeds-open-hours']],
    ]);
  });

  it('refuses an unknown vacancy by name', () => {
    expect(() => checkDisplacement([kitchen], [job(8, 'v9')])).toThrowError(
      'checkDisplacement: no vacancy "v9" among the vacancies',
    );
  });
});

describe('caoWageOf (the wage of a carved job)', () => {
  const table = [row(16, date, 'kok'), row(15, date, 'facilitair medewerker')];
  const freed = (...hours: [string, number][]) => ({
    freedHours: hours.map(([vacancyId, hoursPerWeek]) => ({ vacancyId, hoursPerWeek })),
  });

  it('takes the occupation of the vacancy giving most hours, the first one on a tie', () => {
    expect(caoWageOf(freed(['v1', 8], ['v2', 10]), [kitchen, facility], date, table).wagePerHour).toBe(15);
    expect(caoWageOf(freed(['v1', 10], ['v2', 8]), [kitchen, facility], date, table).wagePerHour).toBe(16);
    expect(caoWageOf(freed(['v1', 8], ['v2', 8]), [kitchen, facility], date, table).wagePerHour).toBe(16);
    expect(caoWageOf(freed(['v2', 8], ['v1', 8]), [kitchen, facility], date, table).wagePerHour).toBe(15);
  });
});

describe('checkDisplacement and carvedJobWage: input of the wrong shape', () => {
  it('names the function in the error (checkDisplacement) and the table (carvedJobWage)', () => {
    expect(() => checkDisplacement([{ id: 1 } as never], [])).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION',
        message: expect.stringMatching(/^checkDisplacement: 2 problems\n/),
      }),
    );
    expect(() => carvedJobWage('kok', date, [{ occupation: 'kok' } as never])).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION',
        message: expect.stringMatching(/^carvedJobWage: table: 4 problems\n/),
      }),
    );
  });
});

describe('fair work: the edges of the table and the tolerance', () => {
  it('refuses a row whose occupation, cao or scale is only spaces (trimmed first)', () => {
    for (const field of ['occupation', 'cao', 'scale'] as const) {
      expect(() => carvedJobWage('kok', date, [{ ...row(16, date), [field]: '   ' }])).toThrowError(
        expect.objectContaining({
          code: 'VALIDATION',
          issues: [expect.objectContaining({ path: ['table', 0, field] })],
        }),
      );
    }
  });

  it('a title outside the catalogue is trimmed and folded as the catalogue folds titles, ß as ss', () => {
    expect(carvedJobWage('  Ballonvaarder ', date, [row(20, date, 'BALLONVAARDER')]).wagePerHour).toBe(20);
    // Lower case alone would keep straße and strasse apart; the upper case of ß is SS, so they meet.
    expect(carvedJobWage('Straße-x', date, [row(20, date, 'STRASSE-X')]).basis).toBe('cao');
  });

  it('two rows in force from the same day: the first one in the table counts', () => {
    expect(carvedJobWage('kok', date, [row(16, date), row(17, date)]).wagePerHour).toBe(16);
    expect(carvedJobWage('kok', date, [row(17, date), row(16, date)]).wagePerHour).toBe(17);
  });

  it('a job with no freed hours, or from a vacancy not in the list: no occupation, the minimum wage', () => {
    const none = {
      wagePerHour: wml,
      basis: 'minimum-wage',
      reason: `geen cao-schaal opgegeven voor : het wettelijk minimumloon, ${euro(wml)} per uur`,
    };
    const table = [row(16, date)];
    expect(caoWageOf({ freedHours: [] }, [kitchen], date, table)).toEqual(none);
    expect(caoWageOf({ freedHours: [{ vacancyId: 'v9', hoursPerWeek: 8 }] }, [kitchen], date, table)).toEqual(
      none,
    );
  });

  it('carved hours may exceed the open hours by 1e-9 h (rounding), not more', () => {
    const job = (hoursPerWeek: number) => ({
      employerId: 'e1',
      freedHours: [{ vacancyId: 'v1', hoursPerWeek }],
    });
    expect(checkDisplacement([kitchen], [job(kitchen.hoursPerWeek + 1e-9)])[0]!.ok).toBe(true);
    expect(checkDisplacement([kitchen], [job(kitchen.hoursPerWeek + 3e-9)])[0]!.ok).toBe(false);
  });
});
