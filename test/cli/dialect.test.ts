import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatesFromCsv } from '../../src/cli/candidates-csv.js';
import { booleanCell, dateCell, numberCell } from '../../src/cli/cells.js';
import {
  CSV_WRITE_DIALECTS,
  detectSeparator,
  formatCsv,
  neutraliseFormula,
  parseCsv,
} from '../../src/cli/csv.js';
import { readLayout } from '../../src/cli/csv-layout.js';
import { decodeText } from '../../src/cli/input.js';
import { observationsFromCsv } from '../../src/cli/observations-csv.js';

const COLUMNS = ['id', 'hoursMin', 'hoursMax', 'priority'];

describe('the CSV reader: each dialect feature on a small file', () => {
  it('detects the separator from the header line: comma, semicolon, tab; quotes do not count', () => {
    expect(detectSeparator('id,lat,lon\n1;2;3;4\n')).toBe(',');
    expect(detectSeparator('\uFEFFId;Doelgroep;Gemeente\r\n')).toBe(';');
    expect(detectSeparator('id\tlat\tlon\n')).toBe('\t');
    expect(detectSeparator('"a;b;c",x\n')).toBe(',');
    expect(detectSeparator('\n\nid;lat\n')).toBe(';');
    expect(detectSeparator('id\n1\n')).toBe(',');
  });

  it('reads a Dutch Excel file: BOM, semicolons, CRLF, decimal commas, WAAR/ONWAAR, header "Id"', () => {
    const text = '\uFEFFId;Hours Min;HOURSMAX;Priority\r\nc-1;12,5;24;WAAR\r\nc-2;8;16,75;ONWAAR\r\n';
    const layout = readLayout(text, COLUMNS, COLUMNS);
    expect(layout.problems).toEqual([]);
    expect(layout.table.dialect).toEqual({ separator: ';', decimalComma: true });
    const rows = layout.table.rows.map((row) => [
      layout.cell(row, 'id'),
      layout.number(row, 'hoursMin'),
      layout.number(row, 'hoursMax'),
      booleanCell(layout.cell(row, 'priority')),
    ]);
    expect(rows).toEqual([
      ['c-1', 12.5, 24, true],
      ['c-2', 8, 16.75, false],
    ]);
    expect(layout.table.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('reads tab-separated text with a decimal comma', () => {
    const layout = readLayout('id\thoursMin\thoursMax\tpriority\nc-1\t12,5\t20\tja\n', COLUMNS, COLUMNS);
    expect(layout.number(layout.table.rows[0]!, 'hoursMin')).toBe(12.5);
  });

  it('numbers: a decimal point always, a decimal comma only where the separator is not a comma', () => {
    expect(numberCell('14.71')).toBe(14.71);
    expect(numberCell('14,71')).toBe('14,71'); // in a comma file the schema reports it
    expect(numberCell('14,71', true)).toBe(14.71);
    expect(numberCell('14.71', true)).toBe(14.71);
    expect(numberCell('-0,5', true)).toBe(-0.5);
    expect(numberCell('1.234,5', true)).toBe(1234.5);
    const problems: string[] = [];
    expect(numberCell('74.031', true, (m) => problems.push(m))).toBe('74.031');
    expect(problems).toEqual([
      'is ambiguous: a dot before three digits may group thousands; write the number without it',
    ]);
    expect(numberCell(' ', true)).toBeUndefined();
    expect(numberCell('twaalf', true)).toBe('twaalf');
  });

  it('booleans: true/false, ja/nee, WAAR/ONWAAR, 1/0, any case; other text passed on', () => {
    for (const t of ['true', 'TRUE', 'ja', 'Ja', 'WAAR', 'waar', '1']) expect(booleanCell(t)).toBe(true);
    for (const f of ['false', 'nee', 'NEE', 'ONWAAR', '0']) expect(booleanCell(f)).toBe(false);
    expect(booleanCell('misschien')).toBe('misschien');
    expect(booleanCell('')).toBeUndefined();
  });

  it('dates: yyyy-mm-dd as written, d-m-yyyy (also / and .) to yyyy-mm-dd', () => {
    expect(dateCell('2024-02-01')).toBe('2024-02-01');
    expect(dateCell('1-2-2024')).toBe('2024-02-01');
    expect(dateCell('01/02/2024')).toBe('2024-02-01');
    expect(dateCell('31.12.2023')).toBe('2023-12-31');
    expect(dateCell('2024/02/01')).toBe('2024/02/01'); // not a form we read: the schema reports it
  });

  it('skips blank rows, also rows of empty fields as Excel leaves them (;;;)', () => {
    const t = parseCsv('id;a;b\r\n\r\nc-1;1;2\r\n;;\r\n  ; ;\r\nc-2;3;4\r\n;;\r\n');
    expect(t.rows).toEqual([
      { line: 3, cells: ['c-1', '1', '2'] },
      { line: 6, cells: ['c-2', '3', '4'] },
    ]);
    expect(t.problems).toEqual([]);
  });

  it('refuses short and long rows, naming the line and both counts; the other rows are read', () => {
    const t = parseCsv('id,a,b\nc-1,1,2\nc-2,1\nc-3,1,2,3\n"c-4\nwith a break",1,2\nc-5\n');
    expect(t.problems).toEqual([
      { where: 'line 3', message: 'has 2 fields, the header has 3' },
      { where: 'line 4', message: 'has 4 fields, the header has 3' },
      { where: 'line 7', message: 'has 1 field, the header has 3' },
    ]);
    expect(t.rows.map((r) => r.line)).toEqual([2, 5]);
  });

  it('counts lines through quoted line breaks and mixed line ends', () => {
    const t = parseCsv('id,note\r\nc-1,"two\r\nlines"\nc-2,x\rc-3,"a\nb\nc"\r\nc-4,y\n');
    expect(t.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'c-1'],
      [4, 'c-2'],
      [5, 'c-3'],
      [8, 'c-4'],
    ]);
    expect(t.rows[0]!.cells[1]).toBe('two\r\nlines');
  });

  it('warns on a header without rows', () => {
    expect(parseCsv('id;a\r\n').warnings).toEqual([{ where: '(file)', message: 'has a header and no rows' }]);
    expect(parseCsv('id;a\r\nc-1;2\r\n').warnings).toEqual([]);
  });

  it('matches headers without case, accents or spaces, and suggests the nearest for an unknown one', () => {
    const layout = readLayout(' ID ;Hóurs_min;hours-max;priorty\nc-1;1;2;ja\n', COLUMNS, COLUMNS);
    expect(layout.problems).toEqual([
      { where: 'line 1', message: 'unknown column "priorty" (did you mean "priority"?)' },
      { where: 'line 1', message: 'missing column "priority"' },
    ]);
  });

  it('stops at header problems: the rows are not judged (one problem, not one per cell)', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `c-${i},1`).join('\n');
    const layout = readLayout(`id,hoursMin,hoursMaks\n${rows}\n`, COLUMNS, ['id', 'hoursMax']);
    expect(layout.headerFailed).toBe(true);
    expect(layout.table.rows).toEqual([]);
    expect(layout.problems.map((p) => p.message)).toEqual([
      'unknown column "hoursMaks" (did you mean "hoursMax"?)',
      'missing column "hoursMax"',
    ]);
  });

  it('says when the header has one field, pointing at the separator', () => {
    const layout = readLayout('id|hoursMin|hoursMax\nc-1|1|2\n', COLUMNS, ['id', 'hoursMax']);
    expect(layout.problems.at(-1)?.message).toBe(
      'the header has one field when read with a comma between fields; fields must be separated by a comma, a semicolon or a tab',
    );
  });

  it('reads the observations file of a Dutch Excel user, and refuses 74.031 (a thousands dot)', () => {
    const ok = observationsFromCsv('Jaar;Market;Government\r\n');
    expect(ok.problems.map((p) => p.message)).toEqual(['unknown column "Jaar" (did you mean "year"?)']);
    const r = observationsFromCsv('Year;Market;Government\r\n2022;61.245;9842\r\n2023;74031;11634\r\n');
    expect(r.problems).toEqual([
      {
        where: 'line 2, column market',
        message: 'is ambiguous: a dot before three digits may group thousands; write the number without it',
      },
    ]);
    expect(r.records[1]).toEqual({ year: 2023, market: 74031, government: 11634 });
  });

  it('the issue’s short row: a candidate row with 8 of its 18 fields is refused, not read without its FML', () => {
    const header =
      'id,targetGroup,municipality,lat,lon,maxCommuteKm,hoursMin,hoursMax,capabilities,skills,taskPerformance,wageValue,wageValueDate,priority,registeredSince,preferredSectors,preferredOccupations,avoidTaskKinds';
    const full = 'c-1,wajong,Hilversum,52.2233,5.1764,15,12,24,IV.13=2,schoonmaken,,,,true,,,,';
    const short = 'c-2,wajong,Hilversum,52.2233,5.1764,15,12,24';
    const r = candidatesFromCsv(`${header}\n${full}\n${short}\n${full.replace('c-1', 'c-3')}\n`);
    expect(r.problems).toEqual([{ where: 'line 3', message: 'has 8 fields, the header has 18' }]);
    expect(r.records.map((c) => (c as { id: string }).id)).toEqual(['c-1', 'c-3']);
  });
});

