import { fmlItem } from '../capability/fml.js';

/**
 * Cells of the flat CSV layouts, read and written. Reading never fails: a cell that does not read as
 * the expected kind is passed on as its text, so the input contract's schema reports it with its
 * place, like every other problem. An empty cell is an absent field.
 */

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A text cell: trimmed, `undefined` when empty. */
export function textCell(cell: string | undefined): string | undefined {
  const t = cell?.trim() ?? '';
  return t === '' ? undefined : t;
}

/** A number cell (decimal point): the number, `undefined` when empty, else the text. */
export function numberCell(cell: string | undefined): number | string | undefined {
  const t = textCell(cell);
  return t !== undefined && NUMBER.test(t) ? Number(t) : t;
}

/** A yes/no cell: `true`/`false` (also `1`/`0`), `undefined` when empty, else the text. */
export function booleanCell(cell: string | undefined): boolean | string | undefined {
  const t = textCell(cell);
  if (t === undefined) return undefined;
  const lower = t.toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0') return false;
  return t;
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

/** Writes a number, boolean or text cell; `''` for absent. */
export function formatCell(value: string | number | boolean | undefined): string {
  return value === undefined ? '' : String(value);
}

/** Writes a list cell. */
export function formatList(list: readonly string[] | undefined): string {
  return list === undefined ? '' : list.join(';');
}

/** Writes a map cell of numbers. */
export function formatMap(map: Readonly<Record<string, number>> | undefined): string {
  return map === undefined
    ? ''
    : Object.entries(map)
        .map(([k, v]) => `${k}=${v}`)
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
