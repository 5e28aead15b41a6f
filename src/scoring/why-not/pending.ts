import type { NearMissChange } from '../../advice/change.js';
import type { VerdictCode } from '../reference/verdicts.js';

/** A change of the candidate itself: sized once for every shut pair it may open. */
export type CandidateChange = Extract<NearMissChange, { kind: 'hours' | 'commute' | 'training' }>;

/** A shut pair waiting for a candidate change to be sized. */
export interface PendingPair {
  vi: number;
  shutBy: VerdictCode;
  base: number;
}

interface Entry {
  change: CandidateChange;
  pairs: PendingPair[];
  /** The vacancy and the call that named the change first in vacancy order. */
  firstVi: number;
  firstSeq: number;
}

/**
 * @internal The candidate changes of one `whyNot` call, by key, each with the shut pairs it may
 * open. The vacancies may be visited in any order: {@link PendingChanges.inOrder} gives the changes
 * and their pairs as a visit by ascending vacancy index would have named them (each change as first
 * named, its pairs by vacancy), so the changes are tried in the same order whatever the visit's.
 */
export class PendingChanges {
  private readonly byKey = new Map<string, Entry>();
  private seq = 0;

  /** A pair to attach to changes with {@link PendingChanges.later}. */
  pair(vi: number, shutBy: VerdictCode, base: number): PendingPair {
    return { vi, shutBy, base };
  }

  /** Attaches `pair` to the change with `key` (`change` as named at the lowest vacancy). */
  later(change: CandidateChange, key: string, pair: PendingPair): void {
    const seq = this.seq++;
    const at = this.byKey.get(key);
    if (at === undefined) {
      this.byKey.set(key, { change, pairs: [pair], firstVi: pair.vi, firstSeq: seq });
      return;
    }
    at.pairs.push(pair);
    if (pair.vi < at.firstVi) {
      at.change = change;
      at.firstVi = pair.vi;
      at.firstSeq = seq;
    }
  }

  /** The changes by the vacancy and call that named each first, each with its pairs by vacancy (stable). */
  inOrder(): { change: CandidateChange; pairs: PendingPair[] }[] {
    const entries = [...this.byKey.values()].sort((a, b) => a.firstVi - b.firstVi || a.firstSeq - b.firstSeq);
    for (const entry of entries) entry.pairs.sort((a, b) => a.vi - b.vi);
    return entries;
  }
}
