import { pct } from '../_internal/words-nl.js';
import { entryOn } from './dated.js';
import type { WageValueEstimate } from './estimate.js';
import type { Context, Instrument } from './instrument-types.js';
import type { JobTerms } from './job.js';
import type { MinimumWage } from './minimum-wage.js';
import { wageCostSubsidy } from './subsidy.js';

/** Euros with two decimals and a thousands separator, independent of the runtime's locale data. */
const euro = (x: number): string => `€${x.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

function basisWords(e: WageValueEstimate): string {
  switch (e.basis) {
    case 'measured':
      return `wage value ${pct(e.wageValue)} (from the candidate’s measurement)`;
    case 'task-performance':
      return `estimated wage value ${pct(e.wageValue)} on this job's tasks (from task performance, not a measurement)`;
    default:
      return `estimated wage value ${pct(e.wageValue)} (partly presumed, no measurement)`;
  }
}

/** Contract length condition: unknown counts as met, but the reason says so. */
function contractAtLeast(job: JobTerms, months: number): { ok: boolean; words: string } {
  if (job.contractMonths === undefined)
    return { ok: true, words: `contract length unknown: needs ≥ ${months} months` };
  return job.contractMonths >= months
    ? { ok: true, words: `contract of ≥ ${months} months` }
    : { ok: false, words: `contract shorter than ${months} months` };
}

/** LKS (Participatiewet art. 10d lid 4) on the estimated wage value. */
export function wageCostSubsidyRule(ctx: Context): Instrument {
  const base = {
    id: 'wage-cost-subsidy' as const,
    name: 'loonkostensubsidie (LKS)',
    source: 'Participatiewet art. 10d lid 4',
  };
  if (!ctx.rules.lksTargetGroups.includes(ctx.group)) {
    return {
      ...base,
      applies: false,
      reason:
        ctx.group === 'wajong'
          ? 'Wajong: UWV lowers the wage instead (loondispensatie), no LKS'
          : 'only for the Participatiewet target group that cannot earn the minimum wage',
    };
  }
  if (ctx.estimate.wageValue >= 1) {
    return {
      ...base,
      applies: false,
      reason: `${basisWords(ctx.estimate)}: reaches the minimum wage, so no gap to subsidise`,
    };
  }
  const s = wageCostSubsidy({
    wageValue: ctx.estimate.wageValue,
    hoursPerWeek: ctx.job.hoursPerWeek,
    date: ctx.iso,
    rules: ctx.rules,
    minimumWageTable: ctx.options.minimumWageTable,
  });
  const cap = s.capBinds ? '; capped at 70% of the minimum wage' : '';
  return {
    ...base,
    applies: true,
    reason: `municipality pays the gap between the minimum wage and the ${basisWords(ctx.estimate)}${cap}, about ${euro(s.amountPerMonth)} a month for ${ctx.job.hoursPerWeek} h; fixed after a wage-value measurement at the workplace`,
    amountPerMonth: s.amountPerMonth,
    amountPerYear: s.amountPerYear,
    durationMonths: s.durationMonths,
  };
}

/** Flat-rate LKS (Participatiewet art. 10d lid 5): 50% for the first six months without a measurement. */
export function flatRateRule(ctx: Context): Instrument {
  const base = {
    id: 'wage-cost-subsidy-flat-rate' as const,
    name: 'forfaitaire loonkostensubsidie',
    source: 'Participatiewet art. 10d lid 5',
  };
  if (!ctx.rules.lksTargetGroups.includes(ctx.group)) {
    return { ...base, applies: false, reason: 'only for the Participatiewet target group (as LKS)' };
  }
  const s = wageCostSubsidy({
    hoursPerWeek: ctx.job.hoursPerWeek,
    date: ctx.iso,
    flatRate: true,
    rules: ctx.rules,
    minimumWageTable: ctx.options.minimumWageTable,
  });
  return {
    ...base,
    applies: true,
    reason: `if municipality and employer agree to start before the wage value is measured: ${pct(ctx.rules.lksFlatRateShare)} of the minimum wage, about ${euro(s.amountPerMonth)} a month, for at most ${ctx.rules.lksFlatRateMonths} months`,
    amountPerMonth: s.amountPerMonth,
    amountPerYear: s.amountPerYear,
    durationMonths: s.durationMonths,
  };
}

/** @internal Gross wage per hour the employer pays: the job's wage, never below the WML. */
export function payPerHour(job: JobTerms, wml: MinimumWage): number {
  return Math.max(job.wagePerHour ?? wml.hourly, wml.hourly);
}

