import { type ParseResult, safeParseCandidates, safeParseVacancies } from '../domain/parse.js';
import type { Candidate, Vacancy } from '../domain/schemas.js';
import { formatPath, isValidationError, type ValidationIssue } from '../errors.js';
import { candidatesFromCsv } from './candidates-csv.js';
import type { FlatRecords } from './csv-layout.js';
import { CliError, type CliIo, EXIT_CODES } from './io.js';
import { observationsFromCsv } from './observations-csv.js';
import { placementsFromCsv } from './placements-csv.js';
import { vacanciesFromCsv } from './vacancies-csv.js';

/** What a file holds: candidates, vacancies, quota observations or placements (a `match` result). */
export type InputKind = 'candidates' | 'vacancies' | 'observations' | 'placements';

const READERS: Record<InputKind, (text: string) => FlatRecords> = {
  candidates: candidatesFromCsv,
  vacancies: vacanciesFromCsv,
  observations: observationsFromCsv,
  placements: placementsFromCsv,
};

/** A file's records and every problem found in it, each as `file: where: what`. */
export interface LoadedInput {
  file: string;
  records: unknown[];
  problems: string[];
  /** What the user should know that does not stop the run, each as `file: where: what`. */
  warnings: string[];
  locate(path: readonly (string | number)[]): string;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const WINDOWS_1252 = new TextDecoder('windows-1252');

/**
 * A file's text: UTF-8 (a byte order mark dropped), or, when the bytes are not UTF-8, Windows-1252 —
 * what Excel writes for "CSV (gescheiden door lijstscheidingsteken)" — with a warning, so `hygiëne`
 * is read as written instead of as replacement characters.
 *
 * @example
 * decodeText(new Uint8Array([0x68, 0x79, 0x67, 0x69, 0xeb, 0x6e, 0x65])).text; // 'hygiëne' (Windows-1252)
 */
export function decodeText(bytes: Uint8Array): { text: string; warning?: string } {
  try {
    const text = UTF8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return {
      text: WINDOWS_1252.decode(bytes),
      warning:
        'is not UTF-8; read as Windows-1252 (how Excel saves "CSV (gescheiden door lijstscheidingsteken)")',
    };
  }
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
export async function readText(
  io: CliIo,
  file: string,
  option: string,
): Promise<{ text: string; warning?: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    throw new CliError(EXIT_CODES.file, `cannot read ${option} file '${file}': ${reasonOf(error)}`);
  }
  return decodeText(bytes);
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
  const { text, warning } = await readText(io, file, option);
  const decoding = warning === undefined ? [] : [`${file}: ${warning}`];
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
      warnings: [...decoding, ...flat.warnings.map((p) => `${file}: ${p.where}: ${p.message}`)],
      locate: flat.locate,
    };
  }
  const json = parseJson(text, file, option);
  // A `match` result is an object; its placements are the records.
  const inner = kind === 'placements' ? (json as { placements?: unknown } | null)?.placements : json;
  const list = Array.isArray(inner) ? inner : undefined;
  const expected =
    kind === 'placements'
      ? `expected the JSON result of 'banenmatch match' (an object with a "placements" array)`
      : `expected a JSON array of ${kind}`;
  return {
    file,
    records: list ?? [],
    problems: list === undefined ? [`${file}: (root): ${expected}`] : [],
    warnings: [...decoding, ...(list?.length === 0 ? [`${file}: (root): holds no ${kind}`] : [])],
    locate: (path) => (kind === 'placements' ? formatPath(['placements', ...path]) : formatPath(path)),
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
  options: { unknownFields?: 'warn' | 'error' | undefined } = {},
): { candidates: Candidate[]; vacancies: Vacancy[]; warnings: string[] } {
  const c = checked(candidatesInput, safeParseCandidates(candidatesInput.records, options));
  const v = checked(vacanciesInput, safeParseVacancies(vacanciesInput.records, options));
  throwProblems([...c.problems, ...v.problems]);
  return { candidates: c.data, vacancies: v.data, warnings: [...c.warnings, ...v.warnings] };
}

/**
 * Validates loaded candidates alone (the run a report shows).
 *
 * @throws CliError exit 2 listing every problem with its file and place
 */
export function validateCandidates(input: LoadedInput): { candidates: Candidate[]; warnings: string[] } {
  const c = checked(input, safeParseCandidates(input.records));
  throwProblems(c.problems);
  return { candidates: c.data, warnings: c.warnings };
}

/** A file's layout problems and schema issues, or its records and warnings, all as `file: where: what`. */
function checked<T>(
  input: LoadedInput,
  parsed: ParseResult<T[]>,
): { data: T[]; problems: string[]; warnings: string[] } {
  if (!parsed.success) {
    return {
      data: [],
      problems: [...input.problems, ...issueLines(input, parsed.error.issues)],
      warnings: [],
    };
  }
  return {
    data: parsed.data,
    problems: input.problems,
    warnings: [...input.warnings, ...issueLines(input, parsed.warnings)],
  };
}

/**
 * Stops on a list of problems.
 *
 * @throws CliError exit 2 listing them
 */
export function throwProblems(problems: readonly string[]): void {
  if (problems.length === 0) return;
  throw new CliError(
    EXIT_CODES.usage,
    `the input has ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
    [...problems],
  );
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
  throwProblems(input.problems);
}

/** Most lines of problems or warnings shown on a terminal; `--json` gives all of them. */
export const SHOWN_LINES = 20;

/** Lines of a list, at most {@link SHOWN_LINES}, then `… and N more (--json shows all)`. */
export function capLines(lines: readonly string[]): string[] {
  if (lines.length <= SHOWN_LINES) return [...lines];
  return [...lines.slice(0, SHOWN_LINES), `… and ${lines.length - SHOWN_LINES} more (--json lists them all)`];
}

/** Writes the warnings of loaded files on standard error, `warning: file: where: what`, capped. */
export function printWarnings(io: CliIo, command: string, warnings: readonly string[]): void {
  for (const line of capLines(warnings)) io.stderr(`banenmatch ${command}: warning: ${line}\n`);
}
