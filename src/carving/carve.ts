import { expectRecord } from '../_internal/guard.js';
import { hoursText } from '../_internal/words-nl.js';
import type { Candidate, Vacancy } from '../domain/schemas.js';
import { BanenmatchError } from '../errors.js';
import { JOB_HOURS_PER_WEEK } from '../quota/jobs.js';
import { estimateWageValue } from '../wage-value/estimate.js';
import { instrumentsFor } from '../wage-value/instruments.js';
import { MINIMUM_WAGE_TABLE } from '../wage-value/minimum-wage.js';
import { solveBundle } from './bundle.js';
import { checkCarveOptions } from './carve-options.js';
import type {
  CarvedJob,
  CarvedTask,
  CarveOptions,
  CarveResult,
  CarvingSetup,
  TaskVerdict,
} from './carve-types.js';
import { checkedInput } from './checked-input.js';
import { caoWageOf } from './fair-work.js';
import { carvingSetup, objectiveValue, taskKey } from './setup.js';

/** No job: the reason, and the fitting tasks told that no job could be made of them. */
function noJob(reason: string, verdicts: TaskVerdict[]): CarveResult {
  for (const v of verdicts) {
    if (v.status === 'eligible') v.reason = 'past, maar er is geen baan met genoeg uren van te maken';
  }
  return { job: null, reason, tasks: verdicts };
}

/** @internal Optimises over the setup's offered tasks and builds the job (or null with the reason). */
export function carveFromSetup(
  candidate: Candidate,
  employerId: string,
  setup: CarvingSetup,
  options: CarveOptions,
  where: string,
): CarveResult {
  const { offered, verdicts } = setup;
  if (setup.maxHours < setup.minHours) {
    return noJob(
      `kandidaat kan ten hoogste ${hoursText(setup.maxHours)} uur (${setup.maxReason}), minder dan het minimum van ${hoursText(setup.minHours)} uur voor een gecreëerde baan`,
      verdicts,
    );
  }
  const objective = options.objective ?? 'productive-hours';
  const vacancyIndex = new Map<string, number>();
  const items = offered.map((t) => {
    let g = vacancyIndex.get(t.vacancyId);
    if (g === undefined) {
      g = vacancyIndex.size;
      vacancyIndex.set(t.vacancyId, g);
    }
    return { hours: t.hoursPerWeek, value: objectiveValue(objective, t, where), group: g };
  });
  const bundle = solveBundle({
    items,
    minHours: setup.minHours,
    maxHours: setup.maxHours,
    resolution: options.resolution,
  });
  if (bundle === null || bundle.items.length === 0) {
    let feasible = 0;
    for (const t of offered) feasible += t.hoursPerWeek;
    const reason =
      offered.length === 0
        ? 'geen enkele taak van deze werkgever past bij de kandidaat'
        : feasible < setup.minHours
          ? `de passende taken komen samen op ${hoursText(feasible)} uur, minder dan het minimum van ${hoursText(setup.minHours)} uur`
          : `geen combinatie van passende taken valt tussen ${hoursText(setup.minHours)} en ${hoursText(setup.maxHours)} uur (${setup.maxReason})`;
    return noJob(reason, verdicts);
  }
  const res = options.resolution ?? 0.25;
  const chosen = bundle.items.map((i) => offered[i]!);
  const tasks: CarvedTask[] = chosen.map((t) => ({
    vacancyId: t.vacancyId,
    taskId: t.taskId,
    kind: t.kind,
    hoursPerWeek: Math.round(t.hoursPerWeek / res) * res,
    wageValue: t.wageValue,
  }));
  const inJob = new Set(chosen.map((t) => taskKey(t.vacancyId, t.taskId)));
  for (const v of verdicts) {
    if (v.status === 'eligible' && inJob.has(taskKey(v.vacancyId, v.taskId))) {
      v.status = 'included';
      v.reason = 'in de gecreëerde baan: past bij de mogelijkheden en de uren';
    }
  }
  const taskHours = tasks.map((t) => ({ kind: t.kind, hoursPerWeek: t.hoursPerWeek }));
  const wageValue = estimateWageValue(candidate, taskHours);
  const date = options.date ?? MINIMUM_WAGE_TABLE[MINIMUM_WAGE_TABLE.length - 1]!.validFrom;
  const instruments = instrumentsFor(
    candidate,
    { hoursPerWeek: bundle.hours, tasks: taskHours, wagePerHour: options.wagePerHour, sector: setup.sector },
    date,
  );
  const freed = new Map<string, number>();
  for (const t of tasks) freed.set(t.vacancyId, (freed.get(t.vacancyId) ?? 0) + t.hoursPerWeek);
  const signals = bundle.items.flatMap((i) =>
    setup.offeredSignals[i]!.map((s) => ({
      vacancyId: offered[i]!.vacancyId,
      taskId: offered[i]!.taskId,
      reason: s.reason,
    })),
  );
  const counts = candidate.targetGroup !== 'beschut';
  const job: CarvedJob = {
    candidateId: candidate.id,
    employerId,
    sector: setup.sector,
    tasks,
    hoursPerWeek: bundle.hours,
    wageValue,
    objectiveValue: bundle.value,
    instruments,
    freedHours: [...freed.entries()].map(([vacancyId, hoursPerWeek]) => ({ vacancyId, hoursPerWeek })),
    jobs: counts ? bundle.hours / JOB_HOURS_PER_WEEK : 0,
    signals,
  };
  const from = job.freedHours.length === 1 ? '1 vacature' : `${job.freedHours.length} vacatures`;
  return {
    job,
    reason: `${tasks.length} ${tasks.length === 1 ? 'taak' : 'taken'} uit ${from}, ${hoursText(job.hoursPerWeek)} uur per week (${hoursText(job.jobs)} baan${counts ? '' : ': beschut werk telt niet mee'})`,
    tasks: verdicts,
  };
}

