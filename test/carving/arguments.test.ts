import {
  type Candidate,
  type CandidateInput,
  carveJob,
  MINIMUM_WAGE_TABLE,
  minimumWageOn,
  parseCandidates,
  parseVacancies,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { facility, kitchen, person } from './employer.js';

// carveJob's arguments and the values it takes from them: a candidate that is not an object, an empty
// employer, the employer's id, a custom objective's values (0 allowed, anything else refused by name),
// the cao table without a date, and with no job to pay.

const date = '2026-01-01';
const employer = parseVacancies([kitchen, facility]);
const candidateWith = (changes: Partial<CandidateInput> = {}) =>
  parseCandidates([{ ...person, ...changes }])[0]!;

describe('carveJob: arguments', () => {
  it('refuses a candidate that is not an object, naming the argument', () => {
    expect(() => carveJob(null as unknown as Candidate, employer)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('candidate') }),
    );
  });

  it('names the candidate and the number of employers when the vacancies mix employers', () => {
    const other = parseVacancies([{ ...facility, id: 'v9', employerId: 'e2' }]);
    expect(() => carveJob(candidateWith(), [...employer, ...other])).toThrowError(
      'carveJob(c1): vacancies of 2 employers given; carve per employer (group by employerId)',
    );
  });

  it('no vacancies: no job, and no task to judge', () => {
    const r = carveJob(candidateWith(), [], { minHours: 0 });
    expect(r).toEqual({
      job: null,
      reason: 'geen enkele taak van deze werkgever past bij de kandidaat',
      tasks: [],
    });
  });

  it("the job carries the candidate's and the employer's id", () => {
    const own = parseVacancies([
      { ...kitchen, employerId: 'bakkerij' },
      { ...facility, employerId: 'bakkerij' },
    ]);
    const { job } = carveJob(candidateWith(), own, { date });
    expect([job!.candidateId, job!.employerId]).toEqual(['c1', 'bakkerij']);
  });
});

describe('carveJob: a custom objective', () => {
  it('a value of 0 is allowed: a task worth nothing is left out when it can be', () => {
    const r = carveJob(candidateWith(), employer, {
      date,
      objective: (t) => (t.taskId === 'desk' ? 0 : t.hoursPerWeek),
    });
    expect(r.job!.tasks.map((t) => t.taskId)).toEqual(['prep', 'mail']);
    expect(r.job!.objectiveValue).toBe(18);
  });

  it('the objective sees each task with its hours, kind, skills and wage value', () => {
    const seen: string[] = [];
    const desk = { id: 'desk', kind: 'reception', hoursPerWeek: 6, skills: ['Nederlands', 'telefoon'] };
    const withSkills = parseVacancies([
      kitchen,
      { ...facility, tasks: [...facility.tasks!.slice(0, 2), desk] },
    ]);
    carveJob(candidateWith(), withSkills, {
      date,
      objective: (t) => {
        seen.push(`${t.vacancyId}/${t.taskId} ${t.kind} ${t.hoursPerWeek} h ${t.wageValue} [${t.skills}]`);
        return 1;
      },
    });
    expect(seen).toEqual([
      'v1/prep food-prep 10 h 0.8 []',
      'v2/mail mail-sorting 8 h 0.6 []',
      'v2/desk reception 6 h 0.3 [Nederlands,telefoon]',
    ]);
  });

  it.each([
    ['a negative value', -1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a string', '3'],
  ])('%s is refused, naming the task and vacancy', (_, value) => {
    expect(() =>
      carveJob(candidateWith(), employer, { date, objective: () => value as number }),
    ).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'carveJob(c1): the objective gave no finite value ≥ 0 for task "prep" of vacancy "v1"',
      }),
    );
  });
});

describe('carveJob: the cao table', () => {
  const newest = MINIMUM_WAGE_TABLE[MINIMUM_WAGE_TABLE.length - 1]!.validFrom;
  const scale = {
    occupation: 'kok',
    cao: 'Cao Horeca',
    scale: 'III',
    wagePerHour: 30,
    validFrom: '2015-01-01',
  };
  const saving = (r: ReturnType<typeof carveJob>) =>
    r.job!.instruments.find((i) => i.id === 'wage-dispensation')?.amountPerMonth;
  const wajonger = () => candidateWith({ targetGroup: 'wajong' });

  it('without a date: the scale and the minimum wage of the newest minimum-wage date', () => {
    const plain = carveJob(wajonger(), employer);
    const cao = carveJob(wajonger(), employer, { caoScales: [scale] });
    expect(saving(plain)).toBeGreaterThan(0);
    expect(saving(cao)! / saving(plain)!).toBeCloseTo(30 / minimumWageOn(newest).hourly, 10);
    // the same as naming that date
    expect(saving(carveJob(wajonger(), employer, { caoScales: [scale], date: newest }))).toBe(saving(cao));
  });

  it('with no job to pay: the reason, no error', () => {
    const r = carveJob(candidateWith({ capabilities: { 'VI.3': 4 } }), employer, { caoScales: [scale] });
    expect(r.job).toBeNull();
    expect(r.reason).toContain('minder dan het minimum van 12 uur');
  });
});
