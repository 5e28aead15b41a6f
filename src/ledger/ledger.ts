import { z } from 'zod';
import { isRecord } from '../_internal/guard.js';
import { parseOptions } from '../_internal/options.js';
import { recordLabel, zodIssues } from '../_internal/zod-issues.js';
import { BSN_ID_MESSAGE, noteId, type ParseResult } from '../domain/parse.js';
import { BanenmatchError, ValidationError, type ValidationIssue } from '../errors.js';
import { looksLikeBsn } from '../privacy/bsn.js';
import { dayOf, isoOf } from './dates.js';
import {
  breaksSecondmentRules,
  type Ledger,
  type LedgerOptions,
  type LedgerPlacement,
  type PlacementRecord,
  placementFieldsSchema,
  placementRecordSchema,
} from './schema.js';

/** Default of {@link LedgerOptions.maxHoursPerWeek}: Arbeidstijdenwet art. 5:7, at most 60 hours in a week. */
export const LEDGER_MAX_HOURS_PER_WEEK = 60;

function idOf(record: unknown): string | undefined {
  if (!isRecord(record)) return undefined;
  const id = record.id;
  return typeof id === 'string' && id.length <= 200 ? id.trim() : undefined;
}

/** A placement id for a message: quoted, or its index when it looks like a BSN. */
function placementName(id: string, index: number): string {
  return looksLikeBsn(id) ? `the one at index ${index}` : `"${id}"`;
}

/** A candidate id for a message: quoted, or withheld when it looks like a BSN (allowed by `allowBsnLikeIds`). */
function shownCandidate(candidateId: string): string {
  return looksLikeBsn(candidateId)
    ? 'a candidate (id not shown: it looks like a BSN)'
    : `candidate "${candidateId}"`;
}

function toPlacement(r: PlacementRecord): LedgerPlacement {
  const p: {
    -readonly [K in keyof LedgerPlacement]: LedgerPlacement[K];
  } = {
    id: r.id,
    candidateId: r.candidateId,
    sector: r.sector,
    hoursPerWeek: r.hoursPerWeek,
    start: r.start,
  };
  if (r.vacancyId !== undefined) p.vacancyId = r.vacancyId;
  if (r.employerId !== undefined) p.employerId = r.employerId;
  if (typeof r.end === 'string') p.end = r.end;
  if (r.targetGroup !== undefined) p.targetGroup = r.targetGroup;
  if (r.kind !== undefined) p.kind = r.kind;
  if (r.hirerId !== undefined) p.hirerId = r.hirerId;
  if (r.hirerSector !== undefined) p.hirerSector = r.hirerSector;
  return p;
}

/** Weekly hours of one candidate's overlapping placements above `max`: one issue per placement that tips it. */
function overlapIssues(
  placements: readonly LedgerPlacement[],
  indexOf: readonly number[],
  max: number,
): ValidationIssue[] {
  const byCandidate = new Map<string, number[]>();
  placements.forEach((p, i) => {
    const list = byCandidate.get(p.candidateId);
    if (list === undefined) byCandidate.set(p.candidateId, [i]);
    else list.push(i);
  });
  const issues: ValidationIssue[] = [];
  for (const [candidateId, list] of byCandidate) {
    // Most candidates have one placement: nothing overlaps, only its own hours can exceed the maximum.
    if (list.length === 1 && placements[list[0]!]!.hoursPerWeek <= max + 1e-9) continue;
    // Sweep over start days (+hours) and the days after the ends (−hours); an end frees its hours
    // before a start on the same day adds new ones.
    const events: { day: number; i: number; add: boolean }[] = [];
    for (const i of list) {
      const p = placements[i]!;
      events.push({ day: dayOf(p.start)!, i, add: true });
      if (p.end !== undefined) events.push({ day: dayOf(p.end)! + 1, i, add: false });
    }
    events.sort((a, b) => a.day - b.day || Number(a.add) - Number(b.add));
    const active = new Set<number>();
    let hours = 0;
    for (const e of events) {
      const p = placements[e.i]!;
      if (!e.add) {
        active.delete(e.i);
        hours -= p.hoursPerWeek;
        continue;
      }
      active.add(e.i);
      hours += p.hoursPerWeek;
      if (hours > max + 1e-9) {
        const ids = [...active].map((i) => placementName(placements[i]!.id, indexOf[i]!)).join(', ');
        issues.push({
          path: [indexOf[e.i]!, 'hoursPerWeek'],
          message: `${shownCandidate(candidateId)}: placements ${ids} add up to ${Math.round(hours * 100) / 100} hours a week on ${isoOf(e.day)}, above the maximum of ${max}`,
          code: 'hours_overlap',
        });
      }
    }
  }
  return issues;
}

