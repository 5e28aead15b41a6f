import { entryOn, toIsoDate } from './dated.js';
import { estimateWithRules, type WageValueBasis } from './estimate.js';
import type { InstrumentOptions } from './instrument-types.js';
import { checkWageCandidate, type JobTerms, validateJob, type WageCandidate } from './job.js';
import { MINIMUM_WAGE_TABLE, type MinimumWage, minimumWageOn } from './minimum-wage.js';
import { type WageRules, withRules } from './rules.js';
import { lksPerMonth } from './subsidy.js';
import { checkedOptions, instrumentOptionsSchema } from './wage-options.js';

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
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
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
  options?: InstrumentOptions,
): EmployerEconomics {
  checkWageCandidate(candidate, 'employerEconomics');
  validateJob(job, `employerEconomics(${candidate.id})`);
  const ctx = economicsContext(date, checkedOptions(instrumentOptionsSchema, options, 'employerEconomics'));
  const estimate = estimateWithRules(candidate, job.tasks, ctx.rules);
  const w = estimate.wageValue;
  const core = economicsCore(
    ctx,
    candidate.targetGroup,
    w,
    job.hoursPerWeek,
    job.wagePerHour,
    job.contractMonths,
  );
  const subsidies: EmployerEconomics['subsidies'] = [];
  if (core.regime === 'wage-cost-subsidy')
    subsidies.push({ id: 'wage-cost-subsidy', amountPerMonth: core.lksPerMonth });
  if (core.lkvApplies) subsidies.push({ id: 'lkv', amountPerMonth: core.lkvPerMonth });
  const {
    regime,
    wagePerHour,
    paidHoursPerMonth,
    wageCostPerMonth,
    subsidiesPerMonth,
    netCostPerMonth,
    productiveHoursPerMonth,
    netCostPerProductiveHour,
    regularHireCostPerProductiveHour,
  } = core;
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
    ratio: core.ratio,
  };
}

/** @internal The date-resolved figures of the economics: look them up once, cost many jobs. */
export interface EconomicsContext {
  rules: WageRules;
  wml: MinimumWage;
  charges: number;
  /** (1 + holiday pay) × (1 + employer charges). */
  onCost: number;
  /** LKV banenafspraak figures on the date, when the LKV exists then. */
  lkv: { perHour: number; maxPerYear: number } | undefined;
  /** Per target group: loondispensatie, LKS and register (LKV) eligibility by group, looked up once. */
  groups: ReadonlyMap<string, { dispensation: boolean; lks: boolean; register: boolean }>;
}

/**
 * @internal Resolves the figures of a date (minimum wage, employer charges, LKV) for
 * {@link economicsCore}.
 *
 * @throws BanenmatchError `NO_DATA_FOR_DATE` for a date before the tables
 */
export function economicsContext(date: string | Date, options: InstrumentOptions = {}): EconomicsContext {
  const rules = withRules(options.rules);
  const iso = toIsoDate(date, 'employerEconomics(date)');
  const wml = minimumWageOn(iso, options.minimumWageTable ?? MINIMUM_WAGE_TABLE);
  const charges = entryOn(rules.employerChargesRate, iso, 'employer charges rate (werkgeverslasten)').value;
  const firstLkv = rules.lkv[0];
  let lkv: EconomicsContext['lkv'];
  if (firstLkv !== undefined && iso >= firstLkv.validFrom)
    // Stryker disable next-line StringLiteral: entryOn names the table only for a date before it, excluded just above
    lkv = entryOn(rules.lkv, iso, 'LKV banenafspraak').value;
  const groups = new Map<string, { dispensation: boolean; lks: boolean; register: boolean }>();
  for (const g of [
    ...rules.dispensationTargetGroups,
    ...rules.lksTargetGroups,
    ...rules.registerTargetGroups,
  ]) {
    groups.set(g, {
      dispensation: rules.dispensationTargetGroups.includes(g),
      lks: rules.lksTargetGroups.includes(g),
      register: rules.registerTargetGroups.includes(g),
    });
  }
  return { rules, wml, charges, onCost: (1 + rules.holidayPayRate) * (1 + charges), lkv, groups };
}

/** @internal The numbers of {@link employerEconomics} for one job; reused object, no validation. */
export interface EconomicsCore {
  regime: WageRegime;
  wagePerHour: number;
  paidHoursPerMonth: number;
  wageCostPerMonth: number;
  lksPerMonth: number;
  lkvApplies: boolean;
  lkvPerMonth: number;
  subsidiesPerMonth: number;
  netCostPerMonth: number;
  productiveHoursPerMonth: number;
  netCostPerProductiveHour: number;
  regularHireCostPerProductiveHour: number;
  ratio: number;
}

