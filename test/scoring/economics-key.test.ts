import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExplainContext, PairSnapshot } from '../../src/scoring/explain/context.js';
import { economicsKey, economicsSubKey, economicsText } from '../../src/scoring/explain/reasons-nl.js';
import type { EconomicsCore } from '../../src/wage-value/economics.js';

// The economics' reason is remembered during a ranking by two whole numbers (`economicsKey`,
// `economicsSubKey`): pairs with equal keys must get the same text, or a ranking would show one pair's
// subsidy under another. The keys read only the context's no-risk months, target groups and
// measured wage values, the snapshot's candidate and wage value, and the core's regime, ratio and
// subsidies: the context and snapshot here hold just those.

/** A context of one candidate of target group `group`, its wage value measured or not. */
function contextOf(group: 'wajong' | 'participatiewet', measured: boolean): ExplainContext {
  return {
    rules: { noRiskMonths: { wajong: 60, participatiewet: 0 } },
    cGroup: [group],
    cRecords: [{ wageValue: measured ? 0.5 : undefined }],
  } as unknown as ExplainContext;
}

const snapshotOf = (wageValue: number) => ({ ci: 0, wageValue }) as PairSnapshot;

function coreOf(c: Partial<EconomicsCore>): EconomicsCore {
  return {
    regime: 'none',
    ratio: 1,
    lksPerMonth: 0,
    lkvApplies: false,
    lkvPerMonth: 0,
    ...c,
  } as EconomicsCore;
}

const keysOf = (x: ExplainContext, s: PairSnapshot, e: EconomicsCore) => [
  economicsKey(x, s, e),
  economicsSubKey(e),
];

