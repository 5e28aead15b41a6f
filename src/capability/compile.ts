import { expectRecords, expectRunOptions, optionsOf, type RunOptions } from '../_internal/guard.js';
import { throwIfAborted, ValidationError, type ValidationIssue } from '../errors.js';
import { type FmlEntries, jobHoursIssues } from './compare.js';
import {
  type CompiledDemands,
  type CompiledProfiles,
  type DemandsInJob,
  LEVEL_ITEM,
  LEVEL_SLOT,
  LEVEL_STRIDE,
  MASK_ITEMS,
  MASK_SLOT,
  MASK_STRIDE,
  NO_SIGNAL,
  ROOM_STRIDE,
  VI2,
  VI3,
} from './compiled.js';
import type { FmlItem } from './fml.js';
import { fmlIssues } from './fml-validate.js';
import { DEFAULT_DAYS_PER_WEEK, PER_DAY_CAP, PER_WEEK_CAP } from './hours.js';

function bits(value: number | readonly number[] | undefined): number {
  if (value === undefined) return 0;
  if (typeof value === 'number') return value === 0 ? 0 : 1 << value;
  let m = 0;
  for (const c of value) m |= 1 << c;
  return m;
}

/** Records between two checks of the signal. */
const COMPILE_STEP = 4096;

/** Returns `tick(k)`, called after record k of 2n: checks the signal and reports progress every COMPILE_STEP. */
function stepper(fn: string, n: number, options: RunOptions | undefined): (k: number) => void {
  const { signal, onProgress } = optionsOf(options, fn);
  expectRunOptions(fn, signal, onProgress);
  throwIfAborted(signal, fn);
  return (k) => {
    if ((k + 1) % COMPILE_STEP === 0 || k + 1 === 2 * n) {
      throwIfAborted(signal, fn);
      onProgress?.(k + 1, 2 * n);
    }
  };
}

function throwIssues(what: string, issues: ValidationIssue[]): void {
  if (issues.length > 0) throw new ValidationError(what, issues);
}

/**
 * @internal
 * Packs FML profiles into typed arrays once, for {@link checkCompiled}.
 *
 * Complexity: O(n × items).
 *
 * @param profiles - FML profiles (item id → code; conditions as a list).
 * @param options - `signal` to stop (`ABORTED`), `onProgress(done, total)` (each record counts twice:
 *   checked, then packed).
 * @returns The packed profiles; row `i` is `profiles[i]`.
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws {ValidationError} When a profile is not valid FML (paths start with the profile's index).
 * @example
 * const P = compileProfiles([{ 'IV.13': 2 }, {}]);
 */
export function compileProfiles(profiles: readonly FmlEntries[], options?: RunOptions): CompiledProfiles {
  expectRecords(profiles, 'compileProfiles', 'profiles');
  const n = profiles.length;
  const tick = stepper('compileProfiles', n, options);
  const issues: ValidationIssue[] = [];
  profiles.forEach((p, i) => {
    for (const issue of fmlIssues(p, 'profile')) issues.push({ ...issue, path: [i, ...issue.path] });
    tick(i);
  });
  throwIssues('compileProfiles', issues);
  const levels = new Uint8Array(n * LEVEL_STRIDE);
  const masks = new Uint16Array(n * MASK_STRIDE);
  profiles.forEach((p, i) => {
    for (const [id, value] of Object.entries(p)) {
      const slot = LEVEL_SLOT.get(id);
      // Stryker disable next-line ConditionalExpression: true stores at index NaN, which a typed array ignores
      if (slot !== undefined) levels[i * LEVEL_STRIDE + slot] = value as number;
      const mslot = MASK_SLOT.get(id);
      // Stryker disable next-line ConditionalExpression: as above, for the ids without a mask slot
      if (mslot !== undefined) masks[i * MASK_STRIDE + mslot] = bits(value);
    }
    tick(n + i);
  });
  return { count: n, levels, masks };
}

// levelRoom's two marks, outside the rooms [0, 1]
const EXCEEDS = -1;
// Stryker disable next-line UnaryOperator: any value outside [0, 1] other than EXCEEDS marks the limit; +2 does too
const ON_LIMIT = -2;

/**
 * Status and room of person code `p` on one ordinal/flag item, by the rules of `compareCapabilities`:
 * `EXCEEDS`, `ON_LIMIT` (a signal) or the room in [0, 1] (the smaller of the code and hours rooms).
 */
function levelRoom(
  max: number,
  p: number,
  d: number | undefined,
  caps: Float64Array,
  hours: number | undefined,
): number {
  let room = 1;
  let onLimit = false;
  if (d !== undefined) {
    if (p > d) return EXCEEDS;
    if (p === d && p > 0) onLimit = true;
    else if (p > 0) room = Math.min(room, (d - p) / (max - p));
  }
  const cap = caps[p] ?? Infinity;
  if (hours !== undefined && cap !== Infinity) {
    if (hours > cap) return EXCEEDS;
    if (hours === cap) onLimit = true;
    else room = Math.min(room, (cap - hours) / cap);
  }
  return onLimit ? ON_LIMIT : room;
}

