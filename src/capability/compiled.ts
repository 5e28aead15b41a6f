import { expectRecords, expectRunOptions, isRecord, optionsOf, type RunOptions } from '../_internal/guard.js';
import {
  AbortError,
  BanenmatchError,
  throwIfAborted,
  ValidationError,
  type ValidationIssue,
} from '../errors.js';
import { COMPARED_ITEMS, type FmlEntries, type JobHours, jobHoursIssues } from './compare.js';
import type { FmlItem } from './fml.js';
import { fmlIssues } from './fml-validate.js';
import { DEFAULT_DAYS_PER_WEEK, PER_DAY_CAP, PER_WEEK_CAP } from './hours.js';

/** @internal Status of a compiled check: fits with nothing to look at. */
export const STATUS_FITS = 0;
/** @internal Status of a compiled check: fits, but at least one item is on the person's limit (a signal). */
export const STATUS_SIGNAL = 1;
/** @internal Status of a compiled check: the task exceeds the person's possibilities. */
export const STATUS_EXCEEDS = 2;

/** @internal A status code: {@link STATUS_FITS}, {@link STATUS_SIGNAL} or {@link STATUS_EXCEEDS}. */
export type CapabilityStatus = 0 | 1 | 2;

// Ordinal and flag items get one byte per profile; nominal and conditions items one 16-bit mask
// (bit k = code k; codes go up to 9).
const LEVEL_ITEMS = COMPARED_ITEMS.filter((i) => i.kind === 'ordinal' || i.kind === 'flag');
const MASK_ITEMS = COMPARED_ITEMS.filter((i) => i.kind === 'nominal' || i.kind === 'conditions');
const LEVEL_SLOT = new Map(LEVEL_ITEMS.map((item, slot) => [item.id, slot]));
const MASK_SLOT = new Map(MASK_ITEMS.map((item, slot) => [item.id, slot]));
const LEVEL_ITEM = new Map(LEVEL_ITEMS.map((item) => [item.id, item]));
const VI2 = LEVEL_ITEM.get('VI.2') as FmlItem;
const VI3 = LEVEL_ITEM.get('VI.3') as FmlItem;
/** Person codes per level check in `levelRoom` (ordinal items have at most 5 codes). */
const ROOM_STRIDE = 8;
/** `signalAt` value that no code reaches. */
const NO_SIGNAL = 255;

/** @internal Byte columns per profile for the ordinal and flag items. */
export const LEVEL_STRIDE: number = LEVEL_ITEMS.length;
/** @internal 16-bit mask columns per profile for the nominal and conditions items. */
export const MASK_STRIDE: number = MASK_ITEMS.length;

/**
 * @internal
 * Profiles packed for fast checks: row `i` of `levels` holds the person's codes of the ordinal/flag
 * items ({@link LEVEL_STRIDE} bytes), row `i` of `masks` a bit mask per nominal/conditions item
 * (kinds of limitation, or conditions needed).
 */
export interface CompiledProfiles {
  readonly count: number;
  readonly levels: Uint8Array;
  readonly masks: Uint16Array;
}

/**
 * @internal
 * Demands packed for fast checks, sparse per task (CSR): task `j` has level checks
 * `levelStart[j] .. levelStart[j+1]` (slot, highest tolerated code, code that signals) and mask checks
 * `maskStart[j] .. maskStart[j+1]` (slot, allowed bits, signalling bits). Absent demands cost nothing;
 * the conditions items are always checked (absent = the task meets none).
 */
export interface CompiledDemands {
  readonly count: number;
  readonly levelStart: Int32Array;
  readonly levelSlot: Uint8Array;
  readonly levelLimit: Uint8Array;
  readonly levelSignalAt: Uint8Array;
  /** Room left per level check and person code: `levelRoom[k * ROOM_STRIDE + p]` (0 on the limit). */
  readonly levelRoom: Float64Array;
  readonly maskStart: Int32Array;
  readonly maskSlot: Uint8Array;
  readonly maskAllowed: Uint16Array;
  readonly maskSignal: Uint16Array;
}

