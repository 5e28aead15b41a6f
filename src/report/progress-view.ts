import type { QuotaForecast } from '../quota/forecast-quota.js';
import type { ExtraJobs } from '../quota/jobs.js';
import type { TargetPlan } from '../quota/schema.js';
import { gapsBlocks } from './caseload-gaps-text.js';
import type { Block } from './document.js';
import { chance, interval, placementsBlocks, uncertaintyText } from './forecast-text.js';
import { nl } from './format.js';
import type { ParsedPeriod } from './period.js';
import type { Point, ProgressReportData, ProgressReportOptions } from './progress-types.js';
import { breakdownBlocks, fairnessBlocks, glossaryBlocks } from './run-sections.js';
import type { ChartModel, ChartPanel } from './svg-chart.js';

/** @internal The sectors of the report and the total, in the order shown. */
export const SECTORS = ['market', 'government', 'total'] as const;
/** @internal A sector or the total. */
export type SectorKey = (typeof SECTORS)[number];
/** @internal Their Dutch names. */
export const DUTCH: Record<SectorKey, string> = { market: 'Markt', government: 'Overheid', total: 'Totaal' };
const COLORS: Record<SectorKey, string> = { market: '#1f5fa8', government: '#2e7d32', total: '#6d4c41' };
const QUARTER_ENDS = ['31 maart', '30 juni', '30 september', '31 december'];

/** @internal What the report's chart and text are made from. */
export interface ReportView {
  json: ProgressReportData;
  plan: TargetPlan;
  /** The plan's years, sorted. */
  years: TargetPlan['years'];
  /** Observations up to the period's end; `all` also after it. */
  points: Point[];
  all: Point[];
  last: Point;
  period: ParsedPeriod;
  totalOf: (r: TargetPlan['years'][number]) => number;
  scenario: ExtraJobs | null;
  outlook: QuotaForecast['years'][number] | undefined;
  options: ProgressReportOptions;
}

/** `2024` → `31 december 2024`, `2024Q2` → `30 juni 2024`. */
function asOfDate(label: string): string {
  const q = /^(\d{4})Q([1-4])$/.exec(label);
  return q === null ? `31 december ${label}` : `${QUARTER_ENDS[Number(q[2]) - 1]} ${q[1]}`;
}

/** @internal The chart: market, government and their total. */
export function chartModel(v: ReportView): ChartModel {
  const { json, years, points, all, last, period, scenario, outlook } = v;
  const forecast = json.forecast;
  const anchor = all.find((p) => p.label === forecast?.lastObserved);
  const value = (p: Point, s: SectorKey): number => (s === 'total' ? p.market + p.government : p[s]);
  const target = (r: TargetPlan['years'][number], s: SectorKey): number =>
    s === 'total' ? v.totalOf(r) : r[s];
  const lastPlanYear = years[years.length - 1]?.year ?? period.year;
  return {
    title: json.title,
    description: SECTORS.map((s) => json[s].verdict).join(' '),
    periodLabel: period.label,
    periodEnd: period.endTime,
    yLabel: `extra banen (${nl(v.plan.unitHours, 1)} uur per week)`,
    labelYears: [...new Set([period.year, json.horizonYear, lastPlanYear])],
    note: `Een jaartal op de as is de stand op 31 december van dat jaar. Stippellijn: einde van de periode (${period.label}, ${asOfDate(period.half === 1 ? `${period.year}Q2` : String(period.year))}).`,
    panels: SECTORS.map(
      (s): ChartPanel => ({
        name: DUTCH[s],
        color: COLORS[s],
        targets: years.map((r) => ({ year: r.year, value: target(r, s) })),
        realised: points.map((p) => ({ t: p.t, value: value(p, s) })),
        forecast:
          forecast === null || forecast.years.length === 0
            ? []
            : [
                ...(anchor === undefined
                  ? []
                  : [
                      {
                        t: anchor.t,
                        mean: value(anchor, s),
                        bands: forecast.years[0]![s].intervals.map((i) => ({
                          level: i.level,
                          lower: value(anchor, s),
                          upper: value(anchor, s),
                        })),
                      },
                    ]),
                ...forecast.years.map((y) => ({ t: y.year, mean: y[s].mean, bands: y[s].intervals })),
              ],
        scenario:
          scenario === null
            ? null
            : {
                from: { t: last.t, value: value(last, s) },
                to: { t: json.horizonYear, value: (outlook?.[s].forecast ?? value(last, s)) + scenario[s] },
              },
      }),
    ),
  };
}

