import { join } from 'node:path';
import { carveAll } from '../carving/carve-all.js';
import { taskName } from '../catalogue/task-kinds.js';
import type { Region } from '../domain/parse.js';
import { assign } from '../placement/assign.js';
import { forecastQuota } from '../quota/forecast-quota.js';
import { NATIONAL_REALISATIONS } from '../quota/national-series.js';
import { TARGET_PLANS } from '../quota/plans.js';
import { caseloadGaps } from '../report/caseload-gaps.js';
import type { CaseloadGaps } from '../report/caseload-gaps-types.js';
import { type ComponentName, createMatcher, type Match, type Matcher } from '../scoring/matcher.js';
import { generateRegion } from '../synthetic/generate.js';
import { integerOption, parseCommand, textOption } from './args.js';
import { candidatesToCsv } from './candidates-csv.js';
import { CSV_WRITE_DIALECTS, formatCsv } from './csv.js';
import { doelgroepNaam, getal, sectorNaam, uren } from './dutch.js';
import { forecastTables } from './forecast-table.js';
import { type CliIo, EXIT_CODES } from './io.js';
import { writeError } from './output.js';
import { withProgress } from './progress.js';
import { vacanciesToCsv } from './vacancies-csv.js';

/**
 * Share of proposed placements assumed to start within the year in the demo's quota scenario: an
 * illustrative figure for the demo only (the same assumption as `examples/region-demo.ts`), not a
 * measured rate.
 */
const DEMO_START_RATE = 0.2;

/** The files `demo --export` writes. */
export const DEMO_EXPORT_FILES: readonly string[] = [
  'candidates.csv',
  'vacancies.csv',
  'observed.csv',
  'candidates-excel-nl.csv',
  'vacancies-excel-nl.csv',
];

/** `banenmatch demo --help`. */
export const DEMO_HELP: string = `Usage: banenmatch demo [options]

Runs the library on a generated example region (Gooi en Vechtstreek, synthetic): the best
vacancies of three candidates with their reasons, job carving across the region, the optimal
assignment of the whole caseload with the extra jobs it adds, and the covenant's quota outlook
with those jobs as a scenario. The text is in Dutch (decimal comma); 'npm run demo' in a clone
prints the same.

Options:
  --seed N         seed of the generated region and the simulation (default 42)
  --candidates N   number of candidates to generate (default 2000)
  --vacancies N    number of vacancies to generate (default 3000)
  --export DIR     instead of running the demo, write its input as files to try the other
                   commands on: ${DEMO_EXPORT_FILES.join(', ')}
                   (the last two in the Dutch Excel dialect)
  --json           the same results as JSON (the library's field names)
  -q, --quiet      no progress on standard error
  --debug          show the stack trace of an unexpected error
  -h, --help       show this help
`;

/** The demo's quota history: the region has no published realisations, so the national series scaled to the covenant's end target. */
function demoObserved(): { scale: number; observed: { year: number; market: number; government: number }[] } {
  const plan = TARGET_PLANS.gooiEnVechtstreek2015;
  const last = plan.years[plan.years.length - 1]!;
  const scale = (last.market + last.government) / (100_000 + 25_000);
  const observed = NATIONAL_REALISATIONS.filter((r) => r.year <= 2023).map((r) => ({
    year: r.year,
    market: Math.round(r.market * scale),
    government: Math.round(r.government * scale),
  }));
  return { scale, observed };
}

