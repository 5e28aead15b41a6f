import { join } from 'node:path';
import { forecastQuota } from '../quota/forecast-quota.js';
import type { Placement } from '../quota/jobs.js';
import type { Observation } from '../quota/schema.js';
import { progressReport } from '../report/progress-report.js';
import { integerOption, parseCommand, requiredOption, textOption } from './args.js';
import { type LoadedInput, loadInput, placeIssues, printWarnings, throwIfProblems } from './input.js';
import { CliError, type CliIo, EXIT_CODES } from './io.js';
import { OBSERVATION_CSV_COLUMNS } from './observations-csv.js';
import { writeError } from './output.js';
import { PLAN_NAMES, planOption } from './plan-option.js';
import { progressBar } from './progress.js';

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
 * The placements of a `match` result, JSON or CSV (any dialect), as `extraJobs` counts them: placements
 * that add no jobs (sheltered work) are left out.
 */
async function readPlacements(
  io: CliIo,
  file: string,
): Promise<{ placements: Placement[]; input: LoadedInput }> {
  const input = await loadInput(io, file, '--placements', 'placements');
  throwIfProblems(input);
  const placements: Placement[] = [];
  const problems: string[] = [];
  input.records.forEach((p: unknown, i) => {
    const { sector, hoursPerWeek, extraJobs } = (p ?? {}) as Record<string, unknown>;
    if ((sector !== 'market' && sector !== 'government') || typeof hoursPerWeek !== 'number') {
      problems.push(
        `${file}: ${input.locate([i])}: needs "sector" (market or government) and "hoursPerWeek"`,
      );
    } else if (extraJobs !== 0) placements.push({ sector, hoursPerWeek });
  });
  if (problems.length > 0) {
    throw new CliError(
      EXIT_CODES.usage,
      `the input has ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
      problems,
    );
  }
  return { placements, input };
}

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
  const seed = integerOption(values, 'seed', -(2 ** 31), 2 ** 31) ?? 42;
  const paths = integerOption(values, 'paths', 1, 1_000_000) ?? 10_000;

  const input = await loadInput(io, observedFile, '--observed', 'observations');
  throwIfProblems(input);
  const scenario = placementsFile === undefined ? undefined : await readPlacements(io, placementsFile);
  printWarnings(io, 'report', [...input.warnings, ...(scenario?.input.warnings ?? [])]);
  const placements = scenario?.placements;
  const observed = input.records as Observation[];
  let report: ReturnType<typeof progressReport>;
  const bar = progressBar(io, 'simuleren', values.quiet === true);
  try {
    const forecast = forecastQuota({ plan, observed, seed, paths, onProgress: bar.update });
    report = progressReport({ plan, observed, forecast, placements, period });
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
