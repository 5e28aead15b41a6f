import { numberCell, textCell } from './cells.js';
import { parseCsv } from './csv.js';
import { cellsOf, dropUndefined, type FlatRecords, headerProblems, lineAndColumn } from './csv-layout.js';

/**
 * The CSV layout of quota observations, one row per period: `year,market,government` (realised extra
 * jobs at the year end) or `quarter,market,government` with quarters like `2023Q4`.
 */
export const OBSERVATION_CSV_COLUMNS: readonly string[] = ['year', 'quarter', 'market', 'government'];

/**
 * Reads quota observations from CSV text.
 *
 * @param text - the CSV file's contents
 * @returns the records (validated by `forecastQuota`), layout problems and a locator
 * @throws Error when a quoted field is not closed
 * @example
 * observationsFromCsv('year,market,government\n2023,74031,11634\n').records; // [{ year: 2023, ... }]
 */
export function observationsFromCsv(text: string): FlatRecords {
  const table = parseCsv(text);
  const cell = cellsOf(table);
  const problems = headerProblems(table.header, OBSERVATION_CSV_COLUMNS, ['market', 'government']);
  if (!table.header.includes('year') && !table.header.includes('quarter')) {
    problems.push({ where: 'line 1', message: 'needs a column "year" or "quarter"' });
  }
  const records = table.rows.map((row) =>
    dropUndefined({
      year: numberCell(cell(row, 'year')),
      quarter: textCell(cell(row, 'quarter')),
      market: numberCell(cell(row, 'market')),
      government: numberCell(cell(row, 'government')),
    }),
  );
  return {
    records,
    problems,
    locate: (path) => {
      const row = typeof path[0] === 'number' ? table.rows[path[0]] : undefined;
      if (row === undefined) return '(file)';
      const column = path[1];
      return lineAndColumn(
        row.line,
        typeof column === 'string' && OBSERVATION_CSV_COLUMNS.includes(column) ? column : undefined,
      );
    },
  };
}
