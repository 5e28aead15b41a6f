import {
  type CapabilityComparison,
  compareCapabilities,
  type FmlEntries,
  isValidationError,
  maxHoursFromProfile,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmlMap, lessDemanding, moreLimited, ORDINAL_POOL, POOL } from './arbitraries.js';

const reasons = (r: CapabilityComparison) => ({
  exceedances: r.exceedances.map((f) => f.reason),
  signals: r.signals.map((f) => f.reason),
});
const status = (r: CapabilityComparison) => (!r.fits ? 'exceeds' : r.signals.length > 0 ? 'signal' : 'fits');

describe('compareCapabilities: worked examples from the FML scales', () => {
  it('tillen (IV.13): ~5 kg person against tasks lifting 10, 5 and 2 kg', () => {
    const person = { 'IV.13': 2 }; // kan ongeveer 5 kg tillen
    const ten = compareCapabilities(person, { 'IV.13': 1 }); // a 10 kg task tolerates codes 0–1
    expect(ten.fits).toBe(false);
    expect(ten.exceedances).toEqual([
      { itemId: 'IV.13', rule: 'level', reason: 'tillen: kan ~5 kg, taak vraagt ~10 kg' },
    ]);
    expect(ten.margin).toBe(0);
    const five = compareCapabilities(person, { 'IV.13': 2 });
    expect(status(five)).toBe('signal');
    expect(reasons(five).signals).toEqual(['tillen: kan ~5 kg, taak vraagt ~5 kg (op de grens)']);
    expect(five.margin).toBe(0);
    const two = compareCapabilities(person, { 'IV.13': 3 });
    expect(status(two)).toBe('fits');
    expect(two.margin).toBe(1); // (3 − 2) / (3 − 2): the task tolerates every code
    // ~10 kg person on a 5 kg task: (2 − 1) / (3 − 1) = 0.5 of the room left
    expect(compareCapabilities({ 'IV.13': 1 }, { 'IV.13': 2 }).margin).toBe(0.5);
  });

  it('dragen (IV.14) and lopen (IV.16, IV.17)', () => {
    expect(reasons(compareCapabilities({ 'IV.14': 1 }, { 'IV.14': 0 })).exceedances).toEqual([
      'dragen: kan ~10 kg dragen, taak vraagt ~15 kg dragen',
    ]);
    // can walk ~15 minutes at a time; the task walks ~30 minutes at a time
    expect(reasons(compareCapabilities({ 'IV.16': 2 }, { 'IV.16': 1 })).exceedances).toEqual([
      'lopen: kan ~15 min achtereen lopen, taak vraagt ~30 min achtereen lopen',
    ]);
    // walks ~4 hours a day; a task walking ~1 hour a day leaves (2 − 1) / (3 − 1) of the room
    const r = compareCapabilities({ 'IV.17': 1 }, { 'IV.17': 2 });
    expect(status(r)).toBe('fits');
    expect(r.margin).toBe(0.5);
  });

  it('uren per week (VI.3) against the job’s hours: ~20 hours person, jobs of 24, 20 and 16 hours', () => {
    const person = { 'VI.3': 3 };
    const j24 = compareCapabilities(person, {}, { jobHoursPerWeek: 24 });
    expect(j24.exceedances).toEqual([
      { itemId: 'VI.3', rule: 'hours', reason: 'uren per week: kan ~20 uur per week, baan vraagt 24 uur' },
    ]);
    const j20 = compareCapabilities(person, {}, { jobHoursPerWeek: 20 });
    expect(status(j20)).toBe('signal'); // "ongeveer 20" is 20 (CRvB 30-03-2007): on the limit
    const j16 = compareCapabilities(person, {}, { jobHoursPerWeek: 16 });
    expect(status(j16)).toBe('fits');
    expect(j16.margin).toBeCloseTo(0.2, 12); // (20 − 16) / 20
    // without the job's hours only the code demand counts
    expect(status(compareCapabilities(person, {}))).toBe('fits');
    expect(status(compareCapabilities(person, { 'VI.3': 2 }))).toBe('exceeds');
    // VI.3 = 0 (ten minste 40 uur) is never limited
    expect(status(compareCapabilities({ 'VI.3': 0 }, {}, { jobHoursPerWeek: 60 }))).toBe('fits');
  });

  it('uren per dag (VI.2): ~4 hours a day person, from weekly hours over 5 days or the job’s own hours per day', () => {
    const person = { 'VI.2': 3 };
    expect(status(compareCapabilities(person, {}, { jobHoursPerWeek: 20 }))).toBe('signal'); // 4 h a day
    expect(reasons(compareCapabilities(person, {}, { jobHoursPerWeek: 24 })).exceedances).toEqual([
      'uren per dag: kan ~4 uur per dag, baan vraagt 4,8 uur',
    ]);
    expect(status(compareCapabilities(person, {}, { jobHoursPerWeek: 24, daysPerWeek: 6 }))).toBe('signal');
    const r = compareCapabilities(person, {}, { jobHoursPerWeek: 24, jobHoursPerDay: 3 });
    expect(status(r)).toBe('fits');
    expect(r.margin).toBe(0.25); // (4 − 3) / 4
  });

  it('conditions: "no deadlines" (I.8 code 4) and "no customer contact" (II.12 code 1)', () => {
    const person = { 'I.8': [4], 'II.12': [1] };
    const shop = compareCapabilities(person, { 'I.8': [1, 2, 3], 'II.12': [3, 5] });
    expect(reasons(shop).exceedances).toEqual([
      "specifieke voorwaarden persoonlijk functioneren: nodig 'zonder veelvuldige deadlines of productiepieken', taak biedt dat niet",
      "specifieke voorwaarden sociaal functioneren: nodig 'weinig of geen klantcontact', taak biedt dat niet",
    ]);
    // absent = the task meets no condition
    expect(compareCapabilities(person, {}).exceedances.map((f) => f.rule)).toEqual([
      'condition',
      'condition',
    ]);
    const backOffice = compareCapabilities(person, { 'I.8': [4, 5], 'II.12': [1, 3] });
    expect(status(backOffice)).toBe('fits');
    expect(backOffice.margin).toBe(1);
    // "overige voorwaarden" are free text on the form: met, but a person must check which
    expect(status(compareCapabilities({ 'I.8': [7] }, { 'I.8': [7] }))).toBe('signal');
  });

  it('nominal kinds of limitation (IV.3 hand- en vingergebruik) and flags (II.5 lezen)', () => {
    const person = { 'IV.3': 3 }; // pincetgreep beperkt
    expect(status(compareCapabilities(person, {}))).toBe('fits'); // the task uses no particular grip
    expect(reasons(compareCapabilities(person, { 'IV.3': 0 })).exceedances).toEqual([
      "hand- en vingergebruik: beperking 'pincetgreep' past niet bij de taak",
    ]);
    expect(status(compareCapabilities(person, { 'IV.3': 2 }))).toBe('exceeds'); // tolerates only pengreep
    expect(status(compareCapabilities(person, { 'IV.3': [3, 7] }))).toBe('signal');
    expect(status(compareCapabilities({ 'IV.3': [3, 8] }, { 'IV.3': [3, 7] }))).toBe('exceeds');
    expect(reasons(compareCapabilities({ 'II.5': 1 }, { 'II.5': 0 })).exceedances).toEqual([
      'lezen: beperkt, taak vraagt normaal',
    ]);
    expect(reasons(compareCapabilities({ 'II.5': 1 }, { 'II.5': 1 })).signals).toEqual([
      'lezen: beperkt, de taak staat dit toe (nagaan)',
    ]);
  });

  it('throws a ValidationError naming every problem of profile and demands', () => {
    let error: unknown;
    try {
      compareCapabilities(
        { 'IV.13': 9 },
        { 'X.1': 1, 'I.8': 2 },
        { jobHoursPerWeek: Number.NaN, daysPerWeek: 0 },
      );
    } catch (e) {
      error = e;
    }
    expect(isValidationError(error)).toBe(true);
    if (!isValidationError(error)) return;
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      [['profile', 'IV.13'], 'invalid_fml_code'],
      [['demands', 'X.1'], 'unknown_fml_item'],
      [['demands', 'I.8'], 'fml_list_expected'],
      [['job', 'jobHoursPerWeek'], 'invalid_hours'],
      [['job', 'daysPerWeek'], 'invalid_hours'],
    ]);
  });

  it('maxHoursFromProfile reads VI.2 and VI.3 ("ongeveer" as the number)', () => {
    expect(maxHoursFromProfile({})).toEqual({ perWeek: Infinity, perDay: Infinity });
    expect(maxHoursFromProfile({ 'VI.3': 2, 'VI.2': 2 })).toEqual({ perWeek: 30, perDay: 6 });
    expect(maxHoursFromProfile({ 'VI.3': 4, 'VI.2': 4 })).toEqual({ perWeek: 10, perDay: 2 });
  });
});