describe('the economics reason’s keys', () => {
  const x = contextOf('participatiewet', false);
  const s = snapshotOf(0.5);

  it('one key for the numbers as written (whole percentages, whole euros), another when one is written otherwise', () => {
    const lks = coreOf({ regime: 'wage-cost-subsidy', ratio: 0.991, lksPerMonth: 510.4 });
    // 0.991 and 0.994 are both written 99%; 0.996 is 100%.
    expect(keysOf(x, s, { ...lks, ratio: 0.994 })).toEqual(keysOf(x, s, lks));
    expect(keysOf(x, s, { ...lks, ratio: 0.996 })[0]).not.toBe(keysOf(x, s, lks)[0]);
    // € 510 per month and € 511.
    expect(economicsSubKey({ ...lks, lksPerMonth: 509.6 })).toBe(economicsSubKey(lks));
    expect(economicsSubKey({ ...lks, lksPerMonth: 510.6 })).not.toBe(economicsSubKey(lks));
    // LKV that does not apply and LKV of € 0 a year are written apart.
    expect(economicsSubKey({ ...lks, lkvApplies: true, lkvPerMonth: 0 })).not.toBe(economicsSubKey(lks));
    // The subsidy of another regime is not written, so not keyed.
    expect(economicsSubKey(coreOf({ lksPerMonth: 510.4 }))).toBe(economicsSubKey(coreOf({})));
    // Regime, no-risk policy, measured wage value and the wage value's percentage each count.
    const base = economicsKey(x, s, lks);
    expect(economicsKey(x, s, { ...lks, regime: 'wage-dispensation' })).not.toBe(base);
    expect(economicsKey(x, s, { ...lks, regime: 'none' })).not.toBe(base);
    expect(economicsKey(contextOf('wajong', false), s, lks)).not.toBe(base);
    expect(economicsKey(contextOf('participatiewet', true), s, lks)).not.toBe(base);
    expect(economicsKey(x, snapshotOf(0.504), lks)).toBe(base);
    expect(economicsKey(x, snapshotOf(0.506), lks)).not.toBe(base);
  });

  it('−1 for numbers out of the keys’ range: written afresh', () => {
    expect(economicsKey(x, s, coreOf({ ratio: 1000 }))).toBe(-1);
    expect(economicsKey(x, s, coreOf({ ratio: 999.99 }))).toBeGreaterThanOrEqual(0);
    expect(economicsKey(x, s, coreOf({ ratio: -0.01 }))).toBe(-1);
    expect(economicsKey(x, snapshotOf(Number.NaN), coreOf({}))).toBe(-1);
    expect(
      economicsSubKey(coreOf({ regime: 'wage-cost-subsidy', lksPerMonth: 99_999.4 })),
    ).toBeGreaterThanOrEqual(0);
    expect(economicsSubKey(coreOf({ regime: 'wage-cost-subsidy', lksPerMonth: 100_000 }))).toBe(-1);
    expect(economicsSubKey(coreOf({ lkvApplies: true, lkvPerMonth: 100_000 / 12 }))).toBe(-1);
    // The edges, where a key past them could meet another's: a wage value above 100% (a share is at
    // most 1), −1 %, euros of 10⁵ or below 0.
    expect(economicsKey(x, snapshotOf(1.006), coreOf({}))).toBe(-1);
    expect(economicsKey(x, snapshotOf(1.004), coreOf({}))).toBeGreaterThanOrEqual(0);
    expect(economicsKey(x, snapshotOf(-0.01), coreOf({}))).toBe(-1);
    expect(economicsKey(x, snapshotOf(-0.004), coreOf({ ratio: 0.004 }))).toBeGreaterThanOrEqual(0);
    expect(economicsKey(x, s, coreOf({ ratio: 0 }))).toBeGreaterThanOrEqual(0);
    expect(economicsSubKey(coreOf({ regime: 'wage-cost-subsidy', lksPerMonth: -0.6 }))).toBe(-1);
    expect(economicsSubKey(coreOf({ regime: 'wage-cost-subsidy', lksPerMonth: -0.4 }))).toBe(0);
    // LKV is keyed as its euros + 1 (0: none): € 99,998 a year is the last in range.
    expect(economicsSubKey(coreOf({ lkvApplies: true, lkvPerMonth: 99_998 / 12 }))).toBe(99_999);
    expect(economicsSubKey(coreOf({ lkvApplies: true, lkvPerMonth: 99_999 / 12 }))).toBe(-1);
    expect(economicsSubKey(coreOf({ lkvApplies: true, lkvPerMonth: 0.4 / 12 }))).toBe(1);
    expect(economicsSubKey(coreOf({ lkvApplies: true, lkvPerMonth: -1 / 12 }))).toBe(-1);
    expect(economicsSubKey(coreOf({}))).toBe(0);
  });

  it('pairs with equal keys get the same text (property, numbers near the rounding steps)', () => {
    const draw = fc.record({
      group: fc.constantFrom('wajong' as const, 'participatiewet' as const),
      measured: fc.boolean(),
      wageValue: fc.constantFrom(0, 0.3, 0.304, 0.306, 0.5, 1),
      regime: fc.constantFrom('none' as const, 'wage-cost-subsidy' as const, 'wage-dispensation' as const),
      ratio: fc.constantFrom(0.991, 0.994, 0.996, 1.2, Number.POSITIVE_INFINITY, Number.NaN),
      lksPerMonth: fc.constantFrom(0, 510.4, 509.6, 510.6),
      lkvApplies: fc.boolean(),
      lkvPerMonth: fc.constantFrom(0, 52.5, 52.49, 52.55),
    });
    fc.assert(
      fc.property(draw, draw, (a, b) => {
        const [xa, xb] = [contextOf(a.group, a.measured), contextOf(b.group, b.measured)];
        const [sa, sb] = [snapshotOf(a.wageValue), snapshotOf(b.wageValue)];
        const [ea, eb] = [coreOf(a), coreOf(b)];
        const [ka, kb] = [keysOf(xa, sa, ea), keysOf(xb, sb, eb)];
        if (ka[0]! < 0 || ka[1]! < 0 || ka[0] !== kb[0] || ka[1] !== kb[1]) return;
        expect(economicsText(xb, sb, eb)).toBe(economicsText(xa, sa, ea));
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });
});
