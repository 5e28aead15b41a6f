import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  isBanenmatchError,
  isValidationError,
  type Observation,
  type ProgressReportOptions,
  progressReport,
  type QuotaForecast,
  TARGET_PLANS,
  type TargetPlan,
  type ValidationIssue,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testPlan } from '../helpers/plan.js';
import { findChromium } from './chromium.js';

const plan: TargetPlan = testPlan([
  { year: 2022, market: 100, government: 20 },
  { year: 2023, market: 200, government: 40 },
  // The published total is one below market + government, as in the covenant table.
  { year: 2024, market: 300, government: 60, total: 359 },
]);

const observed: Observation[] = [
  { quarter: '2022Q4', market: 90, government: 22 },
  { quarter: '2023Q1', market: 120, government: 25 },
  { quarter: '2023Q2', market: 150, government: 28 },
  { quarter: '2023Q3', market: 180, government: 30 },
  { quarter: '2023Q4', market: 210, government: 35 },
  { quarter: '2024Q1', market: 220, government: 36 },
  { quarter: '2024Q2', market: 240, government: 38 },
  // After the period: must be left out.
  { quarter: '2024Q3', market: 270, government: 40 },
];

const outlook = (target: number, mean: number, probability: number) => ({
  target,
  forecast: mean,
  intervals: [
    { level: 80, lower: mean - 12.5, upper: mean + 12.5 },
    { level: 95, lower: mean - 19.04, upper: mean + 19.04 },
  ],
  probability,
  probabilityBasis: 'simulated' as const,
  perMonthNeeded: 0,
  perMonthForecast: 0,
});

// A hand-built forecast so the golden files do not move with the quota models.
const forecast: QuotaForecast = {
  planId: 't',
  frequency: 'quarterly',
  lastObserved: '2024Q2',
  seed: 42,
  paths: 1000,
  residuals: 'normal',
  models: { market: 'damped', government: 'naive' },
  reasons: { market: 'damped: given', government: 'naive: given' },
  uncertainty: {
    market: { method: 'analytic', note: 'analytic' },
    government: { method: 'analytic', note: 'analytic' },
  },
  scenario: null,
  history: [],
  years: [
    {
      year: 2024,
      monthsAhead: 6,
      market: outlook(300, 282.345, 0.1234),
      government: outlook(60, 41.04, 0.0041),
      total: outlook(359, 323.385, 0.0517),
    },
  ],
};

const options: ProgressReportOptions = {
  plan,
  observed,
  forecast,
  period: '2024-H1',
  region: 'Gooi & Vechtstreek',
  placements: [
    { sector: 'market', hoursPerWeek: 25.5 },
    { sector: 'market', hoursPerWeek: 12.75, probability: 0.5 },
    { sector: 'government', hoursPerWeek: 51 },
  ],
};

