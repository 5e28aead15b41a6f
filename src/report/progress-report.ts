import { parseOptions } from '../_internal/options.js';
import { zodIssues } from '../_internal/zod-issues.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { extraJobs } from '../quota/jobs.js';
import { observationSchema, targetPlanSchema } from '../quota/schema.js';
import { toHtml, toMarkdown } from './document.js';
import { fairnessAudit } from './fairness.js';
import { chance, roundForecast } from './forecast-text.js';
import { nl, round } from './format.js';
import { parsePeriod } from './period.js';
import { chartModel, DUTCH, reportBlocks, type SectorKey } from './progress-view.js';
import { progressReportOptionsSchema } from './report-options.js';
import { breakdown } from './run-sections.js';
import { renderChart } from './svg-chart.js';

export type {
  Point,
  ProgressReport,
  ProgressReportData,
  ProgressReportOptions,
  ReportPlacement,
  SectorProgress,
} from './progress-types.js';

import type {
  Point,
  ProgressReport,
  ProgressReportData,
  ProgressReportOptions,
  SectorProgress,
} from './progress-types.js';

const jobs = (x: number): string => `${nl(x, 1)} ${nl(x, 1) === '1' ? 'baan' : 'banen'}`;

/** One line: on track or behind on the period's target, and the pace a month to the horizon's target. */
function verdict(
  name: string,
  p: Omit<SectorProgress, 'verdict'>,
  periodWord: string,
  horizonYear: number,
  months: number,
): string {
  const standing = p.reached
    ? `op koers: ${nl(p.realised, 1)} banen, ${jobs(-p.gap)} boven het doel van ${periodWord} (${nl(p.periodTarget, 1)})`
    : `achter: ${nl(p.realised, 1)} banen, ${jobs(p.gap)} onder het doel van ${periodWord} (${nl(p.periodTarget, 1)})`;
  const pace =
    p.horizonTarget === null || p.perMonthNeeded === null
      ? `het plan heeft geen doel voor eind ${horizonYear}`
      : p.perMonthNeeded === 0
        ? `het doel van eind ${horizonYear} (${nl(p.horizonTarget, 1)}) is al gehaald`
        : `nodig: ${jobs(p.perMonthNeeded)} per maand om het doel van eind ${horizonYear} (${nl(p.horizonTarget, 1)}) te halen (${months} maanden)`;
  const outlook = p.forecast === null ? '' : `; kans op dat doel volgens de prognose: ${chance(p.forecast)}`;
  return `${name} — ${standing}; ${pace}${outlook}.`;
}

function readInput(options: ProgressReportOptions): Point[] {
  const issues: ValidationIssue[] = [];
  const plan = targetPlanSchema.safeParse(options.plan);
  if (!plan.success) issues.push(...zodIssues(plan.error, ['plan']));
  const points: Point[] = [];
  if (!Array.isArray(options.observed) || options.observed.length === 0) {
    issues.push({ path: ['observed'], message: 'must be a non-empty array', code: 'too_small' });
  } else {
    options.observed.forEach((o, i) => {
      const r = observationSchema.safeParse(o);
      if (!r.success) {
        issues.push(...zodIssues(r.error, ['observed', i]));
        return;
      }
      const v = r.data;
      if ('year' in v)
        points.push({ t: v.year, label: String(v.year), market: v.market, government: v.government });
      else {
        const year = Number(v.quarter.slice(0, 4));
        const q = Number(v.quarter.slice(5));
        points.push({ t: year - 1 + q / 4, label: v.quarter, market: v.market, government: v.government });
      }
    });
  }
  points.sort((a, b) => a.t - b.t);
  for (let i = 1; i < points.length; i++) {
    if (points[i]!.t === points[i - 1]!.t) {
      issues.push({
        path: ['observed'],
        message: `period ${points[i]!.label} appears twice`,
        code: 'duplicate_period',
      });
    }
  }
  if (options.forecast !== undefined && options.forecast.planId !== options.plan?.id) {
    issues.push({
      path: ['forecast', 'planId'],
      message: 'is not the id of the plan',
      code: 'plan_mismatch',
    });
  }
  if (issues.length > 0) throw new ValidationError('progressReport', issues);
  return points;
}