/** Loondispensatie (Wajong art. 2:20): the employer pays wage value × wage; UWV tops up the income. */
export function dispensationRule(ctx: Context): Instrument {
  const base = { id: 'wage-dispensation' as const, name: 'loondispensatie', source: 'Wajong art. 2:20' };
  const r = ctx.rules;
  if (!r.dispensationTargetGroups.includes(ctx.group)) {
    return { ...base, applies: false, reason: 'only for Wajong employees (others: LKS)' };
  }
  // UWV: at least 25% less productive for at least 6 months, "en ook het contract loopt nog minimaal
  // 6 maanden" (NLWerkt 2019-04, "5 vragen over loondispensatie"); employerEconomics applies the same.
  const contract = contractAtLeast(ctx.job, r.dispensationMinMonths);
  if (ctx.estimate.wageValue > r.dispensationMaxWageValue) {
    return {
      ...base,
      applies: false,
      reason: `${basisWords(ctx.estimate)}: needs at least ${pct(1 - r.dispensationMaxWageValue)} less productive`,
    };
  }
  if (!contract.ok)
    return {
      ...base,
      applies: false,
      reason: `${contract.words}: needs ≥ ${r.dispensationMinMonths} months`,
    };
  const charges = entryOn(r.employerChargesRate, ctx.iso, 'employer charges rate (werkgeverslasten)').value;
  const hoursPerMonth = (ctx.job.hoursPerWeek * r.weeksPerYear) / 12;
  const saving =
    (1 - ctx.estimate.wageValue) *
    payPerHour(ctx.job, ctx.wml) *
    hoursPerMonth *
    (1 + r.holidayPayRate) *
    (1 + charges);
  return {
    ...base,
    applies: true,
    reason: `UWV lets the employer pay the wage value times the wage, ${basisWords(ctx.estimate)}, UWV measures it; saving about ${euro(saving)} a month in wage and charges; ${contract.words}; reviewed within ${r.dispensationReviewMonths / 12} years`,
    amountPerMonth: saving,
    amountPerYear: saving * 12,
    durationMonths: r.dispensationReviewMonths,
  };
}

/** No-risk policy (Ziektewet art. 29b): UWV pays sickness benefit when the employee falls ill. */
export function noRiskRule(ctx: Context): Instrument {
  const months = ctx.rules.noRiskMonths[ctx.group];
  const base = { id: 'no-risk-policy' as const, name: 'no-riskpolis', source: 'Ziektewet art. 29b' };
  if (!(months > 0)) {
    return {
      ...base,
      applies: false,
      reason: 'only for people with a disability benefit or in the target-group register',
    };
  }
  const span =
    months === Number.POSITIVE_INFINITY ? 'with no time limit while in the register' : `for ${months} months`;
  return {
    ...base,
    applies: true,
    reason: `if the employee falls ill, UWV pays sickness benefit that the employer offsets against the wage, ${span}`,
    durationMonths: months,
  };
}

/** LKV banenafspraak (Wtl art. 2.10–2.13): €1.01 per paid hour, at most €2,000 a year. */
export function lkvRule(ctx: Context): Instrument {
  const base = {
    id: 'lkv' as const,
    name: 'loonkostenvoordeel banenafspraak (LKV)',
    source: 'Wet tegemoetkomingen loondomein art. 2.10–2.13',
  };
  const r = ctx.rules;
  if (!r.registerTargetGroups.includes(ctx.group)) {
    return {
      ...base,
      applies: false,
      reason:
        ctx.group === 'beschut'
          ? 'beschut werk is outside the target-group register: no LKV'
          : 'only for employees in the target-group register (Wfsv art. 38b)',
    };
  }
  const first = r.lkv[0];
  if (first === undefined || ctx.iso < first.validFrom) {
    return {
      ...base,
      applies: false,
      reason: `the LKV exists from ${first?.validFrom ?? '2018-01-01'} on (earlier premium discounts are not modelled)`,
    };
  }
  // Stryker disable next-line StringLiteral: entryOn names the table only for a date before it, excluded just above
  const row = entryOn(r.lkv, ctx.iso, 'LKV banenafspraak');
  const perYear = Math.min(row.value.perHour * ctx.job.hoursPerWeek * r.weeksPerYear, row.value.maxPerYear);
  const span =
    row.value.maxMonths === Number.POSITIVE_INFINITY
      ? 'for as long as the employee is in the register'
      : `for at most ${row.value.maxMonths / 12} years, with a doelgroepverklaring asked from UWV within 3 months of the start`;
  return {
    ...base,
    applies: true,
    reason: `the Belastingdienst pays ${euro(row.value.perHour)} per paid hour, at most ${euro(row.value.maxPerYear)} a year: about ${euro(perYear)} a year, ${span}`,
    amountPerMonth: perYear / 12,
    amountPerYear: perYear,
    durationMonths: row.value.maxMonths,
    source: row.source,
  };
}

