import type { QuotaForecast, SectorOutlook } from '../quota/forecast-quota.js';
import type { ProbabilityBasis } from '../quota/reach.js';
import type { Block } from './document.js';
import { nl, percent, round } from './format.js';

/** A forecast for one sector and year, rounded. */
export interface ReportForecast {
  year: number;
  mean: number;
  intervals: { level: number; lower: number; upper: number }[];
  /** Probability of reaching the year's target. */
  probability: number;
  /**
   * How it was settled (see `ProbabilityBasis`): only `reached` and `out-of-reach` are printed as
   * certainties ("bereikt", "buiten bereik"), a simulated one never as 0% or 100%.
   * @default 'simulated' for a forecast that does not say
   */
  probabilityBasis: ProbabilityBasis;
}

/** @internal Rounds a sector's outlook for the report. */
export function roundForecast(year: number, o: SectorOutlook): ReportForecast {
  return {
    year,
    mean: round(o.forecast, 1),
    intervals: o.intervals.map((i) => ({
      level: i.level,
      lower: round(i.lower, 1),
      upper: round(i.upper, 1),
    })),
    probability: round(o.probability, 3),
    probabilityBasis: o.probabilityBasis ?? 'simulated',
  };
}

/** @internal The interval at `level` as Dutch text, or a dash. */
export const interval = (f: ReportForecast, level: number): string => {
  const i = f.intervals.find((x) => x.level === level);
  return i === undefined ? '–' : `${nl(i.lower, 0)} – ${nl(i.upper, 0)}`;
};

/** @internal The probability as text: `bereikt`, `buiten bereik`, or a percentage never 0% or 100%. */
export function chance(f: ReportForecast): string {
  if (f.probabilityBasis === 'reached') return 'bereikt';
  if (f.probabilityBasis === 'out-of-reach') return 'buiten bereik';
  // A simulated probability is never certain, even when rounding to 3 decimals made it look so.
  return percent(Math.min(0.999, Math.max(0.001, f.probability)));
}

const MODELS: Readonly<Record<string, string>> = {
  naive: 'laatste stand blijft gelijk',
  snaive: 'zelfde als een jaar eerder',
  drift: 'gemiddelde groei doorgetrokken',
  ses: 'exponentieel gewogen gemiddelde',
  holt: 'trend (Holt)',
  damped: 'afvlakkende trend',
  theta: 'theta-methode',
  combination: 'gemiddelde van modellen',
  weighted: 'gewogen gemiddelde van modellen',
  median: 'middelste van drie modellen (theta, doorgetrokken groei, trend)',
  blend: 'gewogen gemiddelde van modellen, naar hoe goed ze eerdere jaren voorspelden',
};

const METHODS: Readonly<Record<string, string>> = {
  empirical: 'de fouten die het model maakte toen het eerdere jaren voorspelde',
  conformal:
    'de fouten die het model maakte toen het eerdere jaren voorspelde (conforme intervallen: de grenzen zijn die fouten zelf, op volgorde)',
  analytic:
    'de spreiding van het model zelf; onzekerheid over het model telt niet mee, dus de intervallen zijn eerder te smal',
};

/**
 * @internal Why, when both sectors used the default model and interval method of their frequency
 * (`blend` with conformal intervals for yearly data, `median` with empirical ones for quarterly data):
 * the calibration study (benchmarks/RESULTS.md), in Dutch; else nothing.
 */
function defaultWhy(forecast: QuotaForecast): string {
  const annual = forecast.frequency === 'annual';
  const [model, method] = annual ? ['blend', 'conformal'] : ['median', 'empirical'];
  const u = forecast.uncertainty;
  const used =
    forecast.models.market === model &&
    forecast.models.government === model &&
    u?.market.method === method &&
    u.government.method === method;
  if (!used) return '';
  return ` Dit model en deze intervallen zijn de standaard voor ${annual ? 'jaarcijfers' : 'kwartaalcijfers'}, gekozen in een ijkingsstudie op duizenden gesimuleerde reeksen: het model voorspelde er beter dan de beste enkele methode, en de uitkomsten vielen op elke horizon ongeveer zo vaak binnen de 80%- en 95%-intervallen als die beloven.`;
}

/** @internal How the forecast was made and its uncertainty, in Dutch. */
export function uncertaintyText(forecast: QuotaForecast): string {
  const u = forecast.uncertainty;
  const model = (m: string): string => MODELS[m] ?? m;
  const method = (m: string): string => METHODS[m] ?? m;
  const how =
    u === undefined
      ? 'uit gesimuleerde verlopen'
      : u.market.method === u.government.method
        ? `uit ${method(u.market.method)}`
        : `uit ${method(u.market.method)} (markt) en ${method(u.government.method)} (overheid)`;
  return `Prognosemodel: markt ${model(forecast.models.market)}, overheid ${model(forecast.models.government)}; laatste meting ${forecast.lastObserved}. Intervallen en kansen ${how}.${defaultWhy(forecast)} Een kans is nooit 0% of 100%, behalve "bereikt" (de stand haalt het doel al) of "buiten bereik" (zelfs in het beste tempo uit de historie niet haalbaar).`;
}

/** @internal The placements section: what they add on top of the trend (never below it). */
export function placementsBlocks(
  count: number,
  added: { market: number; government: number; total: number },
  onTrend: { market: number | null; government: number | null; total: number | null },
  onStand: { market: number; government: number; total: number },
  horizonYear: number,
): Block[] {
  const trend =
    onTrend.market === null || onTrend.government === null || onTrend.total === null
      ? `Zonder prognose, bovenop de huidige stand: markt ${nl(onStand.market, 2)}, overheid ${nl(onStand.government, 2)}, totaal ${nl(onStand.total, 2)}.`
      : `Prognose eind ${horizonYear} met plaatsingen (trend + plaatsingen): markt ${nl(onTrend.market, 1)}, overheid ${nl(onTrend.government, 1)}, totaal ${nl(onTrend.total, 1)}.`;
  return [
    { kind: 'heading', level: 2, text: 'Plaatsingen bovenop de trend' },
    {
      kind: 'paragraph',
      text: `Wat ${count} voorgestelde plaatsingen naar verwachting toevoegen bovenop de trend: markt +${nl(added.market, 2)}, overheid +${nl(added.government, 2)}, totaal +${nl(added.total, 2)} extra banen. ${trend}`,
    },
  ];
}