/**
 * Builds the half-year or annual progress report of a target plan (covenant art. 5: *halfjaarlijkse
 * tussenrapportage* and *jaarrapportage*; art. 2.4.f: make supply and demand visible): a one-line
 * verdict per sector and the total (on track or behind, the gap, the jobs a month still needed), a chart
 * of market, government and total, per sector the target, the realised extra jobs, the forecast with its
 * intervals and probability of reaching the target, a scenario from placements with their breakdown per
 * municipality and target group, a fairness section (`fairnessAudit`) when `groups` are given, the
 * changes that would open most placements (`caseloadGaps`) when `gaps` are given, and a glossary; as
 * JSON, Markdown (Dutch), a standalone SVG chart and a self-contained HTML page that prints on A4. Pure
 * and deterministic: the same input gives the same text byte for byte.
 *
 * @param options - plan, observations, period, region; optional forecast, placements, unplaced, groups, gaps
 * @returns `{ json, markdown, svg, html }`
 * @throws ValidationError for a bad plan, observations, period, a forecast of another plan, or no observation in the period (paths `['period']`, `['observed', i]`, …), or with `groups` a placement without `candidateId` or `score` (`['placements', i, …]`); BanenmatchError `INVALID_ARGUMENT` naming the option for a bad option (`fairness.threshold`, `gaps`, `region`, …) or bad placements
 * @example
 * const r = progressReport({ plan: TARGET_PLANS.national2013, observed: NATIONAL_REALISATIONS, period: '2023' });
 * r.json.market.verdict; // 'Markt — achter: … banen, … onder het doel van eind 2023 (…); nodig: … per maand …'
 * writeFileSync('report.html', r.html);
 */