/** @internal The report's blocks: verdicts, chart, tables, the run's sections and the glossary. */
export function reportBlocks(v: ReportView, svg: string): Block[] {
  const { json, plan, years, period, options } = v;
  const { horizonYear, monthsAhead: months, forecast } = json;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: json.title },
    {
      kind: 'paragraph',
      text: `Plan: ${plan.name}. Bron: ${plan.source}. Eén baan = ${nl(plan.unitHours, 1)} verloonde uren per week. Stand op ${asOfDate(json.asOf)}${json.asOf.includes('Q') ? ` (${json.asOf})` : ''}; periode tot en met ${period.end}.`,
    },
    { kind: 'heading', level: 2, text: 'In één oogopslag' },
    { kind: 'list', items: SECTORS.map((s) => json[s].verdict) },
    {
      kind: 'figure',
      svg,
      caption: `Figuur: ${json.title}. Doelen en stand per sector en samen (totaal); een jaartal op de as is de stand op 31 december van dat jaar.`,
    },
    { kind: 'heading', level: 2, text: 'Samenvatting' },
    {
      kind: 'table',
      header: [
        'Sector',
        period.half === 1 ? `Doel medio ${period.year}` : `Doel ${period.year}`,
        'Gerealiseerd',
        'Tekort',
        'Gehaald',
        `Doel eind ${horizonYear}`,
        `Banen per maand nodig (${months} mnd)`,
        `Prognose eind ${horizonYear}`,
        'Kans op doel',
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
  ];
  if (period.half === 1) {
    blocks.push({
      kind: 'paragraph',
      text: `Doel medio ${period.year}: het midden tussen de doelen van eind ${period.year - 1} en eind ${period.year}; het convenant noemt alleen doelen per jaareinde.`,
    });
  }
  if (forecast !== null) {
    blocks.push(
      { kind: 'heading', level: 2, text: 'Prognose' },
      { kind: 'paragraph', text: uncertaintyText(options.forecast!) },
      {
        kind: 'table',
        header: ['Jaar', 'Sector', 'Doel', 'Verwacht', '80%-interval', '95%-interval', 'Kans op doel'],
        align: ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
        rows: forecast.years.flatMap((y) =>
          SECTORS.map((s) => {
            const planRow = years.find((r) => r.year === y.year);
            const t = planRow === undefined ? undefined : s === 'total' ? v.totalOf(planRow) : planRow[s];
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
    blocks.push(
      ...placementsBlocks(
        options.placements!.length,
        json.scenario,
        {
          market: json.market.scenarioOnTrend,
          government: json.government.scenarioOnTrend,
          total: json.total.scenarioOnTrend,
        },
        { market: json.market.scenario!, government: json.government.scenario!, total: json.total.scenario! },
        horizonYear,
      ),
      ...breakdownBlocks(json.byMunicipality, json.byTargetGroup),
    );
  }
  if (json.fairness !== null) blocks.push(...fairnessBlocks(json.fairness));
  if (json.gaps !== undefined) blocks.push(...gapsBlocks(json.gaps));
  blocks.push(
    { kind: 'heading', level: 2, text: 'Verloop per jaar (stand op 31 december)' },
    {
      kind: 'table',
      header: ['Jaar', 'Doel markt', 'Markt', 'Doel overheid', 'Overheid', 'Doel totaal', 'Totaal'],
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
      rows: json.history.map((h) => [
        String(h.year),
        nl(h.market.target, 0),
        h.market.realised === null ? '–' : nl(h.market.realised, 0),
        nl(h.government.target, 0),
        h.government.realised === null ? '–' : nl(h.government.realised, 0),
        nl(h.total.target, 0),
        h.total.realised === null ? '–' : nl(h.total.realised, 0),
      ]),
    },
    ...glossaryBlocks(plan.unitHours),
  );
  return blocks;
}