/**
 * The best carved job for a candidate from the carvable tasks of one employer's vacancies
 * (*jobcarving*, Inclusief Herontwerp Werk): the tasks the candidate can do (FML fits, not a core
 * task, not a task they avoid), bundled into a job of at least `minHours` and at most what the
 * candidate can work (preferences, FML VI.2 and VI.3), maximising the objective; the freed hours go
 * back to each source vacancy's qualified staff.
 *
 * Exact for any number of tasks: dynamic programming over quarter hours (see `solveBundle`),
 * O(n·H + G·H·K) with H the hours grid, G source vacancies, K hour totals a vacancy can give.
 *
 * @param candidate - a parsed candidate
 * @param vacancies - vacancies of one employer (tasks are derived from the occupation when absent)
 * @param options - window, objective, site, date; see {@link CarveOptions}
 * @returns the job, or `null` with the reason; a verdict with its reason for every task
 * @throws ValidationError when the candidates or vacancies break the input contract (as parseCandidates and
 *   parseVacancies check them), paths under `candidates` / `vacancies`.
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws ValidationError for an invalid profile or options; BanenmatchError `INVALID_ARGUMENT` when the
 *   vacancies belong to more than one employer, `NOT_FOUND` for a vacancy without tasks whose occupation
 *   is not in the catalogue
 * @example
 * const { job, reason } = carveJob(candidate, vacanciesOfEmployer);
 * job?.tasks.map((t) => t.kind) // ['cleaning', 'dishwashing']
 */
export function carveJob(
  candidate: Candidate,
  vacancies: readonly Vacancy[],
  options: CarveOptions = {},
): CarveResult {
  checkCarveOptions(options, 'carveJob');
  expectRecord(candidate, 'carveJob', 'candidate');
  const input = checkedInput([candidate], vacancies, 'carveJob');
  candidate = input.candidates[0]!;
  vacancies = input.vacancies;
  const where = `carveJob(${candidate.id})`;
  const employers = new Set(vacancies.map((v) => v.employerId));
  if (employers.size > 1) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `${where}: vacancies of ${employers.size} employers given; carve per employer (group by employerId)`,
    );
  }
  // Stryker disable next-line StringLiteral: without vacancies there is no job to carry the id
  const employerId = vacancies[0]?.employerId ?? '';
  const setup = carvingSetup(candidate, vacancies, options);
  const result = carveFromSetup(candidate, employerId, setup, options, where);
  if (
    result.job === null ||
    options.wagePerHour !== undefined ||
    // Stryker disable next-line ConditionalExpression: without a table caoWageOf gives WML, the default wage
    options.caoScales === undefined
  )
    return result;
  // Werknemersorganisaties f: the cao's scale, never below WML; the tasks do not depend on the wage.
  const date = options.date ?? MINIMUM_WAGE_TABLE[MINIMUM_WAGE_TABLE.length - 1]!.validFrom;
  const wage = caoWageOf(result.job, vacancies, date, options.caoScales);
  return carveFromSetup(candidate, employerId, setup, { ...options, wagePerHour: wage.wagePerHour }, where);
}