/** Writes the demo region's input files into `dir` and says what to run next. */
async function exportDemo(io: CliIo, dir: string, region: Region, seed: number): Promise<void> {
  const { observed } = demoObserved();
  const excel = CSV_WRITE_DIALECTS['excel-nl'];
  const contents = [
    candidatesToCsv(region.candidates),
    vacanciesToCsv(region.vacancies),
    formatCsv(
      ['year', 'market', 'government'],
      observed.map((o) => [o.year, o.market, o.government]),
    ),
    candidatesToCsv(region.candidates, excel),
    vacanciesToCsv(region.vacancies, excel),
  ];
  try {
    await io.makeDirectory(dir);
  } catch (error) {
    throw writeError(dir, error);
  }
  for (let i = 0; i < DEMO_EXPORT_FILES.length; i++) {
    const path = join(dir, DEMO_EXPORT_FILES[i]!);
    try {
      await io.writeFile(path, contents[i]!);
    } catch (error) {
      throw writeError(path, error);
    }
  }
  const at = (file: string) => join(dir, file);
  io.stdout(
    [
      `${region.name}, seed ${seed}: ${DEMO_EXPORT_FILES.join(', ')} geschreven naar ${dir}`,
      '',
      'Probeer daarna:',
      `  banenmatch match --candidates ${at('candidates.csv')} --vacancies ${at('vacancies.csv')} --out placements.csv`,
      `  banenmatch forecast --plan gooiEnVechtstreek2015 --observed ${at('observed.csv')}`,
      `  banenmatch report --plan gooiEnVechtstreek2015 --observed ${at('observed.csv')} --period 2024-H1 --placements placements.csv --out report`,
      '',
    ].join('\n'),
  );
}

/** The score components by their Dutch names. */
const COMPONENT: Readonly<Record<ComponentName, string>> = {
  capability: 'belastbaarheid',
  skills: 'vaardigheden',
  commute: 'reisafstand',
  hours: 'uren',
  economics: 'kosten',
  preferences: 'voorkeuren',
};

function describe(m: Match): string[] {
  const job =
    m.job === 'full'
      ? `hele vacature, ${uren(m.hoursPerWeek, m.hoursPerWeek)}`
      : `gecreëerde baan: ${m.job.tasks.map((t) => taskName(t)).join(' + ')}, ${uren(m.hoursPerWeek, m.hoursPerWeek, 2)}`;
  const lines = [`    ${m.vacancyId}  score ${getal(m.score, 2)}  (${job}, ${sectorNaam(m.sector)})`];
  for (const c of m.components) {
    lines.push(`      ${COMPONENT[c.name].padEnd(14)} ${getal(c.value, 2)}  ${c.reason}`);
  }
  for (const signal of m.signals) lines.push(`      let op: ${signal}`);
  return lines;
}

/** One unplaced candidate's tally and near misses, and the region's top adaptations and trainings. */
function whyNotLines(matcher: Matcher, candidateId: string | undefined, gaps: CaseloadGaps): string[] {
  const out = ['## Waarom niet, en wat zou helpen'];
  if (candidateId !== undefined) {
    const why = matcher.whyNot(candidateId, { k: 3 });
    out.push(`  ${candidateId}, niet geplaatst: ${why.summary}`);
    for (const n of why.nearMisses)
      out.push(`    bijna-match ${n.vacancyId}: ${n.description} → score ${getal(n.score, 2)}`);
  }
  out.push(
    `  Van ${getal(gaps.candidates)} niet geplaatste kandidaten hebben er ${getal(gaps.withNearMiss)} een bijna-match (${getal(gaps.nearMisses)} in totaal).`,
    '  Werkplekaanpassingen die de meeste plaatsingen openen:',
    ...(gaps.adaptations.length === 0
      ? ['    geen: bij deze kandidaten opent één aanpassing geen vacature']
      : gaps.adaptations.slice(0, 3).map((r) => `    ${r.market}`)),
    '  Scholing:',
    ...(gaps.trainings.length === 0
      ? ['    geen: bij deze kandidaten opent één training geen vacature']
      : gaps.trainings.slice(0, 3).map((r) => `    ${r.school}`)),
  );
  return out;
}

/**
 * `banenmatch demo`: generate, rank a few, assign, forecast.
 *
 * @param argv - the arguments after `demo`
 * @param io - the command line's io
 * @returns the exit code
 * @throws CliError for a bad option
 */
