import { safeParseCandidates, safeParseVacancies } from '../domain/parse.js';
import type { Candidate, Vacancy } from '../domain/schemas.js';
import { formatPath, isValidationError, type ValidationIssue } from '../errors.js';
import { candidatesFromCsv } from './candidates-csv.js';
import type { FlatRecords } from './csv-layout.js';
import { CliError, type CliIo, EXIT_CODES } from './io.js';
import { observationsFromCsv } from './observations-csv.js';
import { vacanciesFromCsv } from './vacancies-csv.js';

/** What a file holds: candidates, vacancies or quota observations. */
export type InputKind = 'candidates' | 'vacancies' | 'observations';

const READERS: Record<InputKind, (text: string) => FlatRecords> = {
  candidates: candidatesFromCsv,
  vacancies: vacanciesFromCsv,
  observations: observationsFromCsv,
};

/** A file's records and every problem found in it, each as `file: where: what`. */
export interface LoadedInput {
  file: string;
  records: unknown[];
  problems: string[];
  locate(path: readonly (string | number)[]): string;
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return typeof code === 'string' ? code : 'unreadable';
}

/**
 * Reads a text file named by an option.
 *
 * @throws CliError exit 3 when it cannot be read
 */
export async function readText(io: CliIo, file: string, option: string): Promise<string> {
  try {
    return await io.readFile(file);
  } catch (error) {
    throw new CliError(EXIT_CODES.file, `cannot read ${option} file '${file}': ${reasonOf(error)}`);
  }
}

/**
 * Parses JSON text of a file named by an option.
 *
 * @throws CliError exit 2 when it is not valid JSON
 */
export function parseJson(text: string, file: string, option: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // The parser's message quotes the text around the error, which may be personal data: leave it out.
    throw new CliError(EXIT_CODES.usage, `${option} file '${file}' is not valid JSON`);
  }
}

/**
 * Reads a file of records: CSV when its name ends in `.csv` (the command's documented flat layout),
 * else a JSON array in the input contract.
 *
 * @throws CliError exit 3 when the file cannot be read; exit 2 when it is not valid JSON or CSV
 */
export async function loadInput(
  io: CliIo,
  file: string,
  option: string,
  kind: InputKind,
): Promise<LoadedInput> {
  const text = await readText(io, file, option);
  if (file.toLowerCase().endsWith('.csv')) {
    let flat: FlatRecords;
    try {
      flat = READERS[kind](text);
    } catch (error) {
      throw new CliError(
        EXIT_CODES.usage,
        `${option} file '${file}' is not valid CSV: ${(error as Error).message}`,
      );
    }
    return {
      file,
      records: flat.records,
      problems: flat.problems.map((p) => `${file}: ${p.where}: ${p.message}`),
      locate: flat.locate,
    };
  }
  const json = parseJson(text, file, option);
  return {
    file,
    records: Array.isArray(json) ? json : [],
    problems: Array.isArray(json) ? [] : [`${file}: (root): expected a JSON array of ${kind}`],
    locate: (path) => formatPath(path),
  };
}

/** Lines `file: where: what` for schema issues of a loaded file. */
function issueLines(input: LoadedInput, issues: readonly ValidationIssue[]): string[] {
  return issues.map((i) => `${input.file}: ${input.locate(i.path)}: ${i.message}`);
}

/**
 * Validates loaded candidates and vacancies together, so one run lists every problem of both files.
 *
 * @throws CliError exit 2 listing every problem with its file and place
 */
export function validateRegion(
  candidatesInput: LoadedInput,
  vacanciesInput: LoadedInput,
): { candidates: Candidate[]; vacancies: Vacancy[] } {
  const problems = [...candidatesInput.problems, ...vacanciesInput.problems];
  const c = safeParseCandidates(candidatesInput.records);
  const v = safeParseVacancies(vacanciesInput.records);
  if (!c.success) problems.push(...issueLines(candidatesInput, c.error.issues));
  if (!v.success) problems.push(...issueLines(vacanciesInput, v.error.issues));
  if (problems.length > 0 || !c.success || !v.success) {
    throw new CliError(
      EXIT_CODES.usage,
      `the input has ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
      problems,
    );
  }
  return { candidates: c.data, vacancies: v.data };
}

/**
 * Turns a quota function's `ValidationError` into a shell user's error: issues under `observed` placed
 * in the observations file, `period` as the option, others by path. Any other error passes through.
 *
 * @returns the error to throw
 */
export function placeIssues(observations: LoadedInput, error: unknown): unknown {
  if (!isValidationError(error)) return error;
  const lines = error.issues.map((i) => {
    if (i.path[0] === 'observed') {
      return `${observations.file}: ${observations.locate(i.path.slice(1))}: ${i.message}`;
    }
    return i.path[0] === 'period' ? `--period: ${i.message}` : `${formatPath(i.path)}: ${i.message}`;
  });
  return new CliError(
    EXIT_CODES.usage,
    `the input has ${lines.length} problem${lines.length === 1 ? '' : 's'}`,
    lines,
  );
}

/**
 * Stops on the layout problems of a loaded file (unknown columns, malformed entries).
 *
 * @throws CliError exit 2 listing them
 */
export function throwIfProblems(input: LoadedInput): void {
  if (input.problems.length === 0) return;
  const n = input.problems.length;
  throw new CliError(EXIT_CODES.usage, `the input has ${n} problem${n === 1 ? '' : 's'}`, input.problems);
}