/**
 * @internal
 * Packs task demands into typed arrays once, for {@link checkCompiled}. With `jobHoursPerWeek` (and/or
 * `jobHoursPerDay`) the VI.3 (VI.2) check becomes the highest code whose hours cap reaches the job's
 * hours, combined with any VI.2/VI.3 code the task demands; a cap equal to the hours signals.
 *
 * Complexity: O(tasks × FML items).
 *
 * @param tasks - Demands per task, each with the optional hours of its job (a `Task` works as is: its
 *   own `hoursPerWeek` is not the job's and is ignored).
 * @param options - `signal` to stop (`ABORTED`), `onProgress(done, total)` (each record counts twice:
 *   checked, then packed).
 * @returns The packed demands; column `j` is `tasks[j]`.
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws {ValidationError} When demands are not valid FML or hours are not finite and ≥ 0.
 * @example
 * const D = compileDemands([{ demands: { 'IV.13': 1 } }, { demands: {}, jobHoursPerWeek: 24 }]);
 */
export function compileDemands(tasks: readonly DemandsInJob[], options?: RunOptions): CompiledDemands {
  expectRecords(tasks, 'compileDemands', 'tasks');
  const tick = stepper('compileDemands', tasks.length, options);
  const issues: ValidationIssue[] = [];
  tasks.forEach((t, j) => {
    for (const issue of fmlIssues(t.demands, 'demands'))
      issues.push({ ...issue, path: [j, 'demands', ...issue.path] });
    issues.push(...jobHoursIssues(t, [j]));
    tick(j);
  });
  throwIssues('compileDemands', issues);
  // level checks: slot, highest tolerated code, signalling code, rooms; mask checks: slot, allowed, signal
  const slots: number[] = [];
  const limits: number[] = [];
  const signalAts: number[] = [];
  const rooms: number[] = [];
  const maskSlots: number[] = [];
  const allowed: number[] = [];
  const signals: number[] = [];
  const levelStart = new Int32Array(tasks.length + 1);
  const maskStart = new Int32Array(tasks.length + 1);
  tasks.forEach((t, j) => {
    const perWeek = t.jobHoursPerWeek;
    const perDay =
      t.jobHoursPerDay ??
      (perWeek === undefined ? undefined : perWeek / (t.daysPerWeek ?? DEFAULT_DAYS_PER_WEEK));
    const addLevel = (item: FmlItem, d: number | undefined, hours: number | undefined): void => {
      const caps = item.id === 'VI.3' ? PER_WEEK_CAP : PER_DAY_CAP;
      let limit = 0; // code 0, the norm, never exceeds: demands are codes ≥ 0, VI.2/VI.3 code 0 has no cap
      let signalAt = NO_SIGNAL;
      for (let p = 0; p < ROOM_STRIDE; p++) {
        const r = p < item.levels.length ? levelRoom(item.levels.length - 1, p, d, caps, hours) : EXCEEDS;
        if (r !== EXCEEDS) limit = p;
        if (r === ON_LIMIT) signalAt = p;
        rooms.push(r === ON_LIMIT || r === EXCEEDS ? 0 : r);
      }
      slots.push(LEVEL_SLOT.get(item.id) as number);
      limits.push(limit);
      signalAts.push(signalAt);
    };
    for (const [id, value] of Object.entries(t.demands)) {
      const item = LEVEL_ITEM.get(id);
      if (item !== undefined && id !== 'VI.2' && id !== 'VI.3') addLevel(item, value as number, undefined);
    }
    const vi3 = t.demands['VI.3'] as number | undefined;
    const vi2 = t.demands['VI.2'] as number | undefined;
    if (vi3 !== undefined || perWeek !== undefined) addLevel(VI3, vi3, perWeek);
    if (vi2 !== undefined || perDay !== undefined) addLevel(VI2, vi2, perDay);
    for (const item of MASK_ITEMS) {
      const slot = MASK_SLOT.get(item.id) as number;
      const value = t.demands[item.id];
      if (item.kind === 'conditions') {
        // needs ⊆ meets; a met "overige voorwaarden" (the last code) signals
        const meets = bits(value);
        maskSlots.push(slot);
        allowed.push(meets);
        signals.push(meets & (1 << (item.levels.length - 1)));
      } else if (value !== undefined) {
        // kinds ⊆ tolerated; any tolerated limitation signals
        const tolerated = bits(value);
        maskSlots.push(slot);
        allowed.push(tolerated);
        signals.push(tolerated);
      }
    }
    levelStart[j + 1] = slots.length;
    maskStart[j + 1] = maskSlots.length;
    tick(tasks.length + j);
  });
  return {
    count: tasks.length,
    levelStart,
    levelSlot: Uint8Array.from(slots),
    levelLimit: Uint8Array.from(limits),
    levelSignalAt: Uint8Array.from(signalAts),
    levelRoom: Float64Array.from(rooms),
    maskStart,
    maskSlot: Uint8Array.from(maskSlots),
    maskAllowed: Uint16Array.from(allowed),
    maskSignal: Uint16Array.from(signals),
  };
}
