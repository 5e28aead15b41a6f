import { textCell } from './cells.js';
import { dropUndefined, type FlatRecords, flatRecords, readLayout, rowLocator } from './csv-layout.js';

/**
 * The CSV layout of quota observations, one row per period: `year,market,government` (realised extra
 * jobs at the year end) or `quarter,market,government` with quarters like `2023Q4`. The separator may
 * be `,`, `;` or tab (a decimal comma with the last two).
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
  const layout = readLayout(text, OBSERVATION_CSV_COLUMNS, ['market', 'government']);
  const { table, problems } = layout;
  if (!layout.headerFailed && !table.header.some((h) => /^(year|quarter)$/i.test(h.trim()))) {
    problems.unshift({ where: `line ${table.headerLine}`, message: 'needs a column "year" or "quarter"' });
  }
  const records = table.rows.map((row) =>
    dropUndefined({
      year: layout.number(row, 'year'),
      quarter: textCell(layout.cell(row, 'quarter')),
      market: layout.number(row, 'market'),
      government: layout.number(row, 'government'),
    }),
  );
  return flatRecords(layout, records, rowLocator(table.rows, OBSERVATION_CSV_COLUMNS));
}
