import { compareCapabilities, type FmlEntries, isValidationError, type JobHours } from 'banenmatch';
import { describe, expect, it } from 'vitest';

// The rules of compareCapabilities item kind by item kind, each at its limit, with the reasons a job
// coach reads asserted word for word (the wording is the behaviour).

const run = (p: FmlEntries, d: FmlEntries, job?: JobHours) => {
  const r = compareCapabilities(p, d, job);
  return {
    fits: r.fits,
    margin: r.margin,
    exceedances: r.exceedances.map((f) => `${f.itemId} ${f.rule}: ${f.reason}`),
    signals: r.signals.map((f) => `${f.itemId} ${f.rule}: ${f.reason}`),
  };
};
const clean = (margin: number) => ({ fits: true, margin, exceedances: [], signals: [] });

describe('ordinal and flag items', () => {
  it('code 0 (the norm) never signals and leaves all the room, whatever the task tolerates', () => {
    expect(run({ 'IV.13': 0 }, { 'IV.13': 0 })).toEqual(clean(1));
    expect(run({}, { 'IV.13': 0, 'II.5': 0 })).toEqual(clean(1));
    expect(run({ 'II.5': 0 }, { 'II.5': 0 })).toEqual(clean(1));
    expect(run({ 'IV.13': 0 }, { 'IV.13': 2 })).toEqual(clean(1));
  });

  it('an absent demand tolerates every code, even the most limited', () => {
    expect(run({ 'IV.13': 3, 'II.5': 1 }, {})).toEqual(clean(1));
  });

  it('the margin is the room on the tightest item, (d − p) / (max − p)', () => {
    // tillen ~10 kg on a ~5 kg task: (2 − 1) / (3 − 1); lopen ~4 h a day on a ~1 h task: (2 − 1) / (3 − 1)
    expect(run({ 'IV.13': 1, 'IV.17': 1 }, { 'IV.13': 2, 'IV.17': 3 }).margin).toBe(0.5);
    expect(run({ 'IV.13': 1, 'IV.17': 1 }, { 'IV.13': 3, 'IV.17': 2 }).margin).toBe(0.5);
    expect(run({ 'IV.13': 1, 'IV.17': 2 }, { 'IV.13': 3, 'IV.17': 3 }).margin).toBe(1);
  });

  it('an exceedance leaves no margin even when the other items have room', () => {
    expect(run({ 'IV.13': 2, 'IV.17': 1 }, { 'IV.13': 1, 'IV.17': 3 })).toEqual({
      fits: false,
      margin: 0,
      exceedances: ['IV.13 level: tillen: kan ~5 kg, taak vraagt ~10 kg'],
      signals: [],
    });
  });

  it('a signal next to an exceedance is still reported', () => {
    expect(run({ 'IV.13': 2, 'II.5': 1 }, { 'IV.13': 1, 'II.5': 1 })).toEqual({
      fits: false,
      margin: 0,
      exceedances: ['IV.13 level: tillen: kan ~5 kg, taak vraagt ~10 kg'],
      signals: ['II.5 level: lezen: beperkt, de taak staat dit toe (nagaan)'],
    });
  });
});

describe('nominal items (kinds of limitation)', () => {
  it('code 0 or an empty list is no limitation: it fits any tolerated kinds without a signal', () => {
    expect(run({ 'IV.3': 0 }, { 'IV.3': 0 })).toEqual(clean(1));
    expect(run({ 'IV.3': 0 }, { 'IV.3': [3] })).toEqual(clean(1));
    expect(run({ 'IV.3': [] }, { 'IV.3': 2 })).toEqual(clean(1));
  });

  it('tolerated kinds signal, each named in the reason', () => {
    expect(run({ 'IV.3': [3, 7] }, { 'IV.3': [3, 7, 9] })).toEqual({
      fits: true,
      margin: 0,
      exceedances: [],
      signals: [
        "IV.3 kind: hand- en vingergebruik: beperking 'pincetgreep', 'fijne motoriek', de taak staat dit toe (nagaan)",
      ],
    });
    expect(run({ 'I.5': 1 }, { 'I.5': 1 }).signals).toEqual([
      "I.5 kind: doelmatig handelen: beperking 'start niet tijdig', de taak staat dit toe (nagaan)",
    ]);
  });

  it('one kind the task does not tolerate is an exceedance, and then nothing signals', () => {
    expect(run({ 'IV.3': [3, 8, 9] }, { 'IV.3': [3, 7] })).toEqual({
      fits: false,
      margin: 0,
      exceedances: [
        "IV.3 kind: hand- en vingergebruik: beperking 'repeterende bewegingen' past niet bij de taak",
        "IV.3 kind: hand- en vingergebruik: beperking 'toetsenbord en muis' past niet bij de taak",
      ],
      signals: [],
    });
    // a task that tolerates no kind (code 0)
    expect(run({ 'I.5': [2] }, { 'I.5': 0 }).exceedances).toEqual([
      "I.5 kind: doelmatig handelen: beperking 'geen logische volgorde' past niet bij de taak",
    ]);
  });
});