/** A task's demands with, optionally, the hours of the job it is done in (VI.2/VI.3). */
export interface DemandsInJob extends JobHours {
  readonly demands: FmlEntries;
}

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
  if (signal === undefined && onProgress === undefined) return () => {};
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
      if (slot !== undefined) levels[i * LEVEL_STRIDE + slot] = value as number;
      const mslot = MASK_SLOT.get(id);
      if (mslot !== undefined) masks[i * MASK_STRIDE + mslot] = bits(value);
    }
    tick(n + i);
  });
  return { count: n, levels, masks };
}

const EXCEEDS = -1;
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
  const level: number[] = [];
  const rooms: number[] = [];
  const mask: number[] = [];
  const levelStart = new Int32Array(tasks.length + 1);
  const maskStart = new Int32Array(tasks.length + 1);
  tasks.forEach((t, j) => {
    const perWeek = t.jobHoursPerWeek;
    const perDay =
      t.jobHoursPerDay ??
      (perWeek === undefined ? undefined : perWeek / (t.daysPerWeek ?? DEFAULT_DAYS_PER_WEEK));
    const addLevel = (item: FmlItem, d: number | undefined, hours: number | undefined): void => {
      const caps = item.id === 'VI.3' ? PER_WEEK_CAP : PER_DAY_CAP;
      let limit = -1;
      let signalAt = NO_SIGNAL;
      for (let p = 0; p < ROOM_STRIDE; p++) {
        const r = p < item.levels.length ? levelRoom(item.levels.length - 1, p, d, caps, hours) : EXCEEDS;
        if (r !== EXCEEDS) limit = p;
        if (r === ON_LIMIT) signalAt = p;
        rooms.push(r === ON_LIMIT || r === EXCEEDS ? 0 : r);
      }
      level.push(LEVEL_SLOT.get(item.id) as number, limit, signalAt);
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
        mask.push(slot, meets, meets & (1 << (item.levels.length - 1)));
      } else if (value !== undefined) {
        // kinds ⊆ tolerated; any tolerated limitation signals
        const tolerated = bits(value);
        mask.push(slot, tolerated, tolerated);
      }
    }
    levelStart[j + 1] = level.length / 3;
    maskStart[j + 1] = mask.length / 3;
    tick(tasks.length + j);
  });
  const nl = level.length / 3;
  const nm = mask.length / 3;
  const out: CompiledDemands = {
    count: tasks.length,
    levelStart,
    levelSlot: new Uint8Array(nl),
    levelLimit: new Uint8Array(nl),
    levelSignalAt: new Uint8Array(nl),
    levelRoom: Float64Array.from(rooms),
    maskStart,
    maskSlot: new Uint8Array(nm),
    maskAllowed: new Uint16Array(nm),
    maskSignal: new Uint16Array(nm),
  };
  for (let k = 0; k < nl; k++) {
    out.levelSlot[k] = level[3 * k]!;
    out.levelLimit[k] = level[3 * k + 1]!;
    out.levelSignalAt[k] = level[3 * k + 2]!;
  }
  for (let k = 0; k < nm; k++) {
    out.maskSlot[k] = mask[3 * k]!;
    out.maskAllowed[k] = mask[3 * k + 1]!;
    out.maskSignal[k] = mask[3 * k + 2]!;
  }
  return out;
}

/**
 * The status kernel over bare arrays, so that a caller looping over many pairs keeps the arrays in
 * locals (V8 does not hoist field loads past the stores of a status matrix: about 1.8× slower).
 */
function statusKernel(
  levels: Uint8Array,
  masks: Uint16Array,
  lb: number,
  mb: number,
  levelStart: Int32Array,
  levelSlot: Uint8Array,
  levelLimit: Uint8Array,
  levelSignalAt: Uint8Array,
  maskStart: Int32Array,
  maskSlot: Uint8Array,
  maskAllowed: Uint16Array,
  maskSignal: Uint16Array,
  j: number,
): CapabilityStatus {
  let status: CapabilityStatus = STATUS_FITS;
  const le = levelStart[j + 1]!;
  for (let k = levelStart[j]!; k < le; k++) {
    const p = levels[lb + levelSlot[k]!]!;
    if (p > levelLimit[k]!) return STATUS_EXCEEDS;
    if (p === levelSignalAt[k]!) status = STATUS_SIGNAL;
  }
  const me = maskStart[j + 1]!;
  for (let k = maskStart[j]!; k < me; k++) {
    const p = masks[mb + maskSlot[k]!]!;
    if ((p & ~maskAllowed[k]!) !== 0) return STATUS_EXCEEDS;
    if ((p & maskSignal[k]!) !== 0) status = STATUS_SIGNAL;
  }
  return status;
}