export async function runDemo(argv: readonly string[], io: CliIo): Promise<number> {
  const values = parseCommand('demo', argv, {
    seed: { type: 'string' },
    candidates: { type: 'string' },
    vacancies: { type: 'string' },
    export: { type: 'string' },
  });
  if (values.help === true) {
    io.stdout(DEMO_HELP);
    return EXIT_CODES.ok;
  }
  const seed = integerOption(values, 'seed', -(2 ** 31), 2 ** 31) ?? 42;
  const nC = integerOption(values, 'candidates', 1, 100_000) ?? 2000;
  const nV = integerOption(values, 'vacancies', 1, 100_000) ?? 3000;

  const region = generateRegion({ seed, candidates: nC, vacancies: nV });
  const dir = textOption(values, 'export');
  if (dir !== undefined) {
    await exportDemo(io, dir, region, seed);
    return EXIT_CODES.ok;
  }
  const quiet = values.quiet === true;
  const matcher = withProgress(io, 'voorbereiden', quiet, (onProgress) =>
    createMatcher(region, { onProgress }),
  );
  const shown = region.candidates
    .slice(0, 3)
    .map((c) => ({ candidate: c, matches: matcher.rank(c.id, { k: 2 }) }));
  const carved = withProgress(io, 'jobcarving', quiet, (onProgress) =>
    carveAll(region.candidates, region.vacancies, { onProgress }),
  );
  const result = withProgress(io, 'toewijzen', quiet, (onProgress) =>
    assign(matcher, { mode: 'optimal', onProgress }),
  );
  const gaps = withProgress(io, 'bijna-matches', quiet, (onProgress) =>
    caseloadGaps(matcher, { candidateIds: result.unplaced.map((u) => u.candidateId), onProgress }),
  );
  const j = result.extraJobs;
  const plan = TARGET_PLANS.gooiEnVechtstreek2015;
  const { scale, observed } = demoObserved();
  const scenario = { market: DEMO_START_RATE * j.market, government: DEMO_START_RATE * j.government };
  const forecast = withProgress(io, 'simuleren', quiet, (onProgress) =>
    forecastQuota({ plan, observed, seed, paths: 2000, scenario, onProgress }),
  );
  if (values.json === true) {
    const json = {
      region: region.name,
      seed,
      counts: { candidates: nC, vacancies: nV, employers: region.employers.length },
      bestMatches: shown.map((s) => ({ candidateId: s.candidate.id, matches: s.matches })),
      carving: carved.totals,
      assignment: result,
      caseloadGaps: gaps,
      startRate: DEMO_START_RATE,
      forecast,
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return EXIT_CODES.ok;
  }
  const out: string[] = [
    `# ${region.name}, seed ${seed}`,
    `${getal(nC)} kandidaten, ${getal(nV)} vacatures bij ${getal(region.employers.length)} werkgevers`,
    '',
    '## Beste vacatures voor drie kandidaten',
  ];
  for (const { candidate: c, matches } of shown) {
    const where = c.home.municipality ?? 'woonplaats';
    out.push(
      `  ${c.id} (${doelgroepNaam(c.targetGroup)}, ${where}, ${uren(c.hoursPerWeek.min, c.hoursPerWeek.max)})`,
    );
    if (matches.length === 0) out.push('    geen passende vacature binnen bereik');
    for (const m of matches) out.push(...describe(m));
  }
  const t = carved.totals;
  out.push(
    '',
    '## Jobcarving in de regio',
    `  ${getal(carved.jobs.length)} gecreëerde banen, ${getal(t.hoursPerWeek)} uur per week = ${getal(t.jobs, 1)} banen ` +
      `van 25,5 uur (markt ${getal(t.market, 1)}, overheid ${getal(t.government, 1)})`,
  );
  const inCarved = result.placements.filter((p) => p.job !== 'full').length;
  out.push(
    '',
    '## Optimale toewijzing van het hele bestand',
    `  ${getal(result.placements.length)} van ${getal(nC)} kandidaten geplaatst (${getal(inCarved)} in een gecreëerde baan); ` +
      `extra banen ${getal(j.total, 1)} (markt ${getal(j.market, 1)}, overheid ${getal(j.government, 1)})`,
  );
  out.push('', ...whyNotLines(matcher, result.unplaced[0]?.candidateId, gaps));
  out.push(
    '',
    `## Vooruitzicht banenafspraak (voorbeeldhistorie: de landelijke reeks geschaald naar de regio, ` +
      `factor ${getal(scale, 4)}; scenario: ${getal(DEMO_START_RATE * 100)}% van de extra banen uit de toewijzing gaat van start)`,
    '',
    forecastTables(forecast, plan.name),
  );
  io.stdout(`${out.join('\n')}`);
  return EXIT_CODES.ok;
}
