import type { CapabilityFinding } from '../../capability/index.js';
import type { ComponentName } from '../component-name.js';

/**
 * The rules that can shut a candidate–vacancy pair, as stable codes (no words: a tool that explains
 * them, such as a job coach's "why not", chooses its own). The four hard rules exclude the pair
 * (`matcher.score` gives an `Exclusion`); `minScore` only keeps a scored pair out of rankings.
 */
export type VerdictCode = 'commute' | 'capability' | 'qualification' | 'hours' | 'minScore';

/** The hard rules, in the order the matcher names the one that shut a pair. */
export type HardRuleCode = Exclude<VerdictCode, 'minScore'>;

/** What bounds a candidate's hours: their own maximum, or FML VI.3 (per week) or VI.2 (per day × 5). */
export type HoursLimit = 'preference' | 'VI.3' | 'VI.2';

/** The vacancy is further from home than the candidate can travel (own limit, or the defaults with FML II.10). */
export interface CommuteVerdict {
  code: 'commute';
  distanceKm: number;
  limitKm: number;
  /** How many km more the candidate would have to travel. */
  overKm: number;
}

/** One FML point on which a task of the vacancy asks more than the candidate can (CBBS *evident ongeschikt*). */
export interface CapabilityExceedance {
  taskId: string;
  /** FML item id, e.g. `'IV.13'`. */
  itemId: string;
  rule: CapabilityFinding['rule'];
}

/** Some task of the whole vacancy asks more than the candidate can; every such point listed. */
export interface CapabilityVerdict {
  code: 'capability';
  exceedances: CapabilityExceedance[];
}

/** The vacancy's core tasks need a qualification the candidate's diplomas do not meet. */
export interface QualificationVerdict {
  code: 'qualification';
  /** The qualification asked (trimmed). */
  asked: string;
  coreTaskIds: string[];
}

/** The whole vacancy has more hours than the candidate can work. */
export interface HoursVerdict {
  code: 'hours';
  jobHours: number;
  maxHours: number;
  limitBy: HoursLimit;
  overHours: number;
}

/** The pair is scored but below the matcher's `minScore`: left out of rankings, not excluded. */
export interface MinScoreVerdict {
  code: 'minScore';
  score: number;
  minScore: number;
}

/** One broken rule with the figures a near miss needs. */
export type Verdict =
  | CommuteVerdict
  | CapabilityVerdict
  | QualificationVerdict
  | HoursVerdict
  | MinScoreVerdict;

/**
 * How the job was found: the whole vacancy (`'whole'`); or, when it does not fit, a bundle of tasks
 * (`'carved'`), the whole vacancy at the candidate's most hours (`'reduced-hours'`, when only the hours
 * are too many), or none because carving is off (`'carving-off'`), the employer does not open the
 * vacancy for it (`'not-carvable'`), or no combination of tasks fits the hours (`'no-bundle'`).
 */
export type CarvingOutcome =
  | 'whole'
  | 'carved'
  | 'reduced-hours'
  | 'carving-off'
  | 'not-carvable'
  | 'no-bundle';

/** A task of the reference job with the hours it has in that job. */
export interface ReferenceTask {
  taskId: string;
  kind: string;
  hoursPerWeek: number;
}

/** The job the candidate would get inside the vacancy, with what its score is made of. */
export interface ReferenceJob {
  kind: 'full' | 'carved' | 'reduced-hours';
  tasks: ReferenceTask[];
  hoursPerWeek: number;
  /** Hours handed back to the vacancy's qualified staff: a carved job's hours, else 0. */
  freedHoursPerWeek: number;
  /** The vacancy's hours, when the whole vacancy is offered at fewer (`'reduced-hours'`). */
  reducedFromHoursPerWeek: number | undefined;
  /** Tasks of the job at a borderline FML point (CBBS *signalering*). */
  signalTasks: string[];
  /** FML items the candidate is limited on that no task in the region states (see `judgedItems`). */
  unassessedItems: string[];
  /** The candidate's estimated wage value on the job's tasks. */
  wageValue: number;
  /** The six components, each in [0, 1]. */
  components: Record<ComponentName, number>;
  /** Σ wᵢ·cᵢ / Σ wᵢ, × `carvedFactor` unless full: the score ignoring the commute limit. */
  score: number;
}

/** The reference verdict on one candidate–vacancy pair. */
export interface ReferenceResult {
  candidateId: string;
  vacancyId: string;
  /** A hard rule shut the pair: never scored, never ranked. */
  excluded: boolean;
  /** The rule the matcher names for an excluded pair: the commute first, then capability, qualification, hours. */
  shutBy: HardRuleCode | undefined;
  /** Not excluded and at least `minScore`: the pair appears in rankings. */
  ranked: boolean;
  /** Every rule the pair breaks, in the order of {@link HardRuleCode}, then `minScore`. */
  verdicts: Verdict[];
  carving: CarvingOutcome;
  /** The job inside the vacancy, also when only the commute shuts the pair (what it would score). */
  job: ReferenceJob | undefined;
  distanceKm: number;
  /** The job's score when not excluded, else 0 (as `matcher.score`). */
  score: number;
}
