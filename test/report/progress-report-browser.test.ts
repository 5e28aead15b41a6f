import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  caseloadGaps,
  createMatcher,
  forecastQuota,
  generateRegion,
  NATIONAL_REALISATIONS,
  progressReport,
  type ReportPlacement,
  TARGET_PLANS,
} from 'banenmatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './chromium.js';

// Issue 19: the page a covenant partner opens and prints, checked in headless Chromium (skipped without one).
const chromium = findChromium();

/** A4 portrait at 96 dpi (210 mm = 793.7 px) less the print CSS's 15 mm margins each side. */
const PRINTED_WIDTH = Math.floor(((210 - 2 * 15) / 25.4) * 96);

const municipalities = ['Hilversum', 'Huizen', 'Gooise Meren', 'Wijdemeren', 'Weesp'];
const groupsOf = ['wajong', 'participatiewet', 'wsw', 'beschut'];
const placements: ReportPlacement[] = Array.from({ length: 40 }, (_, i) => ({
  candidateId: `c${i}`,
  score: 0.5 + (i % 5) / 10,
  sector: i % 4 === 0 ? 'government' : 'market',
  hoursPerWeek: 16 + (i % 4) * 4,
  municipality: municipalities[i % municipalities.length],
  targetGroup: groupsOf[i % groupsOf.length],
}));
const unplaced = Array.from({ length: 20 }, (_, i) => ({ candidateId: `u${i}` }));
const groups = Object.fromEntries(
  [...placements.map((p) => p.candidateId!), ...unplaced.map((u) => u.candidateId)].map((id, i) => [
    id,
    { wachttijd: i % 3 === 0 ? 'twee jaar of langer' : 'korter dan twee jaar' },
  ]),
);
const plan = TARGET_PLANS.gooiEnVechtstreek2015;
// The national series scaled to the region's share of the 2025 target, as the demo does.
const observed = NATIONAL_REALISATIONS.filter((r) => r.year <= 2023).map((r) => ({
  year: r.year,
  market: Math.round((r.market * 1462) / 125_000),
  government: Math.round((r.government * 1462) / 125_000),
}));
// The plan's own long name as the title, as the command line writes it.
const report = progressReport({
  plan,
  observed,
  forecast: forecastQuota({ plan, observed, seed: 42, paths: 500 }),
  period: '2024-H1',
  placements,
  unplaced,
  groups,
  // The section "Wat zou meer plaatsingen mogelijk maken", with its long item names, on the page too.
  gaps: caseloadGaps(createMatcher(generateRegion({ seed: 42, candidates: 150, vacancies: 220 }))),
});

describe.skipIf(chromium === undefined)('progressReport: the page in headless Chromium', () => {
  let dir = '';
  let browser: import('puppeteer-core').Browser;
  let url = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'banenmatch-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, report.html);
    url = pathToFileURL(file).href;
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({
      executablePath: chromium!,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has every table of the report, those of the forecast, the run and the gaps included', () => {
    expect(report.html.match(/<table>/g)?.length).toBe(8); // 6, and the gaps' adaptations and trainings
  });

  it('shows the title whole on screen: the heading within its box, the chart title within the chart', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 2000 });
    await page.goto(url, { waitUntil: 'load' });
    const h1 = await page.$eval('h1', (e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
    expect(h1.scroll).toBeLessThanOrEqual(h1.client);
    const lines = await page.$$eval('figure svg text.chart-title', (texts) =>
      texts.map((t) => {
        // No DOM lib in the compiler options: the SVG text's getBBox, typed by hand.
        const box = (t as unknown as { getBBox(): { x: number; width: number } }).getBBox();
        return { left: box.x, right: box.x + box.width };
      }),
    );
    const width = await page.$eval(
      'figure svg',
      (s) => (s as unknown as { viewBox: { baseVal: { width: number } } }).viewBox.baseVal.width,
    );
    expect(lines.length).toBe(2);
    for (const line of lines) {
      expect(line.left).toBeGreaterThanOrEqual(0);
      expect(line.right).toBeLessThanOrEqual(width);
    }
    await page.close();
  }, 60_000);

  it('keeps every table on the printed A4 page, nothing running out of a cell', async () => {
    const page = await browser.newPage();
    await page.emulateMediaType('print');
    await page.setViewport({ width: PRINTED_WIDTH, height: 1123 });
    await page.goto(url, { waitUntil: 'load' });
    const tables = await page.$$eval('table', (all) =>
      all.map((t) => ({
        width: t.getBoundingClientRect().width,
        right: t.getBoundingClientRect().right,
        overflowingCells: [...t.querySelectorAll('th, td')].filter((c) => c.scrollWidth > c.clientWidth)
          .length,
      })),
    );
    expect(tables.length).toBe(8);
    for (const t of tables) {
      expect(t.width).toBeLessThanOrEqual(PRINTED_WIDTH);
      expect(t.right).toBeLessThanOrEqual(PRINTED_WIDTH);
      expect(t.overflowingCells).toBe(0);
    }
    const h1 = await page.$eval('h1', (e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
    expect(h1.scroll).toBeLessThanOrEqual(h1.client);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(Buffer.from(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.close();
  }, 60_000);
});
