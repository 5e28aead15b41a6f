/** @internal Escapes text for XML and HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** @internal Rounds to `decimals` places, without negative zero. */
export function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
}

/**
 * @internal Formats a number the Dutch way, independent of the runtime's locale data: `.` between
 * thousands, `,` before decimals (`1.125`, `37,5`), at most `decimals` decimals, trailing zeros dropped.
 */
export function nl(x: number, decimals = 1): string {
  const r = round(x, decimals);
  const negative = r < 0;
  const [whole = '0', fraction] = Math.abs(r).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = fraction?.replace(/0+$/, '') ?? '';
  return `${negative ? '−' : ''}${grouped}${trimmed === '' ? '' : `,${trimmed}`}`;
}

/** @internal A probability as a Dutch percentage without decimals (`62%`); `<1%` and `>99%` instead of a rounded 0 or 100. */
export function percent(p: number): string {
  if (p > 0 && p < 0.005) return '<1%';
  if (p < 1 && p > 0.995) return '>99%';
  return `${nl(p * 100, 0)}%`;
}

/** @internal SVG coordinates: at most one decimal, so output is stable and small. */
export function coord(x: number): string {
  return String(round(x, 1));
}
