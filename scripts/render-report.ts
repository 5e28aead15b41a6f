/**
 * Builds the annual progress report of the national banenafspraak from the published realisations
 * (2015–2023), writes it to `out/` (report.html, report.svg, report.md, report.json) and, when Chromium
 * is installed, renders the HTML page headless to `out/report.png` and checks the screenshot.
 *
 * Run: node --import tsx scripts/render-report.ts [--period 2023] [--gooi]
 * `--gooi` reports the Gooi en Vechtstreek covenant plan against a region-sized share of the national
 * realisation (illustrative: no regional series is published with the library).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { forecastQuota, NATIONAL_REALISATIONS, type Observation, TARGET_PLANS } from '../src/quota/index.js';
import { progressReport } from '../src/report/index.js';

const args = process.argv.slice(2);
const periodIndex = args.indexOf('--period');
const period = periodIndex >= 0 ? (args[periodIndex + 1] ?? '2023') : '2023';
const gooi = args.includes('--gooi');

// Gooi en Vechtstreek's 2025 target is 1,462 of the national 125,000 jobs: scale the national series by that share.
const share = 1462 / 125_000;
const observed: Observation[] = gooi
  ? NATIONAL_REALISATIONS.map((o) => ({
      year: o.year,
      market: Math.round(o.market * share),
      government: Math.round(o.government * share),
    }))
  : [...NATIONAL_REALISATIONS];
const plan = gooi ? TARGET_PLANS.gooiEnVechtstreek2015 : TARGET_PLANS.national2013;
const forecast = forecastQuota({ plan, observed, seed: 42 });
const report = progressReport({
  plan,
  observed,
  forecast,
  period,
  region: gooi ? 'Gooi en Vechtstreek' : 'Nederland',
  // An illustrative assignment run: 300 market and 80 government placements of 20 hours, 70% likely.
  placements: [
    ...Array.from({ length: 300 }, () => ({ sector: 'market' as const, hoursPerWeek: 20, probability: 0.7 })),
    ...Array.from({ length: 80 }, () => ({
      sector: 'government' as const,
      hoursPerWeek: 20,
      probability: 0.7,
    })),
  ],
});

const out = resolve('out');
mkdirSync(out, { recursive: true });
const html = join(out, 'report.html');
writeFileSync(html, report.html);
writeFileSync(join(out, 'report.svg'), report.svg);
writeFileSync(join(out, 'report.md'), report.markdown);
writeFileSync(join(out, 'report.json'), `${JSON.stringify(report.json, null, 2)}\n`);
process.stdout.write(`wrote ${html}\n`);

function findChromium(): string | undefined {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (process.env.PATH ?? '').split(':')) {
    for (const name of ['chromium', 'chromium-browser']) {
      const p = join(dir, name);
      if (dir !== '' && existsSync(p)) return p;
    }
  }
  return undefined;
}

const chromium = findChromium();
if (chromium === undefined) {
  process.stdout.write('skipped: no chromium (install Debian package `chromium` to render the screenshot)\n');
  process.exit(0);
}
const png = join(out, 'report.png');
rmSync(png, { force: true });
const profile = mkdtempSync(join(tmpdir(), 'banenmatch-chromium-'));
try {
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${profile}`,
      `--screenshot=${png}`,
      '--window-size=1200,1600',
      pathToFileURL(html).href,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
} finally {
  rmSync(profile, { recursive: true, force: true });
}
const size = existsSync(png) ? statSync(png).size : 0;
// A blank 1200×1600 PNG compresses to a few kB; a page with a chart and tables is far larger.
if (size < 20_000) {
  process.stderr.write(`render failed: ${png} is ${size} bytes\n`);
  process.exit(1);
}
process.stdout.write(`rendered ${png} (${size} bytes) with ${chromium}\n`);
