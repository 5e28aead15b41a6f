import { z } from 'zod';
import { isRecord } from '../_internal/guard.js';
import { zodIssues } from '../_internal/zod-issues.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { looksLikeBsn } from '../privacy/bsn.js';
import { type ParseOptions, type ResolvedParseOptions, resolveParseOptions } from './parse-options.js';
import {
  type Candidate,
  candidateRecordSchema,
  candidateSchema,
  type Employer,
  employerSchema,
  type Vacancy,
  vacancyRecordSchema,
  vacancySchema,
} from './schemas.js';
import { type SchemaNode, unknownFieldIssues } from './unknown-fields.js';

/**
 * The result of a `safe*` parser: the data, or a {@link ValidationError} with every issue; either way
 * the `warnings` (e.g. `unknown_field`), which do not stop the parse.
 */
export type ParseResult<T> =
  | { success: true; data: T; warnings: ValidationIssue[] }
  | { success: false; error: ValidationError; warnings: ValidationIssue[] };

/** Message of a candidate id that looks like a BSN; it never contains the id. */
export const BSN_ID_MESSAGE = 'looks like a BSN: pseudonymise it with pseudonymizeBsn first';

/** A record's id as the schema will read it (trimmed), when it is a short enough string. */
function idOf(record: unknown): string | undefined {
  if (!isRecord(record)) return undefined;
  const id = record.id;
  return typeof id === 'string' && id.length <= 200 ? id.trim() : undefined;
}

/** How one list is read: its schema, the object schema whose fields are known, and its name. */
interface ListKind<T> {
  schema: z.ZodType<T, unknown>;
  /** `schema` compiled (`z.compile`) when first used; see {@link schemaOf}. */
  compiled?: z.ZodType<T, unknown>;
  shape: SchemaNode;
  what: string;
  /** Refuse ids that look like a BSN (person records). */
  personIds: boolean;
}

/**
 * The schema a list of `kind` is parsed with: `kind.schema` compiled by zod (`z.compile`, once per
 * thread, on first use: ≈ 10–70 ms). The compiled schema tries a generated fast path first and, when
 * a record fails it, parses that record with the schema itself: the same data for a valid record
 * (defaults, key order, the vacancy's conditions merged), the same issues for an invalid one, and
 * ≈ 40% less CPU a vacancy (national-shaped records, benchmarks/RESULTS.md); zod returns the schema
 * unchanged where it cannot compile it (e.g. no `new Function`).
 */
function schemaOf<T>(kind: ListKind<T>): z.ZodType<T, unknown> {
  kind.compiled ??= z.compile(kind.schema);
  return kind.compiled;
}

/**
 * Parses a list of records with a schema, collecting every issue of every record, and checks that
 * ids are unique (and, for persons, not a BSN) and that no record has fields the schema does not know.
 * Shared by the public parsers.
 */
function parseList<T extends { id: string }>(
  input: unknown,
  kind: ListKind<T>,
  options: ResolvedParseOptions,
): ParseResult<T[]> {
  if (!Array.isArray(input)) {
    const error = new ValidationError(kind.what, [
      { path: [], message: `expected an array of ${kind.what}`, code: 'invalid_type' },
    ]);
    return { success: false, error, warnings: [] };
  }
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const data: T[] = [];
  const firstIndex = new Map<string, number>();
  const refuseBsn = kind.personIds && !options.allowBsnLikeIds;
  const schema = schemaOf(kind);
  input.forEach((record: unknown, index) => {
    const result = schema.safeParse(record);
    const recordId = idOf(record);
    const bsn = refuseBsn && isRecord(record) && looksLikeBsn(record.id);
    if (bsn) issues.push({ path: [index, 'id'], message: BSN_ID_MESSAGE, code: 'bsn_like_id' });
    if (!result.success) issues.push(...zodIssues(result.error, [index], recordId));
    else if (!bsn) data.push(result.data);
    if (options.unknownFields !== 'ignore') {
      const unknown = unknownFieldIssues(kind.shape, record, [index]);
      (options.unknownFields === 'error' ? issues : warnings).push(...unknown);
    }
    if (recordId !== undefined) noteId(firstIndex, recordId, [index], issues);
  });
  if (issues.length > 0) return { success: false, error: new ValidationError(kind.what, issues), warnings };
  return { success: true, data, warnings };
}

/**
 * @internal Remembers where an id first stood; a repeat becomes a `duplicate_id` issue at `path`
 * (its last element being the record's index), naming the first index. An id that looks like a BSN is
 * never shown: the indices say which records clash.
 */
export function noteId(
  firstIndex: Map<string, number>,
  id: string,
  path: readonly (string | number)[],
  issues: ValidationIssue[],
): void {
  const index = path[path.length - 1] as number;
  const first = firstIndex.get(id);
  if (first === undefined) firstIndex.set(id, index);
  else
    issues.push({
      path: [...path, 'id'],
      message: looksLikeBsn(id)
        ? `duplicate id (the same as at index ${first})`
        : `duplicate id "${id}" (first at index ${first})`,
      code: 'duplicate_id',
    });
}

