/**
 * The hand-written CSV reader of banenmatch 0.1.0 (src/cli/csv.ts before issue 16), kept verbatim
 * as the baseline of benchmarks/csv.ts: comma only, a string built one character at a time.
 */
/** One data row with its 1-based line number in the file (for messages). */
export interface OldCsvRow {
  line: number;
  cells: string[];
}

/** A parsed CSV file: the header's column names and the data rows. */
export interface OldCsvTable {
  header: string[];
  rows: OldCsvRow[];
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
export function parseCsvOld(text: string): OldCsvTable {
  const records: OldCsvRow[] = [];
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