describe('conditions items (I.8, II.12)', () => {
  it('a condition the task does not meet is an exceedance, also "overige voorwaarden"', () => {
    expect(run({ 'II.12': [6] }, { 'II.12': [1] })).toEqual({
      fits: false,
      margin: 0,
      exceedances: [
        "II.12 condition: specifieke voorwaarden sociaal functioneren: nodig 'overige voorwaarden', taak biedt dat niet",
      ],
      signals: [],
    });
  });

  it('a met "overige voorwaarden" signals (free text: which one must be checked), other met conditions do not', () => {
    expect(run({ 'II.12': [1, 6] }, { 'II.12': [1, 6] })).toEqual({
      fits: true,
      margin: 0,
      exceedances: [],
      signals: [
        "II.12 condition: specifieke voorwaarden sociaal functioneren: 'overige voorwaarden' nodig, taak biedt die volgens opgave (nagaan welke)",
      ],
    });
    expect(run({ 'I.8': [7] }, { 'I.8': [7] }).signals).toEqual([
      "I.8 condition: specifieke voorwaarden persoonlijk functioneren: 'overige voorwaarden' nodig, taak biedt die volgens opgave (nagaan welke)",
    ]);
    expect(run({ 'II.12': [1, 5] }, { 'II.12': [1, 5] })).toEqual(clean(1));
    // the task meets "overige voorwaarden", the person does not need it
    expect(run({ 'I.8': [4] }, { 'I.8': [4, 7] })).toEqual(clean(1));
  });

  it('a person who needs no condition fits a task that meets none', () => {
    expect(run({ 'I.8': [] }, {})).toEqual(clean(1));
    expect(run({}, { 'I.8': [1, 7], 'II.12': [6] })).toEqual(clean(1));
  });
});

