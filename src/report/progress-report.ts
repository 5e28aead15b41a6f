import { zodIssues } from '../_internal/zod-issues.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import type { QuotaForecast } from '../quota/forecast-quota.js';
import { type ExtraJobs, extraJobs, type Placement } from '../quota/jobs.js';
import { type Observation, observationSchema, type TargetPlan, targetPlanSchema } from '../quota/schema.js';
import { type Block, toHtml, toMarkdown } from './document.js';
import {
  chance,
  interval,
  placementsBlocks,
  type ReportForecast,
  roundForecast,
  uncertaintyText,
} from './forecast-text.js';
import { nl, round } from './format.js';
import { parsePeriod, type ReportPeriod } from './period.js';
import { type ChartPanel, renderChart } from './svg-chart.js';

/** Input of {@link progressReport}. */
export interface ProgressReportOptions {
  /** The targets, e.g. `TARGET_PLANS.gooiEnVechtstreek2015`. */
  plan: TargetPlan;
  /** Realised extra jobs at year ends or quarter ends (as `forecastQuota` takes them); later ones than the period are left out. */
  observed: readonly Observation[];
  /** A forecast of the same plan from `forecastQuota`; without it the report has no forecast fan. @default none */
  forecast?: QuotaForecast | undefined;
  /** Expected placements of an assignment run (as `extraJobs` takes them), shown as a scenario. @default none */
  placements?: readonly Placement[] | undefined;
  /** `'2024'`, `'2024-H1'`, `'2024-H2'`, `'final'` (the whole covenant period, art. 5.3) or `{ year, half? }`. */
  period: ReportPeriod;
  /** Region named in the title. @default the plan's name */
  region?: string | undefined;
}

/** Progress of one sector (or the total) in the report's period. */
export interface SectorProgress {
  /** Cumulative target at the end of the period's year. */
  target: number;
  /**
   * Target the period is judged on: the year target, or for a first half year the midpoint between the
   * previous year's target and this year's (an interpolation; the covenant publishes year-end targets only).
   */
  periodTarget: number;
  /** Realised extra jobs at the last observation within the period. */
  realised: number;
  /** `periodTarget − realised`; positive means short. */
  gap: number;
  reached: boolean;
  /** Cumulative target at the end of the horizon year (see `horizonYear`); `null` when the plan has none. */
  horizonTarget: number | null;
  /** Extra jobs per month needed from the last observation to the horizon year's target (0 when reached). */
  perMonthNeeded: number | null;
  /** Realised plus the expected extra jobs of the placements; `null` without placements. */
  scenario: number | null;
  /** The trend forecast for the horizon year plus the placements' extra jobs; `null` without both. */
  scenarioOnTrend: number | null;
  /** The forecast for the horizon year; `null` without a forecast for that year. */
  forecast: ReportForecast | null;
}

/** Machine-readable summary of a progress report (numbers rounded, order stable). */
export interface ProgressReportData {
  title: string;
  region: string;
  plan: { id: string; name: string; source: string; unitHours: number };
  period: { label: string; year: number; half: 1 | 2 | null; end: string };
  /** The last observation used: `'2024'` (year end) or `'2024Q2'`. */
  asOf: string;
  /**
   * The year the report looks ahead to: the period's year while its year end is still to come, else the
   * next year (an annual report observed at the year end looks at next year's target).
   */
  horizonYear: number;
  /** Months from the last observation to the end of the horizon year. */
  monthsAhead: number;
  market: SectorProgress;
  government: SectorProgress;
  total: SectorProgress;
  /** Every plan year up to the period's year, realised at the year end when observed. */
  history: {
    year: number;
    market: { target: number; realised: number | null };
    government: { target: number; realised: number | null };
    total: { target: number; realised: number | null };
  }[];
  /** The forecast's future years, or `null`. */
  forecast: {
    lastObserved: string;
    models: { market: string; government: string };
    years: { year: number; market: ReportForecast; government: ReportForecast; total: ReportForecast }[];
  } | null;
  /** Expected extra jobs of the placements, or `null`. */
  scenario: ExtraJobs | null;
}

