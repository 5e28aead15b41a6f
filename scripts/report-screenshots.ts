/**
 * Renders the progress report a regional project manager sends to the covenant partners, for the
 * synthetic Gooi en Vechtstreek region (seed 42) with the plan's full name as the title, and writes
 * what headless Chromium shows into docs/report/: `report.png` (the page at 1280 px wide) and
 * `report.pdf` (its A4 print). Prints, per table, its width against the printed page's.
 *
 * Run: npm run report:screenshots (needs Chromium: /usr/bin/chromium or CHROMIUM_PATH).
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import seedrandom from 'seedrandom';
import { assign } from '../src/placement/assign.js';
import { forecastQuota, NATIONAL_REALISATIONS, TARGET_PLANS } from '../src/quota/index.js';
import { progressReport, type ReportPlacement } from '../src/report/index.js';
import { createMatcher } from '../src/scoring/matcher.js';
import { generateRegion } from '../src/synthetic/generate.js';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  process.stderr.write(
    `no Chromium at ${chromium}: install Debian package 'chromium' or set CHROMIUM_PATH\n`,
  );
  process.exit(3);
}

const plan = TARGET_PLANS.gooiEnVechtstreek2015;
// The national series scaled to the region's share of the 2025 target (as `banenmatch demo` does).
const last = plan.years[plan.years.length - 1]!;
const share = (last.market + last.government) / 125_000;
const observed = NATIONAL_REALISATIONS.filter((r) => r.year <= 2023).map((r) => ({
  year: r.year,
  market: Math.round(r.market * share),
  government: Math.round(r.government * share),
}));
const region = generateRegion({ seed: 42, candidates: 400, vacancies: 600 });
const run = assign(createMatcher(region), { mode: 'optimal' });
const byId = new Map(region.candidates.map((c) => [c.id, c]));
const placements: ReportPlacement[] = run.placements.map((p) => ({
  candidateId: p.candidateId,
  score: p.score,
  sector: p.sector,
  hoursPerWeek: p.hoursPerWeek,
  municipality: byId.get(p.candidateId)?.home.municipality,
  targetGroup: byId.get(p.candidateId)?.targetGroup,
}));
// Attributes that never enter the score: the waiting time (from the registration date) and an age band
// drawn for the illustration (the synthetic region has no ages).
const random = seedrandom('report-screenshots');
const bands = ['18–26', '27–44', '45–67'];
const groups = Object.fromEntries(
  region.candidates.map((c) => [
    c.id,
    {
      wachttijd:
        (c.registeredSince ?? '9999') < '2023-01-01' ? 'twee jaar of langer' : 'korter dan twee jaar',
      'leeftijdsgroep (illustratief)': bands[Math.floor(random() * bands.length)]!,
    },
  ]),
);
const report = progressReport({
  plan,
  observed,
  forecast: forecastQuota({ plan, observed, seed: 42, paths: 2000 }),
  period: '2024-H1',
  placements,
  unplaced: run.unplaced,
  groups,
});

const out = resolve('out', 'report');
const docs = resolve('docs', 'report');
mkdirSync(out, { recursive: true });
mkdirSync(docs, { recursive: true });
const html = join(out, 'report.html');
writeFileSync(html, report.html);

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 2000 });
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  const png = join(docs, 'report.png');
  await page.screenshot({ path: png, fullPage: true });
  const pdf = join(docs, 'report.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  // A4 portrait at 96 dpi is 793.7 px wide; the print CSS sets 15 mm margins (56.7 px each side).
  await page.emulateMediaType('print');
  await page.setViewport({ width: 680, height: 1123 });
  const widths = await page.$$eval('table', (tables) =>
    tables.map((t) => Math.ceil(t.getBoundingClientRect().width)),
  );
  process.stdout.write(`tables in print (page 680 px): ${widths.join(', ')} px\n`);
  for (const file of [png, pdf]) process.stdout.write(`wrote ${file} (${statSync(file).size} bytes)\n`);
} finally {
  await browser.close();
}