describe('hours (VI.2, VI.3) against the job', () => {
  it('hours on the cap signal, with the reason "(op de grens)"', () => {
    expect(run({ 'VI.3': 3, 'VI.2': 3 }, {}, { jobHoursPerWeek: 20 })).toEqual({
      fits: true,
      margin: 0,
      exceedances: [],
      signals: [
        'VI.3 hours: uren per week: kan ~20 uur per week, baan vraagt 20 uur (op de grens)',
        'VI.2 hours: uren per dag: kan ~4 uur per dag, baan vraagt 4 uur (op de grens)',
      ],
    });
    expect(run({ 'VI.3': 1 }, {}, { jobHoursPerWeek: 40 }).signals).toEqual([
      'VI.3 hours: uren per week: kan ~40 uur per week, baan vraagt 40 uur (op de grens)',
    ]);
  });

  it('without hours in the job, VI.2 and VI.3 are compared by code only', () => {
    const person = { 'VI.3': 3, 'VI.2': 3 };
    expect(run(person, {}, {})).toEqual(clean(1));
    expect(run(person, {}, { daysPerWeek: 4 })).toEqual(clean(1));
    // hours per day alone: only VI.2 is compared
    expect(run(person, {}, { jobHoursPerDay: 4 }).signals).toEqual([
      'VI.2 hours: uren per dag: kan ~4 uur per dag, baan vraagt 4 uur (op de grens)',
    ]);
    expect(run(person, {}, { jobHoursPerDay: 2 }).margin).toBe(0.5); // (4 − 2) / 4
  });

  it('the norm codes (ten minste 40 uur, ten minste 8 uur) have no cap: all the room, any hours', () => {
    expect(run({ 'VI.3': 0, 'VI.2': 0 }, {}, { jobHoursPerWeek: 60 })).toEqual(clean(1));
    expect(run({}, {}, { jobHoursPerWeek: 60 })).toEqual(clean(1));
  });

  it('the margin takes the tighter of the code room and the hours room; 0 hours leave all the room', () => {
    // lifting: (3 − 1) / (3 − 1) = 1; hours: (20 − 16) / 20
    expect(run({ 'IV.13': 1, 'VI.3': 3 }, { 'IV.13': 3 }, { jobHoursPerWeek: 16 }).margin).toBe(
      (20 - 16) / 20,
    );
    // the week tighter: ~30 hours on 24, (30 − 24) / 30; 4.8 hours a day against ~8, (8 − 4.8) / 8
    expect(run({ 'VI.3': 2, 'VI.2': 1 }, {}, { jobHoursPerWeek: 24 }).margin).toBe((30 - 24) / 30);
    // the day tighter: ~4 hours a day on 3, (4 − 3) / 4; ~40 hours on 24, (40 − 24) / 40
    expect(run({ 'VI.3': 1, 'VI.2': 3 }, {}, { jobHoursPerWeek: 24, jobHoursPerDay: 3 }).margin).toBe(0.25);
    expect(run({ 'VI.3': 4, 'VI.2': 4 }, {}, { jobHoursPerWeek: 0 })).toEqual(clean(1));
  });

  it('hours over the cap exceed, and the margin is 0', () => {
    expect(run({ 'VI.2': 2 }, {}, { jobHoursPerWeek: 40, daysPerWeek: 4 })).toEqual({
      fits: false,
      margin: 0,
      exceedances: ['VI.2 hours: uren per dag: kan ~6 uur per dag, baan vraagt 10 uur'],
      signals: [],
    });
  });
});

describe('validation of the job’s hours', () => {
  const issues = (job: unknown) => {
    try {
      compareCapabilities({}, {}, job as JobHours);
    } catch (e) {
      if (!isValidationError(e)) throw e;
      return { message: e.message.split('\n')[0], issues: e.issues };
    }
    return 'valid';
  };

  it('accepts 0 hours, fractions and any days per week above 0', () => {
    expect(issues({ jobHoursPerWeek: 0, jobHoursPerDay: 0, daysPerWeek: 0.5 })).toBe('valid');
    expect(issues({ jobHoursPerWeek: 12.5 })).toBe('valid');
  });

  it('names each bad field with its path and what it must be', () => {
    expect(issues({ jobHoursPerWeek: -1, jobHoursPerDay: Infinity, daysPerWeek: 0 })).toEqual({
      message: 'compareCapabilities: 3 problems',
      issues: [
        {
          path: ['job', 'jobHoursPerWeek'],
          message: 'jobHoursPerWeek must be a finite number ≥ 0 (days > 0)',
          code: 'invalid_hours',
        },
        {
          path: ['job', 'jobHoursPerDay'],
          message: 'jobHoursPerDay must be a finite number ≥ 0 (days > 0)',
          code: 'invalid_hours',
        },
        {
          path: ['job', 'daysPerWeek'],
          message: 'daysPerWeek must be a finite number ≥ 0 (days > 0)',
          code: 'invalid_hours',
        },
      ],
    });
    expect(issues({ daysPerWeek: -1 })).toMatchObject({ issues: [{ path: ['job', 'daysPerWeek'] }] });
  });

  it('refuses demands on IV.1/IV.2 (they describe a side), which a profile may have', () => {
    let error: unknown;
    try {
      compareCapabilities({ 'IV.1': 1, 'IV.2': 2 }, { 'IV.2': 1 });
    } catch (e) {
      error = e;
    }
    expect(isValidationError(error) && error.issues).toEqual([
      {
        path: ['demands', 'IV.2'],
        message: 'item IV.2 describes a side, tasks make no demands on it',
        code: 'fml_item_not_demandable',
      },
    ]);
  });

  it('refuses a job that is not an object', () => {
    for (const job of [5, null, [20]]) {
      expect(issues(job)).toEqual({
        message: 'compareCapabilities: 1 problem',
        issues: [{ path: ['job'], message: 'expected an object of hours', code: 'invalid_type' }],
      });
    }
  });
});