function orThrow<T>(result: ParseResult<T>): T {
  if (!result.success) throw result.error;
  return result.data;
}

/** A zod schema seen through its definition, for the walk over unknown fields. */
function nodeOf(schema: z.core.$ZodType): SchemaNode {
  return schema as unknown as SchemaNode;
}

const CANDIDATES: ListKind<Candidate> = {
  schema: candidateRecordSchema,
  shape: nodeOf(candidateSchema),
  what: 'candidates',
  personIds: true,
};
const VACANCIES: ListKind<Vacancy> = {
  schema: vacancyRecordSchema,
  shape: nodeOf(vacancySchema),
  what: 'vacancies',
  personIds: false,
};
const EMPLOYERS: ListKind<Employer> = {
  schema: employerSchema,
  shape: nodeOf(employerSchema),
  what: 'employers',
  personIds: false,
};

/**
 * Validates candidates without throwing. A field the schema does not know is a warning (or, with
 * `unknownFields: 'error'`, an issue); an id that looks like a BSN is an issue (code `bsn_like_id`).
 *
 * @param input - parsed JSON, an array of candidate records (input contract)
 * @param options - `unknownFields` (@default 'warn'), `allowBsnLikeIds` (@default false)
 * @returns the candidates with defaults filled in, or a `ValidationError` listing every problem; and the warnings
 * @throws BanenmatchError `INVALID_ARGUMENT` for a bad option (never for bad input)
 * @example
 * const r = safeParseCandidates([{ ...candidate, preferedSectors: ['market'] }]);
 * r.warnings[0] // { path: [0, 'preferedSectors'], code: 'unknown_field',
 *               //   message: 'unknown field "preferedSectors" (did you mean "preferences.sectors"?)' }
 */
export function safeParseCandidates(input: unknown, options?: ParseOptions): ParseResult<Candidate[]> {
  return parseList(input, CANDIDATES, resolveParseOptions(options, 'safeParseCandidates'));
}

/**
 * Validates candidates: ids unique and not a BSN, hours 0–60 with min ≤ max, fractions in [0,1],
 * known FML items and codes, home inside the Netherlands. Fields the schema does not know are dropped
 * (use {@link safeParseCandidates} to see them as warnings) unless `unknownFields` is `'error'`.
 *
 * @param input - parsed JSON, an array of candidate records (input contract)
 * @param options - `unknownFields` (@default 'warn'), `allowBsnLikeIds` (@default false)
 * @returns the candidates with defaults filled in
 * @throws ValidationError listing every problem with its path, e.g. `[3, 'hoursPerWeek', 'max']`; BanenmatchError `INVALID_ARGUMENT` for a bad option
 * @example
 * const candidates = parseCandidates(JSON.parse(text), { unknownFields: 'error' });
 */
export function parseCandidates(input: unknown, options?: ParseOptions): Candidate[] {
  return orThrow(parseList(input, CANDIDATES, resolveParseOptions(options, 'parseCandidates')));
}

/**
 * Validates vacancies without throwing; fields the schema does not know are warnings.
 *
 * @param input - parsed JSON, an array of vacancy records (input contract)
 * @param options - `unknownFields` (@default 'warn')
 * @returns the vacancies with defaults filled in, or a `ValidationError` listing every problem; and the warnings
 * @throws BanenmatchError `INVALID_ARGUMENT` for a bad option (never for bad input)
 * @example
 * const r = safeParseVacancies(json);
 * if (r.success) use(r.data);
 * for (const w of r.warnings) showWarning(w.path, w.message); // e.g. [0, 'tasks', 1, 'hour']
 */
export function safeParseVacancies(input: unknown, options?: ParseOptions): ParseResult<Vacancy[]> {
  return parseList(input, VACANCIES, resolveParseOptions(options, 'safeParseVacancies'));
}

/**
 * Validates vacancies: ids unique, positions ≥ 1, hours 0–60, task ids unique within a vacancy and
 * task hours summing to the vacancy's hours within {@link TASK_HOURS_TOLERANCE}, known FML items and
 * codes in task demands, location inside the Netherlands.
 *
 * @param input - parsed JSON, an array of vacancy records (input contract)
 * @param options - `unknownFields` (@default 'warn')
 * @returns the vacancies with defaults filled in
 * @throws ValidationError listing every problem with its path, e.g. `[3, 'tasks', 1, 'hoursPerWeek']`; BanenmatchError `INVALID_ARGUMENT` for a bad option
 * @example
 * const vacancies = parseVacancies(JSON.parse(text));
 */
export function parseVacancies(input: unknown, options?: ParseOptions): Vacancy[] {
  return orThrow(parseList(input, VACANCIES, resolveParseOptions(options, 'parseVacancies')));
}