describe('reading bytes', () => {
  it('reads UTF-8 (dropping a BOM), and Windows-1252 with a warning when the bytes are not UTF-8', () => {
    const utf8 = new TextEncoder().encode('\uFEFFskills\nhygiëne\n');
    expect(decodeText(utf8)).toEqual({ text: 'skills\nhygiëne\n' });
    const ansi = new Uint8Array([...new TextEncoder().encode('skills\nhygi'), 0xeb, 0x6e, 0x65, 0x0a]);
    const r = decodeText(ansi);
    expect(r.text).toBe('skills\nhygiëne\n');
    expect(r.warning).toMatch(/not UTF-8; read as Windows-1252/);
  });
});

describe('the CSV writer', () => {
  it('neutralises cells that a spreadsheet would run, but not numbers (OWASP CSV injection)', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x","klik")')).toBe('\'=HYPERLINK("http://x","klik")');
    expect(neutraliseFormula('+31 6 1234')).toBe("'+31 6 1234");
    expect(neutraliseFormula('-cmd')).toBe("'-cmd");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\tx')).toBe("'\tx");
    expect(neutraliseFormula('\rx')).toBe("'\rx");
    expect(neutraliseFormula('-3.5')).toBe('-3.5');
    expect(neutraliseFormula('+2')).toBe('+2');
    expect(neutraliseFormula('-0,5')).toBe('-0,5');
    expect(neutraliseFormula('schoonmaker')).toBe('schoonmaker');
    expect(formatCsv(['id', 'occupation'], [['=1+2', '@x']])).toBe("id,occupation\n'=1+2,'@x\n");
  });

  it('writes the Dutch Excel dialect: BOM, semicolons, CRLF, decimal commas, diacritics kept', () => {
    const text = formatCsv(
      ['id', 'uren', 'skills'],
      [['c-1', 12.5, 'hygiëne;kopiëren']],
      CSV_WRITE_DIALECTS['excel-nl'],
    );
    expect(text).toBe('\uFEFFid;uren;skills\r\nc-1;12,5;"hygiëne;kopiëren"\r\n');
  });

  it('property: any table it writes reads back to the same cells, in both dialects', () => {
    const cell = fc.oneof(
      fc.string({
        unit: fc.constantFrom(
          'a',
          'ë',
          ' ',
          ',',
          ';',
          '\t',
          '"',
          '\n',
          '\r',
          '=',
          '+',
          '-',
          '@',
          "'",
          '1',
          '.',
        ),
      }),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.tuple(
            fc.array(
              fc.string({ minLength: 1 }).filter((h) => h.trim() !== ''),
              { minLength: width, maxLength: width },
            ),
            fc.array(
              fc
                .array(cell, { minLength: width, maxLength: width })
                .filter((r) => r.some((c) => c.trim() !== '')),
              { maxLength: 6 },
            ),
          ),
        ),
        fc.constantFrom('plain' as const, 'excel-nl' as const),
        ([header, rows], dialect) => {
          const back = parseCsv(formatCsv(header, rows, CSV_WRITE_DIALECTS[dialect]));
          expect(back.problems).toEqual([]);
          expect(back.header).toEqual(header.map((h) => h.trim()));
          expect(back.rows.map((r) => r.cells)).toEqual(rows);
        },
      ),
    );
  });
});
