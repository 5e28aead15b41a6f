import { isRecord } from '../_internal/guard.js';
import type { TargetGroup } from '../domain/schemas.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import type { Dated } from './dated.js';

/** LKV banenafspraak figures (Wet tegemoetkomingen loondomein). */
export interface LkvFigures {
  /** Euros per paid (*verloond*) hour. */
  perHour: number;
  /** Cap per employee per calendar year, euros. */
  maxPerYear: number;
  /** Longest period in months from the start of employment; `Infinity` = as long as the conditions hold. */
  maxMonths: number;
}

/**
 * Every figure of the law the wage-value module uses, each with its source. Figures that change by
 * date are {@link Dated} lists sorted by `validFrom`. Pass a `Partial<WageRules>` as `rules` to any
 * function of this module to override one figure (a shallow merge over {@link WAGE_RULES}).
 */
export interface WageRules {
  /** Holiday pay (*vakantiebijslag*) on top of the wage. */
  holidayPayRate: number;
  /** Employer charges (*werkgeverslasten*) on the subsidised wage costs, by date. */
  employerChargesRate: readonly Dated<number>[];
  /** Highest LKS as a share of WML + holiday pay. */
  lksCapShare: number;
  /** Flat-rate (*forfaitaire*) LKS as a share of WML + holiday pay, without a wage-value measurement. */
  lksFlatRateShare: number;
  /** Longest period of the flat-rate LKS, months. */
  lksFlatRateMonths: number;
  /** Week the LKS is counted on; it is raised or lowered pro rata to the agreed hours. */
  lksReferenceHours: number;
  /** Full-time week of the job's sector: hours above it are not subsidised. */
  fullTimeHours: number;
  /** Target groups that can get LKS (Participatiewet doelgroep loonkostensubsidie). */
  lksTargetGroups: readonly TargetGroup[];
  /** Target groups that can get loondispensatie. */
  dispensationTargetGroups: readonly TargetGroup[];
  /** Loondispensatie only below this wage value (at least 25% less productive). */
  dispensationMaxWageValue: number;
  /** Loondispensatie only when the lower output lasts, and the contract runs, at least this long, months. */
  dispensationMinMonths: number;
  /** Usual longest loondispensatie decision before a review, months. */
  dispensationReviewMonths: number;
  /** No-risk policy duration per target group, months (`Infinity` = no limit, `0` = not covered). */
  noRiskMonths: Readonly<Record<TargetGroup, number>>;
  /** LKV banenafspraak by date. */
  lkv: readonly Dated<LkvFigures>[];
  /** Target groups in the doelgroepregister that count for the quota and can get LKV. */
  registerTargetGroups: readonly TargetGroup[];
  /** Target groups whose job coaching comes from the municipality (Pwet art. 10da). */
  municipalCoachingTargetGroups: readonly TargetGroup[];
  /** Target groups whose job coach UWV grants (WIA art. 35, Wajong), under the conditions below. */
  uwvCoachingTargetGroups: readonly TargetGroup[];
  /** UWV job coach: contract of at least this many hours a week. */
  jobCoachMinHoursPerWeek: number;
  /** UWV job coach: contract of at least this many months. */
  jobCoachMinContractMonths: number;
  /** UWV job coach: wage value of at least this share of the WML. */
  jobCoachMinWageValue: number;
  /** UWV job coach: highest coaching share of working hours in years 1, 2 and 3. */
  jobCoachIntensity: readonly [number, number, number];
  /** UWV job coach: longest period, months (extendable on request). */
  jobCoachMaxMonths: number;
  /** Trial placement with benefit: standard length, months. */
  trialPlacementMonths: number;
  /** Trial placement: longest length for people with an illness or disability, months. */
  trialPlacementMaxMonths: number;
  /** Trial placement and workplace adaptation: the employer offers a contract of at least this many months. */
  minContractMonthsForFacilities: number;
  /** Wage value assumed when a candidate has neither a measurement nor task performance. */
  defaultWageValue: number;
  /** Weeks in a year, to turn weekly hours into yearly paid hours. */
  weeksPerYear: number;
}

/**
 * The figures of the law, with their sources. Amounts are in euros; shares are fractions.
 *
 * @example
 * wageCostSubsidy({ wageValue: 0.6, hoursPerWeek: 36, date: '2026-01-01', rules: { fullTimeHours: 38 } })
 */
