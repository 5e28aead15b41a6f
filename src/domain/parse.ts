import type { z } from 'zod';
import { zodIssues } from '../_internal/zod-issues.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import {
  type Candidate,
  candidateRecordSchema,
  type Employer,
  employerSchema,
  type Vacancy,
  vacancyRecordSchema,
} from './schemas.js';

/** The result of a `safe*` parser: the data, or a {@link ValidationError} with every issue. */
export type ParseResult<T> = { success: true; data: T } | { success: false; error: ValidationError };

function idOf(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' && id.length <= 200 ? id : undefined;
}

/**
 * Parses a list of records with a schema, collecting every issue of every record, and checks that
 * ids are unique. Shared by the public parsers.
 */
function parseList<T extends { id: string }>(
  input: unknown,
  schema: z.ZodType<T, unknown>,
  what: string,
): ParseResult<T[]> {
  if (!Array.isArray(input)) {
    const error = new ValidationError(what, [
      { path: [], message: `expected an array of ${what}`, code: 'invalid_type' },
    ]);
    return { success: false, error };
  }
  const issues: ValidationIssue[] = [];
  const data: T[] = [];
  const firstIndex = new Map<string, number>();
  input.forEach((record: unknown, index) => {
    const result = schema.safeParse(record);
    const recordId = idOf(record);
    if (result.success) data.push(result.data);
    else issues.push(...zodIssues(result.error, [index], recordId));
    if (recordId !== undefined) noteId(firstIndex, recordId, [index], issues);
  });
  if (issues.length > 0) return { success: false, error: new ValidationError(what, issues) };
  return { success: true, data };
}

/**
 * @internal Remembers where an id first stood; a repeat becomes a `duplicate_id` issue at `path`
 * (its last element being the record's index), naming the first index.
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
      message: `duplicate id "${id}" (first at index ${first})`,
      code: 'duplicate_id',
    });
}

function orThrow<T>(result: ParseResult<T>): T {
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Validates candidates without throwing.
 *
 * @param input - parsed JSON, an array of candidate records (input contract)
 * @returns the candidates with defaults filled in, or a `ValidationError` listing every problem
 * @example
 * const r = safeParseCandidates(JSON.parse(text));
 * if (!r.success) for (const i of r.error.issues) showIssue(i.path, i.message);
 */
export function safeParseCandidates(input: unknown): ParseResult<Candidate[]> {
  return parseList(input, candidateRecordSchema, 'candidates');
}

/**
 * Validates candidates: ids unique, hours 0–60 with min ≤ max, fractions in [0,1], known FML items
 * and codes, home inside the Netherlands.
 *
 * @param input - parsed JSON, an array of candidate records (input contract)
 * @returns the candidates with defaults filled in
 * @throws ValidationError listing every problem with its path, e.g. `[3, 'hoursPerWeek', 'max']`
 * @example
 * const candidates = parseCandidates(JSON.parse(text));
 */
export function parseCandidates(input: unknown): Candidate[] {
  return orThrow(safeParseCandidates(input));
}

/**
 * Validates vacancies without throwing.
 *
 * @param input - parsed JSON, an array of vacancy records (input contract)
 * @returns the vacancies with defaults filled in, or a `ValidationError` listing every problem
 * @example
 * const r = safeParseVacancies(json);
 * if (r.success) use(r.data);
 */
export function safeParseVacancies(input: unknown): ParseResult<Vacancy[]> {
  return parseList(input, vacancyRecordSchema, 'vacancies');
}

/**
 * Validates vacancies: ids unique, positions ≥ 1, hours 0–60, task ids unique within a vacancy and
 * task hours summing to the vacancy's hours within {@link TASK_HOURS_TOLERANCE}, known FML items and
 * codes in task demands, location inside the Netherlands.
 *
 * @param input - parsed JSON, an array of vacancy records (input contract)
 * @returns the vacancies with defaults filled in
 * @throws ValidationError listing every problem with its path, e.g. `[3, 'tasks', 1, 'hoursPerWeek']`
 * @example
 * const vacancies = parseVacancies(JSON.parse(text));
 */
export function parseVacancies(input: unknown): Vacancy[] {
  return orThrow(safeParseVacancies(input));
}

/**
 * Validates employers without throwing.
 *
 * @example
 * const r = safeParseEmployers(json);
 */
export function safeParseEmployers(input: unknown): ParseResult<Employer[]> {
  return parseList(input, employerSchema, 'employers');
}

/**
 * Validates employers: ids unique, name and sector present.
 *
 * @throws ValidationError listing every problem with its path
 * @example
 * const employers = parseEmployers(JSON.parse(text));
 */
export function parseEmployers(input: unknown): Employer[] {
  return orThrow(safeParseEmployers(input));
}

/** A whole region: employers, candidates and vacancies. */
export interface Region {
  name?: string | undefined;
  employers: Employer[];
  candidates: Candidate[];
  vacancies: Vacancy[];
}

/**
 * Validates a whole region without throwing: each list as its parser does, plus every vacancy's
 * `employerId` naming a known employer (when employers are given).
 *
 * @example
 * const r = safeParseRegion({ employers, candidates, vacancies });
 */
export function safeParseRegion(input: unknown): ParseResult<Region> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      success: false,
      error: new ValidationError('region', [
        { path: [], message: 'expected an object', code: 'invalid_type' },
      ]),
    };
  }
  const raw = input as { name?: unknown; employers?: unknown; candidates?: unknown; vacancies?: unknown };
  const issues: ValidationIssue[] = [];
  const part = <T>(key: string, r: ParseResult<T[]>): T[] => {
    if (r.success) return r.data;
    for (const i of r.error.issues) issues.push({ ...i, path: [key, ...i.path] });
    return [];
  };
  const employers = part('employers', safeParseEmployers(raw.employers ?? []));
  const candidates = part('candidates', safeParseCandidates(raw.candidates ?? []));
  const vacancies = part('vacancies', safeParseVacancies(raw.vacancies ?? []));
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
  if (issues.length > 0) return { success: false, error: new ValidationError('region', issues) };
  const name = typeof raw.name === 'string' ? raw.name : undefined;
  return { success: true, data: { name, employers, candidates, vacancies } };
}

/**
 * Validates a whole region (employers, candidates, vacancies and the references between them).
 *
 * @throws ValidationError listing every problem with its path, e.g. `['vacancies', 3, 'employerId']`
 * @example
 * const region = parseRegion(JSON.parse(text));
 */
export function parseRegion(input: unknown): Region {
  return orThrow(safeParseRegion(input));
}
