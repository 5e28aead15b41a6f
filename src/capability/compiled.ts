import { COMPARED_ITEMS, type FmlEntries, type JobHours } from './compare.js';
import type { FmlItem } from './fml.js';

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
export const MASK_ITEMS = COMPARED_ITEMS.filter((i) => i.kind === 'nominal' || i.kind === 'conditions');
export const LEVEL_SLOT = new Map(LEVEL_ITEMS.map((item, slot) => [item.id, slot]));
export const MASK_SLOT = new Map(MASK_ITEMS.map((item, slot) => [item.id, slot]));
export const LEVEL_ITEM = new Map(LEVEL_ITEMS.map((item) => [item.id, item]));
export const VI2 = LEVEL_ITEM.get('VI.2') as FmlItem;
export const VI3 = LEVEL_ITEM.get('VI.3') as FmlItem;
/** @internal Person codes per level check in `levelRoom` (ordinal items have at most 5 codes). */
export const ROOM_STRIDE = 8;
/** @internal `signalAt` value that no code reaches. */
export const NO_SIGNAL = 255;

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

/** @internal A task's demands with, optionally, the hours of the job it is done in (VI.2/VI.3). */
export interface DemandsInJob extends JobHours {
  readonly demands: FmlEntries;
}

/**
 * @internal
 * The status kernel over bare arrays, so that a caller looping over many pairs keeps the arrays in
 * locals (V8 does not hoist field loads past the stores of a status matrix: about 1.8× slower).
 */
export function statusKernel(
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
    // Stryker disable next-line ConditionalExpression: false only drops an early exit: the room of a code above the limit is 0
    if (p > demands.levelLimit[k]!) return 0;
    if (besideSignals && p === signalAt[k]) continue;
    const r = rooms[k * ROOM_STRIDE + p]!;
    // Stryker disable next-line EqualityOperator: r <= margin stores the same value when they are equal
    if (r < margin) margin = r;
  }
  return margin;
}

/** FML item id of each exceedance code of {@link exceededCompiled}: the level items, then the mask items. */
export const EXCEEDED_ITEM_IDS: readonly string[] = [...LEVEL_ITEMS, ...MASK_ITEMS].map((i) => i.id);

/**
 * The FML items on which compiled task `j` asks more than compiled profile `i` can, written into `out`
 * as codes of {@link EXCEEDED_ITEM_IDS}, without allocating: the items behind a
 * {@link STATUS_EXCEEDS} of {@link checkCompiled}. Not for the hot path: it finishes every check.
 *
 * @param out - room for every item a task can state (`EXCEEDED_ITEM_IDS.length`)
 * @returns how many codes were written
 * @example
 * const out = new Int32Array(EXCEEDED_ITEM_IDS.length);
 * const n = exceededCompiled(compileProfiles([{ 'IV.13': 2 }]), 0, compileDemands([{ demands: { 'IV.13': 1 } }]), 0, out);
 * EXCEEDED_ITEM_IDS[out[0]] // 'IV.13' (n = 1)
 */
export function exceededCompiled(
  profiles: CompiledProfiles,
  i: number,
  demands: CompiledDemands,
  j: number,
  out: Int32Array,
): number {
  let n = 0;
  const lb = i * LEVEL_STRIDE;
  const mb = i * MASK_STRIDE;
  for (let k = demands.levelStart[j]!; k < demands.levelStart[j + 1]!; k++)
    if (profiles.levels[lb + demands.levelSlot[k]!]! > demands.levelLimit[k]!)
      out[n++] = demands.levelSlot[k]!;
  for (let k = demands.maskStart[j]!; k < demands.maskStart[j + 1]!; k++)
    if ((profiles.masks[mb + demands.maskSlot[k]!]! & ~demands.maskAllowed[k]!) !== 0)
      out[n++] = LEVEL_STRIDE + demands.maskSlot[k]!;
  return n;
}
