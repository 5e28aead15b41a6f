import type { Match, NearMiss } from '../scoring/matcher.js';
import { textCell } from './cells.js';
import { CSV_WRITE_DIALECTS, type CsvValue, type CsvWriteDialect, formatCsv } from './csv.js';
import {
  dropUndefined,
  type FlatRecords,
  flatRecords,
  lineAndColumn,
  readLayout,
  rowLocator,
} from './csv-layout.js';

/**
 * The CSV layout of match results, one row per match (or per unplaced candidate, with an empty
 * `vacancyId` and the reason in `reasons`): `job` is `full` or `carved`, `carvedTasks` the carved
 * job's task ids (`t1;t3`), `signals` and `reasons` joined with ` | `.
 */
export const PLACEMENT_CSV_COLUMNS: readonly string[] = [
  'candidateId',
  'vacancyId',
  'rank',
  'score',
  'job',
  'carvedTasks',
  'hoursPerWeek',
  'sector',
  'extraJobs',
  'distanceKm',
  'signals',
  'reasons',
];

/** One output row: a match (with its rank in `--mode rank`), or an unplaced candidate with why. */
export type PlacementRow =
  | { match: Match; rank?: number | undefined }
  | { candidateId: string; reason: string };

/**
 * Why a candidate has no placement or match, for the `reasons` cell: the tally's summary line, then
 * each near miss as "na <change>: <vacancy> (score 0.71)".
 *
 * @example
 * whyText(matcher.whyNot('c1', { k: 3 }));
 * // '12 vacatures binnen bereik; 9 vallen af op mogelijkheden (IV.13 tillen 9), 3 op uren; 0 passen | na 3 km verder reizen: v7 (score 0.64)'
 */
export function whyText(why: {
  summary?: string | undefined;
  nearMisses?: readonly NearMiss[] | undefined;
}): string {
  const misses = (why.nearMisses ?? []).map(
    (n) => `na ${n.description}: ${n.vacancyId} (score ${n.score.toFixed(2)})`,
  );
  return [...(why.summary === undefined ? [] : [why.summary]), ...misses].join(' | ');
}

/** Decimals kept for the figures a person reads (the `rounded` dialects). */
const DECIMALS = { score: 2, hoursPerWeek: 2, extraJobs: 2, distanceKm: 1 } as const;

const round = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};

/**
 * Writes match results as CSV in the layout of {@link PLACEMENT_CSV_COLUMNS}; in a `rounded` dialect
 * (`excel-nl`) scores, hours and jobs to two decimals and distances to one.
 *
 * @param rows - matches and unplaced candidates
 * @param dialect - @default CSV_WRITE_DIALECTS.plain
 * @returns the CSV text
 * @example
 * placementsToCsv(result.placements.map((match) => ({ match })), CSV_WRITE_DIALECTS['excel-nl']);
 */
export function placementsToCsv(
  rows: readonly PlacementRow[],
  dialect: CsvWriteDialect = CSV_WRITE_DIALECTS.plain,
): string {
  const figure = (x: number, column: keyof typeof DECIMALS) =>
    dialect.rounded ? round(x, DECIMALS[column]) : x;
  return formatCsv(
    PLACEMENT_CSV_COLUMNS,
    rows.map((row): CsvValue[] => {
      if (!('match' in row)) return [row.candidateId, '', '', '', '', '', '', '', '', '', '', row.reason];
      const m = row.match;
      return [
        m.candidateId,
        m.vacancyId,
        row.rank,
        figure(m.score, 'score'),
        m.job === 'full' ? 'full' : 'carved',
        m.job === 'full' ? '' : m.job.tasks.map((t) => t.taskId).join(';'),
        figure(m.hoursPerWeek, 'hoursPerWeek'),
        m.sector,
        figure(m.extraJobs, 'extraJobs'),
        figure(m.distanceKm, 'distanceKm'),
        m.signals.join(' | '),
        m.reasons.join(' | '),
      ];
    }),
    dialect,
  );
}

/**
 * Reads the placements of a `match` CSV result (optimal or stable; any dialect): one record
 * `{ candidateId, vacancyId, sector, hoursPerWeek, extraJobs }` per placed row; unplaced candidates
 * (empty `vacancyId`) are left out. A ranking (`--mode rank`, a `rank` on its rows) is refused: it is
 * not an assignment.
 *
 * @param text - the CSV file's contents
 * @returns the records, problems and a locator
 * @throws Error when a quoted field is not closed
 * @example
 * placementsFromCsv(placementsToCsv(rows)).records; // [{ candidateId, vacancyId, sector, hoursPerWeek, extraJobs }]
 */
export function placementsFromCsv(text: string): FlatRecords {
  const required = ['candidateId', 'vacancyId', 'sector', 'hoursPerWeek', 'extraJobs'];
  const layout = readLayout(text, PLACEMENT_CSV_COLUMNS, required);
  const { table, problems } = layout;
  const placed = table.rows.filter((row) => textCell(layout.cell(row, 'vacancyId')) !== undefined);
  const ranked = placed.find((row) => textCell(layout.cell(row, 'rank')) !== undefined);
  if (ranked !== undefined) {
    problems.push({
      where: lineAndColumn(ranked.line, 'rank'),
      message:
        "is a ranking ('match --mode rank'), not an assignment: use the result of --mode optimal or stable",
    });
  }
  const records = placed.map((row) =>
    dropUndefined({
      candidateId: textCell(layout.cell(row, 'candidateId')),
      vacancyId: textCell(layout.cell(row, 'vacancyId')),
      sector: textCell(layout.cell(row, 'sector')),
      hoursPerWeek: layout.number(row, 'hoursPerWeek'),
      extraJobs: layout.number(row, 'extraJobs'),
      score: layout.number(row, 'score'),
    }),
  );
  return flatRecords(layout, records, rowLocator(placed, PLACEMENT_CSV_COLUMNS));
}