function issuesOf(f: () => unknown): ValidationIssue[] {
  try {
    f();
  } catch (e) {
    if (isValidationError(e)) return [...e.issues];
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('progressReport: worked example, first half of 2024 from quarterly data', () => {
  const { json } = progressReport(options);

  it('judges the half year on the interpolated mid-year target and the last observation in the period', () => {
    expect(json.period).toEqual({ label: '2024-H1', year: 2024, half: 1, end: '2024-06-30' });
    expect(json.asOf).toBe('2024Q2');
    expect([json.horizonYear, json.monthsAhead]).toEqual([2024, 6]);
    // Market: (200 + 300) / 2 = 250 against 240; (300 − 240) / 6 = 10 a month.
    expect(json.market).toMatchObject({
      target: 300,
      periodTarget: 250,
      realised: 240,
      gap: 10,
      reached: false,
    });
    expect(json.market.perMonthNeeded).toBe(10);
    // Government: (40 + 60) / 2 = 50 against 38; (60 − 38) / 6 = 3.67.
    expect(json.government).toMatchObject({ periodTarget: 50, realised: 38, gap: 12, perMonthNeeded: 3.67 });
    // Total: published 359 (not 360); (240 + 359) / 2 = 299.5 against 278; (359 − 278) / 6 = 13.5.
    expect(json.total).toMatchObject({
      target: 359,
      periodTarget: 299.5,
      realised: 278,
      gap: 21.5,
      perMonthNeeded: 13.5,
    });
  });

  it('adds the placements as a scenario (25.5 h = 1 job, pro rata, times probability)', () => {
    expect(json.scenario).toEqual({ market: 1.25, government: 2, total: 3.25 });
    expect([json.market.scenario, json.government.scenario, json.total.scenario]).toEqual([
      241.25, 40, 281.25,
    ]);
  });

  it('rounds the forecast for the horizon year and keeps its intervals', () => {
    expect(json.market.forecast).toEqual({
      year: 2024,
      mean: 282.3,
      intervals: [
        { level: 80, lower: 269.8, upper: 294.8 },
        { level: 95, lower: 263.3, upper: 301.4 },
      ],
      probability: 0.123,
      probabilityBasis: 'simulated',
    });
    expect(json.market.scenarioOnTrend).toBe(283.6); // trend 282.345 + 1.25 from the placements
    expect(json.forecast?.models).toEqual({ market: 'damped', government: 'naive' });
  });

  it('lists history per plan year at the year end (Q4), with null where not observed', () => {
    expect(json.history.map((h) => [h.year, h.market.realised, h.total.realised])).toEqual([
      [2022, 90, 112],
      [2023, 210, 245],
      [2024, null, null],
    ]);
  });
});

describe('progressReport: golden Markdown and SVG', () => {
  const report = progressReport(options);
  const golden = (name: string, actual: string): void => {
    const file = new URL(`./__golden__/${name}`, import.meta.url);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  };

  it('matches the stored Markdown (UPDATE_GOLDEN=1 rewrites it)', () => {
    golden('progress-2024-H1.md', report.markdown);
  });

  it('matches the stored SVG (UPDATE_GOLDEN=1 rewrites it)', () => {
    golden('progress-2024-H1.svg', report.svg);
  });

  it('has an accessible, scalable SVG with every series drawn', () => {
    const svg = report.svg;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain(
      '<title id="chart-title">Voortgang banenafspraak Gooi &amp; Vechtstreek, 2024 (eerste halfjaar)</title>',
    );
    // The description is the verdicts (issue 19: a one-line verdict per sector and the total).
    expect(svg).toContain(
      '<desc id="chart-desc">Markt — achter: 240 banen, 10 banen onder het doel van medio 2024',
    );
    // Three panels: market, government and the total (issue 19).
    for (const cls of ['target', 'realised', 'forecast', 'band-80', 'band-95', 'scenario']) {
      expect(svg.match(new RegExp(`class="${cls}"`, 'g'))?.length, cls).toBe(3);
    }
    // Seven observations in the period, per panel, as points, plus the legend's symbol in each panel's colour.
    expect(svg.match(/<circle /g)?.length).toBe(3 * 7 + 3);
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('is one HTML page with inline CSS, the SVG inline and the tables', () => {
    const html = report.html;
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain(report.svg);
    expect(html).not.toMatch(/<link |<script|src="http/);
    expect(html.match(/<table>/g)?.length).toBe(3);
  });
});

describe('progressReport: periods and inputs', () => {
  it('an annual report observed at the year end looks ahead to the next year', () => {
    const r = progressReport({ plan, observed: observed.slice(0, 5), period: { year: 2023 } });
    expect(r.json.period.label).toBe('2023');
    expect(r.json.asOf).toBe('2023Q4');
    expect([r.json.horizonYear, r.json.monthsAhead]).toEqual([2024, 12]);
    expect(r.json.market).toMatchObject({ periodTarget: 200, realised: 210, gap: -10, reached: true });
    expect(r.json.market.perMonthNeeded).toBe(7.5);
    expect(r.json.forecast).toBeNull();
    expect(r.svg).not.toContain('class="forecast"');
  });

  it('art. 5.3: the final report covers the whole covenant period and is judged at its last year’s end', () => {
    const r = progressReport({ plan, observed, period: 'final' });
    const annual = progressReport({ plan, observed, period: '2024' });
    expect(r.json.period).toEqual({
      label: 'eindrapportage 2022–2024',
      year: 2024,
      half: null,
      end: '2024-12-31',
    });
    expect(r.json.history.map((h) => h.year)).toEqual([2022, 2023, 2024]);
    expect(r.json.total).toEqual(annual.json.total);
    expect(r.markdown).toContain('eindrapportage 2022–2024');
    const covenant = progressReport({
      plan: TARGET_PLANS.gooiEnVechtstreek2015,
      observed: [{ year: 2025, market: 1200, government: 200 }],
      period: 'final',
    });
    expect(covenant.json.period.label).toBe('eindrapportage 2015–2025');
    expect(covenant.json.total).toMatchObject({
      periodTarget: 1462,
      realised: 1400,
      gap: 62,
      reached: false,
    });
  });

  it('the last plan year has no horizon beyond it: jobs per month needed is null', () => {
    const r = progressReport({
      plan,
      observed: [{ year: 2024, market: 1, government: 2 }],
      period: '2024-H2',
    });
    expect(r.json.horizonYear).toBe(2025);
    expect(r.json.total.perMonthNeeded).toBeNull();
  });

  it('gives the same report for shuffled observations and for equivalent period forms', () => {
    const a = progressReport(options);
    const b = progressReport({
      ...options,
      observed: [...observed].reverse(),
      period: { year: 2024, half: 1 },
    });
    expect(b).toEqual(a);
  });

  it('rejects a bad period, a year outside the plan, a foreign forecast and periods without data', () => {
    for (const period of ['2024-H3', 'H1-2024', '24', { year: 2024.5 }]) {
      expect(issuesOf(() => progressReport({ ...options, period })).map((i) => [i.path, i.code])).toEqual([
        [['period'], 'invalid_period'],
      ]);
    }
    expect(issuesOf(() => progressReport({ ...options, period: '2026' })).map((i) => i.code)).toEqual([
      'not_in_plan',
    ]);
    expect(
      issuesOf(() => progressReport({ ...options, forecast: { ...forecast, planId: 'other' } })).map(
        (i) => i.path,
      ),
    ).toEqual([['forecast', 'planId']]);
    expect(issuesOf(() => progressReport({ ...options, period: '2022-H1' })).map((i) => i.code)).toEqual([
      'no_observation',
    ]);
    expect(
      issuesOf(() => progressReport({ ...options, observed: [observed[0]!, observed[0]!] })).map(
        (i) => i.code,
      ),
    ).toEqual(['duplicate_period']);
    expect(
      issuesOf(() =>
        progressReport({ ...options, observed: [{ year: 2023, market: Number.NaN, government: 1 }] }),
      )[0]?.path.slice(0, 2),
    ).toEqual(['observed', 0]);
  });

  it('rejects bad placements with INVALID_ARGUMENT', () => {
    try {
      progressReport({ ...options, placements: [{ sector: 'market', hoursPerWeek: -1 }] });
      expect.unreachable();
    } catch (e) {
      expect(isBanenmatchError(e) && e.code).toBe('INVALID_ARGUMENT');
    }
  });
});

describe('progressReport: properties', () => {
  it('escapes any region name in SVG and HTML (no markup injected)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (region) => {
        const r = progressReport({ plan, observed, period: '2024-H1', region: `${region}<b x="1">&'` });
        expect(r.svg).not.toContain('<b x="1">');
        expect(r.html).not.toContain('<b x="1">');
        expect(r.html).toContain('&lt;b x=&quot;1&quot;&gt;&amp;&#39;');
      }),
    );
  });

  it('draws finite coordinates for any plan and annual series', () => {
    const arb = fc
      .record({
        start: fc.integer({ min: 2000, max: 2090 }),
        targets: fc.array(fc.tuple(fc.nat(5000), fc.nat(2000)), { minLength: 1, maxLength: 10 }),
        realised: fc.array(
          fc.tuple(fc.integer({ min: -500, max: 6000 }), fc.integer({ min: -100, max: 2500 })),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
      })
      .map(({ start, targets, realised }) => ({
        plan: {
          ...plan,
          years: targets.map(([m, g], i) => ({ year: start + i, market: m, government: g })),
        },
        observed: realised.map(([m, g], i) => ({ year: start + i, market: m, government: g })),
        period: String(start + Math.min(targets.length, realised.length) - 1),
      }));
    fc.assert(
      fc.property(arb, (input) => {
        const r = progressReport(input);
        expect(r.svg).not.toMatch(/NaN|Infinity|undefined/);
        for (const s of ['market', 'government', 'total'] as const) {
          expect(Number.isFinite(r.json[s].gap)).toBe(true);
        }
      }),
    );
  });
});

const chromium = findChromium();

describe('progressReport: the HTML page in a browser', () => {
  it.skipIf(chromium === undefined)(
    'renders in headless Chromium to a non-trivial PNG (skipped when no chromium is installed)',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'banenmatch-report-'));
      try {
        const html = join(dir, 'report.html');
        const png = join(dir, 'report.png');
        writeFileSync(
          html,
          progressReport({ ...options, plan: TARGET_PLANS.gooiEnVechtstreek2015, forecast: undefined }).html,
        );
        execFileSync(
          chromium!,
          [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            `--user-data-dir=${join(dir, 'profile')}`,
            `--screenshot=${png}`,
            '--window-size=1200,1600',
            pathToFileURL(html).href,
          ],
          { stdio: 'pipe', timeout: 60_000 },
        );
        const bytes = readFileSync(png);
        expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
        // 1200 × 1600 pixels, from the IHDR chunk.
        expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 1600]);
        // A blank page compresses to a few kB; text, tables and the chart take far more.
        expect(statSync(png).size).toBeGreaterThan(20_000);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
