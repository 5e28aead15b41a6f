import {
  type Observation,
  type ProgressReportOptions,
  progressReport,
  type QuotaForecast,
  TARGET_PLANS,
  type TargetPlan,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { uncertaintyText } from '../../src/report/forecast-text.js';
import { wrapWords } from '../../src/report/svg-chart.js';
import { testPlan } from '../helpers/plan.js';

// Issue 19: the report a covenant partner reads at a glance.
const plan: TargetPlan = testPlan([
  { year: 2022, market: 100, government: 20 },
  { year: 2023, market: 200, government: 40 },
  { year: 2024, market: 300, government: 60, total: 359 },
  { year: 2025, market: 400, government: 60 },
]);
const observed: Observation[] = [
  { year: 2022, market: 90, government: 22 },
  { year: 2023, market: 1210.4, government: 35 },
];
const base: ProgressReportOptions = { plan, observed, period: '2023' };

describe('progressReport: a one-line verdict per sector and the total', () => {
  it('says on track or behind, the gap in jobs and the pace a month needed, in Dutch numbers', () => {
    const { json } = progressReport(base);
    expect(json.market.verdict).toBe(
      'Markt — op koers: 1.210,4 banen, 1.010,4 banen boven het doel van eind 2023 (200); het doel van eind 2024 (300) is al gehaald.',
    );
    expect(json.government.verdict).toBe(
      'Overheid — achter: 35 banen, 5 banen onder het doel van eind 2023 (40); nodig: 2,1 banen per maand om het doel van eind 2024 (60) te halen (12 maanden).',
    );
    expect(json.total.verdict).toBe(
      'Totaal — op koers: 1.245,4 banen, 1.005,4 banen boven het doel van eind 2023 (240); het doel van eind 2024 (359) is al gehaald.',
    );
  });

  it('writes one job in the singular and says when the plan has no next target', () => {
    const { json } = progressReport({
      plan: { ...plan, years: plan.years.slice(0, 3) },
      observed: [{ year: 2024, market: 299, government: 60 }],
      period: '2024',
    });
    expect(json.market.verdict).toBe(
      'Markt — achter: 299 banen, 1 baan onder het doel van eind 2024 (300); het plan heeft geen doel voor eind 2025.',
    );
  });

  it('lists the verdicts first in the page and the Markdown', () => {
    const { markdown, json } = progressReport(base);
    const glance = markdown.indexOf('## In één oogopslag');
    expect(glance).toBeGreaterThan(0);
    expect(glance).toBeLessThan(markdown.indexOf('## Samenvatting'));
    expect(markdown).toContain(`- ${json.government.verdict}\n`);
  });
});

describe('progressReport: the chart a partner reads', () => {
  const long = progressReport({
    plan: TARGET_PLANS.gooiEnVechtstreek2015,
    observed: [
      { year: 2022, market: 832, government: 117 },
      { year: 2023, market: 866, government: 136 },
    ],
    period: '2024-H1',
  });

  it('wraps a long title over lines that each fit the width, instead of one clipped line', () => {
    const lines = [...long.svg.matchAll(/<text class="chart-title"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(lines.length).toBe(2);
    expect(lines.join(' ')).toBe(long.json.title);
    for (const line of lines) expect(line!.length).toBeLessThanOrEqual(72);
    expect(wrapWords('aa bb cc', 5)).toEqual(['aa bb', 'cc']);
    expect(wrapWords('verylongword b', 4)).toEqual(['verylongword', 'b']);
  });

  it('has a total panel and legend swatches in the colours of the panels, not grey', () => {
    expect(long.svg).toContain('aria-label="Totaal"');
    const legend = long.svg.slice(long.svg.indexOf('<g class="legend"'));
    for (const color of ['#1f5fa8', '#2e7d32', '#6d4c41']) expect(legend).toContain(`stroke="${color}"`);
    expect(legend).not.toContain('#444');
  });

  it('labels the last realised point and the targets of the period, the horizon and the last plan year', () => {
    const labels = (cls: string): string[] =>
      [...long.svg.matchAll(new RegExp(`<text class="value-label ${cls}"[^>]*>([^<]*)</text>`, 'g'))].map(
        (m) => m[1]!,
      );
    expect(labels('realised-label')).toEqual(['866', '136', '1.002']);
    // 2024 and 2025; the government's 212 twice is written once.
    expect(labels('target-label')).toEqual(['1.125', '1.250', '212', '1.337', '1.462']);
  });

  it('says that a year on the axis is the stand on 31 December', () => {
    expect(long.svg).toContain('Een jaartal op de as is de stand op 31 december van dat jaar.');
    expect(long.markdown).toContain('stand op 31 december');
  });
});

describe('progressReport: the forecast in Dutch', () => {
  it('names the model and how its intervals were made in words, not the English notes', () => {
    const text = uncertaintyText({
      models: { market: 'damped', government: 'naive' },
      lastObserved: '2024Q2',
      uncertainty: {
        market: { method: 'empirical', note: 'empirical: 9 out-of-sample errors' },
        government: { method: 'analytic', note: 'analytic: …' },
      },
    } as QuotaForecast);
    expect(text).toMatch(
      /^Prognosemodel: markt afvlakkende trend, overheid laatste stand blijft gelijk; laatste meting 2024Q2\. Intervallen en kansen uit de fouten die het model maakte toen het eerdere jaren voorspelde \(markt\) en de spreiding van het model zelf; /,
    );
    expect(text).not.toMatch(/out-of-sample|analytic|empirical/);
  });

  it('the yearly default (blend, conformal): names both and says why, from the calibration study', () => {
    const conformal = { method: 'conformal' as const, note: 'conformal: 15 out-of-sample errors' };
    const yearly = {
      frequency: 'annual',
      models: { market: 'blend', government: 'blend' },
      lastObserved: '2023',
      uncertainty: { market: conformal, government: conformal },
    } as QuotaForecast;
    const text = uncertaintyText(yearly);
    expect(text).toContain(
      'Prognosemodel: markt gewogen gemiddelde van modellen, naar hoe goed ze eerdere jaren voorspelden, overheid gewogen gemiddelde van modellen, naar hoe goed ze eerdere jaren voorspelden; laatste meting 2023. Intervallen en kansen uit de fouten die het model maakte toen het eerdere jaren voorspelde (conforme intervallen: de grenzen zijn die fouten zelf, op volgorde). Dit model en deze intervallen zijn de standaard voor jaarcijfers, gekozen in een ijkingsstudie op duizenden gesimuleerde reeksen',
    );
    // Another model or method in a sector: no claim about the default
    const other = uncertaintyText({ ...yearly, models: { market: 'blend', government: 'drift' } });
    expect(other).not.toContain('standaard');
    const empirical = { method: 'empirical' as const, note: '' };
    expect(
      uncertaintyText({ ...yearly, uncertainty: { market: conformal, government: empirical } }),
    ).not.toContain('standaard');
    // The quarterly default says so for quarterly figures
    const quarterly = uncertaintyText({
      ...yearly,
      frequency: 'quarterly',
      models: { market: 'median', government: 'median' },
      uncertainty: { market: empirical, government: empirical },
    });
    expect(quarterly).toContain('Dit model en deze intervallen zijn de standaard voor kwartaalcijfers');
  });

  it('names the quarterly default, the median of three models, in words', () => {
    const text = uncertaintyText({
      models: { market: 'median', government: 'median' },
      lastObserved: '2024Q2',
    } as QuotaForecast);
    expect(text).toMatch(
      /^Prognosemodel: markt middelste van drie modellen \(theta, doorgetrokken groei, trend\), overheid middelste van drie modellen/,
    );
  });
});
