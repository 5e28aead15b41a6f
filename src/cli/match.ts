import { assign } from '../placement/assign.js';
import { createMatcher } from '../scoring/matcher.js';
import { choiceOption, integerOption, parseCommand, requiredOption, textOption } from './args.js';
import { CANDIDATE_CSV_COLUMNS, CANDIDATE_CSV_EXAMPLE } from './candidates-csv.js';
import { CSV_WRITE_DIALECTS } from './csv.js';
import { getal } from './dutch.js';
import { loadInput, printWarnings, validateRegion } from './input.js';
import { CliError, type CliIo, EXIT_CODES } from './io.js';
import { writeResult } from './output.js';
import { PLACEMENT_CSV_COLUMNS, type PlacementRow, placementsToCsv, whyText } from './placements-csv.js';
import { progressBar, withProgress } from './progress.js';
import { VACANCY_CSV_COLUMNS, VACANCY_CSV_EXAMPLE } from './vacancies-csv.js';

/** `banenmatch match --help`. */
export const MATCH_HELP: string = `Usage: banenmatch match --candidates FILE --vacancies FILE [options]

Matches candidates to vacancies, with scores and reasons: assigns the whole caseload at once
(every candidate at most one vacancy, every vacancy at most its positions), or ranks each
candidate's best vacancies.

Options:
  --candidates FILE  candidates: a JSON array (the input contract) or a .csv file
  --vacancies FILE   vacancies: a JSON array or a .csv file
  --mode MODE        optimal  the largest total score (default)
                     stable   no candidate and vacancy both prefer each other to what they got
                     rank     each candidate's best vacancies (no assignment)
  --k N              vacancies considered per candidate (default 50), or ranked with
                     --mode rank (default 10)
  --format FORMAT    json or csv (default json; csv when --out ends in .csv)
  --json             the same as --format json; when the input is refused, every problem as JSON
  --excel-nl         write the CSV for Dutch Excel: ';' between fields, decimal commas, figures
                     rounded (scores and jobs to 2 decimals), a byte order mark so 'hygiëne'
                     keeps its ë (implies --format csv)
  --unknown-fields WHAT
                     a field of a JSON record that the input contract does not know (a typo such
                     as "preferedSectors"): warn (default: a warning naming the nearest known
                     field) or error (the input is refused)
  --out FILE         write the result to FILE instead of standard output
  -q, --quiet        no progress on standard error
  --debug            show the stack trace of an unexpected error
  -h, --help         show this help

A file is read as CSV when its name ends in .csv, else as JSON. CSV files have a header line
(column names in any case, accents and spaces ignored) and an empty cell for an absent field;
the separator is read from the header line: a comma, a semicolon or a tab. With ';' or tab a
decimal comma may be used (Dutch Excel: 14,71). Yes/no as true/false, ja/nee, WAAR/ONWAAR or
1/0; dates as 2024-02-01 or 1-2-2024. Every row must have as many fields as the header. Lists
are separated by ';' (quote the cell when ';' separates the fields: Excel does), FML codes as
ITEM=CODE;ITEM=CODE with list codes separated by '|'. A file that is not UTF-8 is read as
Windows-1252 (Excel's "CSV (gescheiden door lijstscheidingsteken)").

Candidates CSV, one row per candidate:
  ${CANDIDATE_CSV_COLUMNS.join(',')}
  for example:
  ${CANDIDATE_CSV_EXAMPLE}

Vacancies CSV, one row per task (the vacancy's fields repeated on each of its rows; a vacancy
without tasks is one row with the task fields empty, its tasks then come from the occupation):
  ${VACANCY_CSV_COLUMNS.join(',')}
  for example (one vacancy with two tasks):
  ${VACANCY_CSV_EXAMPLE.replace('\n', '\n  ')}

Result: JSON ({ mode, placements, unplaced, totalScore, extraJobs }, or { mode: "rank",
rankings: [{ candidateId, matches }] }), or CSV, one row per match or unplaced candidate:
an unplaced candidate, or one without a match in --mode rank, says why (the vacancies in
reach by the rule that shut them, and up to three near misses: what one change would open;
JSON: summary, tally, nearMisses, or whyNot in a ranking)
  ${PLACEMENT_CSV_COLUMNS.join(',')}

Progress goes to standard error: a bar on a terminal, else a line at most every 5 seconds;
--quiet (-q) shows none. With --out, a summary line (in Dutch) is printed, none with --json.
Exit codes: 0 done; 1 unexpected error; 2 bad option or invalid input (every problem is listed
with its file, line or path); 3 a file cannot be read or written.
`;

/**
 * `banenmatch match`: reads, validates, matches and writes.
 *
 * @param argv - the arguments after `match`
 * @param io - the command line's io
 * @returns the exit code
 * @throws CliError for usage, input and file problems (turned into exit codes by `runCli`)
 */
