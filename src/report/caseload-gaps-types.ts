import type { RunOptions } from '../_internal/guard.js';

// The types of caseloadGaps, apart so that its counting and its text both read them.

/** Options of `caseloadGaps`. */
export interface CaseloadGapsOptions extends RunOptions {
  /** The candidates to look at, e.g. the unplaced of an `assign` run. @default the whole caseload */
  candidateIds?: readonly string[] | undefined;
  /** Near misses per candidate (`whyNot`'s `k`). @default 5 */
  k?: number | undefined;
  /** Km beyond a candidate's commute limit still looked at (`whyNot`'s `extraKm`). @default 10 */
  extraKm?: number | undefined;
}

/** How many candidates one change would help, the vacancies it would open, and their near misses. */
export interface GapCounts {
  /** Candidates with at least one near miss of this row. */
  candidates: number;
  /** Distinct vacancies among those near misses. */
  vacancies: number;
  /** Near misses (candidate–vacancy pairs) of this row. */
  nearMisses: number;
  /** One Dutch line for the market plan. */
  market: string;
  /** One Dutch line for schools and training providers. */
  school: string;
}

/** A workplace adaptation for one FML item on one task kind. */
export interface AdaptationGap extends GapCounts {
  item: string;
  itemName: string;
  taskKind: string;
  taskName: string;
  adaptationId: string;
  name: string;
}

/** Dropping or handing over one task kind (job carving). */
export interface CarvingGap extends GapCounts {
  taskKind: string;
  taskName: string;
  /** Median hours a week of the task handed over. */
  medianHours: number;
}

/** A training or certificate of the catalogue. */
export interface TrainingGap extends GapCounts {
  trainingId: string;
  name: string;
  /** The skills it was chosen for (sorted); empty when it was chosen for an asked diploma only. */
  skills: string[];
  /** True when some of its near misses are for the diploma or certificate a vacancy asks. */
  diploma: boolean;
}

/** A longer commute, per municipality the candidates live in. */
export interface CommuteGap extends GapCounts {
  /** The candidates' municipality, `onbekend` without one. */
  municipality: string;
  /** Median km further (one way) over the near misses. */
  medianExtraKm: number;
}

/** A different hours window: one new end of it. */
export interface HoursGap extends GapCounts {
  minHoursPerWeek?: number | undefined;
  maxHoursPerWeek?: number | undefined;
  /** The change in Dutch, e.g. `tot 32 uur per week willen werken`. */
  description: string;
}

/** The changes that would open most placements over a caseload, per kind, most candidates helped first. */
export interface CaseloadGaps {
  /** Candidates looked at. */
  candidates: number;
  /** Of them, with at least one near miss. */
  withNearMiss: number;
  /** Near misses over all of them. */
  nearMisses: number;
  adaptations: AdaptationGap[];
  carving: CarvingGap[];
  trainings: TrainingGap[];
  commute: CommuteGap[];
  hours: HoursGap[];
}
