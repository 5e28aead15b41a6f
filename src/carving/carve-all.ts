import { PairHeap } from '../_internal/pair-heap.js';
import { hoursText } from '../_internal/words-nl.js';
import { compareCodes, type Tally } from '../capability/compare.js';
import { decomposeVacancy } from '../catalogue/decompose.js';
import { COMMUTE_DEFAULTS, commuteLimitKm } from '../domain/commute.js';
import type { Candidate, Sector, Task, Vacancy } from '../domain/schemas.js';
import { checkedProgress, throwIfAborted } from '../errors.js';
import { haversineKm } from '../geo/distance.js';
import { withRules } from '../wage-value/rules.js';
import { type BundleItem, bestBundleValue } from './bundle.js';
import { carveFromSetup } from './carve.js';
import { checkCarveOptions } from './carve-options.js';
import type { CarvedJob, CarveOptions } from './carve-types.js';
import { checkedInput } from './checked-input.js';
import { carvingSetup, hoursWindow, objectiveValue, taskKey } from './setup.js';

/** Options of {@link carveAll}: those of `carveJob`, plus reach, cancellation and progress. */
export interface CarveAllOptions extends CarveOptions {
  /** Commute defaults for candidates without `maxCommuteKm`. @default COMMUTE_DEFAULTS */
  commute?: { defaultKm: number; travelLimitedKm: number } | undefined;
  /** Stops the run (throws `AbortError`) when aborted. */
  signal?: AbortSignal | undefined;
  /** Called as work proceeds: (candidates settled, all candidates). */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** What remains of a vacancy after tasks were carved out of it: the core job for the qualified staff. */
export interface RemainingVacancy {
  vacancyId: string;
  employerId: string;
  /** Hours of the original vacancy. */
  hoursPerWeek: number;
  /** Hours carved out into new jobs (freed for the qualified staff's core work). */
  carvedHours: number;
  /** Hours left in the vacancy. */
  remainingHours: number;
  /** Tasks left, core tasks among them. */
  remainingTasks: { taskId: string; kind: string; hoursPerWeek: number; core: boolean }[];
}

/** The employer's view of carving a whole caseload. */
export interface CarveAllResult {
  /** One carved job per placed candidate, in the order they were made. */
  jobs: CarvedJob[];
  /** Candidates without a carved job, with the reason. */
  unplaced: { candidateId: string; reason: string }[];
  /** Vacancies that lost tasks, with what remains. */
  vacancies: RemainingVacancy[];
  /** Banenafspraak jobs the carved jobs count for (hours / 25.5), market and government apart. */
  totals: { hoursPerWeek: number; jobs: number; market: number; government: number };
}

interface EmployerGroup {
  id: string;
  vacancies: Vacancy[];
  /** Carvable hours: the tasks carving looks at (below), of vacancies open to it. */
  carvableHours: number;
  version: number;
}

/**
 * Carved jobs for a whole caseload (*jobcarving* for the region): each task goes to at most one
 * candidate, each candidate gets at most one carved job, at one employer whose vacancies are within
 * the candidate's commute limit; vacancies that lose tasks keep the rest (the core job).
 *
 * Greedy with lazy evaluation: every (candidate, employer in reach) pair starts with an upper bound of
 * its objective; the best entry is evaluated exactly (`carveJob` on the tasks still free) and, if it
 * still leads, committed. Each committed job is the best remaining carved job at that moment, so the
 * result is the classic greedy for this packing problem, not a global optimum (for that, feed the
 * carved jobs as extra vacancies to the assignment). Deterministic: ties break on input order.
 *
 * @param candidates - parsed candidates
 * @param vacancies - parsed vacancies of any number of employers
 * @param options - carving options, commute defaults, `signal`, `onProgress`
 * @returns the carved jobs, the unplaced candidates with reasons, what remains of each touched vacancy, totals
 * @throws ValidationError when the candidates or vacancies break the input contract (as parseCandidates and
 *   parseVacancies check them), paths under `candidates` / `vacancies`.
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws ValidationError for an invalid profile or options; AbortError when aborted
 * @example
 * const { jobs, totals } = carveAll(region.candidates, region.vacancies);
 * totals.jobs // banenafspraak jobs the carved jobs add
 */
export function carveAll(
  candidates: readonly Candidate[],
  vacancies: readonly Vacancy[],
  options: CarveAllOptions = {},
): CarveAllResult {
  const where = 'carveAll';
  checkCarveOptions(options, where, true);
  // An aborted signal stops before the validation and decomposition of the whole input.
  throwIfAborted(options.signal, where);
  const onProgress = checkedProgress(options.signal, options.onProgress, where);
  ({ candidates, vacancies } = checkedInput(candidates, vacancies, where));

  const commute = options.commute ?? COMMUTE_DEFAULTS;

  // Employers with their vacancies, tasks decomposed once.
  const groups: EmployerGroup[] = [];
  const byEmployer = new Map<string, EmployerGroup>();
  const decomposed = new Map<string, Vacancy>();
  for (const v of vacancies) {
    const full: Vacancy = { ...v, tasks: decomposeVacancy(v) };
    decomposed.set(v.id, full);
    let g = byEmployer.get(v.employerId);
    if (g === undefined) {
      g = { id: v.employerId, vacancies: [], carvableHours: 0, version: 0 };
      byEmployer.set(v.employerId, g);
      groups.push(g);
    }
    g.vacancies.push(full);
  }

  const rules = withRules(undefined);
  const objective = options.objective ?? 'productive-hours';
  const windows = candidates.map((c) => hoursWindow(c, options));

  // Every task gets an index; the carvable ones (carvable vacancy, right site, not core, hours > 0)
  // are the only ones carving looks at. Distinct demands maps get an id, so each candidate checks
  // each map once.
  // Stryker disable next-line ArrayDeclaration: an extra first entry, which no task list points to
  const flatTasks: { vacancy: Vacancy; task: Task; demand: number }[] = [];
  const vacancyTasks = new Map<string, number[]>();
  const demandId = new Map<string, number>();
  for (const v of decomposed.values()) {
    const list: number[] = [];
    const open = v.carvable && (options.site === undefined || v.site === options.site);
    // Stryker disable next-line ArrayDeclaration: decomposeVacancy gave every vacancy its tasks, so the default is never read
    for (const t of v.tasks ?? []) {
      if (!open || t.core || !(t.hoursPerWeek > 0)) continue;
      const k = JSON.stringify(t.demands);
      let id = demandId.get(k);
      if (id === undefined) {
        id = demandId.size;
        demandId.set(k, id);
      }
      list.push(flatTasks.length);
      flatTasks.push({ vacancy: v, task: t, demand: id });
      byEmployer.get(v.employerId)!.carvableHours += t.hoursPerWeek;
    }
    vacancyTasks.set(v.id, list);
  }
  const taskTaken = new Uint8Array(flatTasks.length);
  const D = demandId.size;
  const fitCache = new Int8Array(candidates.length * D).fill(-1);
  const taken = new Set<string>();
  // Stryker disable next-line ArithmeticOperator: the heap's first room only; it grows as needed
  const heap = new PairHeap(candidates.length * 8);

  // Reach: for each candidate and employer, the carvable tasks of vacancies within the commute
  // limit that the candidate can do; an upper bound of the objective for each pair whose tasks
  // reach the minimum hours.
  const eligible = new Map<number, Int32Array>();
  const E = groups.length;
  // Stryker disable next-line ArrayDeclaration: emptied before each use (scratch.length = 0)
  const scratch: number[] = [];
  candidates.forEach((c, ci) => {
    if (ci % 256 === 0) throwIfAborted(options.signal, where);
    const limit = commuteLimitKm(c, commute);
    const w = windows[ci]!;
    // Stryker disable next-line ConditionalExpression: a shortcut; bestBundleValue finds nothing in a window whose most is below its least, so the pair gets no job either way
    if (w.max < w.min) return;
    const avoid = c.preferences?.avoidTaskKinds;
    groups.forEach((g, gi) => {
      // Stryker disable next-line ConditionalExpression: a shortcut; the pair's own hours (at most carvableHours) below w.min refuse it further on
      if (g.carvableHours < w.min) return;
      scratch.length = 0;
      let hours = 0;
      let maxWage = 0;
      for (const v of g.vacancies) {
        const list = vacancyTasks.get(v.id)!;
        // Stryker disable next-line ConditionalExpression: a vacancy without carvable tasks adds nothing (a distance computed for nothing)
        if (list.length === 0) continue;
        if (haversineKm(c.home.lat, c.home.lon, v.location.lat, v.location.lon) > limit) continue;
        for (const ti of list) {
          const { task, demand } = flatTasks[ti]!;
          if (task.hoursPerWeek > w.max || avoid?.includes(task.kind)) continue;
          const at = ci * D + demand;
          let f = fitCache[at]!;
          // Stryker disable next-line ConditionalExpression,EqualityOperator: computes a cached fit again, with the same result
          if (f < 0) {
            // Stryker disable next-line ArrayDeclaration: the signals are not read (the same mutant of the exceedances leaves no job and is killed)
            const tally: Tally = { exceedances: [], signals: [], room: 1 };
            compareCodes(c.capabilities, task.demands, tally);
            f = tally.exceedances.length === 0 ? 1 : 0;
            fitCache[at] = f;
          }
          if (f === 0) continue;
          scratch.push(ti);
          hours += task.hoursPerWeek;
          // A measured wage value wins over task performance, as in carveJob (`estimateWageValue`).
          const wage = c.wageValue ?? c.taskPerformance?.[task.kind] ?? rules.defaultWageValue;
          // Stryker disable next-line EqualityOperator: an equal wage leaves the same maximum
          if (wage > maxWage) maxWage = wage;
        }
      }
      if (hours < w.min) return;
      eligible.set(ci * E + gi, Int32Array.from(scratch));
      // Stryker disable next-line MethodExpression: a looser upper bound (the pair is evaluated exactly before a job is made, only later)
      hours = Math.min(hours, w.max);
      const bound =
        // Stryker disable next-line ConditionalExpression,StringLiteral: 'hours' then falls to +∞, a looser upper bound; the `true` mutant is killed by carve-all-bounds' custom objective
        objective === 'hours'
          ? hours
          : // Stryker disable next-line ConditionalExpression,StringLiteral: +∞ for productive hours too is a looser upper bound (more evaluations, the same jobs); the `true` mutant is killed by carve-all-bounds' custom objective
            objective === 'productive-hours'
            ? // Stryker disable next-line ArithmeticOperator: hours / maxWage is at least hours × maxWage for a wage in [0, 1], a looser upper bound
              hours * maxWage
            : Number.POSITIVE_INFINITY;
      heap.push(bound, ci, gi, -1); // tag −1: an upper bound, not yet evaluated
    });
  });

  // Stryker disable next-line ArrayDeclaration: emptied before each use (items.length = 0)
  const items: BundleItem[] = [];
  /** The objective value of the best carved job for (candidate, employer) on the free tasks, or −1. */
  const evaluate = (ci: number, gi: number): number => {
    const c = candidates[ci]!;
    const w = windows[ci]!;
    items.length = 0;
    let lastVacancy: Vacancy | undefined;
    // Stryker disable next-line UnaryOperator: groups only break ties between bundles of equal value, and bestBundleValue returns the value (it renumbers groups by first appearance)
    let group = -1;
    for (const ti of eligible.get(ci * E + gi)!) {
      if (taskTaken[ti] === 1) continue;
      const { vacancy, task } = flatTasks[ti]!;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: groups only break ties between bundles of equal value, and bestBundleValue returns the value
      if (vacancy !== lastVacancy) {
        lastVacancy = vacancy;
        // Stryker disable next-line UpdateOperator: groups only break ties between bundles of equal value, and bestBundleValue returns the value
        group++;
      }
      const wage = c.wageValue ?? c.taskPerformance?.[task.kind] ?? rules.defaultWageValue;
      const value =
        // Stryker disable next-line ConditionalExpression,StringLiteral: 'hours' then falls to objectiveValue, which gives the hours too; the `true` mutant is killed by carve-all-bounds' custom objective
        objective === 'hours'
          ? task.hoursPerWeek
          : // Stryker disable next-line ConditionalExpression,StringLiteral: objectiveValue gives hours × wage for 'productive-hours' too (an object made per task); the `true` mutant is killed by carve-all-bounds' custom objective
            objective === 'productive-hours'
            ? task.hoursPerWeek * wage
            : objectiveValue(
                objective,
                {
                  vacancyId: vacancy.id,
                  taskId: task.id,
                  kind: task.kind,
                  hoursPerWeek: task.hoursPerWeek,
                  wageValue: wage,
                  skills: task.skills,
                },
                where,
              );
      items.push({ hours: task.hoursPerWeek, value, group });
    }
    // Stryker disable next-line ConditionalExpression: bestBundleValue of no items is −1, or 0 in a window from 0 h, whose empty bundle carveFromSetup turns into no job when the pair leads
    if (items.length === 0) return -1;
    return bestBundleValue(items, w.min, w.max, options.resolution);
  };
  /** Vacancies of (candidate, employer) within reach: those holding the pair's eligible tasks. */
  const vacanciesOf = (ci: number, gi: number): Vacancy[] => {
    const out: Vacancy[] = [];
    for (const ti of eligible.get(ci * E + gi)!) {
      const v = flatTasks[ti]!.vacancy;
      if (out[out.length - 1] !== v) out.push(v);
    }
    return out;
  };

  const placed = new Uint8Array(candidates.length);
  const jobs: CarvedJob[] = [];
  let settled = 0;
  let pops = 0;
  while (heap.size > 0) {
    // Stryker disable next-line UpdateOperator: --pops reaches −256, and −256 % 256 is −0, which equals 0: the same looks at the signal
    if (++pops % 256 === 0) throwIfAborted(options.signal, where);
    const ci = heap.topA();
    const gi = heap.topB();
    const tag = heap.topTag();
    heap.pop();
    if (placed[ci] === 1) continue;
    const g = groups[gi]!;
    if (tag === g.version) {
      // Exact and still current: build the job in full (reasons, instruments) and commit it.
      const c = candidates[ci]!;
      const setup = carvingSetup(c, vacanciesOf(ci, gi), options, taken);
      const job = carveFromSetup(c, g.id, setup, options, where).job;
      // A window from 0 h whose best bundle is empty (the free tasks worth 0): no job, as carveJob says.
      if (job === null) continue;
      placed[ci] = 1;
      settled++;
      jobs.push(job);
      for (const t of job.tasks) taken.add(taskKey(t.vacancyId, t.taskId));
      for (const ti of eligible.get(ci * E + gi)!) {
        const { vacancy, task } = flatTasks[ti]!;
        if (taken.has(taskKey(vacancy.id, task.id))) taskTaken[ti] = 1;
      }
      g.version++;
      onProgress?.(settled, candidates.length);
      continue;
    }
    // A bound or a stale value: evaluate on the tasks still free.
    const value = evaluate(ci, gi);
    if (value >= 0) heap.push(value, ci, gi, g.version);
  }

  const unplaced: { candidateId: string; reason: string }[] = [];
  candidates.forEach((c, ci) => {
    if (placed[ci] === 1) return;
    const w = windows[ci]!;
    const reason =
      w.max < w.min
        ? `kan ten hoogste ${hoursText(w.max)} uur (${w.why}), minder dan het minimum van ${hoursText(w.min)} uur voor een gecreëerde baan`
        : 'geen werkgever binnen de reisafstand met passende, vrije taken van genoeg uren';
    unplaced.push({ candidateId: c.id, reason });
  });
  onProgress?.(candidates.length, candidates.length);

  const carvedByVacancy = new Map<string, number>();
  for (const j of jobs)
    for (const f of j.freedHours)
      carvedByVacancy.set(f.vacancyId, (carvedByVacancy.get(f.vacancyId) ?? 0) + f.hoursPerWeek);
  const remaining: RemainingVacancy[] = [];
  for (const [vacancyId, carvedHours] of carvedByVacancy) {
    const v = decomposed.get(vacancyId)!;
    // Stryker disable next-line ArrayDeclaration: decomposeVacancy gave every vacancy its tasks, so the default is never read
    const left = (v.tasks ?? []).filter((t) => !taken.has(taskKey(v.id, t.id)));
    remaining.push({
      vacancyId,
      employerId: v.employerId,
      hoursPerWeek: v.hoursPerWeek,
      carvedHours,
      remainingHours: Math.max(0, v.hoursPerWeek - carvedHours),
      remainingTasks: left.map((t) => ({
        taskId: t.id,
        kind: t.kind,
        hoursPerWeek: t.hoursPerWeek,
        core: t.core,
      })),
    });
  }
  const totals = { hoursPerWeek: 0, jobs: 0, market: 0, government: 0 };
  for (const j of jobs) {
    totals.hoursPerWeek += j.hoursPerWeek;
    totals.jobs += j.jobs;
    totals[j.sector satisfies Sector] += j.jobs;
  }
  return { jobs, unplaced, vacancies: remaining, totals };
}
