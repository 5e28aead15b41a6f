import { readFileSync } from 'node:fs';
import {
  fromJobPosting,
  GOOI_EN_VECHTSTREEK,
  isValidationError,
  parseVacancies,
  type ValidationIssue,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8');

function issuesOf(f: () => unknown): ValidationIssue[] {
  try {
    f();
  } catch (e) {
    if (isValidationError(e)) return [...e.issues];
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('fromJobPosting on realistic postings', () => {
  it('municipal green-maintenance posting: government, upper end of 24-32 h, monthly salary → hourly', () => {
    const r = fromJobPosting(JSON.parse(fixture('gemeente-groen')));
    const v = r.vacancy;
    expect(v.id).toBe('HIL-2024-0317');
    expect(v.employerId).toBe('https://www.hilversum.nl');
    expect(r.employerName).toBe('Gemeente Hilversum');
    expect(v.sector).toBe('government');
    expect(v.occupation).toBe('Medewerker groenonderhoud');
    expect(v.location).toEqual({ municipality: 'Hilversum', lat: 52.2233, lon: 5.1764 });
    expect(v.hoursPerWeek).toBe(32);
    // minValue 2450 a month over 36 × 52 / 12 = 156 hours = 15.705… → 15.71.
    expect(v.wagePerHour).toBe(15.71);
    expect(r.employmentType).toEqual(['PART_TIME', 'TEMPORARY']);
    expect(r.description).toContain(
      'Ook geschikt voor kandidaten uit het doelgroepregister & de banenafspraak.',
    );
    expect(r.description).not.toMatch(/<|&amp;/);
    // Tasks come from the catalogue (groenvoorziener), derived, summing to the hours.
    expect(v.tasks!.length).toBeGreaterThan(0);
    expect(v.tasks!.every((t) => t.derived)).toBe(true);
    expect(v.tasks!.reduce((s, t) => s + t.hoursPerWeek, 0)).toBeCloseTo(32, 6);
    // The result satisfies the input contract.
    expect(parseVacancies([v])[0]).toEqual(v);
  });

  it('@graph posting without geo: locality looked up, 20 h (clock times ignored), 3 positions, KvK id', () => {
    const r = fromJobPosting(fixture('schoonmaak-graph'), { municipalities: GOOI_EN_VECHTSTREEK });
    const v = r.vacancy;
    expect(v.id).toBe('GLR-123');
    expect(v.employerId).toBe('KVK-12345678');
    expect(v.sector).toBe('market');
    expect(v.location).toEqual({ municipality: 'Huizen', lat: 52.2992, lon: 5.2417 });
    expect(v.hoursPerWeek).toBe(20);
    expect(v.positions).toBe(3);
    expect(v.wagePerHour).toBe(14.4);
    expect(v.tasks!.map((t) => t.kind)).toContain('cleaning');
    expect(r.warnings.map((w) => [w.path, w.code])).toEqual([
      [['@graph', 2, 'jobLocation', 0, 'geo'], 'geo_from_locality'],
    ]);
    expect(r.description).toBe(
      'Je maakt kantoren schoon in Huizen. Geen ervaring nodig – wij leiden je op. Salaris: € 14,40 per uur.',
    );
  });

  it('the same @graph posting without the municipalities table is an error at the geo path', () => {
    expect(issuesOf(() => fromJobPosting(fixture('schoonmaak-graph'))).map((i) => [i.path, i.code])).toEqual([
      [['@graph', 2, 'jobLocation', 0, 'geo', 'latitude'], 'required'],
    ]);
  });

  it('URI @type, numeric id, string coordinates, English hours range, yearly salary', () => {
    const r = fromJobPosting(fixture('supermarkt-string'), { hoursFromRange: 'min' });
    expect(r.vacancy.id).toBe('88123');
    expect(r.vacancy.employerId).toBe('https://debrink.example.nl');
    expect(r.vacancy.hoursPerWeek).toBe(12);
    expect(r.vacancy.location.lat).toBe(52.2567);
    // 29,952 a year over 36 × 52 = 1872 hours = 16.00.
    expect(r.vacancy.wagePerHour).toBe(16);
    expect(r.description).toBe('Vakken vullen & spiegelen.\nFlexibele uren.');
    expect(fromJobPosting(fixture('supermarkt-string'), { hoursFromRange: 'mid' }).vacancy.hoursPerWeek).toBe(
      14,
    );
    expect(fromJobPosting(fixture('supermarkt-string'), { sector: 'government' }).vacancy.sector).toBe(
      'government',
    );
  });

  it('an incomplete posting lists everything missing, each with its JSON-LD path', () => {
    const issues = issuesOf(() =>
      fromJobPosting(fixture('onvolledig'), { municipalities: GOOI_EN_VECHTSTREEK }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['title'], 'required'],
      [['jobLocation', 'geo', 'latitude'], 'required'],
      [['workHours'], 'required'],
    ]);
    // A default for hours removes that one issue only.
    const fewer = issuesOf(() => fromJobPosting(fixture('onvolledig'), { defaultHoursPerWeek: 24 }));
    expect(fewer.map((i) => i.path[0])).toEqual(['title', 'jobLocation']);
  });

  it('rejects text that is not JSON, and JSON without a JobPosting', () => {
    expect(issuesOf(() => fromJobPosting('{not json')).map((i) => i.code)).toEqual(['invalid_json']);
    expect(issuesOf(() => fromJobPosting({ '@type': 'Organization' })).map((i) => i.code)).toEqual([
      'not_job_posting',
    ]);
  });

  it('maps contract violations back to the JSON-LD (coordinates outside the Netherlands)', () => {
    const posting = JSON.parse(fixture('gemeente-groen'));
    posting.jobLocation.geo.latitude = 48.85;
    expect(issuesOf(() => fromJobPosting(posting)).map((i) => i.path)).toEqual([
      ['jobLocation', 'geo', 'latitude'],
    ]);
  });
});

describe('fromJobPosting: tasks from the title and the description', () => {
  const posting = (title: string, description: string, workHours = '20 uur'): Record<string, unknown> => ({
    ...JSON.parse(fixture('gemeente-groen')),
    title,
    description,
    workHours,
  });
  const shares = (r: ReturnType<typeof fromJobPosting>): [string, number][] =>
    (r.vacancy.tasks ?? []).map((t) => [t.kind, t.hoursPerWeek]);

  it('title unknown: tasks from the description’s task words, equal shares, derived, with warnings', () => {
    const r = fromJobPosting(
      posting('Medewerker De Zonnebloem', '<p>Schoonmaken van kantoren en vouwen van linnengoed.</p>'),
    );
    expect(shares(r)).toEqual([
      ['cleaning', 10],
      ['laundry', 10],
    ]);
    expect(r.vacancy.tasks!.every((t) => t.derived && !t.core)).toBe(true);
    expect(r.warnings.map((w) => [w.path, w.code])).toEqual([
      [['title'], 'unknown_occupation'],
      [['description'], 'tasks_from_description'],
    ]);
    expect(r.warnings[1]!.message).toContain('derived from the description');
    expect(parseVacancies([r.vacancy])[0]).toEqual(r.vacancy);
  });

  it('title unknown and no task words: no tasks, one warning (as before)', () => {
    const r = fromJobPosting(posting('Medewerker De Zonnebloem', 'Leuk team, goed salaris.'));
    expect(r.vacancy.tasks).toBeUndefined();
    expect(r.warnings.map((w) => [w.path, w.code])).toEqual([[['title'], 'unknown_occupation']]);
  });

  it('titles the catalogue did not know get their occupation’s tasks (kassamedewerker, pakketbezorger)', () => {
    expect(shares(fromJobPosting(posting('Kassamedewerker 16 uur', '')))[0]).toEqual(['cashier', 14]);
    expect(shares(fromJobPosting(posting('Pakketbezorger (m/v)', ''))).map(([k]) => k)).toEqual([
      'delivery',
      'loading',
      'mail-sorting',
    ]);
    const clean = fromJobPosting(posting('Allround medewerker schoonmaak - Hilversum', ''));
    expect(shares(clean).map(([k]) => k)).toEqual(['cleaning', 'litter-picking']);
    expect(clean.warnings).toEqual([]);
  });

  it('title known: supporting kinds the description adds take 10% of the hours each, the rest pro rata', () => {
    // medewerker spoelkeuken: dishwashing 0.75, cleaning 0.25; the description adds the till.
    const r = fromJobPosting(
      posting('Medewerker spoelkeuken', 'Afwassen, schoonmaken en soms achter de kassa.'),
    );
    expect(shares(r)).toEqual([
      ['dishwashing', 13.5],
      ['cleaning', 4.5],
      ['cashier', 2],
    ]);
    expect(r.warnings.map((w) => [w.path, w.code])).toEqual([[['description'], 'tasks_from_description']]);
    // Kinds the occupation already has add nothing; core kinds are never added from words.
    const own = fromJobPosting(
      posting('Medewerker spoelkeuken', 'Afwassen en schoonmaken; je helpt de kok met koken.'),
    );
    expect(shares(own).map(([k]) => k)).toEqual(['dishwashing', 'cleaning']);
    expect(own.warnings).toEqual([]);
  });
});

describe('fromJobPosting: hours in free text (property)', () => {
  const posting = (workHours: string): Record<string, unknown> => ({
    ...JSON.parse(fixture('gemeente-groen')),
    workHours,
  });

  it('reads "N uur per week", "N hours", "N-M uur" in Dutch decimals and picks the chosen end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }).map((q) => q / 2),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom('uur per week', 'uur', 'hours per week', 'u/w'),
        (lo, extra, unit) => {
          const hi = lo + extra;
          const dutch = (x: number): string => String(x).replace('.', ',');
          expect(fromJobPosting(posting(`${dutch(lo)} ${unit}`)).vacancy.hoursPerWeek).toBe(lo);
          const ranged = fromJobPosting(posting(`${dutch(lo)} - ${dutch(hi)} ${unit}`), {
            hoursFromRange: 'min',
          });
          expect(ranged.vacancy.hoursPerWeek).toBe(lo);
          expect(fromJobPosting(posting(`${lo} tot ${hi} ${unit}`)).vacancy.hoursPerWeek).toBe(hi);
        },
      ),
    );
  });

  it('"fulltime" is fullTimeHours; hours above 60 and unreadable hours are errors', () => {
    expect(fromJobPosting(posting('Fulltime'), { fullTimeHours: 38 }).vacancy.hoursPerWeek).toBe(38);
    expect(issuesOf(() => fromJobPosting(posting('70 uur'))).map((i) => [i.path, i.code])).toEqual([
      [['workHours'], 'too_big'],
    ]);
    expect(issuesOf(() => fromJobPosting(posting('ma-vr 8:00-16:30'))).map((i) => i.code)).toEqual([
      'invalid_hours',
    ]);
  });
});

describe('fromJobPosting: robustness (property)', () => {
  const keys = [
    'identifier',
    'title',
    'hiringOrganization',
    'jobLocation',
    'workHours',
    'baseSalary',
    'totalJobOpenings',
  ];

  it('any field removed or replaced by arbitrary JSON gives a valid vacancy or a ValidationError, nothing else', () => {
    fc.assert(
      fc.property(
        fc.subarray(keys),
        fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 })),
        (removed, replaced) => {
          const posting: Record<string, unknown> = { ...JSON.parse(fixture('gemeente-groen')), ...replaced };
          for (const k of removed) delete posting[k];
          try {
            const r = fromJobPosting(posting);
            expect(parseVacancies([r.vacancy])[0]).toEqual(r.vacancy);
          } catch (e) {
            expect(isValidationError(e)).toBe(true);
            if (isValidationError(e)) expect(e.issues.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});
