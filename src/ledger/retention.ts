import { z } from 'zod';
import { parseOptions } from '../_internal/options.js';
import { columnsOf } from './columns.js';
import { addMonths, dayOf, quarterIndexOf, quarterLabel } from './dates.js';
import type { Ledger } from './schema.js';

/** Whose work is followed: the placement itself, or the candidate in any counted placement. */
export type RetentionScope = 'placement' | 'candidate';

/** Options of {@link retention}. */
export interface RetentionOptions {
  /** Horizons in whole months. @default [6, 12] */
  months?: readonly number[] | undefined;
  /** The date the data are known up to, `YYYY-MM-DD`. */
  asOf: string;
  /**
   * `'placement'`: the placement itself still runs N months after its start; `'candidate'`: the
   * candidate is in work in any counted placement on that day (a move to another job counts as
   * retained). @default 'placement'
   */
  scope?: RetentionScope | undefined;
}

/** Retention of one group of placements. `share` is `null` when the group is empty. */
export interface RetentionCell {
  /** Placements that started at least N months before `asOf`. */
  cohort: number;
  /** Of those, placements still in work N months after their start. */
  retained: number;
  /** retained / cohort. */
  share: number | null;
}

/** Retention after N months, overall and per start quarter. */
export interface RetentionResult extends RetentionCell {
  months: number;
  byQuarter: (RetentionCell & { quarter: string })[];
}

/** The options of `retention`, one schema with their defaults; a bad one is `INVALID_ARGUMENT` naming it. */
const retentionOptionsSchema = z.object({
  months: z.array(z.number().int().min(1).max(600)).min(1).default([6, 12]),
  asOf: z
    .string()
    .refine((s) => dayOf(s) !== undefined, { message: 'must be a real date YYYY-MM-DD' })
    .transform((s) => dayOf(s) as number),
  scope: z.enum(['placement', 'candidate']).default('placement'),
});

function cell(cohort: number, retained: number): RetentionCell {
  return { cohort, retained, share: cohort === 0 ? null : retained / cohort };
}

/**
 * Measures retention (*duurzaamheid*): of the counted placements that started at least N months before
 * `asOf`, the share still in work N months after their start (the day N calendar months later, clamped
 * to the month's end; an end date on that day still counts), overall and per start quarter (cohort).
 * Sheltered work (`beschut`) is left out, as in the quota count.
 *
 * Complexity: O(n × M) for scope `placement`, O(Σ placements per candidate² × M) for `candidate`.
 *
 * @param ledger - the ledger
 * @param options - `asOf`, `months` (@default [6, 12]), `scope` (@default 'placement')
 * @returns one result per horizon, in the order given
 * @throws BanenmatchError `INVALID_ARGUMENT` for a bad date, horizon (whole months 1–600) or scope
 * @example
 * retention(ledger, { asOf: '2025-01-01' })[0].share // e.g. 0.8 after 6 months
 */
export function retention(ledger: Ledger, options: RetentionOptions): RetentionResult[] {
  const { asOf, months: horizons, scope } = parseOptions(retentionOptionsSchema, options, 'retention');
  const { n, counts, start, end, candidate, candidates } = columnsOf(ledger);
  // Counted placements per candidate, for the candidate scope.
  const byCandidate: number[][] = scope === 'candidate' ? Array.from({ length: candidates }, () => []) : [];
  if (scope === 'candidate') {
    for (let i = 0; i < n; i++) if (counts[i] === 1) byCandidate[candidate[i]!]!.push(i);
  }
  const inWork = (i: number, day: number): boolean => {
    if (scope === 'placement') return start[i]! <= day && day <= end[i]!;
    for (const j of byCandidate[candidate[i]!]!) if (start[j]! <= day && day <= end[j]!) return true;
    return false;
  };
  return horizons.map((months) => {
    let cohort = 0;
    let retained = 0;
    const quarters = new Map<number, { cohort: number; retained: number }>();
    for (let i = 0; i < n; i++) {
      if (counts[i] === 0) continue;
      const at = addMonths(start[i]!, months);
      if (at > asOf) continue;
      const kept = inWork(i, at) ? 1 : 0;
      cohort++;
      retained += kept;
      const q = quarterIndexOf(start[i]!);
      const row = quarters.get(q);
      if (row === undefined) quarters.set(q, { cohort: 1, retained: kept });
      else {
        row.cohort++;
        row.retained += kept;
      }
    }
    const byQuarter = [...quarters.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([q, r]) => ({ quarter: quarterLabel(q), ...cell(r.cohort, r.retained) }));
    return { months, ...cell(cohort, retained), byQuarter };
  });
}
