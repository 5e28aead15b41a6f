import { dayOf } from './dates.js';
import type { Ledger } from './schema.js';

/** Day number standing for "still in work" (no end). */
export const OPEN_END = 2_147_483_647;

/** @internal The ledger as typed columns, built once per ledger. */
export interface LedgerColumns {
  n: number;
  start: Int32Array;
  /** Last day in work (inclusive), {@link OPEN_END} while open. */
  end: Int32Array;
  hours: Float64Array;
  /** 1 for government, 0 for market. */
  government: Uint8Array;
  /** 1 when the placement counts for the quota (not sheltered work). */
  counts: Uint8Array;
  /** Index of the placement's candidate among the distinct candidate ids. */
  candidate: Int32Array;
  candidates: number;
}

const cache = new WeakMap<Ledger, LedgerColumns>();

/** @internal The typed columns of a ledger (cached: a ledger is immutable). */
export function columnsOf(ledger: Ledger): LedgerColumns {
  const hit = cache.get(ledger);
  if (hit !== undefined) return hit;
  const n = ledger.placements.length;
  const cols: LedgerColumns = {
    n,
    start: new Int32Array(n),
    end: new Int32Array(n),
    hours: new Float64Array(n),
    government: new Uint8Array(n),
    counts: new Uint8Array(n),
    candidate: new Int32Array(n),
    candidates: 0,
  };
  const candidateIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const p = ledger.placements[i]!;
    cols.start[i] = dayOf(p.start)!;
    cols.end[i] = p.end === undefined ? OPEN_END : dayOf(p.end)!;
    cols.hours[i] = p.hoursPerWeek;
    const seconded = p.kind === 'secondment' && ledger.secondmentsCountAt !== 'employer-of-record';
    cols.government[i] = (seconded ? p.hirerSector : p.sector) === 'government' ? 1 : 0;
    // Wfsv art. 38b lid 1: a person with a sheltered-work determination (Pwet art. 10b) is not counted;
    // a trial placement (proefplaatsing) is no job yet.
    cols.counts[i] = p.targetGroup === 'beschut' || p.kind === 'trial' ? 0 : 1;
    let c = candidateIndex.get(p.candidateId);
    if (c === undefined) {
      c = candidateIndex.size;
      candidateIndex.set(p.candidateId, c);
    }
    cols.candidate[i] = c;
  }
  cols.candidates = candidateIndex.size;
  cache.set(ledger, cols);
  return cols;
}