const job = fc.option(fc.record({ jobHoursPerWeek: fc.integer({ min: 0, max: 48 }) }), { nil: undefined });

describe.each([
  ['mixed items', POOL],
  ['ordinal items', ORDINAL_POOL],
])('compareCapabilities: properties (%s)', (_, POOL) => {
  it('fits ⇔ no exceedance; margin in [0, 1] and 0 when it does not fit', () => {
    fc.assert(
      fc.property(fmlMap(POOL), fmlMap(POOL), job, (p, d, j) => {
        const r = compareCapabilities(p, d, j);
        expect(r.fits).toBe(r.exceedances.length === 0);
        expect(r.margin).toBeGreaterThanOrEqual(0);
        expect(r.margin).toBeLessThanOrEqual(1);
        if (!r.fits) expect(r.margin).toBe(0);
        if (r.signals.length > 0) expect(r.margin).toBe(0);
      }),
    );
  });

  it('a person without limitations fits every task with margin 1 and no signal', () => {
    fc.assert(
      fc.property(fmlMap(POOL), job, (d, j) => {
        const r = compareCapabilities({}, d, j);
        expect(status(r)).toBe('fits');
        expect(r.margin).toBe(1);
      }),
    );
  });

  it('a more limited person never fits a task the other does not fit, and never has more margin', () => {
    fc.assert(
      fc.property(fmlMap(POOL), fmlMap(POOL), fmlMap(POOL), job, (p, e, d, j) => {
        const worse = moreLimited(p, e);
        const a = compareCapabilities(p, d, j);
        const b = compareCapabilities(worse, d, j);
        if (b.fits) expect(a.fits).toBe(true);
        expect(b.margin).toBeLessThanOrEqual(a.margin);
      }),
    );
  });

  it('a less demanding task (and a shorter job) never fits fewer people, and never has less margin', () => {
    fc.assert(
      fc.property(
        fmlMap(POOL),
        fmlMap(POOL),
        fmlMap(POOL),
        fc.subarray(POOL.map((i) => i.id)),
        fc.integer({ min: 0, max: 48 }),
        fc.integer({ min: 0, max: 48 }),
        (p, d, e, drop, h1, h2) => {
          const easier = lessDemanding(d, e, new Set(drop));
          const a = compareCapabilities(p, d, { jobHoursPerWeek: Math.max(h1, h2) });
          const b = compareCapabilities(p, easier, { jobHoursPerWeek: Math.min(h1, h2) });
          if (a.fits) expect(b.fits).toBe(true);
          expect(b.margin).toBeGreaterThanOrEqual(a.margin);
        },
      ),
    );
  });

  it('only items present in both maps (or conditions, or hours) produce findings', () => {
    fc.assert(
      fc.property(fmlMap(POOL), fmlMap(POOL), (p, d) => {
        const r = compareCapabilities(p, d as FmlEntries);
        for (const f of [...r.exceedances, ...r.signals]) {
          expect(f.itemId in p).toBe(true);
          if (f.rule !== 'condition') expect(f.itemId in d).toBe(true);
        }
      }),
    );
  });
});
