import type { Match } from '../scoring/matcher.js';
import { formatCsv } from './csv.js';

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
 * Writes match results as CSV in the layout of {@link PLACEMENT_CSV_COLUMNS}.
 *
 * @param rows - matches and unplaced candidates
 * @returns the CSV text
 * @example
 * placementsToCsv(result.placements.map((match) => ({ match })));
 */
export function placementsToCsv(rows: readonly PlacementRow[]): string {
  return formatCsv(
    PLACEMENT_CSV_COLUMNS,
    rows.map((row) => {
      if (!('match' in row)) return [row.candidateId, '', '', '', '', '', '', '', '', '', '', row.reason];
      const m = row.match;
      return [
        m.candidateId,
        m.vacancyId,
        row.rank === undefined ? '' : String(row.rank),
        String(m.score),
        m.job === 'full' ? 'full' : 'carved',
        m.job === 'full' ? '' : m.job.tasks.map((t) => t.taskId).join(';'),
        String(m.hoursPerWeek),
        m.sector,
        String(m.extraJobs),
        String(m.distanceKm),
        m.signals.join(' | '),
        m.reasons.join(' | '),
      ];
    }),
  );
}
