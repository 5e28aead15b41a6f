import {
  type CandidateInput,
  carveJob,
  parseCandidates,
  parseVacancies,
  type VacancyInput,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { facility, kitchen, person } from './employer.js';

// The reasons a job coach reads, word for word: the one-line summary of a job, why there is none,
// and the verdict on every task. The employer of test/carving/employer.ts: a kitchen (core cooking
// 20 h, prep 10 h, dishes 6 h) and a facility vacancy (mail 8 h, cleaning 10 h, reception 6 h); the
// person (12–20 h, lifting ~5 kg, standing ~4 h a day) can do prep, mail and reception.

const date = '2026-01-01';
const employer = parseVacancies([kitchen, facility]);
const candidateWith = (changes: Partial<CandidateInput> = {}) =>
  parseCandidates([{ ...person, ...changes }])[0]!;
const verdicts = (r: ReturnType<typeof carveJob>) =>
  Object.fromEntries(r.tasks.map((t) => [t.taskId, `${t.status}: ${t.reason}`]));

const CORE = 'excluded: kerntaak: vraagt de kwalificatie van de vacature (MBO-3 kok)';
const STANDING =
  'excluded: past niet bij de mogelijkheden: staan tijdens het werk: kan ~4 uur per dag, taak vraagt het merendeel van de werkdag';
const LIFTING = 'excluded: past niet bij de mogelijkheden: tillen: kan ~5 kg, taak vraagt ~10 kg';
const INCLUDED = 'included: in de gecreëerde baan: past bij de mogelijkheden en de uren';
const NOT_CHOSEN = 'eligible: past, maar niet gekozen: een andere combinatie levert meer op binnen de uren';
const NO_JOB = 'eligible: past, maar er is geen baan met genoeg uren van te maken';

describe('carveJob: the reasons of a job', () => {
  it('a verdict for every task: core, does not fit, in the job, fits but not chosen', () => {
    const r = carveJob(candidateWith(), employer, { date });
    expect(r.reason).toBe('2 taken uit 2 vacatures, 18 uur per week (0,71 baan)');
    expect(verdicts(r)).toEqual({
      cook: CORE,
      prep: INCLUDED,
      dish: STANDING,
      mail: INCLUDED,
      clean: LIFTING,
      desk: NOT_CHOSEN,
    });
    // each task's hours and kind as the employer gave them, in input order
    expect(r.tasks.map((t) => [t.vacancyId, t.kind, t.hoursPerWeek])).toEqual([
      ['v1', 'cooking', 20],
      ['v1', 'food-prep', 10],
      ['v1', 'dishwashing', 6],
      ['v2', 'mail-sorting', 8],
      ['v2', 'cleaning', 10],
      ['v2', 'reception', 6],
    ]);
    // the candidate's wage value on each task of the job (task performance)
    expect(r.job!.tasks.map((t) => [t.taskId, t.kind, t.hoursPerWeek, t.wageValue])).toEqual([
      ['prep', 'food-prep', 10, 0.8],
      ['mail', 'mail-sorting', 8, 0.6],
    ]);
  });

  it('one task from one vacancy: singular words; sheltered work counts no job', () => {
    const window = { date, minHours: 10, maxHours: 10 };
    const one = carveJob(candidateWith(), employer, window);
    expect(one.reason).toBe('1 taak uit 1 vacature, 10 uur per week (0,39 baan)');
    expect(one.job!.freedHours).toEqual([{ vacancyId: 'v1', hoursPerWeek: 10 }]);
    const sheltered = carveJob(candidateWith({ targetGroup: 'beschut' }), employer, window);
    expect(sheltered.reason).toBe(
      '1 taak uit 1 vacature, 10 uur per week (0 baan: beschut werk telt niet mee)',
    );
    // three tasks from two vacancies
    const three = carveJob(candidateWith({ hoursPerWeek: { min: 12, max: 24 } }), employer, {
      date,
      objective: 'hours',
    });
    expect(three.reason).toBe('3 taken uit 2 vacatures, 24 uur per week (0,94 baan)');
  });

  it('a core task without a named qualification says so without brackets', () => {
    const { qualification: _, ...plain } = kitchen;
    const r = carveJob(candidateWith(), parseVacancies([plain, facility]), { date });
    expect(verdicts(r).cook).toBe('excluded: kerntaak: vraagt de kwalificatie van de vacature');
  });

  it('a task that exceeds several FML items names each, joined by a semicolon', () => {
    const heavy: VacancyInput = {
      ...facility,
      tasks: [
        { id: 'mail', kind: 'mail-sorting', hoursPerWeek: 8, demands: { 'IV.8': 1 } },
        { id: 'clean', kind: 'cleaning', hoursPerWeek: 10, demands: { 'IV.13': 1, 'V.4': 0 } },
        { id: 'desk', kind: 'reception', hoursPerWeek: 6, demands: { 'II.3': 0 } },
      ],
    };
    const r = carveJob(candidateWith(), parseVacancies([kitchen, heavy]), { date });
    expect(verdicts(r).clean).toBe(
      'excluded: past niet bij de mogelijkheden: tillen: kan ~5 kg, taak vraagt ~10 kg; staan tijdens het werk: kan ~4 uur per dag, taak vraagt het merendeel van de werkdag',
    );
  });

  it('a task without hours is left out, saying so', () => {
    const idle: VacancyInput = {
      ...facility,
      tasks: [...facility.tasks!, { id: 'idle', kind: 'reception', hoursPerWeek: 0 }],
    };
    const r = carveJob(candidateWith(), parseVacancies([kitchen, idle]), { date });
    expect(verdicts(r).idle).toBe('excluded: taak heeft geen uren');
    expect(r.job!.hoursPerWeek).toBe(18);
  });

  it('a task longer than the candidate can work names the limit', () => {
    const r = carveJob(candidateWith(), employer, { date, minHours: 8, maxHours: 8 });
    expect(r.reason).toBe('1 taak uit 1 vacature, 8 uur per week (0,31 baan)');
    expect(verdicts(r)).toMatchObject({
      prep: 'excluded: taak alleen al 10 uur, meer dan kan (maximaal 8 uur)',
      mail: INCLUDED,
      clean: 'excluded: taak alleen al 10 uur, meer dan kan (maximaal 8 uur)',
      desk: NOT_CHOSEN,
    });
  });
});

describe('carveJob: why there is no job', () => {
  it('the candidate cannot work the minimum: the limit and its source; fitting tasks told why', () => {
    const r = carveJob(candidateWith({ capabilities: { 'VI.3': 4 } }), employer, { date });
    expect(r.job).toBeNull();
    expect(r.reason).toBe(
      'kandidaat kan ten hoogste 10 uur (FML VI.3: ~10 uur per week), minder dan het minimum van 12 uur voor een gecreëerde baan',
    );
    // without limits on lifting and standing every non-core task fits, but no job can be made
    expect(verdicts(r)).toEqual({
      cook: CORE,
      prep: NO_JOB,
      dish: NO_JOB,
      mail: NO_JOB,
      clean: NO_JOB,
      desk: NO_JOB,
    });
  });

  it('no task fits at all', () => {
    const r = carveJob(
      candidateWith({ capabilities: { 'IV.13': 3, 'V.4': 3, 'IV.8': 2, 'II.3': 1 } }),
      employer,
      { date },
    );
    expect(r.job).toBeNull();
    expect(r.reason).toBe('geen enkele taak van deze werkgever past bij de kandidaat');
    expect(r.tasks.every((t) => t.status === 'excluded')).toBe(true);
    expect(verdicts(r).desk).toBe(
      'excluded: past niet bij de mogelijkheden: spreken: beperkt, taak vraagt normaal',
    );
  });

  it('the fitting tasks add up to less than the minimum: their sum and the minimum', () => {
    // prep 10 + mail 8 + reception 6 = 24 h fit; a 26-hour minimum within a 30-hour week
    const r = carveJob(candidateWith({ hoursPerWeek: { min: 12, max: 30 } }), employer, {
      date,
      minHours: 26,
    });
    expect(r.job).toBeNull();
    expect(r.reason).toBe('de passende taken komen samen op 24 uur, minder dan het minimum van 26 uur');
    expect(verdicts(r)).toMatchObject({ prep: NO_JOB, mail: NO_JOB, desk: NO_JOB });
  });

  it('enough hours in all, but no combination inside the window', () => {
    // 24 h fit, a window of 19–20 h: 10 + 8 = 18, 10 + 6 + 8 = 24, no sum in between
    const r = carveJob(candidateWith(), employer, { date, minHours: 19 });
    expect(r.job).toBeNull();
    expect(r.reason).toBe(
      'geen combinatie van passende taken valt tussen 19 en 20 uur (wil ten hoogste 20 uur)',
    );
    expect(verdicts(r)).toMatchObject({ prep: NO_JOB, mail: NO_JOB, desk: NO_JOB });
  });

  it('fitting tasks adding up to exactly the minimum, off the hours grid: no combination, not too few hours', () => {
    // Two 6.4-hour tasks, 12.8 h together, a minimum of 12.8 h, a grid of whole hours: each task
    // counts 6 h on the grid, so no bundle reaches 12.8 h although the tasks add up to it.
    const odd: VacancyInput = {
      ...facility,
      hoursPerWeek: 12.8,
      tasks: [
        { id: 'a', kind: 'mail-sorting', hoursPerWeek: 6.4 },
        { id: 'b', kind: 'reception', hoursPerWeek: 6.4 },
      ],
    };
    const r = carveJob(candidateWith(), parseVacancies([odd]), { date, minHours: 12.8, resolution: 1 });
    expect(r.job).toBeNull();
    expect(r.reason).toBe(
      'geen combinatie van passende taken valt tussen 12,8 en 20 uur (wil ten hoogste 20 uur)',
    );
  });
});