/** Job coaching: Pwet art. 10da (municipality) or the UWV job coach (conditions in {@link WAGE_RULES}). */
export function jobCoachingRule(ctx: Context): Instrument {
  const base = { id: 'job-coaching' as const, name: 'jobcoaching' };
  const r = ctx.rules;
  if (r.municipalCoachingTargetGroups.includes(ctx.group)) {
    return {
      ...base,
      applies: true,
      reason:
        'right to coaching at the workplace from the municipality; its verordening sets form and amount',
      source: 'Participatiewet art. 10da',
    };
  }
  const source = 'WIA art. 35 / Re-integratiebesluit (UWV jobcoach)';
  if (!r.uwvCoachingTargetGroups.includes(ctx.group)) {
    return { ...base, applies: false, reason: 'no job-coach route known for this target group', source };
  }
  const problems: string[] = [];
  if (ctx.job.hoursPerWeek < r.jobCoachMinHoursPerWeek)
    problems.push(`fewer than ${r.jobCoachMinHoursPerWeek} h a week`);
  const contract = contractAtLeast(ctx.job, r.jobCoachMinContractMonths);
  if (!contract.ok) problems.push(contract.words);
  if (ctx.estimate.wageValue < r.jobCoachMinWageValue) {
    problems.push(`${basisWords(ctx.estimate)} is below ${pct(r.jobCoachMinWageValue)}`);
  }
  if (problems.length > 0)
    return { ...base, applies: false, reason: `UWV job coach not possible: ${problems.join('; ')}`, source };
  const [y1, y2, y3] = r.jobCoachIntensity;
  const h = ctx.job.hoursPerWeek;
  return {
    ...base,
    applies: true,
    reason: `UWV job coach: up to ${(y1 * h).toFixed(1)} h a week in year 1, ${(y2 * h).toFixed(1)} in year 2, ${(y3 * h).toFixed(1)} in year 3 (${contract.words})`,
    durationMonths: r.jobCoachMaxMonths,
    source,
  };
}

/** Trial placement (Participatiewet art. 6 sub h; UWV beleidsregels proefplaatsing). */
export function trialPlacementRule(ctx: Context): Instrument {
  const base = {
    id: 'trial-placement' as const,
    name: 'proefplaatsing',
    source: 'Participatiewet art. 6 sub h; Beleidsregels proefplaatsing UWV (Stcrt. 2012, 25702)',
  };
  const r = ctx.rules;
  const contract = contractAtLeast(ctx.job, r.minContractMonthsForFacilities);
  if (!contract.ok)
    return {
      ...base,
      applies: false,
      reason: `${contract.words}: the employer must intend a contract of ≥ ${r.minContractMonthsForFacilities} months`,
    };
  const disabled = ctx.group !== 'other';
  const months = disabled ? r.trialPlacementMaxMonths : r.trialPlacementMonths;
  return {
    ...base,
    applies: true,
    reason: `unpaid trial with benefit kept: ${r.trialPlacementMonths} months${disabled ? `, up to ${r.trialPlacementMaxMonths} for people with a disability` : ''}; then a contract for at least the same hours, without a probation period (${contract.words})`,
    durationMonths: months,
  };
}

/** Workplace adaptation (WIA art. 35; Participatiewet art. 10 and 10e lid 2 c). */
export function workplaceAdaptationRule(ctx: Context): Instrument {
  const base = {
    id: 'workplace-adaptation' as const,
    name: 'werkplekaanpassing',
    source: 'WIA art. 35; Participatiewet art. 10',
  };
  if (ctx.group === 'other') {
    return {
      ...base,
      applies: false,
      reason: 'needs a structural functional limitation known to UWV or the municipality',
    };
  }
  const contract = contractAtLeast(ctx.job, ctx.rules.minContractMonthsForFacilities);
  const employerPart = contract.ok
    ? `the employer can get non-portable adaptations paid (${contract.words})`
    : `no employer subsidy for non-portable adaptations (${contract.words})`;
  return {
    ...base,
    applies: true,
    reason: `portable aids go with the employee (UWV or municipality); ${employerPart}; cheapest adequate solution, not usual in the trade`,
  };
}

/** Beschut werk (Participatiewet art. 10b): not in the register, so no quota count and no LKV. */
export function shelteredWorkRule(ctx: Context): Instrument {
  const base = {
    id: 'sheltered-work' as const,
    name: 'beschut werk',
    source: 'Participatiewet art. 10b; Wfsv art. 38b',
  };
  if (ctx.group !== 'beschut') {
    return { ...base, applies: false, reason: 'only with a beschut-werk determination by the municipality' };
  }
  return {
    ...base,
    applies: true,
    reason:
      'sheltered job paid with LKS and covered by the no-risk policy; it does not count for the banenafspraak quota and gets no LKV',
    durationMonths: Number.POSITIVE_INFINITY,
  };
}
