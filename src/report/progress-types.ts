import type { QuotaForecast } from '../quota/forecast-quota.js';
import type { ExtraJobs, Placement } from '../quota/jobs.js';
import type { Observation, TargetPlan } from '../quota/schema.js';
import type { CaseloadGaps } from './caseload-gaps-types.js';
import type { FairnessAudit, FairnessAuditOptions, GroupAttributes } from './fairness.js';
import type { ReportForecast } from './forecast-text.js';
import type { ReportPeriod } from './period.js';
import type { BreakdownRow } from './run-sections.js';

// The types of the progress report, apart so that its view and its builder both read them.

/** A placement of an assignment run as the report shows it: what the quota counts, and who and where. */
export interface ReportPlacement extends Placement {
  /** The candidate placed; needed for the fairness section. @default none */
  candidateId?: string | undefined;
  /** The placement's score; needed for the fairness section. @default none */
  score?: number | undefined;
  /** The candidate's municipality, for the breakdown per municipality. @default none */
  municipality?: string | undefined;
  /**
   * The candidate's target group (`wajong`, `participatiewet`, …), for the breakdown per target group;
   * `beschut` (sheltered work) adds no jobs to the banenafspraak. @default none
   */
  targetGroup?: string | undefined;
}

/** Input of {@link progressReport}. */
export interface ProgressReportOptions {
  /** The targets, e.g. `TARGET_PLANS.gooiEnVechtstreek2015`. */
  plan: TargetPlan;
  /** Realised extra jobs at year ends or quarter ends (as `forecastQuota` takes them); later ones than the period are left out. */
  observed: readonly Observation[];
  /** A forecast of the same plan from `forecastQuota`; without it the report has no forecast fan. @default none */
  forecast?: QuotaForecast | undefined;
  /**
   * Expected placements of an assignment run (as `extraJobs` takes them), shown as a scenario; with a
   * municipality or target group, also broken down by them. @default none
   */
  placements?: readonly ReportPlacement[] | undefined;
  /** Candidates of the run that were not placed; with `groups`, for the fairness section. @default none */
  unplaced?: readonly { candidateId: string }[] | undefined;
  /**
   * Protected attributes per candidate id (as `fairnessAudit` takes them); when given, the report has a
   * fairness section on the placements (which then need `candidateId` and `score`) and `unplaced`. @default none
   */
  groups?: GroupAttributes | undefined;
  /** Options of the fairness audit. @default fairnessAudit's defaults */
  fairness?: FairnessAuditOptions | undefined;
  /**
   * `caseloadGaps` of the caseload or of the run's unplaced; when given, the report has a section "Wat
   * zou meer plaatsingen mogelijk maken" with the top adaptations and trainings. @default none
   */
  gaps?: CaseloadGaps | undefined;
  /** `'2024'`, `'2024-H1'`, `'2024-H2'`, `'final'` (the whole covenant period, art. 5.3) or `{ year, half? }`. */
  period: ReportPeriod;
  /** Region named in the title. @default the plan's name */
  region?: string | undefined;
}

/** Progress of one sector (or the total) in the report's period. */
export interface SectorProgress {
  /** Cumulative target at the end of the period's year. */
  target: number;
  /**
   * Target the period is judged on: the year target, or for a first half year the midpoint between the
   * previous year's target and this year's (an interpolation; the covenant publishes year-end targets only).
   */
  periodTarget: number;
  /** Realised extra jobs at the last observation within the period. */
  realised: number;
  /** `periodTarget − realised`; positive means short. */
  gap: number;
  reached: boolean;
  /** Cumulative target at the end of the horizon year (see `horizonYear`); `null` when the plan has none. */
  horizonTarget: number | null;
  /** Extra jobs per month needed from the last observation to the horizon year's target (0 when reached). */
  perMonthNeeded: number | null;
  /** Realised plus the expected extra jobs of the placements; `null` without placements. */
  scenario: number | null;
  /** The trend forecast for the horizon year plus the placements' extra jobs; `null` without both. */
  scenarioOnTrend: number | null;
  /** The forecast for the horizon year; `null` without a forecast for that year. */
  forecast: ReportForecast | null;
  /** One line in Dutch: on track or behind, the gap in jobs and the pace a month needed. */
  verdict: string;
}

/** Machine-readable summary of a progress report (numbers rounded, order stable). */
export interface ProgressReportData {
  title: string;
  region: string;
  plan: { id: string; name: string; source: string; unitHours: number };
  period: { label: string; year: number; half: 1 | 2 | null; end: string };
  /** The last observation used: `'2024'` (year end) or `'2024Q2'`. */
  asOf: string;
  /**
   * The year the report looks ahead to: the period's year while its year end is still to come, else the
   * next year (an annual report observed at the year end looks at next year's target).
   */
  horizonYear: number;
  /** Months from the last observation to the end of the horizon year. */
  monthsAhead: number;
  market: SectorProgress;
  government: SectorProgress;
  total: SectorProgress;
  /** Every plan year up to the period's year, realised at the year end when observed. */
  history: {
    year: number;
    market: { target: number; realised: number | null };
    government: { target: number; realised: number | null };
    total: { target: number; realised: number | null };
  }[];
  /** The forecast's future years, or `null`. */
  forecast: {
    lastObserved: string;
    models: { market: string; government: string };
    years: { year: number; market: ReportForecast; government: ReportForecast; total: ReportForecast }[];
  } | null;
  /** Expected extra jobs of the placements, or `null`. */
  scenario: ExtraJobs | null;
  /** Placements and jobs per municipality, or `null` when no placement names one. */
  byMunicipality: BreakdownRow[] | null;
  /** Placements and jobs per target group, or `null` when no placement names one. */
  byTargetGroup: BreakdownRow[] | null;
  /** `fairnessAudit` of the run, or `null` without `groups`. */
  fairness: FairnessAudit | null;
  /** The `gaps` given (`caseloadGaps`); absent without them, so the JSON is as before. */
  gaps?: CaseloadGaps | undefined;
}

/** Result of {@link progressReport}. */
export interface ProgressReport {
  json: ProgressReportData;
  markdown: string;
  svg: string;
  html: string;
}

/** @internal A time of observation (2023 = end of 2023, 2023.25 = end of Q1) with the realised jobs. */
export interface Point {
  t: number;
  label: string;
  market: number;
  government: number;
}