/** Result of {@link progressReport}. */
export interface ProgressReport {
  json: ProgressReportData;
  markdown: string;
  svg: string;
  html: string;
}

const SECTORS = ['market', 'government', 'total'] as const;
type SectorKey = (typeof SECTORS)[number];
const DUTCH: Record<SectorKey, string> = { market: 'Markt', government: 'Overheid', total: 'Totaal' };
const COLORS = { market: '#1f5fa8', government: '#2e7d32' };

interface Point {
  t: number;
  label: string;
  market: number;
  government: number;
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
 * tussenrapportage* and *jaarrapportage*; art. 2.4.f: make supply and demand visible): per sector the
 * target, the realised extra jobs, the gap, the jobs per month still needed, the forecast with its
 * intervals and probability of reaching the target, and a scenario from placements; as JSON, Markdown
 * (Dutch headings), a standalone SVG chart and a self-contained HTML page. Pure and deterministic.
 *
 * @param options - plan, observations, optional forecast and placements, period, region
 * @returns `{ json, markdown, svg, html }`
 * @throws ValidationError for a bad plan, observations, period, a forecast of another plan, or no observation in the period (paths `['period']`, `['observed', i]`, …); BanenmatchError `INVALID_ARGUMENT` for bad placements
 * @example
 * const r = progressReport({ plan: TARGET_PLANS.national2013, observed: NATIONAL_REALISATIONS, period: '2023' });
 * writeFileSync('report.html', r.html);
 */
