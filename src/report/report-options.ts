/**
 * The options of the reports, one zod schema per entry point: a bad option is `INVALID_ARGUMENT`
 * naming it (bad records — plans, observations, placements, a period — stay a `ValidationError`).
 */
import { z } from 'zod';
import type { CaseloadGaps } from './caseload-gaps-types.js';

/** @internal The options of `fairnessAudit` with their defaults; `progressReport` nests them as `fairness`. */
export const fairnessAuditOptionsSchema = z.object({
  minGroupSize: z.number().int().min(1).default(20),
  threshold: z.number().gt(0).max(1).default(0.8),
  alpha: z.number().gt(0).lt(1).default(0.05),
});

/** True for a result of `caseloadGaps`: its counts whole numbers, its tables arrays. */
function isGaps(value: unknown): value is CaseloadGaps {
  const g = value as Partial<Record<keyof CaseloadGaps, unknown>> | null;
  return (
    typeof g === 'object' &&
    g !== null &&
    (['candidates', 'withNearMiss', 'nearMisses'] as const).every((k) => Number.isInteger(g[k])) &&
    (['adaptations', 'carving', 'trainings', 'commute', 'hours'] as const).every((k) => Array.isArray(g[k]))
  );
}

/** @internal A result of `caseloadGaps`, as `progressReport` and `marketAnalysis` take it. */
export const gapsOption = z.custom<CaseloadGaps>(isGaps, { message: 'must be a result of caseloadGaps' });

/**
 * @internal The options of `progressReport` but its records (`plan`, `observed`, `period` and the
 * placements' fields are checked as records: a bad one is a `ValidationError` with its path).
 */
export const progressReportOptionsSchema = z.object({
  forecast: z.object({ planId: z.string(), years: z.array(z.unknown()) }).optional(),
  placements: z.array(z.unknown()).optional(),
  unplaced: z.array(z.unknown()).optional(),
  groups: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  fairness: fairnessAuditOptionsSchema.optional(),
  gaps: gapsOption.optional(),
  region: z.string().optional(),
});

/** @internal The options of `marketAnalysis` but `matcher` (checked by the matcher's own schema, named inside `matcher`). */
export const marketAnalysisOptionsSchema = z.object({
  matcher: z.unknown().optional(),
  topItems: z.number().int().min(0).default(10),
  gaps: z
    .custom<CaseloadGaps | true>((v) => v === true || isGaps(v), {
      message: 'must be true or a result of caseloadGaps',
    })
    .optional(),
});
