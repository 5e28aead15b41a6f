import type { RunOptions } from '../_internal/guard.js';
import { decomposeVacancy } from '../catalogue/decompose.js';
import { noteId, type ParseResult, safeParseCandidates, safeParseVacancies } from '../domain/parse.js';
import type { Candidate, Vacancy } from '../domain/schemas.js';
import { BanenmatchError, throwIfAborted, ValidationError, type ValidationIssue } from '../errors.js';
import type { SharedParts } from './shared-parts.js';

/** Records validated or compiled between two checks of the signal. */
export const COMPILE_CHUNK = 4096;

/**
 * Parses one chunk of a list with a `safeParse*` function: the records, or none and every issue with
 * its index in the whole list (`from` + its index in the chunk) under `what`; ids already `seen` in
 * the list are issues too.
 */
function parseChunk<T extends { id: string }>(
  chunk: readonly unknown[],
  from: number,
  safeParse: (chunk: unknown) => ParseResult<T[]>,
  what: string,
  seen: Map<string, number>,
  issues: ValidationIssue[],
  warnings: ValidationIssue[],
): T[] {
  const r = safeParse(chunk);
  for (const w of r.warnings) {
    const [index, ...rest] = w.path;
    warnings.push({
      ...w,
      // Stryker disable next-line ConditionalExpression,ArrayDeclaration: `chunk` is an array, so every path the parser gives starts with the record's index: the second branch is never taken (`true` is the same; `false` is killed)
      path: typeof index === 'number' ? [what, from + index, ...rest] : [what, ...w.path],
    });
  }
  if (!r.success) {
    for (const i of r.error.issues) {
      const [index, ...rest] = i.path;
      issues.push({
        ...i,
        // Stryker disable next-line ConditionalExpression,ArrayDeclaration: `chunk` is an array, so every path the parser gives starts with the record's index: the second branch is never taken (`true` is the same; `false` is killed)
        path: typeof index === 'number' ? [what, from + index, ...rest] : [what, ...i.path],
      });
    }
    // Stryker disable next-line ArrayDeclaration: a chunk with an issue is never compiled (`feed` compiles only while there is none)
    return [];
  }
  const before = issues.length;
  r.data.forEach((record, k) => {
    noteId(seen, record.id, [what, from + k], issues);
  });
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: records with an issue are never compiled (`feed` compiles only while there is none), so `true` and a list of another content are the same (`false` and `!==` are killed)
  return issues.length === before ? r.data : [];
}

/**
 * @internal Candidates and vacancies as they are fed to a build, a chunk at a time, so that a national
 * build can be stopped and shows progress: each chunk is validated when it comes (every problem of
 * every chunk collected, with its index in the whole list) and, while no problem has been found,
 * handed to the compile functions; vacancies with their tasks decomposed. `records` (candidates and
 * vacancies to come) sizes the progress reports: `onProgress(done, 2 × records)`.
 */
export class RecordFeed {
  readonly issues: ValidationIssue[] = [];
  /** Unknown fields found in the records fed and in later edits (see `Matcher.warnings`). */
  readonly warnings: ValidationIssue[] = [];
  /** The first vacancy whose tasks could not be derived, and why; nothing is compiled after it. */
  failure: { index: number; error: unknown } | undefined;
  private readonly seenCandidates = new Map<string, number>();
  private readonly seenVacancies = new Map<string, number>();
  private readonly fed = { candidates: 0, vacancies: 0 };
  private readonly total: number;
  private done = 0;

  constructor(
    private readonly run: RunOptions,
    records: number,
    private readonly compileCandidates: (list: readonly Candidate[]) => void,
    private readonly compileVacancies: (list: readonly Vacancy[]) => void,
    /** Holds equal parts of the records fed once (when the records are never handed out: see `SharedParts`). */
    private readonly shared?: SharedParts,
  ) {
    this.total = 2 * records;
    throwIfAborted(run.signal, 'createMatcher');
  }

  /** Validates and compiles the next candidates. */
  addCandidates(list: readonly unknown[]): void {
    if (this.fed.vacancies > 0) {
      throw new BanenmatchError('INVALID_ARGUMENT', 'createMatcher: candidates fed after vacancies');
    }
    this.feed(list, 'candidates', safeParseCandidates, this.seenCandidates, (parsed) => {
      if (this.shared !== undefined) for (const c of parsed) this.shared.candidate(c);
      this.compileCandidates(parsed);
    });
  }

  /** Validates and compiles the next vacancies, tasks decomposed, up to the first that fails. */
  addVacancies(list: readonly unknown[]): void {
    this.feed(list, 'vacancies', safeParseVacancies, this.seenVacancies, (parsed, at) => {
      if (this.failure !== undefined) return;
      const withTasks: Vacancy[] = [];
      for (let k = 0; k < parsed.length; k++) {
        try {
          const v = parsed[k]!;
          const tasks = decomposeVacancy(v);
          withTasks.push(this.shared === undefined ? { ...v, tasks } : this.shared.vacancy(v, tasks));
        } catch (error) {
          this.failure = { index: at + k, error };
          break;
        }
      }
      this.compileVacancies(withTasks);
    });
  }

  /**
   * Ends the feed: throws `ValidationError` with every issue, else the first vacancy's error, or lets
   * go of what only the feed needed (the ids seen, the shared parts' keys; the tables index the ids).
   */
  finish(): void {
    if (this.issues.length > 0) throw new ValidationError('createMatcher', this.issues);
    if (this.failure !== undefined) throw this.failure.error;
    this.seenCandidates.clear();
    this.seenVacancies.clear();
    this.shared?.clear();
  }

  /** One record of an incremental edit, validated; its warnings kept under the edit's name. */
  parseOne<T>(record: unknown, safeParse: (list: unknown) => ParseResult<T[]>, edit: string): T {
    const r = safeParse([record]);
    for (const w of r.warnings) this.warnings.push({ ...w, path: [edit, ...w.path.slice(1)] });
    if (!r.success) throw r.error;
    return r.data[0]!;
  }

  private step(n: number): void {
    this.done += n;
    throwIfAborted(this.run.signal, 'createMatcher');
    this.run.onProgress?.(this.done, this.total);
  }

  /**
   * Validates `list` a chunk at a time as the next records of `what`; while no problem has been found,
   * compiles each chunk with `compile` (given the index of its first record in the whole list).
   */
  private feed<T extends { id: string }>(
    list: readonly unknown[],
    what: 'candidates' | 'vacancies',
    safeParse: (chunk: unknown) => ParseResult<T[]>,
    seen: Map<string, number>,
    compile: (parsed: T[], at: number) => void,
  ): void {
    for (let from = 0; from < list.length; from += COMPILE_CHUNK) {
      const chunk = list.slice(from, from + COMPILE_CHUNK);
      const at = this.fed[what];
      this.fed[what] += chunk.length;
      const parsed = parseChunk(chunk, at, safeParse, what, seen, this.issues, this.warnings);
      this.step(chunk.length);
      // Stryker disable next-line ConditionalExpression: compiling after an issue changes nothing seen: `finish` throws the issues first, and `failedVacancy` is −1 while there is one (`false` is killed)
      if (this.issues.length === 0) compile(parsed, at);
      this.step(chunk.length);
    }
  }
}
