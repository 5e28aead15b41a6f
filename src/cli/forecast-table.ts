import type { QuotaForecast } from '../quota/forecast-quota.js';
import { getal, kansTekst, sectorNaam } from './dutch.js';
import { formatTable } from './table.js';

const SECTORS = ['market', 'government', 'total'] as const;

/** `x` to a whole number as `getal` writes it (halves away from zero). */
function whole(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/** How the intervals were made, in words (the library's English note is in the JSON). */
function methode(u: { method: string }): string {
  return u.method === 'analytic'
    ? 'uit het model zelf (kan de onzekerheid onderschatten)'
    : 'gemeten aan de fouten van eerdere voorspellingen';
}

/**
 * The forecast as text in Dutch: the observed target years (target, realised, reached) and, per
 * future target year and sector, the target, the point forecast (with a scenario: the trend and the
 * placements on top of it beside it), each prediction interval, the chance of reaching the target and
 * the extra jobs a month needed. Figures with a decimal comma.
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
    `laatst gemeten ${forecast.lastObserved}; model: markt ${forecast.models.market}, overheid ` +
    `${forecast.models.government}; seed ${forecast.seed}, ${getal(forecast.paths)} gesimuleerde verlopen\n` +
    `onzekerheid: markt ${methode(forecast.uncertainty.market)}; overheid ${methode(forecast.uncertainty.government)}\n`;
  if (forecast.history.length > 0) {
    out += '\nGerealiseerd (extra banen van 25,5 uur per week, opgeteld)\n';
    out += formatTable(
      ['jaar', 'sector', 'doel', 'gerealiseerd', 'gehaald'],
      forecast.history.flatMap((y) =>
        SECTORS.map((s) => [
          String(y.year),
          sectorNaam(s),
          getal(y[s].target),
          getal(y[s].realised),
          y[s].reached ? 'ja' : 'nee',
        ]),
      ),
    );
  }
  if (forecast.years.length === 0) return `${out}\nGeen doeljaar na de laatste meting.\n`;
  const levels = forecast.years[0]!.total.intervals.map((i) => i.level);
  // With a scenario the forecast is the trend plus the proposed placements: both shown, so that no one
  // reads the placements' jobs as the trend's (or the trend as what the placements do).
  const extra = forecast.scenario;
  out += '\nVooruitzicht\n';
  if (extra !== null)
    out +=
      'prognose = trend + plaatsingen: de verwachte extra banen uit de voorgestelde plaatsingen komen bovenop de trend; ' +
      'intervallen en kans gaan over de prognose, "nodig per maand" is wat er naast de plaatsingen nog bij moet\n';
  out += formatTable(
    [
      'jaar',
      'sector',
      'doel',
      ...(extra === null ? [] : ['trend', 'plaatsingen']),
      'prognose',
      ...levels.map((l) => `${l}%-interval`),
      'kans om het doel te halen',
      'nodig per maand',
    ],
    forecast.years.flatMap((y) =>
      SECTORS.map((s) => {
        const o = y[s];
        return [
          String(y.year),
          sectorNaam(s),
          getal(o.target),
          // Whole jobs that add up on the line: the trend as the rounded forecast less the rounded placements.
          ...(extra === null
            ? []
            : [getal(whole(o.forecast) - whole(extra[s])), `${extra[s] >= 0 ? '+' : ''}${getal(extra[s])}`]),
          getal(o.forecast),
          ...o.intervals.map((i) => `${getal(i.lower)}–${getal(i.upper)}`),
          kansTekst(o),
          getal(o.perMonthNeeded, 1),
        ];
      }),
    ),
  );
  return out;
}