export function progressReport(options: ProgressReportOptions): ProgressReport {
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
    options.placements === undefined ? null : extraJobs(options.placements, { unitHours: plan.unitHours });
  const horizonYear = last.t < period.year - 1e-9 ? period.year : period.year + 1;
  const horizonRow = years.find((r) => r.year === horizonYear);
  const horizon =
    horizonRow === undefined
      ? undefined
      : { market: horizonRow.market, government: horizonRow.government, total: totalOf(horizonRow) };
  const months = Math.round((horizonYear - last.t) * 12);
  const outlook = options.forecast?.years.find((y) => y.year === horizonYear);

  const progress = (s: SectorKey): SectorProgress => ({
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
    market: progress('market'),
    government: progress('government'),
    total: progress('total'),
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
  };

  const svg = renderChart({
    title,
    description: SECTORS.filter((s) => s !== 'total')
      .map((s) => {
        const p = json[s];
        return `${DUTCH[s]}: doel ${nl(p.periodTarget, 0)}, gerealiseerd ${nl(p.realised, 0)} (stand ${json.asOf})${p.forecast === null ? '' : `; prognose eind ${horizonYear} ${nl(p.forecast.mean, 0)}, kans op doel ${chance(p.forecast)}`}.`;
      })
      .join(' '),
    periodLabel: period.label,
    periodEnd: period.endTime,
    yLabel: `extra banen (${nl(plan.unitHours, 1)} uur per week)`,
    panels: (['market', 'government'] as const).map((s): ChartPanel => {
      const anchor = all.find((p) => p.label === forecast?.lastObserved);
      return {
        name: DUTCH[s],
        color: COLORS[s],
        targets: years.map((r) => ({ year: r.year, value: r[s] })),
        realised: points.map((p) => ({ t: p.t, value: p[s] })),
        forecast:
          forecast === null || forecast.years.length === 0
            ? []
            : [
                ...(anchor === undefined
                  ? []
                  : [
                      {
                        t: anchor.t,
                        mean: anchor[s],
                        bands: forecast.years[0]![s].intervals.map((i) => ({
                          level: i.level,
                          lower: anchor[s],
                          upper: anchor[s],
                        })),
                      },
                    ]),
                ...forecast.years.map((y) => ({ t: y.year, mean: y[s].mean, bands: y[s].intervals })),
              ],
        scenario:
          scenario === null
            ? null
            : {
                from: { t: last.t, value: last[s] },
                to: { t: horizonYear, value: (outlook?.[s].forecast ?? last[s]) + scenario[s] },
              },
      };
    }),
  });

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'paragraph',
      text: `Plan: ${plan.name}. Bron (source): ${plan.source}. Eén baan = ${nl(plan.unitHours, 1)} verloonde uren per week. Stand (as of): ${json.asOf}; periode tot en met ${period.end}.`,
    },
    { kind: 'heading', level: 2, text: 'Samenvatting (summary)' },
    {
      kind: 'table',
      header: [
        'Sector',
        period.half === 1
          ? `Doel medio ${period.year} (interpolated target)`
          : `Doel ${period.year} (target)`,
        'Gerealiseerd (realised)',
        'Tekort (gap)',
        'Gehaald (reached)',
        `Doel eind ${horizonYear}`,
        `Banen per maand nodig (jobs/month needed, ${months} mnd)`,
        `Prognose eind ${horizonYear}`,
        'Kans op doel (P reach)',
      ],
      align: ['left', 'right', 'right', 'right', 'left', 'right', 'right', 'right', 'right'],
      rows: SECTORS.map((s) => {
        const p = json[s];
        return [
          DUTCH[s],
          nl(p.periodTarget, 1),
          nl(p.realised, 1),
          nl(p.gap, 1),
          p.reached ? 'ja' : 'nee',
          p.horizonTarget === null ? '–' : nl(p.horizonTarget, 1),
          p.perMonthNeeded === null ? '–' : nl(p.perMonthNeeded, 1),
          p.forecast === null ? '–' : nl(p.forecast.mean, 0),
          p.forecast === null ? '–' : chance(p.forecast),
        ];
      }),
    },
    {
      kind: 'figure',
      svg,
      caption: `Figuur: ${title}. Doelen en stand aan het eind van elk jaar (of kwartaal).`,
    },
  ];
  if (forecast !== null) {
    blocks.push(
      { kind: 'heading', level: 2, text: 'Prognose (forecast)' },
      {
        kind: 'paragraph',
        text: uncertaintyText(options.forecast!),
      },
      {
        kind: 'table',
        header: [
          'Jaar',
          'Sector',
          'Doel (target)',
          'Verwacht (mean)',
          '80%-interval',
          '95%-interval',
          'Kans op doel (P reach)',
        ],
        align: ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
        rows: forecast.years.flatMap((y) =>
          SECTORS.map((s) => {
            const planRow = years.find((r) => r.year === y.year);
            const t = planRow === undefined ? undefined : s === 'total' ? totalOf(planRow) : planRow[s];
            return [
              String(y.year),
              DUTCH[s],
              t === undefined ? '–' : nl(t, 0),
              nl(y[s].mean, 0),
              interval(y[s], 80),
              interval(y[s], 95),
              chance(y[s]),
            ];
          }),
        ),
      },
    );
  }
  if (json.scenario !== null) {
    const sc = json.scenario;
    blocks.push(
      ...placementsBlocks(
        options.placements!.length,
        sc,
        {
          market: json.market.scenarioOnTrend,
          government: json.government.scenarioOnTrend,
          total: json.total.scenarioOnTrend,
        },
        { market: json.market.scenario!, government: json.government.scenario!, total: json.total.scenario! },
        horizonYear,
      ),
    );
  }
  blocks.push(
    { kind: 'heading', level: 2, text: 'Verloop per jaar (history)' },
    {
      kind: 'table',
      header: ['Jaar', 'Doel markt', 'Markt', 'Doel overheid', 'Overheid', 'Doel totaal', 'Totaal'],
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
      rows: history.map((h) => [
        String(h.year),
        nl(h.market.target, 0),
        h.market.realised === null ? '–' : nl(h.market.realised, 0),
        nl(h.government.target, 0),
        h.government.realised === null ? '–' : nl(h.government.realised, 0),
        nl(h.total.target, 0),
        h.total.realised === null ? '–' : nl(h.total.realised, 0),
      ]),
    },
  );
  return { json, markdown: toMarkdown(blocks), svg, html: toHtml(blocks, title) };
}
