import { readFileSync } from 'node:fs';
import { TARGET_PLANS } from 'banenmatch';
import { describe, expect, it } from 'vitest';

// The notes of the shipped plans say where a row or a revision comes from; a reader relies on them as
// on the figures. Each is checked against the reference copies in data/reference/ (see its README).
const reference = (file: string): string =>
  readFileSync(new URL(`../../data/reference/${file}`, import.meta.url), 'utf8');

const MONTHS: Record<string, string> = { oktober: '10' };

describe('TARGET_PLANS.gooiEnVechtstreek2015: the revisions cite covenant article 6.2', () => {
  // "a. Oktober 2016, ingangsdatum eventuele aanpassingen 1 januari 2017;" → letter, review, effective.
  const items = [
    ...reference('convenant-inclusieve-arbeidsmarkt.txt').matchAll(
      /^([a-d])\. (\w+) (\d{4}), ingangsdatum eventuele aanpassingen 1 januari (\d{4})/gm,
    ),
  ].map((m) => ({
    letter: m[1]!,
    review: `${m[3]}-${MONTHS[m[2]!.toLowerCase()]}`,
    effective: `${m[4]}-01-01`,
  }));

  it('each revision names the item of article 6.2 with its review month and effective day', () => {
    expect(items).toHaveLength(4);
    const revisions = TARGET_PLANS.gooiEnVechtstreek2015.revisions ?? [];
    expect(revisions.map((r) => [r.review, r.effective])).toEqual(items.map((i) => [i.review, i.effective]));
    revisions.forEach((r, n) => {
      expect(r.note).toMatch(new RegExp(`^artikel 6\\.2\\.${items[n]!.letter}\\b`));
    });
  });

  it('the one taking effect before its review (6.2.d) says it is kept as published', () => {
    const revisions = TARGET_PLANS.gooiEnVechtstreek2015.revisions ?? [];
    const early = revisions.filter((r) => r.effective.slice(0, 7) < r.review);
    expect(early.map((r) => r.note)).toEqual(['artikel 6.2.d, as published']);
  });
});

describe('TARGET_PLANS.national2013: the notes follow the reference quality column', () => {
  // year, …, quality (column 8; no quoted commas before it).
  const quality = new Map(
    reference('national-banenafspraak-annual.csv')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','))
      .map((r) => [Number(r[0]), r[7]!] as const),
  );

  it('a target inferred from the yearly steps says so, and so does the end target; no other row has a note', () => {
    const noted = TARGET_PLANS.national2013.years.filter((r) => r.note !== undefined);
    expect(noted.map((r) => r.year)).toEqual([2024, 2025]);
    expect(quality.get(2024)).toMatch(/^targets inferred from the yearly steps/);
    expect(noted[0]!.note).toMatch(/^inferred from the \+10,000\/year market steps/);
    expect(quality.get(2025)).toBe('end target of the national agreement');
    expect(noted[1]!.note).toBe('end target of the sociaal akkoord');
  });
});
