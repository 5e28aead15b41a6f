/**
 * A small RFC 4180 CSV reader and writer: comma separated, fields in double quotes when they hold a
 * comma, a quote or a line break (a quote inside doubled), CRLF or LF line ends, a UTF-8 byte order
 * mark ignored. The first line is the header.
 */

/** One data row with its 1-based line number in the file (for messages). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A parsed CSV file: the header's column names and the data rows. */
export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/**
 * Parses CSV text. Blank lines are skipped.
 *
 * @param text - the file's contents
 * @returns the header and the rows, each with its line number
 * @throws Error when a quoted field is not closed (message names the line)
 * @example
 * parseCsv('id,lat\nc-1,52.2\n').rows[0].cells; // ['c-1', '52.2']
 */
export function parseCsv(text: string): CsvTable {
  const records: CsvRow[] = [];
  let line = 1;
  let cells: string[] = [];
  let cell = '';
  let startLine = 1;
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') records.push({ line: startLine, cells });
    cells = [];
    cell = '';
  };
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      startLine = line;
    } else cell += ch;
  }
  if (quoted) throw new Error(`a quoted field that starts on line ${startLine} is not closed`);
  if (cell !== '' || cells.length > 0) endRecord();
  const [first, ...rows] = records;
  return { header: first === undefined ? [] : first.cells.map((h) => h.trim()), rows };
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Writes CSV text with a header line; every line ends in `\n`.
 *
 * @param header - the column names
 * @param rows - the rows, each as many cells as the header
 * @returns the CSV text
 * @example
 * formatCsv(['id', 'note'], [['c-1', 'a, b']]); // 'id,note\nc-1,"a, b"\n'
 */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  let out = `${header.map(quote).join(',')}\n`;
  for (const row of rows) out += `${row.map(quote).join(',')}\n`;
  return out;
}
