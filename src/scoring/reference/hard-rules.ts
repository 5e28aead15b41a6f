import { compareCapabilities, FML, type FmlEntries, maxHoursFromProfile } from '../../capability/index.js';
import { commuteLimitKm } from '../../domain/commute.js';
import { meetsQualification } from '../../domain/qualifications.js';
import type { Candidate, Task, Vacancy } from '../../domain/schemas.js';
import { haversineKm } from '../../geo/distance.js';
import type { ResolvedMatcherOptions } from '../options.js';
import { askedQualification } from '../qualification-rule.js';
import type {
  CapabilityExceedance,
  CommuteVerdict,
  HoursLimit,
  HoursVerdict,
  QualificationVerdict,
} from './verdicts.js';

/** Days a week that turn FML VI.2 (hours a day) into hours a week, as the matcher reads it. */
const DAYS_PER_WEEK = 5;

/**
 * The commute rule: the great-circle distance from home to the vacancy against the candidate's limit
 * (`commuteLimitKm` with the matcher's defaults).
 *
 * @example
 * commuteRule(candidate, vacancy, options).verdict; // undefined within reach, else { code: 'commute', overKm, … }
 */
export function commuteRule(
  c: Candidate,
  v: Vacancy,
  options: ResolvedMatcherOptions,
): { distanceKm: number; limitKm: number; verdict: CommuteVerdict | undefined } {
  const distanceKm = haversineKm(c.home.lat, c.home.lon, v.location.lat, v.location.lon);
  const limitKm = commuteLimitKm(c, options.commute);
  const verdict: CommuteVerdict | undefined =
    distanceKm > limitKm ? { code: 'commute', distanceKm, limitKm, overKm: distanceKm - limitKm } : undefined;
  return { distanceKm, limitKm, verdict };
}

/** The candidate's hours window: the most they can work and what bounds it, and the fewest they want. */
export interface HoursWindow {
  min: number;
  max: number;
  limitBy: HoursLimit;
}

/**
 * The hours window of a candidate: at most the lowest of their own maximum, FML VI.3 and FML VI.2 × 5
 * days (`maxHoursFromProfile`; an earlier limit wins a tie); at least their own minimum, capped by it.
 *
 * @example
 * hoursWindow({ ...candidate, hoursPerWeek: { min: 12, max: 32 }, capabilities: { 'VI.3': 3 } });
 * // { min: 12, max: 20, limitBy: 'VI.3' }
 */
export function hoursWindow(c: Candidate): HoursWindow {
  const fml = maxHoursFromProfile(c.capabilities);
  const limits: [number, HoursLimit][] = [
    [c.hoursPerWeek.max, 'preference'],
    [fml.perWeek, 'VI.3'],
    [fml.perDay * DAYS_PER_WEEK, 'VI.2'],
  ];
  let [max, limitBy] = limits[0]!;
  for (const [h, why] of limits)
    if (h < max) {
      max = h;
      limitBy = why;
    }
  return { min: Math.min(c.hoursPerWeek.min, max), max, limitBy };
}

/**
 * The hours rule on the whole vacancy: its hours against the most the candidate can work.
 *
 * @example
 * hoursRule({ ...vacancy, hoursPerWeek: 24 }, { min: 0, max: 20, limitBy: 'VI.3' });
 * // { code: 'hours', jobHours: 24, maxHours: 20, limitBy: 'VI.3', overHours: 4 }
 */
export function hoursRule(v: Vacancy, window: HoursWindow): HoursVerdict | undefined {
  return v.hoursPerWeek > window.max
    ? {
        code: 'hours',
        jobHours: v.hoursPerWeek,
        maxHours: window.max,
        limitBy: window.limitBy,
        overHours: v.hoursPerWeek - window.max,
      }
    : undefined;
}

/**
 * The qualification rule: what the vacancy's core tasks ask (`askedQualification`) against the
 * candidate's diplomas (`meetsQualification`, lenient on spelling and level).
 *
 * @example
 * qualificationRule({ ...candidate, qualifications: [] }, { ...vacancy, qualification: 'VCA' });
 * // { code: 'qualification', asked: 'VCA', coreTaskIds: ['t1'] } (when t1 is a core task)
 */
export function qualificationRule(c: Candidate, v: Vacancy): QualificationVerdict | undefined {
  const asked = askedQualification(v);
  if (asked === undefined || meetsQualification(asked, c.qualifications).met) return undefined;
  return {
    code: 'qualification',
    asked,
    // Stryker disable next-line ArrayDeclaration: unreachable: a vacancy that asks a qualification has tasks
    coreTaskIds: (v.tasks ?? []).filter((t) => t.core).map((t) => t.id),
  };
}

/** One task against the candidate's FML profile (hours apart: the hours rule judges them). */
export interface TaskFit {
  task: Task;
  fits: boolean;
  exceedances: CapabilityExceedance[];
  /** At least one point on the limit. */
  signal: boolean;
  /** Room on the tightest item that is not on the limit (a signal costs apart, see `checkFactor`). */
  room: number;
}

/**
 * Compares a task with the profile by `compareCapabilities`; the room beside the signals is the
 * smallest margin of the profile's items one at a time, leaving out the items on the limit.
 *
 * @example
 * taskFit({ 'IV.13': 1 }, { id: 't1', demands: { 'IV.13': 2 }, … }).room; // 0.5
 */
export function taskFit(profile: FmlEntries, task: Task): TaskFit {
  const whole = compareCapabilities(profile, task.demands);
  let room = 1;
  for (const [id, code] of Object.entries(profile)) {
    const one = compareCapabilities({ [id]: code }, task.demands);
    if (one.signals.length === 0) room = Math.min(room, one.margin);
  }
  return {
    task,
    fits: whole.fits,
    exceedances: whole.exceedances.map((e) => ({ taskId: task.id, itemId: e.itemId, rule: e.rule })),
    signal: whole.signals.length > 0,
    // Stryker disable next-line ConditionalExpression: `true` is equivalent: a task that does not fit has an item that exceeds alone, with margin 0 and no signal, so the loop's room is 0 already (`false` is killed)
    room: whole.fits ? room : 0,
  };
}

/** FML items a task may leave unstated: not conditions items (absent = none met), not the hours items. */
const CHECKABLE = FML.items.filter(
  (i) => i.compared && i.kind !== 'conditions' && i.id !== 'VI.2' && i.id !== 'VI.3',
);

/**
 * The FML items that some task of the region's vacancies states a demand on. An item no task states
 * was never judged: a candidate limited on it gets a point to check ("niet beoordeeld").
 *
 * @example
 * judgedItems([{ …, tasks: [{ demands: { 'IV.13': 1 }, … }] }]); // Set { 'IV.13' }
 */
export function judgedItems(vacancies: readonly Vacancy[]): Set<string> {
  const out = new Set<string>();
  for (const v of vacancies)
    for (const t of v.tasks ?? []) for (const id of Object.keys(t.demands)) out.add(id);
  return out;
}

/**
 * The items the candidate is limited on (a code above 0) that no task in the region judges.
 *
 * @example
 * unassessedItems({ 'V.1': 2, 'IV.13': 1 }, new Set(['IV.13'])); // ['V.1']
 */
export function unassessedItems(profile: FmlEntries, judged: ReadonlySet<string>): string[] {
  return CHECKABLE.filter((item) => {
    const value = profile[item.id];
    if (value === undefined || judged.has(item.id)) return false;
    return typeof value === 'number' ? value > 0 : value.some((code) => code > 0);
  }).map((item) => item.id);
}