export function progressReport(options: ProgressReportOptions): ProgressReport {
  parseOptions(progressReportOptionsSchema, options, 'progressReport');
  const period = parsePeriod(options.period, 'progressReport', () =>
    Array.isArray(options.plan?.years) ? options.plan.years.map((r) => r.year) : [],
  );
  const all = readInput(options);
  const { plan } = options;
  const points = all.filter((p) => p.t <= period.endTime + 1e-9);
  const years = plan.years.slice().sort((a, b) => a.year - b.year);
  const row = years.find((r) => r.year === period.year);
  const issues: ValidationIssue[] = [];
  if (row === undefined) {
    issues.push({
      path: ['period'],
      message: `year ${period.year} has no target in the plan`,
      code: 'not_in_plan',
    });
  }
  if (points.length === 0) {
    issues.push({
      path: ['observed'],
      message: `no observation up to ${period.end}`,
      code: 'no_observation',
    });
  }
  if (row === undefined || points.length === 0) throw new ValidationError('progressReport', issues);
  const last = points[points.length - 1]!;
  const previous = years.find((r) => r.year === period.year - 1);
  const totalOf = (r: { market: number; government: number; total?: number | undefined }): number =>
    r.total ?? r.market + r.government;
  const target = { market: row.market, government: row.government, total: totalOf(row) };
  const periodTarget = { ...target };
  if (period.half === 1) {
    periodTarget.market = ((previous?.market ?? 0) + row.market) / 2;
    periodTarget.government = ((previous?.government ?? 0) + row.government) / 2;
    periodTarget.total = ((previous === undefined ? 0 : totalOf(previous)) + target.total) / 2;
  }
  const realised = { market: last.market, government: last.government, total: last.market + last.government };
  const scenario =
    options.placements === undefined
      ? null
      : extraJobs(
          options.placements.filter((p) => p.targetGroup !== 'beschut'),
          { unitHours: plan.unitHours },
        );
  const horizonYear = last.t < period.year - 1e-9 ? period.year : period.year + 1;
  const horizonRow = years.find((r) => r.year === horizonYear);
  const horizon =
    horizonRow === undefined
      ? undefined
      : { market: horizonRow.market, government: horizonRow.government, total: totalOf(horizonRow) };
  const months = Math.round((horizonYear - last.t) * 12);
  const outlook = options.forecast?.years.find((y) => y.year === horizonYear);

  const progress = (s: SectorKey): Omit<SectorProgress, 'verdict'> => ({
    target: round(target[s], 2),
    periodTarget: round(periodTarget[s], 2),
    realised: round(realised[s], 2),
    gap: round(periodTarget[s] - realised[s], 2),
    reached: realised[s] >= periodTarget[s],
    horizonTarget: horizon === undefined ? null : horizon[s],
    perMonthNeeded: horizon === undefined ? null : round(Math.max(0, horizon[s] - realised[s]) / months, 2),
    scenario: scenario === null ? null : round(realised[s] + scenario[s], 2),
    scenarioOnTrend:
      scenario === null || outlook === undefined ? null : round(outlook[s].forecast + scenario[s], 1),
    forecast: outlook === undefined ? null : roundForecast(horizonYear, outlook[s]),
  });

  const periodWord = period.half === 1 ? `medio ${period.year}` : `eind ${period.year}`;
  const withVerdict = (s: SectorKey): SectorProgress => {
    const p = progress(s);
    return { ...p, verdict: verdict(DUTCH[s], p, periodWord, horizonYear, months) };
  };
  const region = options.region ?? plan.name;
  const title = `Voortgang banenafspraak ${region}, ${period.caption}`;
  const history = years
    .filter((r) => r.year <= period.year)
    .map((r) => {
      const at = points.find((p) => p.t === r.year);
      return {
        year: r.year,
        market: { target: r.market, realised: at === undefined ? null : at.market },
        government: { target: r.government, realised: at === undefined ? null : at.government },
        total: { target: totalOf(r), realised: at === undefined ? null : at.market + at.government },
      };
    });
  const forecast =
    options.forecast === undefined
      ? null
      : {
          lastObserved: options.forecast.lastObserved,
          models: { ...options.forecast.models },
          years: options.forecast.years.map((y) => ({
            year: y.year,
            market: roundForecast(y.year, y.market),
            government: roundForecast(y.year, y.government),
            total: roundForecast(y.year, y.total),
          })),
        };
  const json: ProgressReportData = {
    title,
    region,
    plan: { id: plan.id, name: plan.name, source: plan.source, unitHours: plan.unitHours },
    period: { label: period.label, year: period.year, half: period.half, end: period.end },
    asOf: last.label,
    horizonYear,
    monthsAhead: months,
    market: withVerdict('market'),
    government: withVerdict('government'),
    total: withVerdict('total'),
    history,
    forecast,
    scenario:
      scenario === null
        ? null
        : {
            market: round(scenario.market, 2),
            government: round(scenario.government, 2),
            total: round(scenario.total, 2),
          },
    byMunicipality:
      options.placements === undefined
        ? null
        : breakdown(options.placements, (p) => p.municipality, plan.unitHours),
    byTargetGroup:
      options.placements === undefined
        ? null
        : breakdown(options.placements, (p) => p.targetGroup, plan.unitHours),
    fairness:
      options.groups === undefined
        ? null
        : fairnessAudit(
            {
              placements: (options.placements ?? []).map((p) => ({
                candidateId: p.candidateId!,
                score: p.score!,
              })),
              unplaced: options.unplaced ?? [],
            },
            options.groups,
            options.fairness,
          ),
    ...(options.gaps === undefined ? {} : { gaps: options.gaps }),
  };

  const view = { json, plan, years, points, all, last, period, totalOf, scenario, outlook, options };
  const svg = renderChart(chartModel(view));
  const blocks = reportBlocks(view, svg);
  return { json, markdown: toMarkdown(blocks), svg, html: toHtml(blocks, title) };
}