export const WAGE_RULES: WageRules = Object.freeze<WageRules>({
  // Wet minimumloon en minimumvakantiebijslag art. 15: at least 8% holiday pay.
  holidayPayRate: 0.08,
  // Regeling loonkostensubsidie Participatiewet art. 1: a uniform rate (statutory employer premiums of a
  // WML earner + average pension premium). 23% from 2015 (Stcrt. 2014, 35743); 23.5% from 2018
  // (Stcrt. 2017, 68248; kept in the Regeling LKS Participatiewet 2021, BWBR0044901, text in force 2023).
  employerChargesRate: [
    {
      validFrom: '2015-01-01',
      value: 0.23,
      source: 'Regeling LKS Participatiewet art. 1, Stcrt. 2014, 35743',
    },
    {
      validFrom: '2018-01-01',
      value: 0.235,
      source: 'Stcrt. 2017, 68248; Regeling LKS Participatiewet 2021 art. 1',
    },
  ],
  // Participatiewet art. 10d lid 4: at most 70% of WML + holiday pay.
  lksCapShare: 0.7,
  // Participatiewet art. 10d lid 5: 50% of WML + holiday pay for at most the first six months.
  lksFlatRateShare: 0.5,
  lksFlatRateMonths: 6,
  // Participatiewet art. 10d lid 4: pro rata when the agreed hours differ from 36 a week ...
  lksReferenceHours: 36,
  // ... up to the normal full-time hours of comparable jobs (the sector's cao; 36 is a default).
  fullTimeHours: 36,
  // Participatiewet art. 6 sub e and 10d: municipal clients who cannot earn the WML (UWV finding or the
  // praktijkroute), school-leavers of pro/vso (10d lid 2) and beschut werk (10b, paid by LKS). Wsw-indicated
  // people outside a Wsw job: since 1-1-2015 the Wsw takes no new employees (Invoeringswet Participatiewet)
  // and an indicated person working for a regular employer is the municipality's client under the
  // Participatiewet, so the same LKS applies (domain notes §3.1; the Wsw's own subsidy is for Wsw jobs).
  lksTargetGroups: ['participatiewet', 'praktijkroute', 'vso-pro', 'beschut', 'wsw'],
  // Wajong art. 2:20: UWV reduces the wage obligation for Wajong employees (not in the Wsw).
  dispensationTargetGroups: ['wajong'],
  // UWV (inspiratie.uwv.nl, veelgestelde vragen loondispensatie): at least 25% less productive ...
  dispensationMaxWageValue: 0.75,
  // ... for at least six months, and the contract runs at least six months too (UWV, NLWerkt 2019-04,
  // "5 vragen over loondispensatie"); decisions run half a year to five years and can be renewed.
  dispensationMinMonths: 6,
  dispensationReviewMonths: 60,
  // Ziektewet art. 29b lid 2 (e, f): doelgroep banenafspraak, Wajong, Wsw and beschut werk are covered
  // without a time limit while in the register; `other` is not known to be covered (lid 1 groups such
  // as WIA < 35% get 5 years: give them their own figure through `rules`).
  noRiskMonths: {
    wajong: Number.POSITIVE_INFINITY,
    wsw: Number.POSITIVE_INFINITY,
    participatiewet: Number.POSITIVE_INFINITY,
    praktijkroute: Number.POSITIVE_INFINITY,
    'vso-pro': Number.POSITIVE_INFINITY,
    beschut: Number.POSITIVE_INFINITY,
    other: 0,
  },
  // Wet tegemoetkomingen loondomein art. 2.10–2.13 (in force 1-1-2018): €1.01 per paid hour, at most
  // €2,000 a year, at most 3 years from the start of employment; from 1-1-2026 (Wtl text 2026-01-01,
  // art. 2.12) for as long as the employee is in the doelgroepregister, same amounts (art. 2.13).
  lkv: [
    {
      validFrom: '2018-01-01',
      value: { perHour: 1.01, maxPerYear: 2000, maxMonths: 36 },
      source: 'Wtl art. 2.10–2.13 (BWBR0037522, 2024-01-01 text)',
    },
    {
      validFrom: '2026-01-01',
      value: { perHour: 1.01, maxPerYear: 2000, maxMonths: Number.POSITIVE_INFINITY },
      source: 'Wtl art. 2.10, 2.12, 2.13 (BWBR0037522, 2026-01-01 text)',
    },
  ],
  // Wfsv art. 38b: the register holds Participatiewet (UWV or praktijkroute), Wsw-indicated, Wajong and
  // pro/vso school-leavers; not people with a beschut-werk determination (Pwet art. 10b).
  registerTargetGroups: ['wajong', 'wsw', 'participatiewet', 'praktijkroute', 'vso-pro'],
  // Participatiewet art. 10da: the LKS target group has a right to coaching at the workplace; Wsw-indicated
  // people outside a Wsw job have been the municipality's clients since 2015 (its verordening decides).
  municipalCoachingTargetGroups: ['participatiewet', 'praktijkroute', 'vso-pro', 'beschut', 'wsw'],
  uwvCoachingTargetGroups: ['wajong'],
  // UWV job coach (WIA art. 35, Re-integratiebesluit; factorwerk.org summary): contract ≥ 12 h a week,
  // ≥ 6 months, wage ≥ 35% WML; coaching ≤ 15% / 7.5% / 6% of working hours in years 1–3; 3 years.
  jobCoachMinHoursPerWeek: 12,
  jobCoachMinContractMonths: 6,
  jobCoachMinWageValue: 0.35,
  jobCoachIntensity: [0.15, 0.075, 0.06],
  jobCoachMaxMonths: 36,
  // Beleidsregels proefplaatsing UWV (Stcrt. 2012, 25702): 2 months with benefit, up to 6 months for
  // people with an illness or disability; the employer intends a contract of ≥ 6 months afterwards.
  trialPlacementMonths: 2,
  trialPlacementMaxMonths: 6,
  // UWV werkplekaanpassing for the employer: contract of at least 6 months (vgs.nl, factorwerk.org).
  minContractMonthsForFacilities: 6,
  // Our own presumption for a candidate with no measurement, as large as the flat-rate LKS (Pwet art. 10d
  // lid 5 grants a flat 50% of WML for six months; it presumes no wage value). A parameter: override it.
  defaultWageValue: 0.5,
  weeksPerYear: 52,
});

