import { isValidationError, wageCostSubsidy } from 'banenmatch';
import { describe, expect, it } from 'vitest';

describe('rules overrides', () => {
  const base = { wageValue: 0.6, hoursPerWeek: 36, date: '2026-01-01' };
  it('a value of another kind than the default is a ValidationError naming the rule, never a TypeError', () => {
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [{ holidayPayRate: { toString: {} } }, ['holidayPayRate']],
      [{ lksCapShare: '0.7' }, ['lksCapShare']],
      [{ noRiskMonths: { wajong: Number.NaN } }, ['noRiskMonths', 'wajong']],
      [{ lkv: [{ validFrom: '2018-01-01', value: { perHour: {} } }] }, ['lkv', 0, 'value', 'perHour']],
    ];
    for (const [rules, path] of cases) {
      let error: unknown;
      try {
        wageCostSubsidy({ ...base, rules } as never);
      } catch (e) {
        error = e;
      }
      expect(isValidationError(error)).toBe(true);
      expect((error as { issues: { path: unknown[] }[] }).issues.map((i) => i.path)).toEqual([path]);
    }
  });

  it('a well-formed override is used', () => {
    const lower = wageCostSubsidy({ ...base, rules: { lksCapShare: 0.3 } });
    expect(lower.capBinds).toBe(true);
    expect(lower.amountPerMonth).toBeLessThan(wageCostSubsidy(base).amountPerMonth);
  });
});
