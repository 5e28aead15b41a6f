import { join } from 'node:path';
import { forecastQuota } from '../quota/forecast-quota.js';
import type { Observation } from '../quota/schema.js';
import { progressReport } from '../report/progress-report.js';
import { integerOption, parseCommand, requiredOption, textOption } from './args.js';
import { loadInput, placeIssues, printWarnings, throwIfProblems } from './input.js';
import { CliError, type CliIo, EXIT_CODES } from './io.js';
import { OBSERVATION_CSV_COLUMNS } from './observations-csv.js';
import { writeError } from './output.js';
import { PLAN_NAMES, planOption } from './plan-option.js';
import { progressBar } from './progress.js';
import { readScenario } from './report-placements.js';

/** The files `report` writes into `--out`. */
export const REPORT_FILES: readonly string[] = ['report.md', 'report.svg', 'report.html', 'report.json'];

/** `banenmatch report --help`. */
export const REPORT_HELP: string = `Usage: banenmatch report --plan NAME --observed FILE --period PERIOD --out DIR [options]

Writes the half-year or annual progress report of the region's targets (covenant art. 5): per
sector the target, the realised extra jobs, the gap, the jobs a month still needed and the
forecast with its probability of reaching the target, as ${REPORT_FILES.join(', ')}.

Options:
  --plan NAME         the targets: ${PLAN_NAMES.join(' or ')}
  --observed FILE     realised extra jobs (cumulative, jobs of 25.5 hours a week): a JSON array of
                      { "year": 2023, "market": 74031, "government": 11634 } (or "quarter":
                      "2023Q4"), or a .csv file with the columns ${OBSERVATION_CSV_COLUMNS.join(',')}
  --period PERIOD     2024 (annual report), 2024-H1 or 2024-H2 (half year)
  --out DIR           the folder to write the files into (created when missing)
  --placements FILE   optional: the result of 'banenmatch match' (optimal or stable), JSON or
                      .csv (as match writes it, also with --excel-nl); its placements are shown
                      as a scenario
  --candidates FILE   optional, with --placements: the candidates of that run (as match takes
                      them); the report then breaks the placements down by municipality and
                      target group and audits them for fairness on age band and education level
  --seed N            seed of the forecast's simulation (default 42)
  --paths N           simulated paths of the forecast (default 10000)
  --json              print what was written as JSON ({ title, out, files }) instead of a line
  -q, --quiet         no progress on standard error
  --debug             show the stack trace of an unexpected error
  -h, --help          show this help

Exit codes: 0 done; 1 unexpected error; 2 bad option or invalid input (every problem is listed
with its place); 3 a file cannot be read or written.
`;

/**
 * `banenmatch report`: reads observations (and placements), forecasts, and writes the report files.
 *
 * @param argv - the arguments after `report`
 * @param io - the command line's io
 * @returns the exit code
 * @throws CliError for usage, input and file problems (turned into exit codes by `runCli`)
 */
export async function runReport(argv: readonly string[], io: CliIo): Promise<number> {
  const values = parseCommand('report', argv, {
    plan: { type: 'string' },
    observed: { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
    placements: { type: 'string' },
    candidates: { type: 'string' },
    seed: { type: 'string' },
    paths: { type: 'string' },
  });
  if (values.help === true) {
    io.stdout(REPORT_HELP);
    return EXIT_CODES.ok;
  }
  const plan = planOption(values);
  const observedFile = requiredOption(values, 'observed');
  const period = requiredOption(values, 'period');
  const dir = requiredOption(values, 'out');
  const placementsFile = textOption(values, 'placements');
  const candidatesFile = textOption(values, 'candidates');
  if (candidatesFile !== undefined && placementsFile === undefined) {
    throw new CliError(EXIT_CODES.usage, '--candidates needs --placements (the run they were matched in)');
  }
  const seed = integerOption(values, 'seed', -(2 ** 31), 2 ** 31) ?? 42;
  const paths = integerOption(values, 'paths', 1, 1_000_000) ?? 10_000;

  const input = await loadInput(io, observedFile, '--observed', 'observations');
  throwIfProblems(input);
  const scenario =
    placementsFile === undefined ? undefined : await readScenario(io, placementsFile, candidatesFile);
  printWarnings(io, 'report', [...input.warnings, ...(scenario?.warnings ?? [])]);
  const observed = input.records as Observation[];
  let report: ReturnType<typeof progressReport>;
  const bar = progressBar(io, 'simuleren', values.quiet === true);
  try {
    const forecast = forecastQuota({ plan, observed, seed, paths, onProgress: bar.update });
    const { placements, unplaced, groups } = scenario ?? {};
    report = progressReport({ plan, observed, forecast, placements, unplaced, groups, period });
  } catch (error) {
    throw placeIssues(input, error);
  } finally {
    bar.finish();
  }
  try {
    await io.makeDirectory(dir);
  } catch (error) {
    throw writeError(dir, error);
  }
  const contents = [report.markdown, report.svg, report.html, `${JSON.stringify(report.json, null, 2)}\n`];
  for (let i = 0; i < REPORT_FILES.length; i++) {
    const path = join(dir, REPORT_FILES[i]!);
    try {
      await io.writeFile(path, contents[i]!);
    } catch (error) {
      throw writeError(path, error);
    }
  }
  io.stdout(
    values.json === true
      ? `${JSON.stringify({ title: report.json.title, out: dir, files: REPORT_FILES }, null, 2)}\n`
      : `${report.json.title}: ${REPORT_FILES.join(', ')} geschreven naar ${dir}\n`,
  );
  return EXIT_CODES.ok;
}
