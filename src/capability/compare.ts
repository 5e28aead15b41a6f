import { isRecord } from '../_internal/guard.js';
import { hoursText } from '../_internal/words-nl.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { FML, type FmlItem, type FmlLevel } from './fml.js';
import { fmlIssues } from './fml-validate.js';
import { DEFAULT_DAYS_PER_WEEK, PER_DAY_CAP, PER_WEEK_CAP } from './hours.js';

/** An FML map: item id → code, or list of codes for conditions (and optionally nominal) items. */
export type FmlEntries = Readonly<Record<string, number | readonly number[]>>;

/** One finding of a comparison, with a reason in words for the job coach. */
export interface CapabilityFinding {
  /** FML item id, e.g. `"IV.13"`. */
  readonly itemId: string;
  /**
   * `level`: an ordinal code against the highest code the task tolerates; `kind`: a kind of limitation
   * of a nominal item; `condition`: a specific condition (I.8, II.12); `hours`: VI.2/VI.3 against the
   * job's hours.
   */
  readonly rule: 'level' | 'kind' | 'condition' | 'hours';
  /** Dutch sentence for the job coach, e.g. `tillen: kan ~5 kg, taak vraagt ~10 kg`. */
  readonly reason: string;
}

/** The outcome of comparing a person's FML profile with a task's demands. */
export interface CapabilityComparison {
  /** True when nothing exceeds the person's possibilities (signals allowed). */
  readonly fits: boolean;
  /** Where the task asks more than the person can (the CBBS *evident ongeschikt*). */
  readonly exceedances: readonly CapabilityFinding[];
  /** Where the task asks exactly the person's limit: allowed, but a person must look (*signalering*). */
  readonly signals: readonly CapabilityFinding[];
  /** Room left on the tightest item, 0..1 (see {@link compareCapabilities}). */
  readonly margin: number;
}

/** The job a task is done in, for the hours items VI.2 and VI.3. */
export interface JobHours {
  /** The job's hours per week, compared with VI.3. Omitted: VI.3 is compared by code only. */
  readonly jobHoursPerWeek?: number | undefined;
  /** The job's hours per day, compared with VI.2. @default jobHoursPerWeek / daysPerWeek */
  readonly jobHoursPerDay?: number | undefined;
  /** Working days a week to derive hours per day. @default 5 ({@link DEFAULT_DAYS_PER_WEEK}) */
  readonly daysPerWeek?: number | undefined;
}

/** @internal Collects findings and the tightest room while comparing. */
export interface Tally {
  exceedances: CapabilityFinding[];
  signals: CapabilityFinding[];
  /** The least room over the items that do not exceed (0 at a signal); {@link finish} makes it 0 on an exceedance. */
  room: number;
}

/** @internal FML items that tasks can make demands on, in form order. */
export const COMPARED_ITEMS: readonly FmlItem[] = FML.items.filter((i) => i.compared);

function short(item: FmlItem, code: number): string {
  return (item.levels[code] as FmlLevel).short; // codes are valid here (fmlIssues)
}

function kinds(value: number | readonly number[] | undefined): readonly number[] {
  if (value === undefined) return [];
  if (typeof value === 'number') return value === 0 ? [] : [value];
  return value;
}

function compareLevel(item: FmlItem, p: number, d: number, t: Tally): void {
  const max = item.levels.length - 1;
  const person = item.kind === 'flag' ? short(item, p) : `kan ${short(item, p)}`;
  if (p > d) {
    t.exceedances.push({
      itemId: item.id,
      rule: 'level',
      reason: `${item.name}: ${person}, taak vraagt ${short(item, d)}`,
    });
  } else if (p === d && p > 0) {
    t.signals.push({
      itemId: item.id,
      rule: 'level',
      reason:
        item.kind === 'flag'
          ? `${item.name}: ${person}, de taak staat dit toe (nagaan)`
          : `${item.name}: ${person}, taak vraagt ${short(item, d)} (op de grens)`,
    });
    t.room = 0;
  } else if (p > 0) {
    t.room = Math.min(t.room, (d - p) / (max - p));
  }
}

