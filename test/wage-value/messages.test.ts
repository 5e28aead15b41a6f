import { employerEconomics, isBanenmatchError, type MinimumWage, wageCostSubsidy } from 'banenmatch';
import { describe, expect, it } from 'vitest';

// An error names the call and the argument that failed, so that a caller deep in a pipeline knows
// where to look: the message is the behaviour here.

function failure(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (isBanenmatchError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a BanenmatchError');
}

/** A WML table that starts before the charges table (1-1-2015), to reach the charges lookup's error. */
const EARLY_TABLE: MinimumWage[] = [
  {
    validFrom: '2010-01-01',
    hourly: 9,
    monthly: 1404,
    hourlyDerived: false,
    monthlyDerived: false,
    adultAge: 23,
    source: 'test table',
  },
];

describe('wageCostSubsidy errors', () => {
  it('names the function and the argument', () => {
    expect(failure(() => wageCostSubsidy(null as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: 'wageCostSubsidy: expected `input` to be an object',
    });
    expect(failure(() => wageCostSubsidy({ wageValue: 0.5, hoursPerWeek: 36, date: '2026-13-01' }))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: 'wageCostSubsidy(date): expected an ISO date YYYY-MM-DD, got "2026-13-01"',
    });
    const v = failure(() => wageCostSubsidy({ wageValue: 2, hoursPerWeek: 36, date: '2026-01-01' }));
    expect(v.message.startsWith('wageCostSubsidy: 1 problem')).toBe(true);
  });

  it('a date the WML table covers but the charges table does not names the charges table', () => {
    expect(
      failure(() =>
        wageCostSubsidy({
          wageValue: 0.5,
          hoursPerWeek: 36,
          date: '2012-01-01',
          minimumWageTable: EARLY_TABLE,
        }),
      ),
    ).toEqual({
      code: 'NO_DATA_FOR_DATE',
      message:
        'employer charges rate (werkgeverslasten): no figure for 2012-01-01; the table starts at 2015-01-01',
    });
  });
});

describe('employerEconomics errors', () => {
  const c = { id: 'c1', targetGroup: 'participatiewet' as const, wageValue: 0.5 };
  it('names the function, the candidate and the argument', () => {
    expect(failure(() => employerEconomics({ id: 5 } as never, { hoursPerWeek: 8 }, '2026-01-01'))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: 'employerEconomics: `candidate.id` has the wrong type',
    });
    expect(failure(() => employerEconomics(c, { hoursPerWeek: -1 }, '2026-01-01')).message).toBe(
      'employerEconomics(c1): 1 problem\n  - hoursPerWeek: must be a finite number ≥ 0',
    );
    expect(failure(() => employerEconomics(c, { hoursPerWeek: 8 }, '2026-01-01', 5 as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: 'employerEconomics: `options`: Invalid input: expected object, received number',
    });
    expect(failure(() => employerEconomics(c, { hoursPerWeek: 8 }, 'tomorrow')).message).toBe(
      'employerEconomics(date): expected an ISO date YYYY-MM-DD, got "tomorrow"',
    );
    expect(
      failure(() =>
        employerEconomics(c, { hoursPerWeek: 8 }, '2012-01-01', { minimumWageTable: EARLY_TABLE }),
      ).message,
    ).toBe(
      'employer charges rate (werkgeverslasten): no figure for 2012-01-01; the table starts at 2015-01-01',
    );
  });
});
