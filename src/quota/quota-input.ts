import { zodIssues } from '../_internal/zod-issues.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { type Observation, observationSchema, type TargetPlan, targetPlanSchema } from './schema.js';

/** @internal One observation on a time axis. */
export interface Point {
  /** Year × 4 + quarter − 1 for quarterly, the year for annual. */
  time: number;
  market: number;
  government: number;
  index: number;
}

/** @internal Checks a plan and observations; the observations in time order. */
export function parseInput(
  plan: TargetPlan,
  observed: readonly Observation[],
): { frequency: 'annual' | 'quarterly'; points: Point[] } {
  const planResult = targetPlanSchema.safeParse(plan);
  const issues: ValidationIssue[] = [];
  if (!planResult.success) {
    issues.push(...zodIssues(planResult.error, ['plan']));
  }
  if (!Array.isArray(observed) || observed.length === 0) {
    issues.push({ path: ['observed'], message: 'must be a non-empty array', code: 'too_small' });
    throw new ValidationError('forecastQuota', issues);
  }
  const points: Point[] = [];
  let annual = 0;
  observed.forEach((o, index) => {
    const r = observationSchema.safeParse(o);
    if (!r.success) {
      issues.push(...zodIssues(r.error, ['observed', index]));
      return;
    }
    const v = r.data;
    if ('year' in v) {
      annual++;
      points.push({ time: v.year, market: v.market, government: v.government, index });
    } else {
      const year = Number(v.quarter.slice(0, 4));
      const quarter = Number(v.quarter.slice(5));
      points.push({ time: year * 4 + quarter - 1, market: v.market, government: v.government, index });
    }
  });
  if (annual > 0 && annual < points.length) {
    issues.push({
      path: ['observed'],
      message: 'mixes yearly and quarterly observations',
      code: 'mixed_frequency',
    });
  }
  points.sort((a, b) => a.time - b.time);
  for (let i = 1; i < points.length; i++) {
    const gap = points[i]!.time - points[i - 1]!.time;
    if (gap === 0) {
      issues.push({
        path: ['observed', points[i]!.index],
        message: 'duplicates an earlier period',
        code: 'duplicate_period',
      });
    } else if (gap > 1) {
      issues.push({
        path: ['observed', points[i]!.index],
        message: `follows a gap of ${gap - 1} periods`,
        code: 'missing_period',
      });
    }
  }
  if (issues.length > 0) throw new ValidationError('forecastQuota', issues);
  return { frequency: annual > 0 ? 'annual' : 'quarterly', points };
}
