import type { CsvRow, CsvTable } from './csv.js';

/** Records read from a flat file, with the layout's own problems and a way to place schema issues. */
export interface FlatRecords {
  /** The records in the input contract's shape (not yet validated). */
  records: unknown[];
  /** Problems of the layout itself (unknown column, malformed entry): where, and what. */
  problems: { where: string; message: string }[];
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

/** A reader of a row's cells by column name; unknown and missing columns read as empty. */
export function cellsOf(table: CsvTable): (row: CsvRow, column: string) => string | undefined {
  const index = new Map<string, number>();
  table.header.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  return (row, column) => {
    const i = index.get(column);
    return i === undefined ? undefined : row.cells[i];
  };
}

/** Problems of a header: unknown columns (typos), missing required columns, duplicates. */
export function headerProblems(
  header: readonly string[],
  columns: readonly string[],
  required: readonly string[],
): { where: string; message: string }[] {
  const problems: { where: string; message: string }[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (!columns.includes(name)) problems.push({ where: 'line 1', message: `unknown column "${name}"` });
    else if (seen.has(name)) problems.push({ where: 'line 1', message: `column "${name}" appears twice` });
    seen.add(name);
  }
  for (const name of required) {
    if (!seen.has(name)) problems.push({ where: 'line 1', message: `missing column "${name}"` });
  }
  return problems;
}

/** A copy without the fields that are `undefined` (absent, as in JSON). */
export function dropUndefined<T extends Record<string, unknown>>(record: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(record) as (keyof T)[]) {
    if (record[key] !== undefined) out[key] = record[key];
  }
  return out;
}
