import { type AuditedRun, fairnessAudit } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Two groups "a" and "b": `na` candidates of which `sa` placed, and `nb` of which `sb` placed. */
function twoGroups(
  na: number,
  sa: number,
  nb: number,
  sb: number,
): { run: AuditedRun; groups: Record<string, Record<string, string>> } {
  const run: { placements: { candidateId: string; score: number }[]; unplaced: { candidateId: string }[] } = {
    placements: [],
    unplaced: [],
  };
  const groups: Record<string, Record<string, string>> = {};
  for (const [group, n, s] of [
    ['a', na, sa],
    ['b', nb, sb],
  ] as const) {
    for (let i = 0; i < n; i++) {
      const id = `${group}${i}`;
      groups[id] = { g: group };
      if (i < s) run.placements.push({ candidateId: id, score: 0.5 });
      else run.unplaced.push({ candidateId: id });
    }
  }
  return { run, groups };
}

describe('fairnessAudit judges the four-fifths rule exactly', () => {
  it('16 of 25 against 20 of 25 is exactly 4/5: not flagged (the float ratio is 0.7999999999999999)', () => {
    expect(16 / 25 / (20 / 25)).toBeLessThan(0.8); // the artefact the audit must not fall for
    const { run, groups } = twoGroups(25, 16, 25, 20);
    const audit = fairnessAudit(run, groups);
    const a = audit.attributes[0]!.groups.find((x) => x.value === 'a')!;
    expect(audit.attributes[0]!.bestGroup).toBe('b');
    expect(a.fourFifthsFlag).toBe(false);
    expect(audit.verdicts).toEqual(['g: no large-enough group below 0.8 of the best group "b".']);
  });

  it('15 of 25 against 20 of 25 (3/4) is flagged, and the verdict shows the counts and a ratio below 0.8', () => {
    const { run, groups } = twoGroups(25, 15, 25, 20);
    const audit = fairnessAudit(run, groups);
    expect(audit.attributes[0]!.groups.find((x) => x.value === 'a')!.fourFifthsFlag).toBe(true);
    expect(audit.verdicts[0]).toMatch(
      /^g: group "a" selection rate 60% \(15 of 25\) is 0\.75 of group "b" \(80%, 20 of 25\), below 0\.8, /,
    );
  });

  it('never shows a flagged ratio as 0.80: 399 of 500 against 100 of 100 reads 0.79', () => {
    const { run, groups } = twoGroups(500, 399, 100, 100);
    const audit = fairnessAudit(run, groups);
    expect(audit.verdicts[0]).toContain('(399 of 500) is 0.79 of group "b"');
  });

  it('flags a group iff its exact rational ratio to the best group is below 4/5 (property)', () => {
    const counts = fc
      .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }))
      .chain(([na, nb]) =>
        fc.tuple(
          fc.constant(na),
          fc.integer({ min: 0, max: na }),
          fc.constant(nb),
          fc.integer({ min: 0, max: nb }),
        ),
      );
    // Half of the cases on the boundary: m·4t of m·n against 5t of n, exactly 4/5 of the best rate.
    const boundary = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }))
      .chain(([t, m]) =>
        fc
          .integer({ min: 5 * t, max: 60 })
          .map((n) => [m * n, m * 4 * t, n, 5 * t] as [number, number, number, number]),
      );
    fc.assert(
      fc.property(fc.oneof(counts, boundary), ([na, sa, nb, sb]) => {
        const { run, groups } = twoGroups(na, sa, nb, sb);
        const audit = fairnessAudit(run, groups, { minGroupSize: 1 });
        const rows = audit.attributes[0]!.groups;
        // The best group: the higher rate, "a" on a tie (sorted first); rates compared exactly.
        const bIsBest = sb * na > sa * nb;
        const [lo, hi] = bIsBest
          ? [
              [sa, na],
              [sb, nb],
            ]
          : [
              [sb, nb],
              [sa, na],
            ];
        const other = rows.find((r) => r.value === (bIsBest ? 'a' : 'b'))!;
        const best = rows.find((r) => r.value === (bIsBest ? 'b' : 'a'))!;
        expect(audit.attributes[0]!.bestGroup).toBe(best.value);
        // rate / bestRate < 4/5  ⇔  5 · s · n_best < 4 · s_best · n   (best rate > 0)
        const below = hi[0]! > 0 && 5 * lo[0]! * hi[1]! < 4 * hi[0]! * lo[1]!;
        expect(other.fourFifthsFlag).toBe(below);
        expect(best.fourFifthsFlag).toBe(false);
      }),
    );
  });

  it('reads another threshold as the decimal it is written as: 3 of 4 against 1 of 1 is not below 0.75', () => {
    const { run, groups } = twoGroups(4, 3, 1, 1);
    const at = (threshold: number) =>
      fairnessAudit(run, groups, { minGroupSize: 1, threshold }).attributes[0]!.groups.find(
        (x) => x.value === 'a',
      )!.fourFifthsFlag;
    expect(at(0.75)).toBe(false);
    expect(at(0.76)).toBe(true);
    expect(at(1)).toBe(true);
  });
});
