import { readFileSync } from 'node:fs';
import { findOccupation } from 'banenmatch';
import { describe, expect, it } from 'vitest';

// Real vacancy titles with the industry they belong to (see the note at the top of the data file).
const rows = readFileSync(new URL('./vacancy-titles.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => {
    const [title, industry] = line.split('\t');
    return { title: title!, expected: industry === '-' ? null : industry! };
  });

describe('findOccupation on real vacancy titles', () => {
  it('has a list of at least 60 titles, at least 8 of them outside the catalogue', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(rows.filter((r) => r.expected === null).length).toBeGreaterThanOrEqual(8);
  });

  it('puts ≥ 90% in the right industry (or none when none is right) and ≤ 5% confidently wrong', () => {
    let right = 0;
    const wrong: string[] = [];
    const missed: string[] = [];
    for (const { title, expected } of rows) {
      const r = findOccupation(title);
      const got = r.occupation === null ? null : r.industry;
      if (got === expected) right++;
      else if (got === null) missed.push(title);
      else wrong.push(`${title} → ${got} (expected ${expected ?? 'none'})`);
    }
    const hitRate = right / rows.length;
    const wrongRate = wrong.length / rows.length;
    // Printed, not logged: the test setup fails a test whose code writes to the console.
    process.stdout.write(
      `findOccupation on ${rows.length} vacancy titles: ${(100 * hitRate).toFixed(1)}% right industry, ` +
        `${(100 * wrongRate).toFixed(1)}% confidently wrong, ${missed.length} without an answer` +
        (missed.length > 0 ? `\n  no answer: ${missed.join('; ')}` : '') +
        (wrong.length > 0 ? `\n  wrong: ${wrong.join('; ')}` : '') +
        '\n',
    );
    expect(hitRate).toBeGreaterThanOrEqual(0.9);
    expect(wrongRate).toBeLessThanOrEqual(0.05);
  });
});
