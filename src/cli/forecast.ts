import { forecastQuota } from '../quota/forecast-quota.js';
import type { Observation } from '../quota/schema.js';
import { integerOption, parseCommand, requiredOption } from './args.js';
import { forecastTables } from './forecast-table.js';
import { loadInput, placeIssues, printWarnings, throwIfProblems } from './input.js';
import { type CliIo, EXIT_CODES } from './io.js';
import { OBSERVATION_CSV_COLUMNS } from './observations-csv.js';
import { PLAN_NAMES, planOption } from './plan-option.js';
import { progressBar } from './progress.js';

/** `banenmatch forecast --help`. */
export const FORECAST_HELP: string = `Usage: banenmatch forecast --plan NAME --observed FILE [options]

Forecasts whether the region reaches each year's target of a plan (banenafspraak), market and
government apart and in total: per year the target, the forecast, 80% and 95% prediction
intervals, the chance of reaching the target, and the extra jobs a month needed. The tables are in
Dutch (decimal comma); --json gives the library's result with its English field names.

Options:
  --plan NAME       the targets: ${PLAN_NAMES.join(' or ')}
  --observed FILE   realised extra jobs (cumulative, jobs of 25.5 hours a week): a JSON array
                    of { "year": 2023, "market": 74031, "government": 11634 } (or "quarter":
                    "2023Q4" instead of "year"), or a .csv file with the columns
                    ${OBSERVATION_CSV_COLUMNS.join(',')} (year or quarter)
  --seed N          seed of the simulation: the same seed gives the same output (default 42)
  --paths N         simulated paths (default 10000)
  --json            print the forecast as JSON instead of tables
  -q, --quiet       no progress on standard error (a bar on a terminal, else a line at most
                    every 5 seconds)
  --debug           show the stack trace of an unexpected error
  -h, --help        show this help

Exit codes: 0 done; 1 unexpected error; 2 bad option or invalid observations (every problem is
listed with its place); 3 the file cannot be read.
`;

/**
 * `banenmatch forecast`: reads observations, forecasts the plan's targets and prints the tables.
 *
 * @param argv - the arguments after `forecast`
 * @param io - the command line's io
 * @returns the exit code
 * @throws CliError for usage, input and file problems (turned into exit codes by `runCli`)
 */
export async function runForecast(argv: readonly string[], io: CliIo): Promise<number> {
  const values = parseCommand('forecast', argv, {
    plan: { type: 'string' },
    observed: { type: 'string' },
    seed: { type: 'string' },
    paths: { type: 'string' },
  });
  if (values.help === true) {
    io.stdout(FORECAST_HELP);
    return EXIT_CODES.ok;
  }
  const plan = planOption(values);
  const observedFile = requiredOption(values, 'observed');
  const seed = integerOption(values, 'seed', -(2 ** 31), 2 ** 31) ?? 42;
  const paths = integerOption(values, 'paths', 1, 1_000_000) ?? 10_000;
  const input = await loadInput(io, observedFile, '--observed', 'observations');
  throwIfProblems(input);
  printWarnings(io, 'forecast', input.warnings);
  const bar = progressBar(io, 'simuleren', values.quiet === true);
  let forecast: ReturnType<typeof forecastQuota>;
  try {
    forecast = forecastQuota({
      plan,
      observed: input.records as Observation[],
      seed,
      paths,
      onProgress: bar.update,
    });
  } catch (error) {
    throw placeIssues(input, error);
  } finally {
    bar.finish();
  }
  io.stdout(
    values.json === true ? `${JSON.stringify(forecast, null, 2)}\n` : forecastTables(forecast, plan.name),
  );
  return EXIT_CODES.ok;
}
