import type { QuotaForecast } from '../quota/forecast-quota.js';
import { formatTable } from './table.js';

const SECTORS = ['market', 'government', 'total'] as const;

const whole = (x: number) => Math.round(x).toString();

/**
 * @internal P(reach) as text: `reached` and `out of reach` are the only certainties; a simulated
 * probability is never printed as 0% or 100% (`<1%`, `>99%`).
 */
export function reachText(o: { probability: number; probabilityBasis: string }): string {
  if (o.probabilityBasis === 'reached') return 'reached';
  if (o.probabilityBasis === 'out-of-reach') return 'out of reach';
  const p = o.probability;
  return p < 0.005 ? '<1%' : p > 0.995 ? '>99%' : `${Math.round(p * 100)}%`;
}

/**
 * The forecast as text: the observed target years (target, realised, reached) and, per future target
 * year and sector, the target, the point forecast, each prediction interval, the probability of
 * reaching the target and the extra jobs a month needed.
 *
 * @param forecast - from `forecastQuota`
 * @param planName - the plan's name for the heading
 * @returns the tables as text
 * @example
 * forecastTables(forecastQuota({ plan, observed }), plan.name);
 */
export function forecastTables(forecast: QuotaForecast, planName: string): string {
  let out =
    `${planName}\n` +
    `last observed ${forecast.lastObserved}; models: market ${forecast.models.market}, government ` +
    `${forecast.models.government}; seed ${forecast.seed}, ${forecast.paths} simulated paths\n` +
    `uncertainty: market ${forecast.uncertainty.market.note}; government ${forecast.uncertainty.government.note}\n`;
  if (forecast.history.length > 0) {
    out += '\nRealised (extra jobs of 25.5 hours a week, cumulative)\n';
    out += formatTable(
      ['year', 'sector', 'target', 'realised', 'reached'],
      forecast.history.flatMap((y) =>
        SECTORS.map((s) => [
          String(y.year),
          s,
          whole(y[s].target),
          whole(y[s].realised),
          y[s].reached ? 'yes' : 'no',
        ]),
      ),
    );
  }
  if (forecast.years.length === 0) return `${out}\nNo target year after the last observation.\n`;
  const levels = forecast.years[0]!.total.intervals.map((i) => i.level);
  out += '\nOutlook\n';
  out += formatTable(
    [
      'year',
      'sector',
      'target',
      'forecast',
      ...levels.map((l) => `${l}% interval`),
      'P(reach)',
      'needed a month',
    ],
    forecast.years.flatMap((y) =>
      SECTORS.map((s) => {
        const o = y[s];
        return [
          String(y.year),
          s,
          whole(o.target),
          whole(o.forecast),
          ...o.intervals.map((i) => `${whole(i.lower)}–${whole(i.upper)}`),
          reachText(o),
          o.perMonthNeeded.toFixed(1),
        ];
      }),
    ),
  );
  return out;
}
