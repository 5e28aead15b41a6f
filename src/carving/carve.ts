import { expectRecord } from '../_internal/guard.js';
import { hoursText } from '../_internal/words-nl.js';
import type { CapabilityFinding, Tally } from '../capability/compare.js';
import { compareCodes, finish } from '../capability/compare.js';
import { fmlIssues } from '../capability/fml-validate.js';
import { DEFAULT_DAYS_PER_WEEK, maxHoursFromProfile } from '../capability/hours.js';
import type { Candidate, Sector, Task, Vacancy } from '../domain/schemas.js';
import { BanenmatchError, ValidationError } from '../errors.js';
import { JOB_HOURS_PER_WEEK } from '../quota/jobs.js';
import { estimateWageValue, type WageValueEstimate } from '../wage-value/estimate.js';
import { type Instrument, instrumentsFor } from '../wage-value/instruments.js';
import { MINIMUM_WAGE_TABLE } from '../wage-value/minimum-wage.js';
import { solveBundle } from './bundle.js';
import { checkCarveOptions } from './carve-options.js';
import { checkedInput } from './checked-input.js';
import { decomposeVacancy } from './decompose.js';
import { type CaoScale, caoWageOf } from './fair-work.js';

/**
 * What a carved job maximises:
 * - `'productive-hours'` (default): Σ hours × the candidate's estimated wage value on the task — the
 *   output the employer gets, which is what makes the job last;
 * - `'hours'`: Σ hours — the most the banenafspraak counts (hours / 25.5);
 * - a function of a task giving a value ≥ 0.
 * Among equal values the bundle drawing on fewer source vacancies wins (less reorganisation).
 */
export type CarvingObjective = 'productive-hours' | 'hours' | ((task: CarvableTask) => number);

/** A task offered for carving, with the candidate's estimated wage value on it. */
export interface CarvableTask {
  vacancyId: string;
  taskId: string;
  kind: string;
  hoursPerWeek: number;
  /** The candidate's estimated wage value on this task (0..1). */
  wageValue: number;
  skills: readonly string[];
}

/** Options of {@link carveJob}. */
export interface CarveOptions {
  /**
   * Fewest hours a carved job may have. 12 h a week: UWV's job coach needs a contract of at least
   * 12 hours a week (domain notes Part B §5–6); no official minimum exists.
   * @default 12
   */
  minHours?: number | undefined;
  /** Most hours, on top of the candidate's own maximum and FML VI.2/VI.3. @default no extra limit */
  maxHours?: number | undefined;
  /** Only vacancies at this site of the employer. @default every site */
  site?: string | undefined;
  /** @default 'productive-hours' */
  objective?: CarvingObjective | undefined;
  /** Date for the instruments (minimum wage, LKV rules). @default the newest minimum-wage figure's date */
  date?: string | undefined;
  /** Pay per hour of the carved job. @default the statutory minimum wage (WML), or the scale of `caoScales` */
  wagePerHour?: number | undefined;
  /**
   * The cao's wage table (`carveJob` only): without `wagePerHour`, the job is paid the scale of the
   * occupation of the vacancy it takes most hours from, never below WML (see `carvedJobWage`). @default none
   */
  caoScales?: readonly CaoScale[] | undefined;
  /** Working days a week, to turn FML VI.2 (hours a day) into hours a week. @default 5 */
  daysPerWeek?: number | undefined;
  /** Grid of the hours in the optimiser. @default 0.25 */
  resolution?: number | undefined;
}

/** Why a task is in or out of a carved job. */
export interface TaskVerdict {
  vacancyId: string;
  taskId: string;
  kind: string;
  hoursPerWeek: number;
  /** `included` in the job; `eligible` but not chosen; `excluded` by a rule. */
  status: 'included' | 'eligible' | 'excluded';
  /** In words a job coach reads. */
  reason: string;
}

/** A task of a carved job. */
export interface CarvedTask {
  vacancyId: string;
  taskId: string;
  kind: string;
  hoursPerWeek: number;
  wageValue: number;
}