/** The ledger-wide settings a build keeps. */
type Settings = Pick<Ledger, 'maxHoursPerWeek' | 'secondmentsCountAt'>;

/** The options of `createLedger` and `parseLedger`, one schema; a bad one is `INVALID_ARGUMENT` naming it. */
const ledgerOptionsSchema = z.object({
  maxHoursPerWeek: z.number().positive().default(LEDGER_MAX_HOURS_PER_WEEK),
  allowBsnLikeIds: z.boolean().optional(),
  secondmentsCountAt: z.enum(['hirer', 'employer-of-record']).default('hirer'),
});

/** The options of `addPlacement`: whether ids may look like a BSN. */
const addPlacementOptionsSchema = ledgerOptionsSchema.pick({ allowBsnLikeIds: true });

function checkOptions(options: LedgerOptions, what: string): Settings {
  const o = parseOptions(ledgerOptionsSchema, options, what);
  return { maxHoursPerWeek: o.maxHoursPerWeek, secondmentsCountAt: o.secondmentsCountAt };
}

/**
 * Validates placement records and builds a ledger without throwing on invalid data.
 *
 * @param input - parsed JSON: an array of placement records
 * @param options - `maxHoursPerWeek` (@default 60), `allowBsnLikeIds` (@default false)
 * @returns the ledger, or a `ValidationError` listing every problem with its path
 * @throws BanenmatchError `INVALID_ARGUMENT` for a bad option
 * @example
 * const r = safeParseLedger(JSON.parse(text));
 * if (!r.success) for (const i of r.error.issues) showIssue(i.path, i.message);
 */
export function safeParseLedger(input: unknown, options: LedgerOptions = {}): ParseResult<Ledger> {
  const settings = checkOptions(options, 'parseLedger');
  return build(input, settings, options.allowBsnLikeIds === true ? Number.POSITIVE_INFINITY : 0);
}

/** Validates and builds; candidate ids from index `bsnCheckFrom` on are checked for looking like a BSN. */
function build(input: unknown, settings: Settings, bsnCheckFrom: number): ParseResult<Ledger> {
  const max = settings.maxHoursPerWeek;
  if (!Array.isArray(input)) {
    const issue: ValidationIssue = {
      path: [],
      message: 'expected an array of placement records',
      code: 'invalid_type',
    };
    return { success: false, error: new ValidationError('ledger', [issue]), warnings: [] };
  }
  const issues: ValidationIssue[] = [];
  const placements: LedgerPlacement[] = [];
  const indexOf: number[] = [];
  const firstIndex = new Map<string, number>();
  input.forEach((record: unknown, index) => {
    const recordId = idOf(record);
    // The secondment rules by the whole schema only where a record breaks them: the same issues.
    const schema =
      // Stryker disable next-line ConditionalExpression,LogicalOperator: `true` and `||` take the whole schema for more records: the same issues, only slower
      isRecord(record) && breaksSecondmentRules(record) ? placementRecordSchema : placementFieldsSchema;
    const result = schema.safeParse(record);
    // Checked on the raw record, so a record that breaks other rules too is refused with every issue.
    const bsn = index >= bsnCheckFrom && isRecord(record) && looksLikeBsn(record.candidateId);
    if (bsn) {
      issues.push({
        path: [index, 'candidateId'],
        message: `candidateId ${BSN_ID_MESSAGE}`,
        code: 'bsn_like_id',
      });
    }
    if (result.success) {
      const p = toPlacement(result.data);
      if (p.end !== undefined && p.end < p.start) {
        issues.push({
          path: [index, 'end'],
          message: `end is before start (${recordLabel(p.id, index)})`,
          code: 'end_before_start',
        });
      } else if (!bsn) {
        placements.push(p);
        indexOf.push(index);
      }
    } else issues.push(...zodIssues(result.error, [index], recordId));
    if (recordId !== undefined) noteId(firstIndex, recordId, [index], issues);
  });
  issues.push(...overlapIssues(placements, indexOf, max));
  if (issues.length > 0)
    return { success: false, error: new ValidationError('ledger', issues), warnings: [] };
  return {
    success: true,
    data: Object.freeze({ placements: Object.freeze(placements), ...settings }),
    warnings: [],
  };
}

