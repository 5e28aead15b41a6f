import Papa from 'papaparse';

/**
 * The one CSV reader and writer of the command line, for files as people make them: RFC 4180 fields
 * (double quotes around a field that holds the separator, a quote or a line break, a quote inside
 * doubled), the separator detected from the header line (`,`, `;` or tab: Dutch Excel saves `;`),
 * CRLF, LF or CR line ends, a UTF-8 byte order mark ignored, blank rows skipped, and every row held to
 * the header's number of fields. Tokenising is papaparse's (measured fastest of papaparse, csv-parse
 * and the hand-written reader of 0.1.0: `benchmarks/csv.ts`); lines, dialect and problems are ours.
 */

/** A field separator this reader detects. */
export type CsvSeparator = ',' | ';' | '\t';

/** How a file writes its fields and numbers. */
export interface CsvDialect {
  /** The field separator. */
  separator: CsvSeparator;
  /** Whether numbers may use a decimal comma (`14,71`): true where the separator is not a comma. */
  decimalComma: boolean;
}

/** One data row with its 1-based line number in the file (for messages). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A problem of a file: where (`line 3`), and what. Never a cell's value. */
export interface CsvProblem {
  where: string;
  message: string;
}

/** A parsed CSV file: header, the rows that have the header's number of fields, and what was wrong. */
export interface CsvTable {
  header: string[];
  /** The header's line number (blank lines before it are skipped). */
  headerLine: number;
  rows: CsvRow[];
  dialect: CsvDialect;
  /** Rows refused for their number of fields, each naming its line and both counts. */
  problems: CsvProblem[];
  /** Things a user should know that do not stop the run (a header and no rows). */
  warnings: CsvProblem[];
}

const SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];
const SEPARATOR_NAMES: Readonly<Record<CsvSeparator, string>> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
};

/** `'semicolon'` for `;`: a separator's name for messages. */
export function separatorName(separator: CsvSeparator): string {
  return SEPARATOR_NAMES[separator];
}

/**
 * The separator of a file, read from its first line (the header): the one of `,` `;` tab that occurs
 * most often outside quotes; a comma when none occurs (a one-column file) or on a tie.
 *
 * @param text - the file's contents (a byte order mark is ignored)
 * @example
 * detectSeparator('Id;Doelgroep;Gemeente\r\n'); // ';'
 */
export function detectSeparator(text: string): CsvSeparator {
  const counts = [0, 0, 0];
  let quoted = false;
  let content = false; // the line so far holds more than spaces: blank lines before the header are skipped
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (content) break;
    } else if (!quoted) {
      const k = SEPARATORS.indexOf(ch as CsvSeparator);
      if (k >= 0) counts[k]! += 1;
    }
    if (ch !== ' ' && ch !== '\n' && ch !== '\r') content = true;
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return SEPARATORS[best]!;
}

/**
 * The text with every line end outside quotes made `\n`, for the tokeniser: files mix them (an LF row
 * pasted into a CRLF file, old Mac CR files). Between the quotes of a field they stay as written.
 */
function oneLineEnd(text: string): string {
  const parts = text.split('"');
  // Even parts lie outside quotes (a doubled quote inside a field leaves an empty even part).
  for (let i = 0; i < parts.length; i += 2) parts[i] = parts[i]!.replace(/\r\n?/g, '\n');
  return parts.join('"');
}

/** Line breaks in a field's text. */
function lineBreaks(cell: string): number {
  let n = 0;
  for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}

/** A cell the writer neutralised: apostrophes before a formula's first character (the writer adds one). */
const NEUTRALISED = /^'+[=+\-@\t\r]/;
const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/**
 * Parses CSV text: separator from the header line (or `options.separator`), blank rows skipped, a row
 * with more or fewer fields than the header refused (a problem naming its line and both counts, the
 * row left out), a cell the writer neutralised (`'=…`) read back without its apostrophe.
 *
 * @param text - the file's contents
 * @param options - `separator` to override the detection
 * @returns the header, the rows, the dialect, and the problems and warnings
 * @throws Error when a quoted field is not closed (message names the line)
 * @example
 * parseCsv('id;uren\nc-1;12,5\n').rows[0]; // { line: 2, cells: ['c-1', '12,5'] } (dialect ';', decimal comma)
 */
export function parseCsv(text: string, options: { separator?: CsvSeparator | undefined } = {}): CsvTable {
  const bom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const body = bom.includes('\r') ? oneLineEnd(bom) : bom;
  const separator = options.separator ?? detectSeparator(body);
  const dialect: CsvDialect = { separator, decimalComma: separator !== ',' };
  const parsed = Papa.parse<string[]>(body, {
    delimiter: separator,
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
  });
  const data = parsed.data;
  const lines = new Int32Array(data.length);
  let line = 1;
  for (let r = 0; r < data.length; r++) {
    lines[r] = line;
    const cells = data[r]!;
    line += 1;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c]!;
      if (cell.length > 0 && cell.includes('\n')) line += lineBreaks(cell);
      if (cell.charCodeAt(0) === 39 && NEUTRALISED.test(cell)) cells[c] = cell.slice(1);
    }
  }
  const open = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (open !== undefined) {
    const at = open.row !== undefined && open.row < lines.length ? lines[open.row]! : line;
    throw new Error(`a quoted field that starts on line ${at} is not closed`);
  }
  let first = 0;
  while (first < data.length && isBlank(data[first]!)) first++;
  const header = (data[first] ?? []).map((h) => h.trim());
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  for (let r = first + 1; r < data.length; r++) {
    const cells = data[r]!;
    if (isBlank(cells)) continue;
    if (cells.length !== header.length) {
      problems.push({
        where: `line ${lines[r]}`,
        message: `has ${cells.length} field${cells.length === 1 ? '' : 's'}, the header has ${header.length}`,
      });
    } else rows.push({ line: lines[r]!, cells });
  }
  const warnings: CsvProblem[] =
    header.length > 0 && rows.length === 0 && problems.length === 0
      ? [{ where: '(file)', message: 'has a header and no rows' }]
      : [];
  return { header, headerLine: data.length === 0 ? 1 : lines[first]!, rows, dialect, problems, warnings };
}

