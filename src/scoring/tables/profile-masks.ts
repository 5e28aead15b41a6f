import { statusBits } from '../../capability/check-all.js';
import {
  type CompiledDemands,
  type CompiledProfiles,
  LEVEL_STRIDE,
  MASK_STRIDE,
} from '../../capability/compiled.js';
import { IntColumn } from '../store.js';

/** Demand classes a job shape is decided on by masks (the first interned); a shape with a later class is checked task by task. */
export const MASK_CLASSES = 64;
/** 32-bit words of a class mask. */
export const MASK_WORDS = MASK_CLASSES / 32;

/**
 * @internal Candidates' FML profiles interned (equal compiled rows, one id), and per profile the demand
 * classes it exceeds and signals on as bit masks over the first {@link MASK_CLASSES} classes: with a
 * job shape's mask of its classes, whether the whole job fits is one AND, and every candidate with
 * the same profile shares the checks (computed once a profile and class for the matcher's life: a
 * profile's statuses depend on nothing else).
 */
export class ProfileMasks {
  private readonly index = new Map<string, number>();
  /** A compiled-profile row of each profile id (the first candidate with it). */
  private readonly row = new IntColumn();
  /** Bit c of word `MASK_WORDS × id + (c >> 5)`: the profile exceeds (signals on) class c. */
  readonly exceed = new IntColumn();
  readonly signal = new IntColumn();
  /** Classes covered by each profile's masks so far (the classes before it). */
  readonly covered = new IntColumn();

  /** The profile id of row `i` of `profiles` (a new id for a row unlike every earlier one). */
  intern(profiles: CompiledProfiles, i: number): number {
    const levels = profiles.levels.subarray(i * LEVEL_STRIDE, (i + 1) * LEVEL_STRIDE);
    const masks = profiles.masks.subarray(i * MASK_STRIDE, (i + 1) * MASK_STRIDE);
    // The two rows' code units, written out by `apply` (a spread of a typed array is ≈ 4× slower).
    const key =
      String.fromCharCode.apply(null, levels as unknown as number[]) +
      String.fromCharCode.apply(null, masks as unknown as number[]);
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.index.size;
      this.index.set(key, id);
      this.row.set(id, i);
      this.covered.set(id, 0);
      // Stryker disable next-line ArithmeticOperator: setting the profile's last word grows the column to hold its words; `+ 1` sets a later word, not yet written, to the 0 it holds (a longer column only); `- MASK_WORDS - 1` and the others are killed (profile-masks test, 17 profiles)
      this.exceed.set(MASK_WORDS * id + MASK_WORDS - 1, 0);
      // Stryker disable next-line ArithmeticOperator: as on the line above
      this.signal.set(MASK_WORDS * id + MASK_WORDS - 1, 0);
    }
    return id;
  }

  /** Extends profile `id`'s masks to every class of `demands` (one compiled row a class) up to {@link MASK_CLASSES}. */
  cover(id: number, profiles: CompiledProfiles, demands: CompiledDemands): void {
    const from = this.covered.data[id]!;
    const to = Math.min(MASK_CLASSES, demands.count);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut: at from = to `statusBits` sets nothing and `covered` stays; from > to never happens (demands only grow; both capped at MASK_CLASSES). `true` is killed
    if (from >= to) return;
    statusBits(
      profiles,
      this.row.data[id]!,
      demands,
      from,
      to,
      this.exceed.data,
      this.signal.data,
      MASK_WORDS * id,
    );
    this.covered.data[id] = to;
  }

  /** {@link ProfileMasks.cover} for every profile. */
  coverAll(profiles: CompiledProfiles, demands: CompiledDemands): void {
    for (let id = 0; id < this.index.size; id++) this.cover(id, profiles, demands);
  }
}
