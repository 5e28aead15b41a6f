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
  private readonly byClass: ClassReasons[] = [];
  private skillMark = new Int32Array(0);
  /** Per skill signature: its skill ids of positive weight, heaviest first, then by name. */
  private readonly order: (Int32Array | undefined)[] = [];

  constructor(private readonly x: MemoColumns) {}

  /** The readable comparison of candidate `c` with task `t` of demand class `cls`. */
  reasons(c: Candidate, t: Task, cls: number): ClassReasons {
    if (c !== this.record) {
      this.record = c;
      this.stamp++;
    }
    if (cls >= this.classStamp.length) {
      const grown = new Int32Array(2 * cls + 16);
      grown.set(this.classStamp);
      this.classStamp = grown;
    }
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
    if (this.skillMark.length < x.skillNames.length)
      this.skillMark = new Int32Array(2 * x.skillNames.length + 16);
    else if (have === this.skills) return { marks: this.skillMark, stamp: this.markStamp };
    this.skills = have;
    const stamp = ++this.markStamp;
    for (let k = 0; k < have.length; k++) this.skillMark[have[k]!] = stamp;
    return { marks: this.skillMark, stamp };
  }

  /** Skill signature `sig`'s skills of positive weight in the reason's order (see {@link skillOrder}). */
  signatureOrder(sig: number): Int32Array {
    const x = this.x;
    let o = this.order[sig];
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
      .sort((p, q) => weights[q]! - weights[p]! || (names[ids[p]!]! < names[ids[q]!]! ? -1 : 1)),
    (p) => ids[p]!,
  );
}