/**
 * Validates employers without throwing; fields the schema does not know are warnings.
 *
 * @param input - parsed JSON, an array of employer records
 * @param options - `unknownFields` (@default 'warn')
 * @returns the employers, or a `ValidationError` listing every problem; and the warnings
 * @throws BanenmatchError `INVALID_ARGUMENT` for a bad option (never for bad input)
 * @example
 * const r = safeParseEmployers([{ id: 'e1', name: 'Bakkerij', sector: 'market', adress: 'x' }]);
 * r.warnings[0]?.path // [0, 'adress']
 */
export function safeParseEmployers(input: unknown, options?: ParseOptions): ParseResult<Employer[]> {
  return parseList(input, EMPLOYERS, resolveParseOptions(options, 'safeParseEmployers'));
}

/**
 * Validates employers: ids unique, name and sector present.
 *
 * @param input - parsed JSON, an array of employer records
 * @param options - `unknownFields` (@default 'warn')
 * @returns the employers
 * @throws ValidationError listing every problem with its path; BanenmatchError `INVALID_ARGUMENT` for a bad option
 * @example
 * const employers = parseEmployers(JSON.parse(text));
 */
export function parseEmployers(input: unknown, options?: ParseOptions): Employer[] {
  return orThrow(parseList(input, EMPLOYERS, resolveParseOptions(options, 'parseEmployers')));
}

/** A whole region: employers, candidates and vacancies. */
export interface Region {
  name?: string | undefined;
  employers: Employer[];
  candidates: Candidate[];
  vacancies: Vacancy[];
}

/** The fields of a region object; each list is checked by its own parser. */
const regionShape = z.object({
  name: z.unknown(),
  employers: z.unknown(),
  candidates: z.unknown(),
  vacancies: z.unknown(),
});

function parseRegionWith(input: unknown, options: ResolvedParseOptions): ParseResult<Region> {
  if (!isRecord(input)) {
    const error = new ValidationError('region', [
      { path: [], message: 'expected an object', code: 'invalid_type' },
    ]);
    return { success: false, error, warnings: [] };
  }
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  if (options.unknownFields !== 'ignore') {
    const unknown = unknownFieldIssues(nodeOf(regionShape), input);
    (options.unknownFields === 'error' ? issues : warnings).push(...unknown);
  }
  const part = <T>(key: string, r: ParseResult<T[]>): T[] => {
    for (const w of r.warnings) warnings.push({ ...w, path: [key, ...w.path] });
    if (r.success) return r.data;
    for (const i of r.error.issues) issues.push({ ...i, path: [key, ...i.path] });
    return [];
  };
  const employers = part('employers', parseList(input.employers ?? [], EMPLOYERS, options));
  const candidates = part('candidates', parseList(input.candidates ?? [], CANDIDATES, options));
  const vacancies = part('vacancies', parseList(input.vacancies ?? [], VACANCIES, options));
  if (employers.length > 0) {
    const known = new Set(employers.map((e) => e.id));
    vacancies.forEach((v, i) => {
      if (!known.has(v.employerId)) {
        issues.push({
          path: ['vacancies', i, 'employerId'],
          message: `vacancy "${v.id}" names employer "${v.employerId}", which is not in employers`,
          code: 'unknown_reference',
        });
      }
    });
  }
  if (issues.length > 0) return { success: false, error: new ValidationError('region', issues), warnings };
  const name = typeof input.name === 'string' ? input.name : undefined;
  return { success: true, data: { name, employers, candidates, vacancies }, warnings };
}

/**
 * Validates a whole region without throwing: each list as its parser does, plus every vacancy's
 * `employerId` naming a known employer (when employers are given). Warnings (fields the schemas do not
 * know, also at the region's top level) have paths from the region, e.g. `['candidates', 3, 'preferedSectors']`.
 *
 * @param input - parsed JSON: `{ name?, employers?, candidates?, vacancies? }`
 * @param options - `unknownFields` (@default 'warn'), `allowBsnLikeIds` for candidates (@default false)
 * @returns the region, or a `ValidationError` listing every problem; and the warnings
 * @throws BanenmatchError `INVALID_ARGUMENT` for a bad option (never for bad input)
 * @example
 * const r = safeParseRegion({ employers, candidates, vacancies });
 * if (r.success && r.warnings.length === 0) use(r.data);
 */
export function safeParseRegion(input: unknown, options?: ParseOptions): ParseResult<Region> {
  return parseRegionWith(input, resolveParseOptions(options, 'safeParseRegion'));
}

/**
 * Validates a whole region (employers, candidates, vacancies and the references between them).
 *
 * @param input - parsed JSON: `{ name?, employers?, candidates?, vacancies? }`
 * @param options - `unknownFields` (@default 'warn'), `allowBsnLikeIds` for candidates (@default false)
 * @returns the region
 * @throws ValidationError listing every problem with its path, e.g. `['vacancies', 3, 'employerId']`; BanenmatchError `INVALID_ARGUMENT` for a bad option
 * @example
 * const region = parseRegion(JSON.parse(text), { unknownFields: 'error' });
 */
export function parseRegion(input: unknown, options?: ParseOptions): Region {
  return orThrow(parseRegionWith(input, resolveParseOptions(options, 'parseRegion')));
}