/**
 * Issues of a rules override whose values differ in kind from the defaults they replace (a number
 * for a number, not NaN; a list for a list, each entry like the default's first; an object for an
 * object, its known fields alike), so that no rule reaches arithmetic as an object or a string.
 */
function shapeIssues(
  def: unknown,
  value: unknown,
  path: (string | number)[],
  issues: ValidationIssue[],
): void {
  if (typeof def === 'number') {
    if (typeof value !== 'number' || Number.isNaN(value))
      issues.push({ path, code: 'invalid_type', message: 'expected a number' });
  } else if (typeof def === 'string') {
    if (typeof value !== 'string') issues.push({ path, code: 'invalid_type', message: 'expected a string' });
  } else if (Array.isArray(def)) {
    if (!Array.isArray(value)) issues.push({ path, code: 'invalid_type', message: 'expected a list' });
    // Every default list has entries; an entry of an unknown kind (undefined) checks nothing.
    else for (let i = 0; i < value.length; i++) shapeIssues(def[0], value[i], [...path, i], issues);
  } else if (
    // Stryker disable next-line ConditionalExpression: a plain object is the only kind of default left here (no rule is a boolean or null)
    isRecord(def)
  ) {
    if (!isRecord(value)) issues.push({ path, code: 'invalid_type', message: 'expected an object' });
    // Own keys only: `__proto__` read from JSON is not a rule (the default's would be Object.prototype).
    else
      for (const key of Object.keys(value))
        if (Object.hasOwn(def, key)) shapeIssues(def[key], value[key], [...path, key], issues);
  }
}

/**
 * @internal The rules with an override merged in (shallow).
 * @throws ValidationError `rules` when an overridden value is not of the default's kind
 */
export function withRules(override: Partial<WageRules> | undefined): WageRules {
  if (override === undefined) return WAGE_RULES;
  const issues: ValidationIssue[] = [];
  shapeIssues(WAGE_RULES, override, [], issues);
  if (issues.length > 0) throw new ValidationError('rules', issues);
  return { ...WAGE_RULES, ...override };
}
