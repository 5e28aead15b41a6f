import {
  type CandidateInput,
  carvedJobWage,
  carveJob,
  checkDisplacement,
  minimumWageOn,
  parseCandidates,
  parseVacancies,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { facility, kitchen, person as participant } from './employer.js';

// Covenant art. 2.4, Werknemersorganisaties e–f: no displacement, and the cao's wages. The employer of
// test/carving/employer.ts: a kitchen (prep 10 h) and a facility vacancy (mail 8 h); the carved
// job takes prep + mail, 18 h, most of it (10 h) from the kitchen vacancy ('kok').
const wajonger: CandidateInput = {
  ...participant,
  targetGroup: 'wajong',
  taskPerformance: { ...participant.taskPerformance, 'food-prep': 0.6 },
};
const date = '2026-01-01';
const wml = minimumWageOn(date).hourly;
const employer = parseVacancies([kitchen, facility]);
const person = parseCandidates([wajonger])[0]!;
const scale = (wagePerHour: number, validFrom = '2025-07-01') => ({
  occupation: 'kok',
  cao: 'Cao Horeca',
  scale: 'III',
  wagePerHour,
  validFrom,
});

describe('carved-job wage from the cao (Werknemersorganisaties f)', () => {
  it('art. 2.4 f: the scale in force on the date; none for the occupation gives the minimum wage', () => {
    const table = [scale(15.5, '2025-01-01'), scale(16.25), scale(17, '2026-07-01')];
    expect(carvedJobWage('kok', date, table)).toMatchObject({ wagePerHour: 16.25, basis: 'cao' });
    expect(carvedJobWage('kok', date, table).reason).toContain('Cao Horeca, schaal III');
    const none = carvedJobWage('schoonmaker', date, table);
    expect(none).toMatchObject({ wagePerHour: wml, basis: 'minimum-wage' });
    expect(none.reason).toContain('minimumloon');
  });

  it('art. 2.4 f: a title the catalogue does not know meets its row whatever its case, accents or ß', () => {
    // Neither title is in the catalogue: the row is found by the folded title, as the catalogue folds
    // titles (lower case, no accents), `ß` taken as `ss` (its upper case is `SS`).
    const row = (occupation: string) => ({ ...scale(16.25), occupation });
    expect(carvedJobWage('Straßenreiniger Qzx', date, [row('STRASSENREINIGER QZX')]).basis).toBe('cao');
    expect(carvedJobWage('Café-hulp Qzx', date, [row('cafe-hulp qzx')]).basis).toBe('cao');
    expect(carvedJobWage('  Café-hulp Qzx ', date, [row('CAFÉ-HULP QZX')]).wagePerHour).toBe(16.25);
    // Another title stays another title.
    expect(carvedJobWage('Café-hulp Qzy', date, [row('cafe-hulp qzx')]).basis).toBe('minimum-wage');
  });

  it('art. 2.4 f: never below the statutory minimum wage', () => {
    const low = carvedJobWage('kok', date, [scale(wml - 1)]);
    expect(low).toMatchObject({ wagePerHour: wml, basis: 'minimum-wage' });
    expect(low.reason).toContain('onder het wettelijk minimumloon');
    expect(() => carvedJobWage('kok', date, [{ ...scale(16), wagePerHour: -1 }])).toThrowError(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
  });

  it('carveJob with caoScales pays the scale of the vacancy it takes most hours from (kok): loondispensatie scales with it', () => {
    const plain = carveJob(person, employer, { date });
    const cao = carveJob(person, employer, { date, caoScales: [scale(16.25)] });
    expect(cao.job!.tasks).toEqual(plain.job!.tasks);
    const saving = (r: typeof plain) =>
      r.job!.instruments.find((i) => i.id === 'wage-dispensation')?.amountPerMonth;
    expect(saving(plain)).toBeGreaterThan(0);
    expect(saving(cao)! / saving(plain)!).toBeCloseTo(16.25 / wml, 10);
    // A given wagePerHour wins over the table.
    expect(saving(carveJob(person, employer, { date, wagePerHour: wml, caoScales: [scale(16.25)] }))).toBe(
      saving(plain),
    );
  });
});

describe('displacement check per employer (Werknemersorganisaties e)', () => {
  const job = {
    employerId: 'e1',
    freedHours: [
      { vacancyId: 'v1', hoursPerWeek: 10 },
      { vacancyId: 'v2', hoursPerWeek: 8 },
    ],
  };

  it('art. 2.4 e: a carved job within open vacancies passes', () => {
    expect(checkDisplacement([kitchen, facility], [job])).toEqual([
      { employerId: 'e1', ok: true, flags: [] },
    ]);
  });

  it('art. 2.4 e: carving from a filled vacancy, or more hours than are open, is flagged with the figures', () => {
    const second = { employerId: 'e1', freedHours: [{ vacancyId: 'v2', hoursPerWeek: 18 }] };
    const [check] = checkDisplacement([kitchen, facility], [job, second], { filled: { v1: 1 } });
    expect(check!.ok).toBe(false);
    expect(check!.flags.map((f) => [f.vacancyId, f.code, f.freedHours, f.openHours])).toEqual([
      ['v1', 'filled-vacancy', 10, 0],
      ['v2', 'exceeds-open-hours', 26, 24],
    ]);
    expect(check!.flags[0]!.reason).toContain('al vervuld');
    expect(check!.flags[1]!.reason).toContain('26 uur');
  });

  it('refuses an unknown vacancy or a bad filled count with codes', () => {
    expect(() => checkDisplacement([kitchen], [job])).toThrowError(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => checkDisplacement([kitchen, facility], [job], { filled: { v1: -1 } })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/^checkDisplacement: `filled\.v1`: /),
      }),
    );
  });
});
