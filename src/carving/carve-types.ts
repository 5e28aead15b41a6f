import type { CapabilityFinding } from '../capability/compare.js';
import type { Sector } from '../domain/schemas.js';
import type { WageValueEstimate } from '../wage-value/estimate.js';
import type { Instrument } from '../wage-value/instrument-types.js';
import type { CaoScale } from './fair-work.js';

/**
 * What a carved job maximises:
 * - `'productive-hours'` (default): Σ hours × the candidate's estimated wage value on the task — the
 *   output the employer gets, which is what makes the job last;
 * - `'hours'`: Σ hours — the most the banenafspraak counts (hours / 25.5);
 * - a function of a task giving a value ≥ 0.
 * Among equal values the bundle drawing on fewer source vacancies wins (less reorganisation).
 */
export type CarvingObjective = 'productive-hours' | 'hours' | ((task: CarvableTask) => number);

/** A task offered for carving, with the candidate's estimated wage value on it. */
export interface CarvableTask {
  vacancyId: string;
  taskId: string;
  kind: string;
  hoursPerWeek: number;
  /** The candidate's estimated wage value on this task (0..1). */
  wageValue: number;
  skills: readonly string[];
}

/** Options of {@link carveJob}. */
export interface CarveOptions {
  /**
   * Fewest hours a carved job may have. 12 h a week: UWV's job coach needs a contract of at least
   * 12 hours a week (domain notes Part B §5–6); no official minimum exists.
   * @default 12
   */
  minHours?: number | undefined;
  /** Most hours, on top of the candidate's own maximum and FML VI.2/VI.3. @default no extra limit */
  maxHours?: number | undefined;
  /** Only vacancies at this site of the employer. @default every site */
  site?: string | undefined;
  /** @default 'productive-hours' */
  objective?: CarvingObjective | undefined;
  /** Date for the instruments (minimum wage, LKV rules). @default the newest minimum-wage figure's date */
  date?: string | undefined;
  /** Pay per hour of the carved job. @default the statutory minimum wage (WML), or the scale of `caoScales` */
  wagePerHour?: number | undefined;
  /**
   * The cao's wage table (`carveJob` only): without `wagePerHour`, the job is paid the scale of the
   * occupation of the vacancy it takes most hours from, never below WML (see `carvedJobWage`). @default none
   */
  caoScales?: readonly CaoScale[] | undefined;
  /** Working days a week, to turn FML VI.2 (hours a day) into hours a week. @default 5 */
  daysPerWeek?: number | undefined;
  /** Grid of the hours in the optimiser. @default 0.25 */
  resolution?: number | undefined;
}

/** Why a task is in or out of a carved job. */
export interface TaskVerdict {
  vacancyId: string;
  taskId: string;
  kind: string;
  hoursPerWeek: number;
  /** `included` in the job; `eligible` but not chosen; `excluded` by a rule. */
  status: 'included' | 'eligible' | 'excluded';
  /** In words a job coach reads. */
  reason: string;
}

/** A task of a carved job. */
export interface CarvedTask {
  vacancyId: string;
  taskId: string;
  kind: string;
  hoursPerWeek: number;
  wageValue: number;
}

/** A new job made of tasks a candidate can do (*jobcarving*, Inclusief Herontwerp Werk). */
export interface CarvedJob {
  candidateId: string;
  employerId: string;
  sector: Sector;
  tasks: CarvedTask[];
  /** Hours a week of the carved job (on the optimiser's grid). */
  hoursPerWeek: number;
  /** The candidate's estimated wage value on the job: an estimate, not a measurement. */
  wageValue: WageValueEstimate;
  /** The objective's value (productive hours by default). */
  objectiveValue: number;
  /** Instruments for the employer on this job (LKS, loondispensatie, LKV, no-risk, ...). */
  instruments: Instrument[];
  /** Hours handed back to the qualified staff of each source vacancy, for their core work. */
  freedHours: { vacancyId: string; hoursPerWeek: number }[];
  /** Banenafspraak jobs the carved job counts for (hours / 25.5); 0 for sheltered work. */
  jobs: number;
  /** Borderline points (*signalering*) a job coach must look at, per task. */
  signals: { vacancyId: string; taskId: string; reason: string }[];
}

/** The outcome of {@link carveJob}: the job, or `null` with the reason, and a verdict per task. */
export interface CarveResult {
  job: CarvedJob | null;
  /** Why there is no job, or a one-line summary of the job. */
  reason: string;
  tasks: TaskVerdict[];
}

/** @internal The resolved hours window and the candidate's feasible tasks at one employer. */
export interface CarvingSetup {
  minHours: number;
  maxHours: number;
  /** Why the window is what it is (for reasons). */
  maxReason: string;
  offered: CarvableTask[];
  offeredSignals: CapabilityFinding[][];
  verdicts: TaskVerdict[];
  sector: Sector;
}