/** A new job made of tasks a candidate can do (*jobcarving*, Inclusief Herontwerp Werk). */
export interface CarvedJob {
  candidateId: string;
  employerId: string;
  sector: Sector;
  tasks: CarvedTask[];
  /** Hours a week of the carved job (on the optimiser's grid). */
  hoursPerWeek: number;
  /** The candidate's estimated wage value on the job: an estimate, not a measurement. */
  wageValue: WageValueEstimate;
  /** The objective's value (productive hours by default). */
  objectiveValue: number;
  /** Instruments for the employer on this job (LKS, loondispensatie, LKV, no-risk, ...). */
  instruments: Instrument[];
  /** Hours handed back to the qualified staff of each source vacancy, for their core work. */
  freedHours: { vacancyId: string; hoursPerWeek: number }[];
  /** Banenafspraak jobs the carved job counts for (hours / 25.5); 0 for sheltered work. */
  jobs: number;
  /** Borderline points (*signalering*) a job coach must look at, per task. */
  signals: { vacancyId: string; taskId: string; reason: string }[];
}

/** The outcome of {@link carveJob}: the job, or `null` with the reason, and a verdict per task. */
export interface CarveResult {
  job: CarvedJob | null;
  /** Why there is no job, or a one-line summary of the job. */
  reason: string;
  tasks: TaskVerdict[];
}

/** @internal The resolved hours window and the candidate's feasible tasks at one employer. */
export interface CarvingSetup {
  minHours: number;
  maxHours: number;
  /** Why the window is what it is (for reasons). */
  maxReason: string;
  offered: CarvableTask[];
  offeredSignals: CapabilityFinding[][];
  verdicts: TaskVerdict[];
  sector: Sector;
}

/** @internal Key of a task across vacancies. */
export function taskKey(vacancyId: string, taskId: string): string {
  return `${vacancyId}\u0000${taskId}`;
}

/** @internal Resolves the carving window for a candidate: [minHours, min of preferences, FML, option]. */
export function hoursWindow(
  candidate: Candidate,
  options: CarveOptions,
): { min: number; max: number; why: string } {
  const min = options.minHours ?? 12;
  const fml = maxHoursFromProfile(candidate.capabilities);
  const days = options.daysPerWeek ?? DEFAULT_DAYS_PER_WEEK;
  const limits: [number, string][] = [
    [candidate.hoursPerWeek.max, `wil ten hoogste ${hoursText(candidate.hoursPerWeek.max)} uur`],
    [fml.perWeek, `FML VI.3: ~${hoursText(fml.perWeek)} uur per week`],
    [fml.perDay * days, `FML VI.2: ~${hoursText(fml.perDay)} uur per dag × ${days} dagen`],
  ];
  if (options.maxHours !== undefined)
    limits.push([options.maxHours, `maximaal ${hoursText(options.maxHours)} uur`]);
  let best = limits[0]!;
  for (const l of limits) if (l[0] < best[0]) best = l;
  return { min, max: best[0], why: best[1] };
}

/** @internal Checks the candidate's FML profile once, so the task loop can skip validation. */
export function assertProfile(candidate: Candidate, where: string): void {
  const issues = fmlIssues(candidate.capabilities, 'profile').map((i) => ({
    ...i,
    path: ['capabilities', ...i.path],
    message: `${i.message} (candidate "${candidate.id}")`,
  }));
  if (issues.length > 0) throw new ValidationError(where, issues);
}

/** @internal The objective's value of one task. */
export function objectiveValue(objective: CarvingObjective, task: CarvableTask, where = 'carving'): number {
  if (objective === 'hours') return task.hoursPerWeek;
  if (objective === 'productive-hours') return task.hoursPerWeek * task.wageValue;
  const v = objective(task);
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `${where}: the objective gave no finite value ≥ 0 for task "${task.taskId}" of vacancy "${task.vacancyId}"`,
    );
  }
  return v;
}

/**
 * @internal Which tasks of one employer's vacancies a candidate can take on, with a verdict for
 * every task. Capability is checked without validation (the caller validated the profile; task
 * demands were validated by the vacancy parser).
 */