function compareKinds(
  item: FmlItem,
  person: readonly number[],
  tolerated: readonly number[],
  t: Tally,
): void {
  if (person.length === 0) return;
  let exceeded = false;
  for (const k of person) {
    if (!tolerated.includes(k)) {
      exceeded = true;
      t.exceedances.push({
        itemId: item.id,
        rule: 'kind',
        reason: `${item.name}: beperking '${short(item, k)}' past niet bij de taak`,
      });
    }
  }
  if (!exceeded) {
    const names = person.map((k) => `'${short(item, k)}'`).join(', ');
    t.signals.push({
      itemId: item.id,
      rule: 'kind',
      reason: `${item.name}: beperking ${names}, de taak staat dit toe (nagaan)`,
    });
    t.room = 0;
  }
}

function compareConditions(
  item: FmlItem,
  needs: readonly number[],
  meets: readonly number[],
  t: Tally,
): void {
  const other = item.levels.length - 1; // the last code is "overige voorwaarden" (free text on the form)
  for (const c of needs) {
    if (!meets.includes(c)) {
      t.exceedances.push({
        itemId: item.id,
        rule: 'condition',
        reason: `${item.name}: nodig '${short(item, c)}', taak biedt dat niet`,
      });
    } else if (c === other) {
      t.signals.push({
        itemId: item.id,
        rule: 'condition',
        reason: `${item.name}: '${short(item, c)}' nodig, taak biedt die volgens opgave (nagaan welke)`,
      });
      t.room = 0;
    }
  }
}

/** @internal Compares VI.2 and VI.3 with a job's hours, adding findings to the tally. */
export function compareHours(profile: FmlEntries, job: JobHours, t: Tally): void {
  const perWeek = job.jobHoursPerWeek;
  const perDay =
    job.jobHoursPerDay ??
    (perWeek === undefined ? undefined : perWeek / (job.daysPerWeek ?? DEFAULT_DAYS_PER_WEEK));
  const check = (id: 'VI.2' | 'VI.3', caps: Float64Array, hours: number | undefined, unit: string): void => {
    const code = profile[id];
    if (hours === undefined || typeof code !== 'number') return;
    const cap = caps[code] as number;
    if (cap === Infinity) return;
    const name = id === 'VI.2' ? 'uren per dag' : 'uren per week';
    const text = `${name}: kan ~${hoursText(cap)} uur per ${unit}, baan vraagt ${hoursText(hours)} uur`;
    if (hours > cap) {
      t.exceedances.push({ itemId: id, rule: 'hours', reason: text });
    } else if (hours === cap) {
      t.signals.push({ itemId: id, rule: 'hours', reason: `${text} (op de grens)` });
      t.room = 0;
    } else {
      t.room = Math.min(t.room, (cap - hours) / cap);
    }
  };
  check('VI.3', PER_WEEK_CAP, perWeek, 'week');
  check('VI.2', PER_DAY_CAP, perDay, 'dag');
}

/** Each compared item's place in {@link COMPARED_ITEMS}, by its id. */
// Stryker disable next-line ArrowFunction: `() => undefined` makes `new Map` throw when the module loads, which fails every test file before any test runs (detected, but counted as survived)
const COMPARED_INDEX = new Map(COMPARED_ITEMS.map((item, i) => [item.id, i]));

/**
 * @internal Compares codes item by item (no validation, no hours), in the order of
 * {@link COMPARED_ITEMS}. Only the profile's limited items are read: an item the profile leaves out
 * or codes 0 gives no exceedance, signal or margin under any rule (a level compares as 0, which no
 * valid demand is below; no kinds, no conditions), and a profile limits a few of the list's items.
 */
export function compareCodes(profile: FmlEntries, demands: FmlEntries, t: Tally): void {
  const limited: number[] = [];
  for (const id of Object.keys(profile)) {
    const i = COMPARED_INDEX.get(id);
    const p = profile[id];
    // Stryker disable next-line ConditionalExpression: `p !== undefined` or `p !== 0` as true reads an item coded undefined or 0, which gives nothing under every rule (a level compares as below any demand, no kinds, no conditions) (the others are killed: an item not compared, by compare-codes)
    if (i !== undefined && p !== undefined && p !== 0) limited.push(i);
  }
  limited.sort((a, b) => a - b);
  for (const i of limited) {
    const item = COMPARED_ITEMS[i]!;
    const p = profile[item.id];
    const d = demands[item.id];
    if (item.kind === 'conditions') {
      compareConditions(item, kinds(p), kinds(d), t);
    } else if (d === undefined) {
      // absent demand: the task tolerates any code
    } else if (item.kind === 'nominal') {
      compareKinds(item, kinds(p), kinds(d), t);
    } else {
      compareLevel(item, p as number, d as number, t);
    }
  }
}