/**
 * @internal
 * Checks compiled profile `i` against compiled task `j` without allocating; agrees with the status of
 * `compareCapabilities` (exceeds when it has an exceedance, signal when it has only signals).
 *
 * Complexity: O(items the task demands + 2).
 *
 * @param profiles - From {@link compileProfiles}.
 * @param i - Profile row, `0 ≤ i < profiles.count` (not checked: hot path).
 * @param demands - From {@link compileDemands}.
 * @param j - Task column, `0 ≤ j < demands.count` (not checked: hot path).
 * @returns {@link STATUS_FITS}, {@link STATUS_SIGNAL} or {@link STATUS_EXCEEDS}.
 * @example
 * checkCompiled(compileProfiles([{ 'IV.13': 2 }]), 0, compileDemands([{ demands: { 'IV.13': 1 } }]), 0); // 2
 */
export function checkCompiled(
  profiles: CompiledProfiles,
  i: number,
  demands: CompiledDemands,
  j: number,
): CapabilityStatus {
  return statusKernel(
    profiles.levels,
    profiles.masks,
    i * LEVEL_STRIDE,
    i * MASK_STRIDE,
    demands.levelStart,
    demands.levelSlot,
    demands.levelLimit,
    demands.levelSignalAt,
    demands.maskStart,
    demands.maskSlot,
    demands.maskAllowed,
    demands.maskSignal,
    j,
  );
}

/**
 * @internal
 * The margin of compiled profile `i` on compiled task `j`, without allocating: equal to the `margin`
 * of `compareCapabilities` (room on the tightest item, 0 on a signal or when the task does not fit).
 * With `besideSignals`, items at a signal are left out (the room on the tightest *other* item): the
 * matcher counts a signal as a check with a small cost of its own, not as no room at all.
 *
 * Complexity: O(items the task demands + 2).
 *
 * @param profiles - From {@link compileProfiles}.
 * @param i - Profile row (not checked: hot path).
 * @param demands - From {@link compileDemands}.
 * @param j - Task column (not checked: hot path).
 * @returns The margin in [0, 1].
 * @example
 * marginCompiled(compileProfiles([{ 'IV.13': 1 }]), 0, compileDemands([{ demands: { 'IV.13': 2 } }]), 0); // 0.5
 */
export function marginCompiled(
  profiles: CompiledProfiles,
  i: number,
  demands: CompiledDemands,
  j: number,
  besideSignals = false,
): number {
  const levels = profiles.levels;
  const masks = profiles.masks;
  const rooms = demands.levelRoom;
  const signalAt = demands.levelSignalAt;
  const lb = i * LEVEL_STRIDE;
  const mb = i * MASK_STRIDE;
  let margin = 1;
  const me = demands.maskStart[j + 1]!;
  for (let k = demands.maskStart[j]!; k < me; k++) {
    const p = masks[mb + demands.maskSlot[k]!]!;
    if ((p & ~demands.maskAllowed[k]!) !== 0) return 0;
    if (!besideSignals && (p & demands.maskSignal[k]!) !== 0) margin = 0;
  }
  const le = demands.levelStart[j + 1]!;
  for (let k = demands.levelStart[j]!; k < le; k++) {
    const p = levels[lb + demands.levelSlot[k]!]!;
    if (p > demands.levelLimit[k]!) return 0;
    if (besideSignals && p === signalAt[k]) continue;
    const r = rooms[k * ROOM_STRIDE + p]!;
    if (r < margin) margin = r;
  }
  return margin;
}

/** Fills the status rows `from .. to`, with every array in a local (see {@link statusKernel}). */
function fillRows(
  profiles: CompiledProfiles,
  demands: CompiledDemands,
  out: Uint8Array,
  from: number,
  to: number,
): void {
  const nt = demands.count;
  const levels = profiles.levels;
  const masks = profiles.masks;
  const levelStart = demands.levelStart;
  const levelSlot = demands.levelSlot;
  const levelLimit = demands.levelLimit;
  const levelSignalAt = demands.levelSignalAt;
  const maskStart = demands.maskStart;
  const maskSlot = demands.maskSlot;
  const maskAllowed = demands.maskAllowed;
  const maskSignal = demands.maskSignal;
  for (let i = from; i < to; i++) {
    const row = i * nt;
    const lb = i * LEVEL_STRIDE;
    const mb = i * MASK_STRIDE;
    for (let j = 0; j < nt; j++) {
      out[row + j] = statusKernel(
        levels,
        masks,
        lb,
        mb,
        levelStart,
        levelSlot,
        levelLimit,
        levelSignalAt,
        maskStart,
        maskSlot,
        maskAllowed,
        maskSignal,
        j,
      );
    }
  }
}

