import {
  instrumentsFor,
  isValidationError,
  type TargetGroup,
  type ValidationError,
  WAGE_RULES,
  wageCostSubsidy,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';

// The policy lists of target groups (who gets LKS, loondispensatie, the LKV, which coaching) asserted
// by their outcome: the instruments each group gets. Sources are in WAGE_RULES.

const ORDER = [
  'wage-cost-subsidy',
  'wage-cost-subsidy-flat-rate',
  'wage-dispensation',
  'no-risk-policy',
  'lkv',
  'job-coaching',
  'trial-placement',
  'workplace-adaptation',
  'sheltered-work',
] as const;

// Wage value 50%, 24 h a week, a one-year contract, 1-1-2026.
const EXPECTED: Record<TargetGroup, (typeof ORDER)[number][]> = {
  // Wajong art. 2:20 (loondispensatie), ZW 29b, Wfsv 38b (register), UWV job coach.
  wajong: [
    'wage-dispensation',
    'no-risk-policy',
    'lkv',
    'job-coaching',
    'trial-placement',
    'workplace-adaptation',
  ],
  // Wsw-indicated outside a Wsw job: in the register, the municipality's client (LKS and its flat rate,
  // issue 18), the municipality's coaching; no loondispensatie.
  wsw: [
    'wage-cost-subsidy',
    'wage-cost-subsidy-flat-rate',
    'no-risk-policy',
    'lkv',
    'job-coaching',
    'trial-placement',
    'workplace-adaptation',
  ],
  // Pwet art. 10d: LKS and its flat rate.
  participatiewet: [
    'wage-cost-subsidy',
    'wage-cost-subsidy-flat-rate',
    'no-risk-policy',
    'lkv',
    'job-coaching',
    'trial-placement',
    'workplace-adaptation',
  ],
  praktijkroute: [
    'wage-cost-subsidy',
    'wage-cost-subsidy-flat-rate',
    'no-risk-policy',
    'lkv',
    'job-coaching',
    'trial-placement',
    'workplace-adaptation',
  ],
  'vso-pro': [
    'wage-cost-subsidy',
    'wage-cost-subsidy-flat-rate',
    'no-risk-policy',
    'lkv',
    'job-coaching',
    'trial-placement',
    'workplace-adaptation',
  ],
  // Pwet art. 10b: LKS, no-risk, but outside the register: no LKV.
  beschut: [
    'wage-cost-subsidy',
    'wage-cost-subsidy-flat-rate',
    'no-risk-policy',
    'job-coaching',
    'trial-placement',
    'workplace-adaptation',
    'sheltered-work',
  ],
  other: ['trial-placement'],
};

describe('policy lists of target groups', () => {
  for (const [group, ids] of Object.entries(EXPECTED) as [TargetGroup, string[]][]) {
    it(`${group}: ${ids.join(', ')}`, () => {
      const list = instrumentsFor(
        { id: 'c', targetGroup: group, wageValue: 0.5 },
        { hoursPerWeek: 24, contractMonths: 12 },
        '2026-01-01',
      );
      expect(list.map((i) => i.id)).toEqual([...ORDER]);
      expect(list.filter((i) => i.applies).map((i) => i.id)).toEqual(ids);
      const coaching = list.find((i) => i.id === 'job-coaching');
      if (coaching?.applies) {
        expect(coaching.source).toBe(
          group === 'wajong'
            ? 'WIA art. 35 / Re-integratiebesluit (UWV jobcoach)'
            : 'Participatiewet art. 10da',
        );
      }
    });
  }

  it('the lists as published', () => {
    expect(WAGE_RULES.lksTargetGroups).toEqual([
      'participatiewet',
      'praktijkroute',
      'vso-pro',
      'beschut',
      'wsw',
    ]);
    expect(WAGE_RULES.dispensationTargetGroups).toEqual(['wajong']);
    expect(WAGE_RULES.registerTargetGroups).toEqual([
      'wajong',
      'wsw',
      'participatiewet',
      'praktijkroute',
      'vso-pro',
    ]);
    expect(WAGE_RULES.municipalCoachingTargetGroups).toEqual([
      'participatiewet',
      'praktijkroute',
      'vso-pro',
      'beschut',
      'wsw',
    ]);
    expect(WAGE_RULES.uwvCoachingTargetGroups).toEqual(['wajong']);
    expect(WAGE_RULES.noRiskMonths.other).toBe(0);
  });

  it('a no-risk period set in the rules is reported in months', () => {
    const list = instrumentsFor(
      { id: 'c', targetGroup: 'other', wageValue: 0.5 },
      { hoursPerWeek: 24 },
      '2026-01-01',
      {
        rules: { noRiskMonths: { ...WAGE_RULES.noRiskMonths, other: 60 } },
      },
    );
    const noRisk = list.find((i) => i.id === 'no-risk-policy');
    expect([noRisk?.applies, noRisk?.durationMonths]).toEqual([true, 60]);
    expect(noRisk?.reason).toBe(
      'if the employee falls ill, UWV pays sickness benefit that the employer offsets against the wage, for 60 months',
    );
  });
});

describe('rules overrides are checked against the kind of each default', () => {
  const base = { wageValue: 0.6, hoursPerWeek: 36, date: '2026-01-01' };
  const issues = (rules: unknown): { path: readonly unknown[]; code: string; message: string }[] => {
    try {
      wageCostSubsidy({ ...base, rules } as never);
    } catch (e) {
      expect(isValidationError(e)).toBe(true);
      expect((e as ValidationError).message.startsWith('rules: ')).toBe(true);
      return (e as ValidationError).issues.map((i) => ({ path: i.path, code: i.code, message: i.message }));
    }
    return [];
  };

  it('a string where the default has one, a list where it has a list, an object where it has an object', () => {
    expect(
      issues({ lkv: [{ validFrom: 20180101, value: { perHour: 1, maxPerYear: 1, maxMonths: 1 } }] }),
    ).toEqual([{ path: ['lkv', 0, 'validFrom'], code: 'invalid_type', message: 'expected a string' }]);
    expect(issues({ lksTargetGroups: 'wajong' })).toEqual([
      { path: ['lksTargetGroups'], code: 'invalid_type', message: 'expected a list' },
    ]);
    expect(issues({ noRiskMonths: 5 })).toEqual([
      { path: ['noRiskMonths'], code: 'invalid_type', message: 'expected an object' },
    ]);
    expect(issues({ jobCoachIntensity: [0.1, '0.05', 0.05] })).toEqual([
      { path: ['jobCoachIntensity', 1], code: 'invalid_type', message: 'expected a number' },
    ]);
    expect(issues({ registerTargetGroups: ['wajong', 5] })).toEqual([
      { path: ['registerTargetGroups', 1], code: 'invalid_type', message: 'expected a string' },
    ]);
  });

  it('well-formed values, empty lists and keys the defaults lack pass', () => {
    expect(issues({ lkv: [], noRiskMonths: { martian: 'x' }, lksTargetGroups: [] })).toEqual([]);
    // An own `__proto__` key (as JSON.parse makes it) is no rule: it is not checked against Object.prototype.
    expect(issues(JSON.parse('{"__proto__": 5, "noRiskMonths": {"__proto__": 5}}'))).toEqual([]);
    expect(wageCostSubsidy({ ...base, rules: {} }).amountPerMonth).toBe(wageCostSubsidy(base).amountPerMonth);
  });
});