/**
 * Validates placement records (JSON in) and builds an immutable ledger: every record against the
 * schema, ids unique, end not before start, a candidate id that is not a BSN, and one candidate's
 * overlapping placements at most `maxHoursPerWeek` together on any day.
 *
 * Complexity: O(n log n).
 *
 * @param input - parsed JSON: an array of placement records
 * @param options - `maxHoursPerWeek` (@default 60), `allowBsnLikeIds` (@default false)
 * @returns the ledger
 * @throws ValidationError listing every problem with its path (codes `duplicate_id`, `end_before_start`, `hours_overlap`, `bsn_like_id`, zod's); BanenmatchError `INVALID_ARGUMENT` for a bad option
 * @example
 * const ledger = parseLedger(JSON.parse(text));
 */
export function parseLedger(input: unknown, options: LedgerOptions = {}): Ledger {
  return orThrow(safeParseLedger(input, options));
}

function orThrow(r: ParseResult<Ledger>): Ledger {
  if (!r.success) throw r.error;
  return r.data;
}

/**
 * Builds an immutable ledger from typed placement records, with the checks of {@link parseLedger}.
 *
 * @param records - placement records
 * @param options - `maxHoursPerWeek` (@default 60), `allowBsnLikeIds` (@default false)
 * @returns the ledger
 * @throws ValidationError listing every problem with its path; BanenmatchError `INVALID_ARGUMENT` for a bad option
 * @example
 * const ledger = createLedger([{ id: 'p1', candidateId: 'c1', sector: 'market', hoursPerWeek: 25.5, start: '2024-01-01' }]);
 */
export function createLedger(records: readonly PlacementRecord[], options: LedgerOptions = {}): Ledger {
  return parseLedger(records, options);
}

/**
 * The ledger as JSON records (JSON out): `parseLedger(ledgerToJSON(l), { maxHoursPerWeek: l.maxHoursPerWeek })`
 * gives an equal ledger. Open placements have no `end`.
 *
 * @param ledger - the ledger
 * @returns plain placement records, in ledger order
 * @example
 * JSON.stringify(ledgerToJSON(ledger))
 */
export function ledgerToJSON(ledger: Ledger): PlacementRecord[] {
  return ledger.placements.map((p) => ({ ...p }));
}

/**
 * Adds a placement and returns a new ledger; the given one is unchanged.
 *
 * @param ledger - the ledger
 * @param record - the new placement
 * @param options - `allowBsnLikeIds` for the new record (@default false); the ledger's `maxHoursPerWeek` is kept
 * @returns a new ledger with the placement at the end
 * @throws ValidationError when the record is invalid, its id is taken or it overlaps beyond the hours maximum
 * @example
 * const next = addPlacement(ledger, { id: 'p2', candidateId: 'c1', sector: 'government', hoursPerWeek: 12, start: '2024-03-01' });
 */
export function addPlacement(
  ledger: Ledger,
  record: PlacementRecord,
  options?: Pick<LedgerOptions, 'allowBsnLikeIds'>,
): Ledger {
  const { allowBsnLikeIds } = parseOptions(addPlacementOptionsSchema, options, 'addPlacement');
  const from = allowBsnLikeIds === true ? Number.POSITIVE_INFINITY : ledger.placements.length;
  return orThrow(build([...ledgerToJSON(ledger), record], settingsOf(ledger), from));
}

/**
 * Ends an open placement on a date (its last day in work) and returns a new ledger.
 *
 * @param ledger - the ledger
 * @param id - the placement's id
 * @param date - last day in work, `YYYY-MM-DD`, not before its start
 * @returns a new ledger
 * @throws BanenmatchError `NOT_FOUND` for an unknown id, `INVALID_ARGUMENT` when it has ended already; ValidationError for a bad date
 * @example
 * const next = endPlacement(ledger, 'p1', '2024-06-30');
 */
export function endPlacement(ledger: Ledger, id: string, date: string): Ledger {
  const index = ledger.placements.findIndex((p) => p.id === id);
  // An id that looks like a BSN is never echoed, not even a placement's own.
  const shown = looksLikeBsn(id) ? 'the given id' : `id "${id}"`;
  if (index < 0) throw new BanenmatchError('NOT_FOUND', `endPlacement: no placement with ${shown}`);
  if (ledger.placements[index]!.end !== undefined) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `endPlacement: the placement with ${shown} has ended already`,
    );
  }
  const records = ledgerToJSON(ledger);
  records[index] = { ...records[index]!, end: date };
  return orThrow(build(records, settingsOf(ledger), Number.POSITIVE_INFINITY));
}

/** A ledger's settings; a ledger object made by hand before `secondmentsCountAt` existed counts at the hirer. */
function settingsOf(ledger: Ledger): Settings {
  return {
    maxHoursPerWeek: ledger.maxHoursPerWeek,
    secondmentsCountAt: ledger.secondmentsCountAt ?? 'hirer',
  };
}
