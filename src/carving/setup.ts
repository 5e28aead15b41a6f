import { hoursText } from '../_internal/words-nl.js';
import type { CapabilityFinding, Tally } from '../capability/compare.js';
import { compareCodes, finish } from '../capability/compare.js';
import { DEFAULT_DAYS_PER_WEEK, maxHoursFromProfile } from '../capability/hours.js';
import { decomposeVacancy } from '../catalogue/decompose.js';
import type { Candidate, Task, Vacancy } from '../domain/schemas.js';
import { BanenmatchError } from '../errors.js';
import { estimateWageValue } from '../wage-value/estimate.js';
import type {
  CarvableTask,
  CarveOptions,
  CarvingObjective,
  CarvingSetup,
  TaskVerdict,
} from './carve-types.js';

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
  // Without the option no extra limit: Infinity is never the lowest (the candidate's maximum is finite).
  const cap = options.maxHours ?? Number.POSITIVE_INFINITY;
  const limits: [number, string][] = [
    [candidate.hoursPerWeek.max, `wil ten hoogste ${hoursText(candidate.hoursPerWeek.max)} uur`],
    [fml.perWeek, `FML VI.3: ~${hoursText(fml.perWeek)} uur per week`],
    [fml.perDay * days, `FML VI.2: ~${hoursText(fml.perDay)} uur per dag × ${days} dagen`],
    [cap, `maximaal ${hoursText(cap)} uur`],
  ];
  let best = limits[0]!;
  for (const l of limits) if (l[0] < best[0]) best = l;
  return { min, max: best[0], why: best[1] };
}

/** @internal The objective's value of one task. */
export function objectiveValue(objective: CarvingObjective, task: CarvableTask, where: string): number {
  if (objective === 'hours') return task.hoursPerWeek;
  if (objective === 'productive-hours') return task.hoursPerWeek * task.wageValue;
  const v = objective(task);
  // Number.isFinite is false for anything but a finite number (it never converts a string).
  if (!Number.isFinite(v) || v < 0) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `${where}: the objective gave no finite value ≥ 0 for task "${task.taskId}" of vacancy "${task.vacancyId}"`,
    );
  }
  return v;
}

/**
 * @internal Which tasks of one employer's vacancies a candidate can take on, with a verdict for
 * every task. Capability is checked without validation: the candidate and vacancy parsers (which
 * every entry runs, `checkedInput`) validated the FML profile and the task demands.
 */
export function carvingSetup(
  candidate: Candidate,
  vacancies: readonly Vacancy[],
  options: CarveOptions,
  taken?: ReadonlySet<string>,
): CarvingSetup {
  const window = hoursWindow(candidate, options);
  const avoid = candidate.preferences?.avoidTaskKinds;
  const offered: CarvableTask[] = [];
  const offeredSignals: CapabilityFinding[][] = [];
  const verdicts: TaskVerdict[] = [];
  const hoursBySector = { market: 0, government: 0 };
  for (const v of vacancies) {
    hoursBySector[v.sector] += v.hoursPerWeek;
    const tasks: readonly Task[] = decomposeVacancy(v);
    for (const t of tasks) {
      // A task already in another candidate's job (carveAll only, which returns no verdicts): not offered.
      if (taken?.has(taskKey(v.id, t.id))) continue;
      const verdict = (status: TaskVerdict['status'], reason: string) =>
        verdicts.push({
          vacancyId: v.id,
          taskId: t.id,
          kind: t.kind,
          hoursPerWeek: t.hoursPerWeek,
          status,
          reason,
        });
      if (options.site !== undefined && v.site !== options.site) {
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
      } else if (avoid?.includes(t.kind)) {
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
