/**
 * Formats rows as an aligned plain-text table: columns separated by two spaces, numbers (cells that
 * start with a digit, a minus or a plus sign) right-aligned, a header line and a rule under it.
 *
 * @param header - the column titles
 * @param rows - the cells, as text
 * @returns the table, every line ending in `\n`
 * @example
 * formatTable(['year', 'target'], [['2024', '1337']]);
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[-+\d]/.test(r[i] ?? '')));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  let out = `${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`;
  for (const r of rows) out += `${line(r)}\n`;
  return out;
}
