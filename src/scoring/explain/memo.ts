import { compareCodes, type Tally } from '../../capability/compare.js';
import type { Candidate, Task } from '../../domain/schemas.js';
import type { FloatColumn, IntColumn } from '../store.js';

/** The matcher's columns the memo reads (the explanation's context holds the same objects). */
export interface MemoColumns {
  cSkills: readonly Int32Array[];
  signatureStart: IntColumn;
  signaturePairs: FloatColumn;
  skillNames: readonly string[];
}

/** A candidate's readable comparison with one demand class: the exceedances' reasons joined, and the signals' reasons. */
interface ClassReasons {
  exceed: string;
  signals: readonly string[];
}

/**
 * @internal What the explanations of one candidate share, remembered while the same candidate is
 * explained (the next candidate starts afresh): the readable FML comparison per demand class (tasks
 * of one class have equal demands, so equal reasons), and a mark on each of the candidate's skills;
 * and, for every candidate, each full job's skills in the order the reason lists them. Rankings
 * explain their pairs candidate by candidate.
 */
export class ExplainMemo {
  /** The candidate record the class reasons are of, and the skill ids the marks are of. */
  private record: Candidate | undefined = undefined;
  private skills: Int32Array | undefined = undefined;
  private stamp = 0;
  private markStamp = 0;
  private classStamp = new Int32Array(0);
  // Stryker disable next-line ArrayDeclaration: a slot is read only after its stamp is set, which writes the slot first
  private readonly byClass: ClassReasons[] = [];
  private skillMark = new Int32Array(0);
  /** Per skill signature: its skill ids of positive weight, heaviest first, then by name. */
  private readonly order: (Int32Array | undefined)[] = [];

  constructor(private readonly x: MemoColumns) {}

  /** The readable comparison of candidate `c` with task `t` of demand class `cls`. */
  reasons(c: Candidate, t: Task, cls: number): ClassReasons {
    // Stryker disable next-line ConditionalExpression: a cache: a new stamp for every call recomputes the same reasons (`false` is killed)
    if (c !== this.record) {
      this.record = c;
      // Stryker disable next-line UpdateOperator: stamps counting down are as distinct from the first (0) and each other
      this.stamp++;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a cache: without room for the class its stamp reads undefined and the reasons are recomputed each time
    if (cls >= this.classStamp.length) {
      const grown = new Int32Array(2 * cls + 16);
      grown.set(this.classStamp);
      this.classStamp = grown;
    }
    // Stryker disable next-line ConditionalExpression: a cache: recomputing gives the same reasons (`false` is killed)
    if (this.classStamp[cls] !== this.stamp) {
      const tally: Tally = { exceedances: [], signals: [], room: 1 };
      compareCodes(c.capabilities, t.demands, tally);
      this.byClass[cls] = {
        exceed: tally.exceedances.map((e) => e.reason).join('; '),
        signals: tally.signals.map((s) => s.reason),
      };
      this.classStamp[cls] = this.stamp;
    }
    return this.byClass[cls]!;
  }

  /** Per skill id, whether candidate `ci` has it: `marks[id] === stamp`. */
  marks(ci: number): { marks: Int32Array; stamp: number } {
    const x = this.x;
    const have = x.cSkills[ci]!;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a new, larger array is then marked afresh below (`false` is killed: the vocabulary-growth test)
    if (this.skillMark.length < x.skillNames.length)
      this.skillMark = new Int32Array(2 * x.skillNames.length + 16);
    // Stryker disable next-line ConditionalExpression: a cache: marking again gives the same marks (`true` is killed)
    else if (have === this.skills) return { marks: this.skillMark, stamp: this.markStamp };
    this.skills = have;
    // Stryker disable next-line UpdateOperator: stamps counting down are as distinct from the first (0) and each other
    const stamp = ++this.markStamp;
    // Stryker disable next-line EqualityOperator: one write past the list, at index undefined, which a typed array ignores
    for (let k = 0; k < have.length; k++) this.skillMark[have[k]!] = stamp;
    return { marks: this.skillMark, stamp };
  }

  /** Skill signature `sig`'s skills of positive weight in the reason's order (see {@link skillOrder}). */
  signatureOrder(sig: number): Int32Array {
    const x = this.x;
    let o = this.order[sig];
    // Stryker disable next-line ConditionalExpression: a cache: the order is recomputed the same (`false` is killed)
    if (o === undefined) {
      const ids: number[] = [];
      const weights: number[] = [];
      for (let k = x.signatureStart.data[sig]!; k < x.signatureStart.data[sig + 1]!; k++) {
        ids.push(x.signaturePairs.data[2 * k]!);
        weights.push(x.signaturePairs.data[2 * k + 1]!);
      }
      o = skillOrder(x.skillNames, ids, weights);
      this.order[sig] = o;
    }
    return o;
  }
}

/** Skill ids of positive weight, heaviest first, then by name. */
export function skillOrder(
  names: readonly string[],
  ids: readonly number[],
  weights: readonly number[],
): Int32Array {
  return Int32Array.from(
    ids
      .map((_id, p) => p)
      .filter((p) => weights[p]! > 0)
      // Stryker disable next-line EqualityOperator: skill names are distinct, so `<=` orders alike (the mark also covers `>=`, which the by-name tests kill)
      .sort((p, q) => weights[q]! - weights[p]! || (names[ids[p]!]! < names[ids[q]!]! ? -1 : 1)),
    (p) => ids[p]!,
  );
}
