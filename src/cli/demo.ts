import { assign } from '../placement/assign.js';
import { forecastQuota } from '../quota/forecast-quota.js';
import { NATIONAL_REALISATIONS } from '../quota/national-series.js';
import { TARGET_PLANS } from '../quota/plans.js';
import { createMatcher, type Match } from '../scoring/matcher.js';
import { generateRegion } from '../synthetic/generate.js';
import { integerOption, parseCommand } from './args.js';
import { forecastTables } from './forecast-table.js';
import { type CliIo, EXIT_CODES } from './io.js';
import { progressBar } from './progress.js';

/**
 * Share of proposed placements assumed to start within the year in the demo's quota scenario: an
 * illustrative figure for the demo only (the same assumption as `examples/region-demo.ts`), not a
 * measured rate.
 */
const DEMO_START_RATE = 0.2;

/** `banenmatch demo --help`. */
export const DEMO_HELP: string = `Usage: banenmatch demo [options]

Runs the library on a generated example region (Gooi en Vechtstreek, synthetic): the best
vacancies of three candidates with their reasons, the optimal assignment of the whole caseload
with the extra jobs it adds, and the covenant's quota outlook with those jobs as a scenario.

Options:
  --seed N         seed of the generated region and the simulation (default 42)
  --candidates N   number of candidates to generate (default 2000)
  --vacancies N    number of vacancies to generate (default 3000)
  --debug          show the stack trace of an unexpected error
  -h, --help       show this help
`;

function describe(m: Match): string[] {
  const job =
    m.job === 'full'
      ? `whole vacancy, ${m.hoursPerWeek} h`
      : `carved job: ${m.job.tasks.map((t) => t.kind).join(' + ')}, ${m.hoursPerWeek.toFixed(2)} h`;
  const lines = [`    ${m.vacancyId}  score ${m.score.toFixed(2)}  (${job}, ${m.sector})`];
  for (const c of m.components) lines.push(`      ${c.name.padEnd(12)} ${c.value.toFixed(2)}  ${c.reason}`);
  for (const s of m.signals) lines.push(`      let op: ${s}`);
  return lines;
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
  });
  if (values.help === true) {
    io.stdout(DEMO_HELP);
    return EXIT_CODES.ok;
  }
  const seed = integerOption(values, 'seed', -(2 ** 31), 2 ** 31) ?? 42;
  const nC = integerOption(values, 'candidates', 1, 100_000) ?? 2000;
  const nV = integerOption(values, 'vacancies', 1, 100_000) ?? 3000;

  const region = generateRegion({ seed, candidates: nC, vacancies: nV });
  const out: string[] = [
    `# ${region.name}, seed ${seed}`,
    `${region.candidates.length} candidates, ${region.vacancies.length} vacancies at ${region.employers.length} employers`,
    '',
    '## Best vacancies for three candidates',
  ];
  const matcher = createMatcher(region);
  for (const c of region.candidates.slice(0, 3)) {
    out.push(
      `  ${c.id} (${c.targetGroup}, ${c.home.municipality ?? 'home'}, ${c.hoursPerWeek.min}–${c.hoursPerWeek.max} h)`,
    );
    const top = matcher.rank(c.id, { k: 2 });
    if (top.length === 0) out.push('    no suitable vacancy within reach');
    for (const m of top) out.push(...describe(m));
  }

  const bar = progressBar(io, 'assigning');
  let result: ReturnType<typeof assign>;
  try {
    result = assign(matcher, { mode: 'optimal', onProgress: bar.update });
  } finally {
    bar.finish();
  }
  const carved = result.placements.filter((p) => p.job !== 'full').length;
  const j = result.extraJobs;
  out.push(
    '',
    '## Optimal assignment of the whole caseload',
    `  placed ${result.placements.length} of ${region.candidates.length} (${carved} in carved jobs); ` +
      `extra jobs ${j.total.toFixed(1)} (market ${j.market.toFixed(1)}, government ${j.government.toFixed(1)})`,
  );

  // The region has no published realisations: the national series scaled to the covenant's end target.
  const plan = TARGET_PLANS.gooiEnVechtstreek2015;
  const last = plan.years[plan.years.length - 1]!;
  const scale = (last.market + last.government) / (100_000 + 25_000);
  const observed = NATIONAL_REALISATIONS.filter((r) => r.year <= 2023).map((r) => ({
    year: r.year,
    market: Math.round(r.market * scale),
    government: Math.round(r.government * scale),
  }));
  const forecast = forecastQuota({
    plan,
    observed,
    seed,
    paths: 2000,
    scenario: { market: DEMO_START_RATE * j.market, government: DEMO_START_RATE * j.government },
  });
  out.push(
    '',
    `## Quota outlook (illustrative history: the national series x ${scale.toFixed(4)}; ` +
      `scenario: ${DEMO_START_RATE * 100}% of the assignment's extra jobs start)`,
    '',
    forecastTables(forecast, plan.name),
  );
  io.stdout(`${out.join('\n')}`);
  return EXIT_CODES.ok;
}