export async function runMatch(argv: readonly string[], io: CliIo): Promise<number> {
  const values = parseCommand('match', argv, {
    candidates: { type: 'string' },
    vacancies: { type: 'string' },
    mode: { type: 'string' },
    k: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'excel-nl': { type: 'boolean' },
    'unknown-fields': { type: 'string' },
  });
  if (values.help === true) {
    io.stdout(MATCH_HELP);
    return EXIT_CODES.ok;
  }
  const candidatesFile = requiredOption(values, 'candidates');
  const vacanciesFile = requiredOption(values, 'vacancies');
  const mode = choiceOption(values, 'mode', ['optimal', 'stable', 'rank'] as const) ?? 'optimal';
  const k = integerOption(values, 'k', 1, 100_000) ?? (mode === 'rank' ? 10 : 50);
  const out = textOption(values, 'out');
  const excel = values['excel-nl'] === true;
  const format =
    choiceOption(values, 'format', ['json', 'csv'] as const) ??
    (excel ? 'csv' : values.json === true ? 'json' : undefined) ??
    (out?.toLowerCase().endsWith('.csv') === true ? 'csv' : 'json');
  if (format === 'json' && (excel || (values.json === true && values.format === 'csv'))) {
    throw new CliError(
      EXIT_CODES.usage,
      `--${excel ? 'excel-nl' : 'json'} and --format ${format} contradict`,
    );
  }
  const dialect = CSV_WRITE_DIALECTS[excel ? 'excel-nl' : 'plain'];

  const candidatesInput = await loadInput(io, candidatesFile, '--candidates', 'candidates');
  const vacanciesInput = await loadInput(io, vacanciesFile, '--vacancies', 'vacancies');
  const unknownFields = choiceOption(values, 'unknown-fields', ['warn', 'error'] as const);
  const { warnings, ...region } = validateRegion(candidatesInput, vacanciesInput, { unknownFields });
  printWarnings(io, 'match', warnings);
  const quiet = values.quiet === true;
  const matcher = withProgress(io, 'voorbereiden', quiet, (onProgress) =>
    createMatcher(region, { onProgress }),
  );
  const bar = progressBar(io, mode === 'rank' ? 'rangschikken' : 'toewijzen', quiet);

  let text: string;
  let summary: string;
  try {
    if (mode === 'rank') {
      const { byCandidate } = matcher.rankAll({ k, onProgress: bar.update });
      // A candidate with no match says why: the tally and the near misses (matcher.whyNot).
      const rankings = matcher.candidates.map((c, i) => {
        const matches = byCandidate[i] ?? [];
        return matches.length > 0
          ? { candidateId: c.id, matches }
          : { candidateId: c.id, matches, whyNot: matcher.whyNot(c.id, { k: 3 }) };
      });
      const rows: PlacementRow[] = rankings.flatMap((r): PlacementRow[] =>
        r.whyNot !== undefined
          ? [{ candidateId: r.candidateId, reason: whyText(r.whyNot) }]
          : r.matches.map((match, rank) => ({ match, rank: rank + 1 })),
      );
      text =
        format === 'csv'
          ? placementsToCsv(rows, dialect)
          : `${JSON.stringify({ mode, k, rankings }, null, 2)}\n`;
      const withMatch = rankings.filter((r) => r.matches.length > 0).length;
      summary = `tot ${k} vacatures gerangschikt voor ${getal(rankings.length)} kandidaten (${getal(withMatch)} met minstens één)`;
    } else {
      const result = assign(matcher, { mode, k, whyUnplaced: true, onProgress: bar.update });
      const rows: PlacementRow[] = [
        ...result.placements.map((match) => ({ match })),
        ...result.unplaced.map((u) => ({
          candidateId: u.candidateId,
          reason: [u.reason, ...(u.summary === undefined ? [] : [whyText(u)])].join(' | '),
        })),
      ];
      text = format === 'csv' ? placementsToCsv(rows, dialect) : `${JSON.stringify(result, null, 2)}\n`;
      const j = result.extraJobs;
      summary =
        `${mode === 'optimal' ? 'optimaal' : 'stabiel'}: ${getal(result.placements.length)} van ` +
        `${getal(matcher.candidates.length)} kandidaten geplaatst; extra banen ${getal(j.total, 1)} ` +
        `(markt ${getal(j.market, 1)}, overheid ${getal(j.government, 1)})`;
    }
  } finally {
    bar.finish();
  }
  await writeResult(io, out, text);
  if (out !== undefined && values.json !== true) io.stdout(`${summary}; geschreven naar ${out}\n`);
  return EXIT_CODES.ok;
}
