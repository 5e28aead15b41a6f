import type { NearMissChange } from '../../advice/change.js';
import type { VerdictCode } from '../reference/verdicts.js';

/** Options of `Matcher.whyNot`. */
export interface WhyNotOptions {
  /** Km beyond the candidate's commute limit still looked at, for commute near misses. @default 10 */
  extraKm?: number | undefined;
  /** How many near misses, best first. @default 5 */
  k?: number | undefined;
}

/**
 * The vacancies in reach (the commute limit + `extraKm`) by the rule that shut them; `fits` the
 * pairs that rank. The six counts add up to `inReach`. `capabilityItems` counts, per FML item, the
 * capability-shut vacancies with a task that asks more on it (a vacancy can count for several items).
 */
export interface WhyNotTally {
  fits: number;
  commute: number;
  capability: number;
  qualification: number;
  hours: number;
  minScore: number;
  capabilityItems: Record<string, number>;
}

/** Who pays for a change, on what basis and when (the catalogues' payers and funders). */
export interface NearMissPayer {
  who: string;
  basis: string;
  when: string;
}

/** A vacancy that fits the candidate after one change, with the score the changed pair reaches. */
export interface NearMiss {
  vacancyId: string;
  /** The rule that shuts the pair today. */
  shutBy: VerdictCode;
  /** The one change (see `applyChange`). */
  change: NearMissChange;
  /** The change in Dutch, e.g. `tilhulp bij taak vakken vullen (IV.13 tillen)`. */
  description: string;
  /** `matcher.score` of the pair on the input with the change applied. */
  score: number;
  /** What the change gains: the score, less the pair's score today when it is scored (below `minScore`). */
  gain: number;
  /** Who can pay for an adaptation or a training; empty for the other changes. */
  payers: NearMissPayer[];
}

/** Why a candidate has (few) matches, and what would make more vacancies fit. */
export interface WhyNot {
  candidateId: string;
  /** Vacancies within the commute limit + `extraKm`. */
  inReach: number;
  tally: WhyNotTally;
  /** One Dutch line: "31 vacatures binnen bereik; 18 vallen af op mogelijkheden (IV.13 tillen 18), 7 op uren, …". */
  summary: string;
  /** The best near misses, one per vacancy, by gain (ties: score, vacancy id), at most `k`. */
  nearMisses: NearMiss[];
}
