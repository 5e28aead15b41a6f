import { z } from 'zod';
import { MAX_HOURS_PER_WEEK, sectorSchema, targetGroupSchema } from '../domain/schemas.js';
import type { QuotaSector } from '../quota/jobs.js';
import { dayOf } from './dates.js';

const id = z.string().trim().min(1, 'must be a non-empty id').max(200);
/** Dates from 1990 to 2100: the banenafspraak starts in 2013; anything else is a typing error. */
const isoDate = z.string().refine((s) => {
  const day = dayOf(s);
  return day !== undefined && s >= '1990-01-01' && s <= '2100-12-31';
}, 'must be a real date YYYY-MM-DD between 1990 and 2100');

/**
 * @internal {@link placementRecordSchema}'s fields without its secondment rules: the ledger checks a
 * record with it and takes the whole schema only for a record that {@link breaksSecondmentRules} (the
 * refinement on every record cost ≈ 0.7 µs and its garbage: a third of `createLedger`).
 */
export const placementFieldsSchema = z.object({
  id,
  candidateId: id,
  vacancyId: id.optional(),
  employerId: id.optional(),
  sector: sectorSchema,
  hoursPerWeek: z.number().finite().gt(0).max(MAX_HOURS_PER_WEEK),
  start: isoDate,
  end: isoDate.nullable().optional(),
  targetGroup: targetGroupSchema.optional(),
  kind: z.enum(['employment', 'secondment', 'trial']).optional(),
  hirerId: id.optional(),
  hirerSector: sectorSchema.optional(),
});

/**
 * A placement (*plaatsing*) as JSON: a candidate working for an employer from `start` to `end`
 * (inclusive; absent or `null` while still in work), so many paid hours a week (*verloonde uren*, Wfsv
 * art. 38b lid 4), in the market or government sector. A placement of target group `beschut`
 * (sheltered work, Pwet art. 10b) is kept but does not count for the quota (Wfsv art. 38b lid 1).
 * A `kind: 'secondment'` (*detachering*, covenant art. 2.4.d.v) has an employer of record (`employerId`,
 * `sector`) and a hirer (`hirerId`, `hirerSector`); a `kind: 'trial'` (*proefplaatsing*) is kept but
 * does not count (the person keeps the benefit; no paid hours).
 */
export const placementRecordSchema: z.ZodType<PlacementRecord> = placementFieldsSchema.superRefine(
  (r, ctx) => {
    if (r.kind === 'secondment' && r.hirerSector === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['hirerSector'],
        message: 'a secondment needs the hirer’s sector (market or government)',
      });
    }
    if (r.kind !== 'secondment') {
      if (r.hirerId !== undefined) ctx.addIssue(notSecondment('hirerId'));
      if (r.hirerSector !== undefined) ctx.addIssue(notSecondment('hirerSector'));
    }
  },
);

/** The issue of a hirer's field on a placement that is not a secondment. */
function notSecondment(key: 'hirerId' | 'hirerSector') {
  return {
    code: 'custom' as const,
    path: [key],
    message: `${key} belongs to a secondment only (kind: 'secondment')`,
  };
}

/**
 * @internal Whether a record (an object) breaks {@link placementRecordSchema}'s secondment rules: a
 * secondment without `hirerSector`, or a hirer's field on another kind. Read on the record as given,
 * which for these three fields decides as the parsed value does (a value is there or not; `kind` is
 * `'secondment'` or not).
 */
export function breaksSecondmentRules(r: Record<string, unknown>): boolean {
  return r.kind === 'secondment'
    ? r.hirerSector === undefined
    : r.hirerId !== undefined || r.hirerSector !== undefined;
}

/** A placement record as given (JSON in); see {@link placementRecordSchema}. */
export interface PlacementRecord {
  id: string;
  /** A pseudonym of the person (never a BSN: see `pseudonymizeBsn`). */
  candidateId: string;
  vacancyId?: string | undefined;
  employerId?: string | undefined;
  sector: QuotaSector;
  /** Paid hours a week, > 0 and ≤ 60. */
  hoursPerWeek: number;
  /** First day in work, `YYYY-MM-DD`. */
  start: string;
  /** Last day in work (inclusive), `YYYY-MM-DD`; absent or `null` while in work. */
  end?: string | null | undefined;
  /** The candidate's target group; `beschut` does not count for the quota. */
  targetGroup?: z.infer<typeof targetGroupSchema> | undefined;
  /** @default 'employment'; `secondment` (*detachering*) or `trial` (*proefplaatsing*, does not count). */
  kind?: PlacementKind | undefined;
  /** A secondment's hirer (*inlener*); `employerId` is then the employer of record. */
  hirerId?: string | undefined;
  /** A secondment's hirer's sector: where the job counts by default (see `LedgerOptions.secondmentsCountAt`). */
  hirerSector?: QuotaSector | undefined;
}

/** A regular job, a secondment (*detachering*) or a trial placement (*proefplaatsing*). */
export type PlacementKind = 'employment' | 'secondment' | 'trial';

/** A placement in a {@link Ledger}: a record with `end` left out while still in work. */
export interface LedgerPlacement {
  readonly id: string;
  readonly candidateId: string;
  readonly vacancyId?: string;
  readonly employerId?: string;
  readonly sector: QuotaSector;
  readonly hoursPerWeek: number;
  readonly start: string;
  readonly end?: string;
  readonly targetGroup?: z.infer<typeof targetGroupSchema>;
  readonly kind?: PlacementKind;
  readonly hirerId?: string;
  readonly hirerSector?: QuotaSector;
}

/**
 * An immutable, validated placement ledger. Make one with `createLedger` or `parseLedger`; change it
 * with `addPlacement` / `endPlacement`, which return a new ledger. The ledger and its list are frozen;
 * the placement objects are typed read-only (not frozen: freezing 10⁵ objects costs more than the counts).
 */
export interface Ledger {
  readonly placements: readonly LedgerPlacement[];
  /** The most paid hours a week one candidate may have at any day, over overlapping placements. */
  readonly maxHoursPerWeek: number;
  /** Where a secondment counts: the hirer's sector or the employer of record's. */
  readonly secondmentsCountAt: SecondmentCount;
}

/** Where a secondment's job counts for the quota: in the hirer's sector, or the employer of record's. */
export type SecondmentCount = 'hirer' | 'employer-of-record';

/** Options of `createLedger` and `parseLedger`. */
export interface LedgerOptions {
  /**
   * Most paid hours a week one candidate may work at once, over overlapping placements. Arbeidstijdenwet
   * art. 5:7 caps one week at 60 hours. @default 60
   */
  maxHoursPerWeek?: number | undefined;
  /**
   * Accept a `candidateId` of 8–9 digits that passes the BSN eleven-test. Off by default: such an id is
   * most likely a BSN, which must not be stored here (use `pseudonymizeBsn`). @default false
   */
  allowBsnLikeIds?: boolean | undefined;
  /**
   * Where a secondment counts. The annual measurement reallocates jobs via secondment and temporary
   * agencies (*inleen*) to the hirers' sectors (SEO's key: 24% government, 76% market; domain notes
   * Part C 1.1); UWV's quarterly reports keep them apart. The legal article was not verified, so this is
   * a parameter. @default 'hirer'
   */
  secondmentsCountAt?: SecondmentCount | undefined;
}
