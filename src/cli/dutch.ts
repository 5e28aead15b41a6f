import { targetGroupText } from '../_internal/words-nl.js';

/**
 * @internal Numbers and words as a Dutch reader expects them in the command line's summaries: a
 * decimal comma and a dot between thousands (`1.234,5`), sectors and target groups in Dutch. JSON
 * output keeps the English field names and plain numbers.
 */

const formats = new Map<number, Intl.NumberFormat>();

/**
 * @internal A number with `digits` decimals, Dutch style.
 * @example getal(1234.5, 1) // '1.234,5'
 */
export function getal(x: number, digits = 0): string {
  let format = formats.get(digits);
  if (format === undefined) {
    format = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(digits, format);
  }
  // No minus sign on a figure that rounds to zero.
  return format.format(x).replace(/^-(?=0(,0*)?$)/, '');
}

/**
 * @internal Hours a week: `16 uur` when the least and the most are equal, else `12–16 uur`.
 * @example uren(16, 16) // '16 uur'
 */
export function uren(min: number, max: number, digits = 0): string {
  const a = getal(min, digits);
  const b = getal(max, digits);
  return a === b ? `${a} uur` : `${a}–${b} uur`;
}

/** @internal The Dutch name of a sector or of the total. */
export function sectorNaam(sector: string): string {
  return sector === 'market'
    ? 'markt'
    : sector === 'government'
      ? 'overheid'
      : sector === 'total'
        ? 'totaal'
        : sector;
}

/** @internal The Dutch name of a target group. */
export function doelgroepNaam(group: string): string {
  return targetGroupText(group);
}

/**
 * @internal The chance of reaching a target in words: `gehaald` and `buiten bereik` are the only
 * certainties; a simulated chance is never 0% or 100% (`<1%`, `>99%`).
 */
export function kansTekst(o: { probability: number; probabilityBasis: string }): string {
  if (o.probabilityBasis === 'reached') return 'gehaald';
  if (o.probabilityBasis === 'out-of-reach') return 'buiten bereik';
  const p = o.probability;
  return p < 0.005 ? '<1%' : p > 0.995 ? '>99%' : `${Math.round(p * 100)}%`;
}
