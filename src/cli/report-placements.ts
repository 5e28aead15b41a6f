import type { Candidate } from '../domain/schemas.js';
import type { GroupAttributes } from '../report/fairness.js';
import type { ReportPlacement } from '../report/progress-types.js';
import { loadInput, throwIfProblems, throwProblems, validateCandidates } from './input.js';
import type { CliIo } from './io.js';

/** The run a report shows beside the trend: placements, the unplaced and their groups. */
export interface ReportScenario {
  placements: ReportPlacement[];
  /** Candidates of the run without a placement; only with `--candidates`. */
  unplaced?: { candidateId: string }[];
  /** Attributes that never enter a score, per candidate; only with `--candidates`. */
  groups?: GroupAttributes;
  warnings: string[];
}

/**
 * The attributes the fairness section audits: recorded for the region's monitoring, never read by the
 * score (`test/scoring/protected-fields.test.ts`). The target group is not one: the law ties the
 * economics (LKS, LKV, no-risk policy) to it, so it is a breakdown, not an audit.
 */
const AUDITED = ['ageBand', 'educationLevel'] as const;

/**
 * Reads the placements of a `match` result (JSON or CSV, any dialect), each with its own `extraJobs`
 * (0 for sheltered work, which then counts nothing); with the run's candidates also their municipality
 * and target group (the report's breakdowns), the unplaced, and the audited attributes.
 *
 * @throws CliError exit 2 listing every problem with its file and place; exit 3 for an unreadable file
 */
export async function readScenario(
  io: CliIo,
  placementsFile: string,
  candidatesFile: string | undefined,
): Promise<ReportScenario> {
  const input = await loadInput(io, placementsFile, '--placements', 'placements');
  throwIfProblems(input);
  const people =
    candidatesFile === undefined
      ? undefined
      : validateCandidates(await loadInput(io, candidatesFile, '--candidates', 'candidates'));
  const byId = new Map<string, Candidate>((people?.candidates ?? []).map((c) => [c.id, c]));
  const placements: ReportPlacement[] = [];
  const problems: string[] = [];
  input.records.forEach((p: unknown, i) => {
    const where = `${placementsFile}: ${input.locate([i])}`;
    const row = (p ?? {}) as Record<string, unknown>;
    const { sector, hoursPerWeek, extraJobs, candidateId, score } = row;
    if ((sector !== 'market' && sector !== 'government') || typeof hoursPerWeek !== 'number') {
      problems.push(`${where}: needs "sector" (market or government) and "hoursPerWeek"`);
      return;
    }
    const placement: ReportPlacement = { sector, hoursPerWeek };
    if (typeof extraJobs === 'number') placement.extraJobs = extraJobs;
    if (typeof candidateId === 'string') placement.candidateId = candidateId;
    if (typeof score === 'number') placement.score = score;
    if (people !== undefined) {
      const who = typeof candidateId === 'string' ? byId.get(candidateId) : undefined;
      if (who === undefined) {
        problems.push(`${where}: candidate ${String(candidateId)} is not in ${candidatesFile}`);
        return;
      }
      placement.targetGroup = who.targetGroup;
      if (who.home.municipality !== undefined) placement.municipality = who.home.municipality;
    }
    placements.push(placement);
  });
  throwProblems(problems);
  const warnings = [...input.warnings, ...(people?.warnings ?? [])];
  if (people === undefined) return { placements, warnings };
  return { placements, warnings, ...audit(people.candidates, placements) };
}

/** The unplaced candidates and the audited attributes of every candidate that has one. */
function audit(
  candidates: readonly Candidate[],
  placements: readonly ReportPlacement[],
): { unplaced: { candidateId: string }[]; groups: GroupAttributes } {
  const placed = new Set(placements.map((p) => p.candidateId));
  const groups: Record<string, Record<string, string>> = {};
  for (const c of candidates) {
    const attributes: Record<string, string> = {};
    for (const name of AUDITED) {
      const value = c[name];
      if (value !== undefined) attributes[name] = value;
    }
    groups[c.id] = attributes;
  }
  const unplaced = candidates.filter((c) => !placed.has(c.id)).map((c) => ({ candidateId: c.id }));
  return { unplaced, groups };
}
