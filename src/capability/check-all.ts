import { expectRunOptions, isRecord, optionsOf } from '../_internal/guard.js';
import { AbortError, BanenmatchError } from '../errors.js';
import {
  type CompiledDemands,
  type CompiledProfiles,
  LEVEL_STRIDE,
  MASK_STRIDE,
  STATUS_EXCEEDS,
  STATUS_SIGNAL,
  statusKernel,
} from './compiled.js';

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

/**
 * @internal
 * The statuses of compiled profile `i` on compiled tasks `from .. to − 1` as bits, for deciding a job
 * by a mask AND instead of a check a task: bit `j & 31` of `exceed[at + (j >> 5)]` is set when task
 * `j` exceeds, of `signal[at + (j >> 5)]` when it signals ({@link statusKernel}); the bits of other
 * tasks are left as they are. The words at `at + (from >> 5) ..` must exist.
 *
 * Complexity: O((to − from) × demanded items).
 *
 * @example
 * const exceed = new Int32Array(1);
 * const signal = new Int32Array(1);
 * statusBits(compileProfiles([{ 'IV.13': 2 }]), 0, compileDemands([{ demands: { 'IV.13': 1 } }, { demands: {} }]), 0, 2, exceed, signal, 0);
 * exceed[0]; // 1 (task 0 exceeds, task 1 fits)
 */
export function statusBits(
  profiles: CompiledProfiles,
  i: number,
  demands: CompiledDemands,
  from: number,
  to: number,
  exceed: Int32Array,
  signal: Int32Array,
  at: number,
): void {
  const levels = profiles.levels;
  const masks = profiles.masks;
  const lb = i * LEVEL_STRIDE;
  const mb = i * MASK_STRIDE;
  for (let j = from; j < to; j++) {
    const status = statusKernel(
      levels,
      masks,
      lb,
      mb,
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
    const w = at + (j >> 5);
    const bit = 1 << (j & 31);
    if (status === STATUS_EXCEEDS) exceed[w] = exceed[w]! | bit;
    else if (status === STATUS_SIGNAL) signal[w] = signal[w]! | bit;
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
  const p: unknown = profiles;
  const d: unknown = demands;
  const okP =
    isRecord(p) &&
    Number.isInteger(p.count) &&
    p.levels instanceof Uint8Array &&
    p.levels.length >= (p.count as number) * LEVEL_STRIDE &&
    p.masks instanceof Uint16Array &&
    p.masks.length >= (p.count as number) * MASK_STRIDE;
  const okD =
    isRecord(d) &&
    Number.isInteger(d.count) &&
    d.levelStart instanceof Int32Array &&
    d.levelStart.length === (d.count as number) + 1 &&
    d.maskStart instanceof Int32Array &&
    d.maskStart.length === (d.count as number) + 1 &&
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
