import { entryOn, toIsoDate } from './dated.js';
import { estimateWageValue, type WageValueBasis } from './estimate.js';
import { dispensationApplies, type InstrumentOptions, payPerHour } from './instruments.js';
import { type JobTerms, validateJob, type WageCandidate } from './job.js';
import { MINIMUM_WAGE_TABLE, minimumWageOn } from './minimum-wage.js';
import { withRules } from './rules.js';
import { lksPerMonth } from './subsidy.js';

/** How the employer's wage bill is lowered for this candidate. */
export type WageRegime = 'wage-cost-subsidy' | 'wage-dispensation' | 'none';

/** The employer's monthly money for one candidate in one job, next to a regular hire. Euros, full precision. */
export interface EmployerEconomics {
  /** Wage value used, estimated on the job's tasks. */
  wageValue: number;
  wageValueBasis: WageValueBasis;
  regime: WageRegime;
  /** Gross wage per hour the job pays (never below the WML). */
  wagePerHour: number;
  /** Paid hours a month: hours a week × 52 / 12. */
  paidHoursPerMonth: number;
  /** Wage + holiday pay + employer charges the employer pays a month (reduced under loondispensatie). */
  wageCostPerMonth: number;
  /** Subsidies the employer receives a month (LKS steady state, LKV). */
  subsidiesPerMonth: number;
  subsidies: { id: 'wage-cost-subsidy' | 'lkv'; amountPerMonth: number }[];
  netCostPerMonth: number;
  /** Paid hours × wage value: the hours of regular output they buy. */
  productiveHoursPerMonth: number;
  /** `Infinity` when the wage value is 0. */
  netCostPerProductiveHour: number;
  /** Wage + holiday pay + charges per hour of a regular employee (wage value 1) at the same wage. */
  regularHireCostPerProductiveHour: number;
  /** netCostPerProductiveHour / regularHireCostPerProductiveHour: 1 = as dear as a regular hire, < 1 cheaper. */
  ratio: number;
}

/**
 * The employer's economics of a job for a candidate, against a regular hire at the same wage: what
 * scoring turns into a cost component.
 *
 * Pay is `job.wagePerHour`, else the WML on the date (never below the WML). Costs per month are wage ×
 * paid hours × (1 + holiday pay) × (1 + employer charges); the 23.5% LKS charges rate stands in for the
 * employer's real on-costs, which the cao and pension fund decide. Then by target group:
 * - **LKS** (Participatiewet art. 10d): the employer pays the full (cao) wage and receives the LKS,
 *   which is counted on the WML, so above-WML wages keep a gap. The steady-state LKS on the estimated
 *   wage value is used, not the six-month flat rate.
 * - **Loondispensatie** (Wajong art. 2:20, wage value ≤ 75%): the employer pays wage value × wage and
 *   receives no LKS.
 * - Otherwise the full wage and no wage subsidy.
 * LKV (Wtl art. 2.13) is added for everyone in the register. Job coaching, no-risk cover and
 * adaptations are paid by UWV or the municipality and left out. With LKS or loondispensatie and a wage
 * value ≥ 30% at the WML the ratio is 1 minus the LKV's share: the law compensates the lost output.
 *
 * @param candidate - `id`, `targetGroup`, optional `wageValue` and `taskPerformance`.
 * @param job - `{ hoursPerWeek, tasks?, wagePerHour?, contractMonths? }`.
 * @param date - Date of the month costed (ISO or `Date`).
 * @param options - `rules` overrides {@link WAGE_RULES}; `minimumWageTable` replaces the WML table.
 * @returns Monthly wage cost, subsidies, net cost, productive hours, cost per productive hour and `ratio`.
 * @throws {ValidationError} `VALIDATION` for negative hours or wage; {@link BanenmatchError} `NO_DATA_FOR_DATE`.
 * @example
 * employerEconomics({ id: 'c1', targetGroup: 'participatiewet', wageValue: 0.6 }, { hoursPerWeek: 24 }, '2026-01-01').ratio
 * // ≈ 0.914: LKS makes up the lost output, the LKV makes it a little cheaper than a regular hire
 * @remarks O(tasks + log table).
 */
export function employerEconomics(
  candidate: WageCandidate,
  job: JobTerms,
  date: string | Date,
  options: InstrumentOptions = {},
): EmployerEconomics {
  validateJob(job, `employerEconomics(${candidate.id})`);
  const rules = withRules(options.rules);
  const iso = toIsoDate(date, 'employerEconomics(date)');
  const table = options.minimumWageTable ?? MINIMUM_WAGE_TABLE;
  const wml = minimumWageOn(iso, table);
  const charges = entryOn(rules.employerChargesRate, iso, 'employer charges rate (werkgeverslasten)').value;
  const estimate = estimateWageValue(candidate, job.tasks, { rules });
  const w = estimate.wageValue;
  const group = candidate.targetGroup;

  const wagePerHour = payPerHour(job, wml);
  const paidHoursPerMonth = (job.hoursPerWeek * rules.weeksPerYear) / 12;
  const onCost = (1 + rules.holidayPayRate) * (1 + charges);
  const regime: WageRegime = dispensationApplies(group, w, job, rules)
    ? 'wage-dispensation'
    : rules.lksTargetGroups.includes(group) && w < 1
      ? 'wage-cost-subsidy'
      : 'none';

  const paidShare = regime === 'wage-dispensation' ? w : 1;
  const wageCostPerMonth = paidShare * wagePerHour * paidHoursPerMonth * onCost;

  const subsidies: EmployerEconomics['subsidies'] = [];
  if (regime === 'wage-cost-subsidy') {
    // Same sum as wageCostSubsidy (Pwet art. 10d lid 4); the input was validated above.
    const lks = lksPerMonth(w, job.hoursPerWeek, wml.monthly, charges, rules, false);
    subsidies.push({ id: 'wage-cost-subsidy', amountPerMonth: lks });
  }
  const firstLkv = rules.lkv[0];
  if (rules.registerTargetGroups.includes(group) && firstLkv !== undefined && iso >= firstLkv.validFrom) {
    const lkv = entryOn(rules.lkv, iso, 'LKV banenafspraak').value;
    const perYear = Math.min(lkv.perHour * job.hoursPerWeek * rules.weeksPerYear, lkv.maxPerYear);
    subsidies.push({ id: 'lkv', amountPerMonth: perYear / 12 });
  }
  let subsidiesPerMonth = 0;
  for (const s of subsidies) subsidiesPerMonth += s.amountPerMonth;

  const netCostPerMonth = wageCostPerMonth - subsidiesPerMonth;
  const productiveHoursPerMonth = paidHoursPerMonth * w;
  const netCostPerProductiveHour =
    productiveHoursPerMonth > 0 ? netCostPerMonth / productiveHoursPerMonth : Number.POSITIVE_INFINITY;
  const regularHireCostPerProductiveHour = wagePerHour * onCost;
  return {
    wageValue: w,
    wageValueBasis: estimate.basis,
    regime,
    wagePerHour,
    paidHoursPerMonth,
    wageCostPerMonth,
    subsidiesPerMonth,
    subsidies,
    netCostPerMonth,
    productiveHoursPerMonth,
    netCostPerProductiveHour,
    regularHireCostPerProductiveHour,
    ratio: netCostPerProductiveHour / regularHireCostPerProductiveHour,
  };
}
