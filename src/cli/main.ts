import { formatPath, isBanenmatchError, isValidationError } from '../errors.js';
import { VERSION } from '../version.js';
import { DEMO_HELP, runDemo } from './demo.js';
import { FORECAST_HELP, runForecast } from './forecast.js';
import { capLines, SHOWN_LINES } from './input.js';
import { CliError, type CliIo, EXIT_CODES } from './io.js';
import { MATCH_HELP, runMatch } from './match.js';
import { REPORT_HELP, runReport } from './report.js';

interface Command {
  summary: string;
  help: string;
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  demo: { summary: 'run the library on a generated example region', help: DEMO_HELP, run: runDemo },
  match: {
    summary: 'assign or rank candidates to vacancies (JSON or CSV files)',
    help: MATCH_HELP,
    run: runMatch,
  },
  forecast: {
    summary: "forecast whether each year's target is reached, with the chance of reaching it",
    help: FORECAST_HELP,
    run: runForecast,
  },
  report: { summary: 'write the half-year or annual progress report', help: REPORT_HELP, run: runReport },
};

/** `banenmatch --help`. */
export const TOP_HELP: string = `Usage: banenmatch <command> [options]

Match people with an occupational disability (arbeidsbeperking) to regular jobs, and see
whether the region reaches its targets of the banenafspraak.

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join('\n')}

Options:
  -h, --help     show this help; 'banenmatch <command> --help' shows a command's options
  -v, --version  show the version

Every command takes --json: its result as JSON (the library's English field names), and when it
fails, every problem as JSON on standard output (the terminal shows the first ${SHOWN_LINES}).
Summaries for people are in Dutch, with a decimal comma. Long runs show progress on standard
error (a bar on a terminal, else a line at most every 5 seconds); --quiet (-q) silences it.

Exit codes: 0 done; 1 unexpected error; 2 bad option or invalid input; 3 a file cannot be read
or written.
`;

const isCommand = (name: string): boolean => Object.hasOwn(COMMANDS, name);

/** How a failed command tells it: on standard error, and with `--json` also as JSON on standard output. */
interface Failure {
  io: CliIo;
  prefix: string;
  json: boolean;
}

/**
 * Writes a failure: the message and up to 20 detail lines on standard error ("… and N more"); with
 * `--json`, every detail in `{ "error": { message, exitCode, problems } }` on standard output.
 */
function problem(to: Failure, message: string, details: readonly string[], exitCode: number): number {
  to.io.stderr(`${to.prefix}: ${message}\n`);
  for (const line of capLines(details)) to.io.stderr(`  ${line}\n`);
  if (to.json) {
    to.io.stdout(`${JSON.stringify({ error: { message, exitCode, problems: details } }, null, 2)}\n`);
  }
  return exitCode;
}

/** Turns an error into its message on standard error and the exit code. */
function fail(error: unknown, to: Failure, debug: boolean): number {
  if (error instanceof CliError) return problem(to, error.message, error.details, error.exitCode);
  if (isValidationError(error)) {
    const [first = 'invalid input'] = error.message.split('\n');
    const details = error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
    return problem(to, first, details, EXIT_CODES.usage);
  }
  if (
    isBanenmatchError(error) &&
    (error.code === 'INVALID_ARGUMENT' || error.code === 'NOT_FOUND' || error.code === 'NAN_INPUT')
  ) {
    return problem(to, error.message, [], EXIT_CODES.usage);
  }
  const message = error instanceof Error ? error.message : String(error);
  const { io } = to;
  problem(to, `unexpected error: ${message}`, [], EXIT_CODES.unexpected);
  if (debug && error instanceof Error && error.stack !== undefined) io.stderr(`${error.stack}\n`);
  else io.stderr('Run again with --debug to see where it happened, and report it.\n');
  return EXIT_CODES.unexpected;
}

/**
 * Runs the `banenmatch` command line: `demo`, `match`, `forecast`, `report`, with `--help` on each.
 * Pure apart from `io`: tests pass a fake, `bin.ts` the real process.
 *
 * @param argv - the arguments after the program name (`process.argv.slice(2)`)
 * @param io - standard output and error, file access, and whether standard error is a terminal
 * @returns the exit code: 0 done; 1 unexpected error; 2 usage or validation error; 3 a file cannot
 *   be read or written
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), nodeIo);
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(TOP_HELP);
    return EXIT_CODES.usage;
  }
  if (name === '-h' || name === '--help') {
    io.stdout(TOP_HELP);
    return EXIT_CODES.ok;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${VERSION}\n`);
    return EXIT_CODES.ok;
  }
  if (name === 'help') {
    const topic = rest[0];
    if (topic !== undefined && isCommand(topic)) {
      io.stdout(COMMANDS[topic]!.help);
      return EXIT_CODES.ok;
    }
    if (topic === undefined) {
      io.stdout(TOP_HELP);
      return EXIT_CODES.ok;
    }
  }
  if (!isCommand(name) || name === 'help') {
    const what = name === 'help' ? rest[0] : name;
    const to = { io, prefix: 'banenmatch', json: false };
    return problem(
      to,
      `unknown command '${what}'`,
      [`Commands: ${Object.keys(COMMANDS).join(', ')}. Run 'banenmatch --help' for more.`],
      EXIT_CODES.usage,
    );
  }
  const debug = rest.includes('--debug');
  try {
    return await COMMANDS[name]!.run(rest, io);
  } catch (error) {
    return fail(error, { io, prefix: `banenmatch ${name}`, json: rest.includes('--json') }, debug);
  }
}