// The initial values only give the object its shape: economicsCore sets every field before returning it.
// Stryker disable next-line ObjectLiteral: every field is written by economicsCore before it is read
const scratchCore: EconomicsCore = {
  // Stryker disable next-line StringLiteral: overwritten by economicsCore before it is read
  regime: 'none',
  wagePerHour: 0,
  paidHoursPerMonth: 0,
  wageCostPerMonth: 0,
  lksPerMonth: 0,
  // Stryker disable next-line BooleanLiteral: overwritten by economicsCore before it is read
  lkvApplies: false,
  lkvPerMonth: 0,
  subsidiesPerMonth: 0,
  netCostPerMonth: 0,
  productiveHoursPerMonth: 0,
  netCostPerProductiveHour: 0,
  regularHireCostPerProductiveHour: 0,
  ratio: 0,
};

/**
 * @internal The employer's economics for a wage value `w` on a job, on a resolved context, without
 * validation or allocation (the returned object is reused by the next call: copy what you keep).
 */
export function economicsCore(
  ctx: EconomicsContext,
  group: WageCandidate['targetGroup'],
  w: number,
  hoursPerWeek: number,
  jobWagePerHour: number | undefined,
  contractMonths: number | undefined,
): EconomicsCore {
  const { rules, wml, onCost } = ctx;
  const out = scratchCore;
  const wagePerHour = Math.max(jobWagePerHour ?? wml.hourly, wml.hourly);
  const paidHoursPerMonth = (hoursPerWeek * rules.weeksPerYear) / 12;
  const flags = ctx.groups.get(group);
  // UWV's conditions for loondispensatie (Wajong art. 2:20): at least 25% less productive, expected to
  // last at least 6 months, "en ook het contract loopt nog minimaal 6 maanden" (UWV, NLWerkt 2019-04,
  // "5 vragen over loondispensatie"). A 3-month contract gets none; an unknown length counts as met,
  // as in instrumentsFor (which says so in its reason).
  const dispensation =
    flags?.dispensation === true &&
    w <= rules.dispensationMaxWageValue &&
    (contractMonths === undefined || contractMonths >= rules.dispensationMinMonths);
  const regime: WageRegime = dispensation
    ? 'wage-dispensation'
    : flags?.lks === true && w < 1
      ? 'wage-cost-subsidy'
      : 'none';
  const paidShare = regime === 'wage-dispensation' ? w : 1;
  const wageCostPerMonth = paidShare * wagePerHour * paidHoursPerMonth * onCost;
  // Same sum as wageCostSubsidy (Pwet art. 10d lid 4).
  const lks =
    regime === 'wage-cost-subsidy' ? lksPerMonth(w, hoursPerWeek, wml.monthly, ctx.charges, rules, false) : 0;
  const lkvFigures = flags?.register === true ? ctx.lkv : undefined;
  const lkvApplies = lkvFigures !== undefined;
  const lkv =
    lkvFigures !== undefined
      ? Math.min(lkvFigures.perHour * hoursPerWeek * rules.weeksPerYear, lkvFigures.maxPerYear) / 12
      : 0;
  const subsidiesPerMonth = lks + lkv;
  const netCostPerMonth = wageCostPerMonth - subsidiesPerMonth;
  const productiveHoursPerMonth = paidHoursPerMonth * w;
  const netCostPerProductiveHour =
    productiveHoursPerMonth > 0 ? netCostPerMonth / productiveHoursPerMonth : Number.POSITIVE_INFINITY;
  const regularHireCostPerProductiveHour = wagePerHour * onCost;
  out.regime = regime;
  out.wagePerHour = wagePerHour;
  out.paidHoursPerMonth = paidHoursPerMonth;
  out.wageCostPerMonth = wageCostPerMonth;
  out.lksPerMonth = lks;
  out.lkvApplies = lkvApplies;
  out.lkvPerMonth = lkv;
  out.subsidiesPerMonth = subsidiesPerMonth;
  out.netCostPerMonth = netCostPerMonth;
  out.productiveHoursPerMonth = productiveHoursPerMonth;
  out.netCostPerProductiveHour = netCostPerProductiveHour;
  out.regularHireCostPerProductiveHour = regularHireCostPerProductiveHour;
  out.ratio = netCostPerProductiveHour / regularHireCostPerProductiveHour;
  return out;
}
