import distance from 'fast-levenshtein';
import { numberCell } from './cells.js';
import {
  type CsvDialect,
  type CsvProblem,
  type CsvRow,
  type CsvTable,
  parseCsv,
  separatorName,
} from './csv.js';

/** Records read from a flat file, with the layout's own problems and a way to place schema issues. */
export interface FlatRecords {
  /** The records in the input contract's shape (not yet validated). */
  records: unknown[];
  /** Problems of the file itself (a row's field count, unknown column, malformed entry): where, and what. */
  problems: CsvProblem[];
  /** What a user should know that does not stop the run (a file with a header and no rows). */
  warnings: CsvProblem[];
  /** The dialect the file was read in. */
  dialect: CsvDialect;
  /** Where a path into `records` lies in the file, e.g. `line 4, column hoursMax`. */
  locate(path: readonly (string | number)[]): string;
}

/** A path prefix inside one record and the column it comes from. */
export type ColumnMap = readonly (readonly [readonly string[], string])[];

/** The column a path inside one record comes from: the longest listed prefix, else a column named like the field. */
export function columnOf(
  rest: readonly (string | number)[],
  map: ColumnMap,
  columns: readonly string[],
): string | undefined {
  for (const [prefix, column] of map) if (prefix.every((p, i) => rest[i] === p)) return column;
  const head = rest[0];
  return typeof head === 'string' && columns.includes(head) ? head : undefined;
}

/** `line 4, column hoursMax`, or `line 4` when the column is not known. */
export function lineAndColumn(line: number, column: string | undefined): string {
  return column === undefined ? `line ${line}` : `line ${line}, column ${column}`;
}

/**
 * A header name as it is compared: without case, accents, spaces, `_`, `-` or `.` (`Hours Min`,
 * `hours_min` and `hoursMin` are one column).
 *
 * @example
 * normaliseHeader(' Hours-Min '); // 'hoursmin'
 */
export function normaliseHeader(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');
}

/** The known column nearest to an unknown name, when it is near enough to be a typo. */
function nearest(name: string, columns: readonly string[]): string | undefined {
  const wanted = normaliseHeader(name);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const column of columns) {
    const d = distance.get(wanted, normaliseHeader(column));
    if (d < bestDistance) {
      best = column;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(wanted.length / 3)) ? best : undefined;
}

/** A table read in a layout: the cell of a row by column name, and the file's problems so far. */
export interface LayoutTable {
  table: CsvTable;
  /** The raw cell of a known column (`undefined` when the file has no such column). */
  cell(row: CsvRow, column: string): string | undefined;
  /**
   * A number cell in the file's dialect (or `text`, a value inside that cell, e.g. of a `key=value`
   * list); an ambiguous figure is a problem at its line and column.
   */
  number(row: CsvRow, column: string, text?: string): number | string | undefined;
  problems: CsvProblem[];
  warnings: CsvProblem[];
  /** True when the header itself is wrong: the rows are then not judged. */
  headerFailed: boolean;
}

/**
 * Parses a file and matches its header to a layout's columns (without regard to case, accents or
 * spaces): unknown columns (with the nearest known one), repeated and missing required columns are
 * problems, and when there are any the rows are not judged (one header problem, not one per cell).
 *
 * @throws Error when a quoted field is not closed
 */
export function readLayout(
  text: string,
  columns: readonly string[],
  required: readonly string[],
): LayoutTable {
  const table = parseCsv(text);
  const index = new Map<string, number>();
  const known = new Map(columns.map((c) => [normaliseHeader(c), c]));
  const problems: CsvProblem[] = [];
  const where = `line ${table.headerLine}`;
  table.header.forEach((name, i) => {
    const column = known.get(normaliseHeader(name));
    if (column === undefined) {
      const guess = nearest(name, columns);
      const hint = guess === undefined ? '' : ` (did you mean "${guess}"?)`;
      problems.push({ where, message: `unknown column "${name}"${hint}` });
    } else if (index.has(column)) problems.push({ where, message: `column "${column}" appears twice` });
    else index.set(column, i);
  });
  const missing = required.filter((c) => !index.has(c));
  for (const column of missing) problems.push({ where, message: `missing column "${column}"` });
  if (missing.length > 0 && table.header.length === 1) {
    problems.push({
      where,
      message: `the header has one field when read with a ${separatorName(table.dialect.separator)} between fields; fields must be separated by a comma, a semicolon or a tab`,
    });
  }
  const headerFailed = problems.length > 0;
  if (!headerFailed) problems.push(...table.problems);
  const cell = (row: CsvRow, column: string) => {
    const i = index.get(column);
    return i === undefined ? undefined : row.cells[i];
  };
  return {
    table: headerFailed ? { ...table, rows: [] } : table,
    cell,
    number: (row, column, text = cell(row, column)) =>
      numberCell(text, table.dialect.decimalComma, (message) =>
        problems.push({ where: lineAndColumn(row.line, column), message }),
      ),
    problems,
    warnings: headerFailed ? [] : table.warnings,
    headerFailed,
  };
}

/** The result of a layout reader: its records and locator with the layout's problems, warnings and dialect. */
export function flatRecords(
  layout: LayoutTable,
  records: unknown[],
  locate: FlatRecords['locate'],
): FlatRecords {
  return {
    records,
    problems: layout.problems,
    warnings: layout.warnings,
    dialect: layout.table.dialect,
    locate,
  };
}

/**
 * The locator of a layout with one row per record: the record's line, and the column when the path's
 * field is one of `columns` (`line 4, column market`).
 */
export function rowLocator(rows: readonly CsvRow[], columns: readonly string[]): FlatRecords['locate'] {
  return (path) => {
    const row = typeof path[0] === 'number' ? rows[path[0]] : undefined;
    if (row === undefined) return '(file)';
    const column = path[1];
    return lineAndColumn(
      row.line,
      typeof column === 'string' && columns.includes(column) ? column : undefined,
    );
  };
}

/** A copy without the fields that are `undefined` (absent, as in JSON). */
export function dropUndefined<T extends Record<string, unknown>>(record: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(record) as (keyof T)[]) {
    if (record[key] !== undefined) out[key] = record[key];
  }
  return out;
}
