import { compareCapabilities, generateRegion, taskKind } from 'banenmatch';
import { describe, expect, it } from 'vitest';

// The synthetic people's needs come from real work (issue 18): every limitation is one some task of
// the region can meet, skills come from the work they did, hours and commute limits are plausible.

const region = generateRegion({ seed: 9, candidates: 1500, vacancies: 1500 });
const demandsInRegion = [
  ...new Map(region.vacancies.flatMap((v) => v.tasks ?? []).map((t) => [t.kind, t.demands])).values(),
];
const share = (f: (c: (typeof region.candidates)[number]) => boolean) =>
  region.candidates.filter(f).length / region.candidates.length;

describe('synthetic needs', () => {
  it('draws every limitation (a condition set as a whole) so that some task of the region meets it', () => {
    const unmet: string[] = [];
    for (const c of region.candidates) {
      for (const [id, value] of Object.entries(c.capabilities)) {
        if (!demandsInRegion.some((d) => compareCapabilities({ [id]: value }, d).fits))
          unmet.push(`${c.id} ${id}`);
      }
    }
    expect(unmet).toEqual([]);
  });

  it('gives everyone a profile that as a whole fits at least one kind of task in the region', () => {
    const none = region.candidates.filter(
      (c) => !demandsInRegion.some((d) => compareCapabilities(c.capabilities, d).fits),
    );
    expect(none.map((c) => c.id)).toEqual([]);
  });

  it('draws the needs the catalogue now assesses at low rates, and II.12 code 4 where it is met', () => {
    expect(share((c) => c.capabilities['III.5'] !== undefined)).toBeGreaterThan(0.01);
    expect(share((c) => c.capabilities['III.5'] !== undefined)).toBeLessThan(0.06);
    const nights = share((c) => c.capabilities['VI.1'] !== undefined);
    expect(nights).toBeGreaterThan(0.03);
    expect(nights).toBeLessThan(0.12);
    expect(share((c) => c.capabilities['IV.3'] !== undefined)).toBeLessThan(0.06);
    expect(share((c) => c.capabilities['IV.3'] !== undefined)).toBeGreaterThan(0.005);
    expect(
      share((c) => ((c.capabilities['II.12'] as number[] | undefined) ?? []).includes(4)),
    ).toBeGreaterThan(0.05);
  });

  it("takes skills from the tasks of the work a person did (a cleaner's skills are cleaning skills)", () => {
    for (const c of region.candidates) {
      const kinds = Object.keys(c.taskPerformance ?? {});
      expect(kinds.length, c.id).toBeGreaterThan(0);
      const known = new Set(kinds.flatMap((k) => taskKind(k)!.skills));
      for (const s of c.skills) expect(known.has(s), `${c.id} ${s}`).toBe(true);
    }
  });

  it('gives hours windows, not single numbers, and a short commute limit only to people limited in travel', () => {
    for (const c of region.candidates) {
      expect(c.hoursPerWeek.min, c.id).toBeLessThan(c.hoursPerWeek.max);
      const travelLimited = c.capabilities['II.10'] !== undefined;
      expect(c.maxCommuteKm, c.id).toBeGreaterThanOrEqual(travelLimited ? 5 : 10);
      if (!travelLimited) expect(c.maxCommuteKm, c.id).toBeLessThanOrEqual(25);
    }
  });
});