/** @internal Issues of a job's hours: finite and ≥ 0, days per week > 0. */
export function jobHoursIssues(job: JobHours, prefix: readonly (string | number)[]): ValidationIssue[] {
  if (!isRecord(job as unknown))
    return [{ path: [...prefix], message: 'expected an object of hours', code: 'invalid_type' }];
  const issues: ValidationIssue[] = [];
  for (const key of ['jobHoursPerWeek', 'jobHoursPerDay', 'daysPerWeek'] as const) {
    const h = job[key];
    if (h !== undefined && !(Number.isFinite(h) && h >= 0 && (key !== 'daysPerWeek' || h > 0))) {
      issues.push({
        path: [...prefix, key],
        message: `${key} must be a finite number ≥ 0 (days > 0)`,
        code: 'invalid_hours',
      });
    }
  }
  return issues;
}

/** @internal Throws a ValidationError when a profile, demands map or job hours are not valid. */
export function assertFml(profile: FmlEntries, demands: FmlEntries, job: JobHours, what: string): void {
  const issues = [
    ...fmlIssues(profile, 'profile').map((i) => ({ ...i, path: ['profile', ...i.path] })),
    ...fmlIssues(demands, 'demands').map((i) => ({ ...i, path: ['demands', ...i.path] })),
    ...jobHoursIssues(job, ['job']),
  ];
  if (issues.length > 0) throw new ValidationError(what, issues);
}

/** @internal Turns a tally into a result. */
export function finish(t: Tally): CapabilityComparison {
  const fits = t.exceedances.length === 0;
  return { fits, exceedances: t.exceedances, signals: t.signals, margin: fits ? t.room : 0 };
}

/**
 * Compares a person's FML profile with a task's demands, the way UWV's CBBS does: an *exceedance*
 * where the task asks more than the person can (the task is out), a *signal* where the task asks
 * exactly the person's limit (allowed, a job coach must look), and a margin for scoring.
 *
 * Rules per item kind (domain notes Part B §1.4):
 * - ordinal and flag items: person code `p` (absent = 0), demand `d` = highest code the task tolerates
 *   (absent = any): `p > d` exceeds; `p = d > 0` signals;
 * - nominal items: the person's kinds of limitation (a code or a list; 0 = none) must all be among
 *   the kinds the task tolerates (a code or a list; 0 = none, absent = any); a tolerated limitation
 *   signals;
 * - conditions items (I.8, II.12): every condition the person needs must be one the task meets
 *   (absent = meets none); a met "overige voorwaarden" (free text on the form) signals;
 * - hours: with `jobHoursPerWeek` (and/or `jobHoursPerDay`) the VI.3 (VI.2) cap, "ongeveer" read as
 *   the number (CRvB 30-03-2007), must be at least the job's hours; equal signals.
 *
 * Margin: the room left on the tightest limited item, the minimum over items of
 * `(d − p) / (max − p)` for a limited ordinal item (`max` = the item's highest code), `(cap − h) / cap`
 * for hours, 0 at a signal; 1 when no demand touches a limitation; 0 when the task does not fit. It
 * never grows when the person is more limited and never shrinks when the task demands less.
 *
 * @param profile - The person's FML profile (item id → code; conditions as a list).
 * @param demands - The task's demands (item id → highest tolerated code; conditions met as a list).
 * @param job - The job's hours for VI.2/VI.3 (optional).
 * @returns `{ fits, exceedances, signals, margin }`, with reasons in Dutch for the job coach.
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws {ValidationError} When the profile or the demands are not valid FML (see `fmlIssues`), or the
 *   job's hours are negative or not finite.
 * @example
 * compareCapabilities({ 'IV.13': 2 }, { 'IV.13': 1 }).exceedances[0]?.reason;
 * // 'tillen: kan ~5 kg, taak vraagt ~10 kg'
 */
export function compareCapabilities(
  profile: FmlEntries,
  demands: FmlEntries,
  job?: JobHours,
): CapabilityComparison {
  assertFml(profile, demands, job === undefined ? {} : job, 'compareCapabilities');
  const t: Tally = { exceedances: [], signals: [], room: 1 };
  compareCodes(profile, demands, t);
  if (job !== undefined) compareHours(profile, job, t);
  return finish(t);
}
