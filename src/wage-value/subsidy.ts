import { expectRecord } from '../_internal/guard.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { entryOn, toIsoDate } from './dated.js';
import { MINIMUM_WAGE_TABLE, type MinimumWage, minimumWageOn } from './minimum-wage.js';
import { type WageRules, withRules } from './rules.js';

/** Input of {@link wageCostSubsidy}. */
export interface WageCostSubsidyInput {
  /** Wage value (*loonwaarde*) as a fraction of the WML, 0..1. Not needed for the flat rate. */
  wageValue?: number | undefined;
  /** Agreed contract hours a week. */
  hoursPerWeek: number;
  /** Date the amount is for (ISO `YYYY-MM-DD` or `Date`): picks the WML and the charges rate. */
  date: string | Date;
  /**
   * Flat-rate LKS without a measured wage value (Pwet art. 10d lid 5): 50% for at most six months.
   * @default false
   */
  flatRate?: boolean | undefined;
  /** Override of {@link WAGE_RULES} (e.g. `fullTimeHours`, `employerChargesRate`). */
  rules?: Partial<WageRules> | undefined;
  /** A minimum-wage table to use instead of {@link MINIMUM_WAGE_TABLE}. */
  minimumWageTable?: readonly MinimumWage[] | undefined;
}

/** A wage-cost subsidy (*loonkostensubsidie*, LKS) with every step of the sum, euros (full precision). */
export interface WageCostSubsidy {
  /** Monthly amount for the agreed hours, employer charges included. */
  amountPerMonth: number;
  /** Twelve months of `amountPerMonth`. */
  amountPerYear: number;
  /** True when the 70% cap decided the amount (wage value below 30%). */
  capBinds: boolean;
  /** True for the flat-rate variant (art. 10d lid 5). */
  flatRate: boolean;
  /** Months the amount is granted for: 6 for the flat rate, `Infinity` until the next measurement otherwise. */
  durationMonths: number;
  /** Wage value used (0.5 presumed for the flat rate). */
  wageValue: number;
  /** Monthly WML of a 36-hour week on the date. */
  minimumWageMonthly: number;
  /** WML + holiday pay, full-time month. */
  minimumWageWithHolidayPay: number;
  /** (WML + holiday pay) × (1 − wage value), full-time month. */
  wageGap: number;
  /** 70% × (WML + holiday pay), full-time month. */
  cap: number;
  /** The subsidised wage costs before charges, full-time month: min(gap, cap) or the flat rate. */
  subsidisedWage: number;
  /** Employer charges rate applied. */
  employerChargesRate: number;
  /** Hours counted / 36: the agreed hours, capped at the sector's full-time hours. */
  hoursFactor: number;
  /** Publications behind the figures. */
  sources: string[];
}

/**
 * The wage-cost subsidy an employer gets for an employee from the LKS target group (Participatiewet
 * art. 10d): min((WML + 8% holiday pay) × (1 − wage value), 70% × (WML + 8%)), plus 23.5% employer
 * charges, pro rata to the agreed hours / 36 (hours above the sector's full-time week do not count).
 * The flat-rate variant (art. 10d lid 5) pays 50% of WML + holiday pay, plus charges, for at most
 * the first six months without a measurement. Amounts keep full precision; round only to present.
 *
 * @param input - `{ wageValue, hoursPerWeek, date, flatRate?, rules?, minimumWageTable? }`.
 * @returns Monthly and yearly amounts, whether the 70% cap bound, and each step of the sum.
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws {ValidationError} `VALIDATION` for a wage value outside [0, 1] (or missing without `flatRate`)
 *   or negative hours; {@link BanenmatchError} `NO_DATA_FOR_DATE` for a date before the WML table.
 * @example
 * wageCostSubsidy({ wageValue: 0.6, hoursPerWeek: 36, date: '2026-01-01' }).amountPerMonth
 * // 2,294.40 × 1.08 × 0.4 × 1.235 ≈ 1,224.11
 * @remarks O(log n) in the WML table. Source: Pwet art. 10d lid 4–5; Regeling LKS Participatiewet 2021 art. 1.
 */