export function carvingSetup(
  candidate: Candidate,
  vacancies: readonly Vacancy[],
  options: CarveOptions,
  taken?: ReadonlySet<string>,
): CarvingSetup {
  const window = hoursWindow(candidate, options);
  const avoid = new Set(candidate.preferences?.avoidTaskKinds ?? []);
  const offered: CarvableTask[] = [];
  const offeredSignals: CapabilityFinding[][] = [];
  const verdicts: TaskVerdict[] = [];
  const hoursBySector = { market: 0, government: 0 };
  for (const v of vacancies) {
    hoursBySector[v.sector] += v.hoursPerWeek;
    const tasks: readonly Task[] = decomposeVacancy(v);
    for (const t of tasks) {
      const verdict = (status: TaskVerdict['status'], reason: string) =>
        verdicts.push({
          vacancyId: v.id,
          taskId: t.id,
          kind: t.kind,
          hoursPerWeek: t.hoursPerWeek,
          status,
          reason,
        });
      if (taken?.has(taskKey(v.id, t.id))) {
        verdict('excluded', 'al in een gecreëerde baan voor een andere kandidaat');
      } else if (options.site !== undefined && v.site !== options.site) {
        verdict('excluded', `andere vestiging (${v.site ?? 'onbekend'})`);
      } else if (!v.carvable) {
        verdict('excluded', 'de werkgever stelt deze vacature niet open voor jobcarving');
      } else if (t.core) {
        verdict(
          'excluded',
          `kerntaak: vraagt de kwalificatie van de vacature${v.qualification === undefined ? '' : ` (${v.qualification})`}`,
        );
      } else if (!(t.hoursPerWeek > 0)) {
        verdict('excluded', 'taak heeft geen uren');
      } else if (avoid.has(t.kind)) {
        verdict('excluded', 'kandidaat wil deze taak liever niet doen');
      } else if (t.hoursPerWeek > window.max) {
        verdict('excluded', `taak alleen al ${hoursText(t.hoursPerWeek)} uur, meer dan kan (${window.why})`);
      } else {
        const tally: Tally = { exceedances: [], signals: [], room: 1 };
        compareCodes(candidate.capabilities, t.demands, tally);
        const cmp = finish(tally);
        if (!cmp.fits) {
          verdict(
            'excluded',
            `past niet bij de mogelijkheden: ${cmp.exceedances.map((e) => e.reason).join('; ')}`,
          );
        } else {
          const wageValue = estimateWageValue(candidate, [
            { kind: t.kind, hoursPerWeek: t.hoursPerWeek },
          ]).wageValue;
          offered.push({
            vacancyId: v.id,
            taskId: t.id,
            kind: t.kind,
            hoursPerWeek: t.hoursPerWeek,
            wageValue,
            skills: t.skills,
          });
          offeredSignals.push([...cmp.signals]);
          verdict('eligible', 'past, maar niet gekozen: een andere combinatie levert meer op binnen de uren');
        }
      }
    }
  }
  return {
    minHours: window.min,
    maxHours: window.max,
    maxReason: window.why,
    offered,
    offeredSignals,
    verdicts,
    sector: hoursBySector.government > hoursBySector.market ? 'government' : 'market',
  };
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
    return {
      job: null,
      reason: `kandidaat kan ten hoogste ${hoursText(setup.maxHours)} uur (${setup.maxReason}), minder dan het minimum van ${hoursText(setup.minHours)} uur voor een gecreëerde baan`,
      tasks: verdicts,
    };
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
    for (const v of verdicts) {
      if (v.status === 'eligible') v.reason = 'past, maar er is geen baan met genoeg uren van te maken';
    }
    return { job: null, reason, tasks: verdicts };
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
  assertProfile(candidate, where);
  const employers = new Set(vacancies.map((v) => v.employerId));
  if (employers.size > 1) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `${where}: vacancies of ${employers.size} employers given; carve per employer (group by employerId)`,
    );
  }
  const employerId = vacancies[0]?.employerId ?? '';
  const setup = carvingSetup(candidate, vacancies, options);
  const result = carveFromSetup(candidate, employerId, setup, options, where);
  if (options.caoScales === undefined || options.wagePerHour !== undefined || result.job === null)
    return result;
  // Werknemersorganisaties f: the cao's scale, never below WML; the tasks do not depend on the wage.
  const date = options.date ?? MINIMUM_WAGE_TABLE[MINIMUM_WAGE_TABLE.length - 1]!.validFrom;
  const wage = caoWageOf(result.job, vacancies, date, options.caoScales);
  return carveFromSetup(candidate, employerId, setup, { ...options, wagePerHour: wage.wagePerHour }, where);
}
