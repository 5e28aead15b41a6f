import { fmlItem } from '../capability/fml.js';

/**
 * Cells of the flat CSV layouts, read and written. Reading never fails: a cell that does not read as
 * the expected kind is passed on as its text, so the input contract's schema reports it with its
 * place, like every other problem. An empty cell is an absent field. Numbers take a decimal comma in
 * files whose separator is not a comma (Dutch Excel), booleans Dutch words, dates `d-m-yyyy` too.
 */

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const COMMA_NUMBER = /^[-+]?(\d+,?\d*|,\d+)$/;
/** `1.234` or `12.345.678` (optionally `,5` after): a dot that groups thousands, as Dutch Excel shows them. */
const GROUPED = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/;

/** A problem of one cell, without its content: what to say (the reader adds where). */
export type CellProblem = (message: string) => void;

/** A text cell: trimmed, `undefined` when empty. */
export function textCell(cell: string | undefined): string | undefined {
  const t = cell?.trim() ?? '';
  return t === '' ? undefined : t;
}

/**
 * A number cell: the number, `undefined` when empty, else the text. With `decimalComma`, `14,71` and
 * `14.71` both read as 14.71 and `1.234,5` as 1234.5; `1.234` is refused through `problem` (a dot
 * before three digits may group thousands or be a decimal point).
 *
 * @example
 * numberCell('14,71', true); // 14.71
 */
export function numberCell(
  cell: string | undefined,
  decimalComma = false,
  problem?: CellProblem,
): number | string | undefined {
  const t = textCell(cell);
  if (t === undefined) return undefined;
  if (NUMBER.test(t)) {
    if (decimalComma && GROUPED.test(t)) {
      problem?.('is ambiguous: a dot before three digits may group thousands; write the number without it');
      return t;
    }
    return Number(t);
  }
  if (!decimalComma) return t;
  if (COMMA_NUMBER.test(t)) return Number(t.replace(',', '.'));
  if (GROUPED.test(t)) return Number(t.replaceAll('.', '').replace(',', '.'));
  return t;
}

const TRUE_WORDS = new Set(['true', '1', 'ja', 'j', 'waar', 'yes', 'y']);
const FALSE_WORDS = new Set(['false', '0', 'nee', 'n', 'onwaar', 'no']);

/** A yes/no cell: `true/false`, `ja/nee`, `WAAR/ONWAAR` (Dutch Excel), `1/0`; `undefined` when empty, else the text. */
export function booleanCell(cell: string | undefined): boolean | string | undefined {
  const t = textCell(cell);
  if (t === undefined) return undefined;
  const lower = t.toLowerCase();
  if (TRUE_WORDS.has(lower)) return true;
  if (FALSE_WORDS.has(lower)) return false;
  return t;
}

const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/**
 * A date cell: `yyyy-mm-dd` as it is, `d-m-yyyy` (also with `/` or `.`, as Dutch Excel writes dates)
 * turned into `yyyy-mm-dd`; `undefined` when empty; any other text as it is (the schema reports it).
 *
 * @example
 * dateCell('1-2-2024'); // '2024-02-01'
 */
export function dateCell(cell: string | undefined): string | undefined {
  const t = textCell(cell);
  const m = t === undefined ? null : DMY.exec(t);
  if (m === null) return t;
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** A list cell, entries separated by `;`: the entries, `undefined` when empty. */
export function listCell(cell: string | undefined): string[] | undefined {
  const t = textCell(cell);
  if (t === undefined) return undefined;
  const list = t
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return list.length === 0 ? undefined : list;
}

/**
 * A map cell `key=value;key=value` (e.g. task performance `cleaning=0.8;packing=0.6`). Entries that
 * are not `key=value` are reported by number (never by content) in `problems`.
 */
export function mapCell(
  cell: string | undefined,
  value: (text: string) => unknown,
): { map: Record<string, unknown> | undefined; problems: string[] } {
  const entries = listCell(cell);
  if (entries === undefined) return { map: undefined, problems: [] };
  const map: Record<string, unknown> = {};
  const problems: string[] = [];
  entries.forEach((entry, n) => {
    const eq = entry.indexOf('=');
    if (eq <= 0) problems.push(`entry ${n + 1} is not in the form KEY=VALUE`);
    else map[entry.slice(0, eq).trim()] = value(entry.slice(eq + 1).trim());
  });
  return { map, problems };
}

/**
 * The value of one FML entry: a list of codes when it holds `|` or the item is a conditions item
 * (`I.8=4|5`, `I.8=4`, `I.8=` for none), else one code (`IV.13=2`).
 */
function fmlValue(item: string, text: string): unknown {
  if (text.includes('|') || text === '' || fmlItem(item)?.kind === 'conditions') {
    return text
      .split('|')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map((s) => numberCell(s));
  }
  return numberCell(text);
}

/** An FML profile or demands cell, `IV.13=2;VI.3=3;I.8=4|5`. */
export function fmlCell(cell: string | undefined): {
  map: Record<string, unknown> | undefined;
  problems: string[];
} {
  const entries = listCell(cell);
  if (entries === undefined) return { map: undefined, problems: [] };
  const map: Record<string, unknown> = {};
  const problems: string[] = [];
  entries.forEach((entry, n) => {
    const eq = entry.indexOf('=');
    if (eq <= 0) problems.push(`entry ${n + 1} is not in the form ITEM=CODE`);
    else {
      const item = entry.slice(0, eq).trim();
      map[item] = fmlValue(item, entry.slice(eq + 1).trim());
    }
  });
  return { map, problems };
}

/** Writes a list cell. */
export function formatList(list: readonly string[] | undefined): string {
  return list === undefined ? '' : list.join(';');
}

/** Writes a map cell of numbers (a decimal comma with `decimalComma`). */
export function formatMap(map: Readonly<Record<string, number>> | undefined, decimalComma = false): string {
  return map === undefined
    ? ''
    : Object.entries(map)
        .map(([k, v]) => `${k}=${decimalComma ? String(v).replace('.', ',') : v}`)
        .join(';');
}

/** Writes an FML cell; a one-code list of a non-conditions item gets a trailing `|` to stay a list. */
export function formatFml(map: Readonly<Record<string, number | readonly number[]>> | undefined): string {
  if (map === undefined) return '';
  return Object.entries(map)
    .map(([item, v]) => {
      if (typeof v === 'number') return `${item}=${v}`;
      const tail = v.length === 1 && fmlItem(item)?.kind !== 'conditions' ? '|' : '';
      return `${item}=${v.join('|')}${tail}`;
    })
    .join(';');
}
