import {
  type AuditedRun,
  fairnessAudit,
  type GroupAttributes,
  isBanenmatchError,
  isValidationError,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// A hand-made caseload of 95 candidates (plus one without attributes), built from cells
// (gender, age band, candidates, placed, score of the placed).
const cells: [string, string, number, number, number][] = [
  ['v', '<27', 10, 6, 0.8],
  ['v', '27-49', 20, 12, 0.8],
  ['v', '50+', 10, 2, 0.8],
  ['m', '<27', 15, 5, 0.6],
  ['m', '27-49', 20, 6, 0.6],
  ['m', '50+', 15, 4, 0.6],
  ['x', '<27', 5, 1, 0.7],
];

function caseload(): { run: AuditedRun; groups: Record<string, Record<string, string>> } {
  const placements: { candidateId: string; score: number }[] = [];
  const unplaced: { candidateId: string }[] = [];
  const groups: Record<string, Record<string, string>> = {};
  let k = 0;
  for (const [gender, age, n, placed, score] of cells) {
    for (let i = 0; i < n; i++) {
      const id = `cand-${k++}`;
      groups[id] = { gender, ageBand: age };
      if (i < placed) placements.push({ candidateId: id, score });
      else unplaced.push({ candidateId: id });
    }
  }
  unplaced.push({ candidateId: 'cand-no-attributes' });
  return { run: { placements, unplaced }, groups };
}

describe('fairnessAudit on a hand-made caseload', () => {
  const { run, groups } = caseload();
  const audit = fairnessAudit(run, groups);
  const attr = (name: string) => audit.attributes.find((a) => a.attribute === name)!;
  const group = (name: string, value: string) => attr(name).groups.find((g) => g.value === value)!;

  it('counts candidates and placements', () => {
    expect(audit.candidates).toBe(96);
    expect(audit.selected).toBe(36);
    expect(attr('gender').missing).toBe(1);
    expect(audit.attributes.map((a) => a.attribute)).toEqual(['ageBand', 'gender']);
  });

  it('gender: women 20/40 = 50% best, men 15/50 = 30% → ratio 0.6 flagged; x (n = 5) too small', () => {
    expect(attr('gender').bestGroup).toBe('v');
    const v = group('gender', 'v');
    const m = group('gender', 'm');
    const x = group('gender', 'x');
    expect([v.n, v.selected, v.selectionRate, v.ratioToBest, v.fourFifthsFlag]).toEqual([
      40,
      20,
      0.5,
      1,
      false,
    ]);
    expect([m.n, m.selected, m.selectionRate, m.fourFifthsFlag]).toEqual([50, 15, 0.3, true]);
    expect(m.ratioToBest).toBeCloseTo(0.6, 12);
    expect(v.meanScore).toBeCloseTo(0.8, 12);
    expect(m.meanScore).toBeCloseTo(0.6, 12);
    expect(x.tooSmall).toBe(true);
    expect(x.fourFifthsFlag).toBe(false);
    expect(x.ratioToBest).toBeCloseTo(0.4, 12);
    expect(x.pValue).toBeNull();
    // Pooled p̂ = 35/90, se = √(p̂(1−p̂)(1/40 + 1/50)) = 0.103413, z = 0.2 / se = 1.93399, p = 0.05312 (by hand).
    expect(m.pValue).toBeCloseTo(0.05312, 4);
  });

  it('age band: 50+ at 6/25 = 24% is 0.533 of 27-49 (18/40 = 45%) → flagged; <27 at 0.889 not', () => {
    expect(attr('ageBand').bestGroup).toBe('27-49');
    const old = group('ageBand', '50+');
    const young = group('ageBand', '<27');
    expect(old.ratioToBest).toBeCloseTo(0.24 / 0.45, 12);
    expect(old.fourFifthsFlag).toBe(true);
    expect(young.ratioToBest).toBeCloseTo(0.4 / 0.45, 12);
    expect(young.fourFifthsFlag).toBe(false);
    // <27 mixes scores: 6 × 0.8 + 5 × 0.6 + 1 × 0.7 over 12.
    expect(young.meanScore).toBeCloseTo((6 * 0.8 + 5 * 0.6 + 0.7) / 12, 12);
  });

  it('says in words what is flagged and what is too small, and never names a candidate', () => {
    expect(audit.verdicts.some((v) => v.startsWith('gender: group "m"') && v.includes('0.60'))).toBe(true);
    expect(audit.verdicts.some((v) => v.startsWith('ageBand: group "50+"') && v.includes('0.53'))).toBe(true);
    expect(audit.verdicts.some((v) => v.includes('"x" too small'))).toBe(true);
    expect(JSON.stringify(audit)).not.toContain('cand-');
  });

  it('with minGroupSize above every group, judges nothing', () => {
    const none = fairnessAudit(run, groups, { minGroupSize: 1000 });
    for (const a of none.attributes) {
      expect(a.bestGroup).toBeNull();
      expect(a.groups.every((g) => g.tooSmall && !g.fourFifthsFlag && g.ratioToBest === null)).toBe(true);
    }
  });
});

describe('fairnessAudit: input errors', () => {
  it('rejects a candidate listed twice and a NaN score, with paths', () => {
    try {
      fairnessAudit(
        { placements: [{ candidateId: 'a', score: Number.NaN }], unplaced: [{ candidateId: 'a' }] },
        {},
      );
      expect.unreachable();
    } catch (e) {
      expect(isValidationError(e)).toBe(true);
      if (!isValidationError(e)) return;
      expect(e.issues.map((i) => [i.path, i.code])).toEqual([
        [['placements', 0, 'score'], 'invalid_type'],
        [['unplaced', 0, 'candidateId'], 'duplicate_id'],
      ]);
    }
  });

  it('rejects bad options', () => {
    for (const options of [{ minGroupSize: 0 }, { threshold: 1.5 }, { alpha: 0 }]) {
      try {
        fairnessAudit({ placements: [], unplaced: [] }, {}, options);
        expect.unreachable();
      } catch (e) {
        expect(isBanenmatchError(e) && e.code).toBe('INVALID_ARGUMENT');
      }
    }
  });
});

describe('fairnessAudit: properties', () => {
  const runArb = fc
    .array(
      fc.record({
        group: fc.constantFrom('a', 'b', 'c'),
        placed: fc.boolean(),
        score: fc.integer({ min: 0, max: 4 }).map((q) => q / 4),
      }),
      {
        maxLength: 60,
      },
    )
    .map((rows) => {
      const run: AuditedRun = { placements: [], unplaced: [] };
      const groups: Record<string, Record<string, string>> = {};
      const placements: { candidateId: string; score: number }[] = [];
      const unplaced: { candidateId: string }[] = [];
      rows.forEach((r, i) => {
        groups[`id${i}`] = { g: r.group };
        if (r.placed) placements.push({ candidateId: `id${i}`, score: r.score });
        else unplaced.push({ candidateId: `id${i}` });
      });
      return { run: { ...run, placements, unplaced }, groups: groups as GroupAttributes, rows };
    });

  it('rates match a brute-force count; the best group has ratio 1 and the highest rate', () => {
    fc.assert(
      fc.property(runArb, fc.integer({ min: 1, max: 10 }), ({ run, groups, rows }, minGroupSize) => {
        const audit = fairnessAudit(run, groups, { minGroupSize });
        const a = audit.attributes[0];
        if (rows.length === 0) {
          expect(audit.attributes).toEqual([]);
          return;
        }
        for (const g of a!.groups) {
          const members = rows.filter((r) => r.group === g.value);
          expect(g.n).toBe(members.length);
          expect(g.selected).toBe(members.filter((r) => r.placed).length);
          expect(g.tooSmall).toBe(members.length < minGroupSize);
          if (g.pValue !== null) expect(g.pValue >= 0 && g.pValue <= 1).toBe(true);
        }
        const best = a!.groups.find((g) => g.value === a!.bestGroup);
        if (best !== undefined) {
          for (const g of a!.groups)
            if (!g.tooSmall) expect(g.selectionRate).toBeLessThanOrEqual(best.selectionRate);
          if (best.selectionRate > 0) expect(best.ratioToBest).toBe(1);
        }
      }),
    );
  });

  // Scores are multiples of 1/4 so sums are exact in any order.
  it('does not depend on the order of placements and unplaced (metamorphic)', () => {
    fc.assert(
      fc.property(runArb, ({ run, groups }) => {
        const reversed = { placements: [...run.placements].reverse(), unplaced: [...run.unplaced].reverse() };
        expect(fairnessAudit(reversed, groups, { minGroupSize: 2 })).toEqual(
          fairnessAudit(run, groups, { minGroupSize: 2 }),
        );
      }),
    );
  });
});