export function wageCostSubsidy(input: WageCostSubsidyInput): WageCostSubsidy {
  expectRecord(input, 'wageCostSubsidy', 'input');
  const rules = withRules(input.rules);
  const flatRate = input.flatRate === true;
  validate(input, flatRate, rules);
  const iso = toIsoDate(input.date, 'wageCostSubsidy(date)');
  const wml = minimumWageOn(iso, input.minimumWageTable ?? MINIMUM_WAGE_TABLE);
  const charges = entryOn(rules.employerChargesRate, iso, 'employer charges rate (werkgeverslasten)');

  const wageValue = flatRate ? 1 - rules.lksFlatRateShare : (input.wageValue as number);
  const withHoliday = wml.monthly * (1 + rules.holidayPayRate);
  const wageGap = withHoliday * (1 - wageValue);
  const cap = withHoliday * rules.lksCapShare;
  const capBinds = !flatRate && wageGap > cap;
  const subsidisedWage = flatRate ? withHoliday * rules.lksFlatRateShare : Math.min(wageGap, cap);
  const hoursFactor = Math.min(input.hoursPerWeek, rules.fullTimeHours) / rules.lksReferenceHours;
  const amountPerMonth = lksPerMonth(
    wageValue,
    input.hoursPerWeek,
    wml.monthly,
    charges.value,
    rules,
    flatRate,
  );
  return {
    amountPerMonth,
    amountPerYear: amountPerMonth * 12,
    capBinds,
    flatRate,
    durationMonths: flatRate ? rules.lksFlatRateMonths : Number.POSITIVE_INFINITY,
    wageValue,
    minimumWageMonthly: wml.monthly,
    minimumWageWithHolidayPay: withHoliday,
    wageGap,
    cap,
    subsidisedWage,
    employerChargesRate: charges.value,
    hoursFactor,
    sources: [
      flatRate ? 'Participatiewet art. 10d lid 5' : 'Participatiewet art. 10d lid 4',
      wml.source,
      charges.source,
    ],
  };
}

/**
 * @internal The monthly LKS without checks or allocation (same sum as {@link wageCostSubsidy}), for
 * callers that validated their input already.
 */
export function lksPerMonth(
  wageValue: number,
  hoursPerWeek: number,
  wmlMonthly: number,
  chargesRate: number,
  rules: WageRules,
  flatRate: boolean,
): number {
  const withHoliday = wmlMonthly * (1 + rules.holidayPayRate);
  const subsidised = flatRate
    ? withHoliday * rules.lksFlatRateShare
    : Math.min(withHoliday * (1 - wageValue), withHoliday * rules.lksCapShare);
  return (
    (subsidised * (1 + chargesRate) * Math.min(hoursPerWeek, rules.fullTimeHours)) / rules.lksReferenceHours
  );
}

function validate(input: WageCostSubsidyInput, flatRate: boolean, rules: WageRules): void {
  const issues: ValidationIssue[] = [];
  const v = input.wageValue;
  if (v === undefined) {
    if (!flatRate) {
      issues.push({
        path: ['wageValue'],
        code: 'required',
        message: 'a measured wage value is needed unless flatRate is true (Pwet art. 10d lid 5)',
      });
    }
  } else if (!(typeof v === 'number' && v >= 0 && v <= 1)) {
    issues.push({ path: ['wageValue'], code: 'out_of_range', message: 'must be a fraction in [0, 1]' });
  }
  const h = input.hoursPerWeek;
  if (!(typeof h === 'number' && h >= 0 && h < Number.POSITIVE_INFINITY)) {
    issues.push({ path: ['hoursPerWeek'], code: 'out_of_range', message: 'must be a finite number ≥ 0' });
  }
  // withRules has checked that both are numbers (not NaN).
  if (!(rules.fullTimeHours > 0) || !(rules.lksReferenceHours > 0)) {
    issues.push({
      path: ['rules', 'fullTimeHours'],
      code: 'out_of_range',
      message: 'full-time and reference hours must be > 0',
    });
  }
  if (issues.length > 0) throw new ValidationError('wageCostSubsidy', issues);
}