/** @internal Options of {@link checkAll}. */
export interface CheckAllOptions {
  /** Buffer of at least `profiles.count × demands.count` bytes to fill. @default a new Uint8Array */
  readonly out?: Uint8Array | undefined;
  /** Stops the work between profiles. */
  readonly signal?: AbortSignal | undefined;
  /** Called after each block of profiles with (profiles done, total). */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * @internal
 * Checks every profile against every task: status of `(i, j)` at `i × demands.count + j`.
 *
 * Complexity: O(profiles × tasks × demanded items).
 *
 * @param profiles - From {@link compileProfiles}.
 * @param demands - From {@link compileDemands}.
 * @param options - Output buffer, abort signal, progress callback.
 * @returns The filled status matrix (row-major, one byte per pair).
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when `out` is too small; `ABORTED` when aborted.
 * @example
 * const status = checkAll(P, D); // status[i * D.count + j]
 */
export function checkAll(
  profiles: CompiledProfiles,
  demands: CompiledDemands,
  options: CheckAllOptions = {},
): Uint8Array {
  assertCompiled(profiles, demands);
  const o = optionsOf(options, 'checkAll');
  expectRunOptions('checkAll', o.signal, o.onProgress);
  const nt = demands.count;
  const size = profiles.count * nt;
  const out = o.out ?? new Uint8Array(size);
  if (!(out instanceof Uint8Array) || out.length < size) {
    throw new BanenmatchError('INVALID_ARGUMENT', `checkAll: out must hold profiles × tasks = ${size} bytes`);
  }
  const block = Math.max(1, Math.floor(1_000_000 / Math.max(1, nt)));
  for (let from = 0; from < profiles.count; from += block) {
    if (o.signal?.aborted) throw new AbortError('checkAll');
    if (from > 0) o.onProgress?.(from, profiles.count);
    fillRows(profiles, demands, out, from, Math.min(profiles.count, from + block));
  }
  // An abort during the last block's progress call must not return a result.
  if (o.signal?.aborted) throw new AbortError('checkAll');
  o.onProgress?.(profiles.count, profiles.count);
  return out;
}

/** Rejects anything but the output of compileProfiles and compileDemands (typed arrays of the right sizes). */
function assertCompiled(profiles: CompiledProfiles, demands: CompiledDemands): void {
  const p = profiles as Partial<CompiledProfiles> | null;
  const d = demands as Partial<CompiledDemands> | null;
  const n = isRecord(p) ? p.count : undefined;
  const m = isRecord(d) ? d.count : undefined;
  const okP =
    Number.isInteger(n) &&
    p?.levels instanceof Uint8Array &&
    p.levels.length >= (n as number) * LEVEL_STRIDE &&
    p.masks instanceof Uint16Array &&
    p.masks.length >= (n as number) * MASK_STRIDE;
  const okD =
    Number.isInteger(m) &&
    d?.levelStart instanceof Int32Array &&
    d.levelStart.length === (m as number) + 1 &&
    d.maskStart instanceof Int32Array &&
    d.maskStart.length === (m as number) + 1 &&
    d.levelSlot instanceof Uint8Array &&
    d.levelLimit instanceof Uint8Array &&
    d.levelSignalAt instanceof Uint8Array &&
    d.levelRoom instanceof Float64Array &&
    d.maskSlot instanceof Uint8Array &&
    d.maskAllowed instanceof Uint16Array &&
    d.maskSignal instanceof Uint16Array;
  if (!okP)
    throw new BanenmatchError('INVALID_ARGUMENT', 'checkAll: `profiles` must come from compileProfiles');
  if (!okD)
    throw new BanenmatchError('INVALID_ARGUMENT', 'checkAll: `demands` must come from compileDemands');
}
