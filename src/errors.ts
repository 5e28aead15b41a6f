import type { z } from 'zod';

/**
 * Errors of the library. Every error that leaves a public function is a {@link BanenmatchError}
 * with a stable `code`; validation problems are collected in one {@link ValidationError} that
 * lists every issue with its path. Messages name ids and fields, never a personal value.
 */

const MARKER: unique symbol = Symbol.for('banenmatch.error');

/** Stable machine-readable error codes. */
export type ErrorCode =
  | 'VALIDATION'
  | 'NAN_INPUT'
  | 'NOT_FOUND'
  | 'NO_DATA_FOR_DATE'
  | 'NOT_CONVERGED'
  | 'ABORTED'
  | 'INFEASIBLE'
  | 'INVALID_ARGUMENT'
  | 'WORKER_FAILED';

/**
 * @internal Every issue code a {@link ValidationIssue} (a problem or a warning) can carry: zod's own,
 * then this library's. The list behind {@link ValidationIssueCode}; a test checks every code produced.
 */
export const VALIDATION_ISSUE_CODES = [
  // zod's
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
  // a field or record
  'required',
  'out_of_range',
  'not_a_number',
  'duplicate_id',
  'bsn_like_id',
  'unknown_field',
  'unknown_reference',
  'not_found',
  // FML capabilities
  'unknown_fml_item',
  'invalid_fml_code',
  'duplicate_fml_code',
  'fml_number_expected',
  'fml_list_expected',
  'fml_item_not_demandable',
  // hours and wage value
  'invalid_hours',
  'no_tasks',
  'too_many_tasks',
  'share_too_small',
  'under_30_minutes_a_day',
  'shares_do_not_sum_to_one',
  // job postings (schema.org JobPosting)
  'not_job_posting',
  'invalid_json',
  'invalid_salary',
  'id_from_url',
  'geo_from_locality',
  'default_hours',
  'tasks_from_description',
  'unknown_occupation',
  // ledger, quota and progress
  'end_before_start',
  'hours_overlap',
  'invalid_period',
  'missing_period',
  'duplicate_period',
  'mixed_frequency',
  'no_observation',
  'not_in_plan',
  'plan_mismatch',
] as const;

/**
 * What kind of problem a {@link ValidationIssue} is: a closed set, so a `switch` over it is checked.
 * zod's codes (`invalid_type`, `too_big`, `too_small`, `invalid_format`, `custom`, …) and this
 * library's (`required`, `duplicate_id`, `unknown_fml_item`, `hours_overlap`, …).
 *
 * @example
 * if (issue.code === 'required') showMissing(formatPath(issue.path));
 */
export type ValidationIssueCode = (typeof VALIDATION_ISSUE_CODES)[number];

/** One problem found while validating input: where it is and what is wrong. */
export interface ValidationIssue {
  /** Path into the input, e.g. `[3, 'tasks', 1, 'hoursPerWeek']`. */
  path: readonly (string | number)[];
  /** What is wrong, naming fields and ids, never a personal value. */
  message: string;
  /** Short rule name, e.g. `too_big`, `duplicate_id`, `unknown_fml_item`: see {@link ValidationIssueCode}. */
  code: ValidationIssueCode;
}

/**
 * Base class of every error the library throws.
 *
 * @example
 * try { parseCandidates(json) } catch (e) { if (isBanenmatchError(e)) console.error(e.code) }
 */
export class BanenmatchError extends Error {
  readonly code: ErrorCode;
  readonly [MARKER] = true;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BanenmatchError';
    this.code = code;
  }
}

/** Formats a path as `vacancies[3].tasks[1].hoursPerWeek`. */
export function formatPath(path: readonly (string | number)[], root = ''): string {
  let out = root;
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Input that breaks one or more rules. Carries **every** issue, each with its path.
 *
 * @example
 * const r = safeParseVacancies(json);
 * if (!r.success) for (const i of r.error.issues) showIssue(formatPath(i.path), i.message);
 */
export class ValidationError extends BanenmatchError {
  readonly issues: readonly ValidationIssue[];

  constructor(what: string, issues: readonly ValidationIssue[], root = '') {
    const lines = issues.slice(0, 20).map((i) => `  - ${formatPath(i.path, root)}: ${i.message}`);
    if (issues.length > 20) lines.push(`  … and ${issues.length - 20} more`);
    super(
      'VALIDATION',
      `${what}: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${lines.join('\n')}`,
    );
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

/** Raised when a long computation is stopped through its `AbortSignal`. */
export class AbortError extends BanenmatchError {
  constructor(what: string) {
    super('ABORTED', `${what} was aborted`);
    this.name = 'AbortError';
  }
}

/**
 * True for any error thrown by this library, also across ESM/CJS copies where `instanceof` fails.
 *
 * @example
 * if (isBanenmatchError(err) && err.code === 'VALIDATION') showProblems(err);
 */
export function isBanenmatchError(value: unknown): value is BanenmatchError {
  return typeof value === 'object' && value !== null && (value as { [MARKER]?: unknown })[MARKER] === true;
}

/** True for a {@link ValidationError}, across ESM/CJS copies. */
export function isValidationError(value: unknown): value is ValidationError {
  return (
    isBanenmatchError(value) &&
    value.code === 'VALIDATION' &&
    Array.isArray((value as ValidationError).issues)
  );
}

/** Throws an {@link AbortError} when the signal is aborted. Call it between chunks of long work. */
export function throwIfAborted(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw new AbortError(what);
}

/**
 * @internal A progress callback that checks the signal first: no step is reported after an abort, so
 * the work done after one is at most a progress step's worth (the next report throws).
 */
export function checkedProgress(
  signal: AbortSignal | undefined,
  onProgress: ((done: number, total: number) => void) | undefined,
  what: string,
): ((done: number, total: number) => void) | undefined {
  if (onProgress === undefined) return undefined;
  return (done, total) => {
    throwIfAborted(signal, what);
    onProgress(done, total);
  };
}

/** @internal Throws `INVALID_ARGUMENT` naming the first bad option, e.g. "assign: `minScore` …". */
export function optionError(
  where: string,
  error: z.ZodError,
  prefix: readonly (string | number)[] = [],
): BanenmatchError {
  const issue = error.issues[0];
  const path = [...prefix, ...(issue?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p))];
  const name = path.length === 0 ? 'options' : formatPath(path);
  return new BanenmatchError('INVALID_ARGUMENT', `${where}: \`${name}\`: ${issue?.message ?? 'is invalid'}`);
}

/**
 * @internal Checks `given` (undefined: `{}`; null is refused, a caller that takes null passes
 * `given ?? undefined`) with `schema`; throws `INVALID_ARGUMENT` naming the option.
 * `prefix` is the path of these options inside the caller's own (`['matcher']` for nested ones).
 */
export function parseOptions<S extends z.ZodType>(
  schema: S,
  given: unknown,
  where: string,
  prefix: readonly (string | number)[] = [],
): z.output<S> {
  const r = schema.safeParse(given === undefined ? {} : given);
  if (!r.success) throw optionError(where, r.error, prefix);
  return r.data;
}