/** A value to write: text, a number (written in the dialect's decimal mark), a boolean, or absent. */
export type CsvValue = string | number | boolean | undefined;

/** How {@link formatCsv} writes: separator, decimal comma, byte order mark, line end. */
export interface CsvWriteDialect extends CsvDialect {
  /** Start with a UTF-8 byte order mark, so Excel reads the diacritics right (`hygiëne`). */
  bom: boolean;
  /** The line end. */
  lineEnd: '\n' | '\r\n';
  /** Round numbers to the figures a person reads (the writer of each layout decides how many). */
  rounded: boolean;
  /** How yes and no are written. */
  booleans: readonly [yes: string, no: string];
  /** How a date is written: `2024-02-01`, or `1-2-2024` as Dutch Excel shows it. */
  dates: 'iso' | 'd-m-yyyy';
}

/** The dialects {@link formatCsv} writes: `plain` (RFC 4180, comma, point) and `excel-nl` (Dutch Excel). */
export const CSV_WRITE_DIALECTS: Readonly<Record<'plain' | 'excel-nl', CsvWriteDialect>> = {
  plain: {
    separator: ',',
    decimalComma: false,
    bom: false,
    lineEnd: '\n',
    rounded: false,
    booleans: ['true', 'false'],
    dates: 'iso',
  },
  'excel-nl': {
    separator: ';',
    decimalComma: true,
    bom: true,
    lineEnd: '\r\n',
    rounded: true,
    booleans: ['WAAR', 'ONWAAR'],
    dates: 'd-m-yyyy',
  },
};

/**
 * An ISO date (`2024-02-01`) as a dialect writes it (`1-2-2024` in `excel-nl`); `undefined` stays absent.
 *
 * @example
 * formatDate('2024-02-01', CSV_WRITE_DIALECTS['excel-nl']); // '1-2-2024'
 */
export function formatDate(iso: string | undefined, dialect: CsvWriteDialect): string | undefined {
  const m = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null || dialect.dates === 'iso') return iso;
  return `${Number(m[3])}-${Number(m[2])}-${m[1]}`;
}

const NUMBER_TEXT = /^[-+]?(\d+[.,]?\d*|[.,]\d+)([eE][-+]?\d+)?$/;
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * A text cell made safe to open in a spreadsheet (OWASP, CSV injection): a cell that begins with `=`,
 * `+`, `-`, `@`, tab or CR (after any apostrophes) and is not a number gets a leading `'`, so Excel
 * shows it instead of running it. {@link parseCsv} takes that apostrophe off again.
 *
 * @example
 * neutraliseFormula('=HYPERLINK("x")'); // "'=HYPERLINK(\"x\")"
 * neutraliseFormula('-3.5'); // '-3.5'
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !NUMBER_TEXT.test(text) ? `'${text}` : text;
}

function cellText(value: CsvValue, dialect: CsvWriteDialect): string {
  if (value === undefined) return '';
  if (typeof value === 'number') {
    const s = String(value);
    return dialect.decimalComma ? s.replace('.', ',') : s;
  }
  if (typeof value === 'boolean') return dialect.booleans[value ? 0 : 1];
  return neutraliseFormula(value);
}

const QUOTED_ANYWHERE = /["\r\n]/;
// In the header, any separator a reader may detect is quoted, so detection reads the header right.
const QUOTED_IN_HEADER = /[",;\t\r\n]/;

function quote(text: string, separator: CsvSeparator, header: boolean): string {
  const needs = header ? QUOTED_IN_HEADER.test(text) : text.includes(separator) || QUOTED_ANYWHERE.test(text);
  return needs ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes CSV text with a header line in a dialect; text cells are neutralised against formula
 * injection ({@link neutraliseFormula}), numbers written with the dialect's decimal mark.
 *
 * @param header - the column names
 * @param rows - the rows, each as many cells as the header
 * @param dialect - @default CSV_WRITE_DIALECTS.plain
 * @returns the CSV text
 * @example
 * formatCsv(['id', 'note'], [['c-1', 'a, b']]); // 'id,note\nc-1,"a, b"\n'
 * formatCsv(['id', 'uren'], [['c-1', 12.5]], CSV_WRITE_DIALECTS['excel-nl']); // '\uFEFFid;uren\r\nc-1;12,5\r\n'
 */
export function formatCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  dialect: CsvWriteDialect = CSV_WRITE_DIALECTS.plain,
): string {
  const { separator, lineEnd } = dialect;
  const line = (cells: readonly CsvValue[], isHeader: boolean) =>
    cells.map((c) => quote(cellText(c, dialect), separator, isHeader)).join(separator) + lineEnd;
  // A one-column file shows no separator to detect: quote every separator there, as in a header.
  const oneColumn = header.length === 1;
  let out = (dialect.bom ? '\uFEFF' : '') + line(header, true);
  for (const row of rows) out += line(row, oneColumn);
  return out;
}
