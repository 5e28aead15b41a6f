import type { Candidate, Vacancy } from '../domain/schemas.js';
import type { ValidationIssue } from '../errors.js';
import type { ComponentName } from './component-name.js';
import type { ResolvedMatcherOptions } from './options.js';
import type { WhyNot, WhyNotOptions } from './why-not/types.js';

export type { ComponentName };

/** One component of a score with its weight and the reason in words a job coach reads. */
export interface ScoreComponent {
  name: ComponentName;
  value: number;
  weight: number;
  reason: string;
}

/** A carved job inside one vacancy: the tasks the candidate can do, bundled (*jobcarving*). */
export interface CarvedMatchJob {
  kind: 'carved';
  tasks: { taskId: string; kind: string; hoursPerWeek: number }[];
  hoursPerWeek: number;
  /** Hours handed back to the vacancy's qualified staff (0 when the whole vacancy is offered at fewer hours). */
  freedHoursPerWeek: number;
  /** Set when the whole vacancy is offered at fewer hours: its hours, every task pro rata. */
  reducedFromHoursPerWeek?: number;
}

/** A candidate–vacancy pair that passes every hard rule, scored and explained. */
export interface Match {
  excluded: false;
  candidateId: string;
  vacancyId: string;
  /** Total score in [0, 1]. */
  score: number;
  /** `'full'`: the whole vacancy; otherwise the carved job the candidate can do. */
  job: 'full' | CarvedMatchJob;
  hoursPerWeek: number;
  sector: Vacancy['sector'];
  /** Banenafspraak jobs the placement counts for (hours / 25.5; 0 for sheltered work). */
  extraJobs: number;
  distanceKm: number;
  priority: boolean;
  components: ScoreComponent[];
  /** One line for the job, then one per component. */
  reasons: string[];
  /** Borderline FML points a job coach must look at (CBBS *signalering*). */
  signals: string[];
}

/** A pair that breaks a hard rule: never scored, never ranked; the reasons say why. */
export interface Exclusion {
  excluded: true;
  candidateId: string;
  vacancyId: string;
  score: 0;
  reasons: string[];
}

export type PairResult = Match | Exclusion;

/** Options of a ranking. */
export interface RankOptions {
  /** How many results. @default 10 */
  k?: number | undefined;
}

/** Each candidate's best vacancies as a CSR graph of live indices and scores (see `Matcher.shortlist`). */
export interface Shortlist {
  offsets: Int32Array;
  vacancies: Int32Array;
  scores: Float64Array;
}

/** Options of `rankAll` and `shortlist`. */
export interface RankAllOptions extends RankOptions {
  /** Stops the run (throws `AbortError`). */
  signal?: AbortSignal | undefined;
  /** Called with (candidates done, candidates). */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * A compiled index over candidates and vacancies; see {@link createMatcher}. Candidates and
 * vacancies can be added and removed without recompiling the rest: the results equal those of a
 * matcher built from scratch on the current lists (`candidates`, `vacancies`, in their order).
 */
export interface Matcher {
  /**
   * The current candidates, in order (additions at the end): the matcher's own parsed records, to
   * read only. Changing one in place is not supported (the matcher compiled it when it came, so the
   * results would mix the old record and the changed one): pass the changed record to
   * `updateCandidate`, which parses it anew.
   */
  readonly candidates: readonly Candidate[];
  /**
   * The current vacancies, in order (additions at the end), tasks decomposed: the matcher's own
   * parsed records, to read only. Changing one in place is not supported (the matcher compiled it
   * when it came and knows each task's demand class by its demands object, so the results would mix
   * the old record and the changed one): pass the changed record to `updateVacancy`, which parses it
   * anew.
   */
  readonly vacancies: readonly Vacancy[];
  readonly options: ResolvedMatcherOptions;
  /**
   * Fields of the input records that the contract does not know (a typo such as `preferedSectors`),
   * found while building (`['candidates', 3, 'preferedSectors']`) or in an edit
   * (`['addCandidate', 'preferedSectors']`), each with the nearest known field: the matcher ignores
   * them, and says so here. Validate with `safeParseCandidates(…, { unknownFields: 'error' })` first to
   * refuse them instead.
   */
  readonly warnings: readonly ValidationIssue[];
  /**
   * The best vacancies for a candidate (id or object), excluded pairs left out. An empty list (or a
   * short one) says nothing of why: `whyNot(candidate)` tallies the vacancies in reach by the rule
   * that shut them and names the near misses.
   */
  rank(candidate: string | Candidate, options?: RankOptions): Match[];
  /**
   * Why a candidate (id or object) has no or few matches, and what one change would open: every
   * vacancy within the commute limit + `extraKm` tallied by the rule that shut it (commute,
   * capability per FML item, qualification, hours, minScore; the counts and `fits` add up to
   * `inReach`), a Dutch summary line, and the near misses: vacancies that rank after ONE change (an
   * adaptation of the catalogue on one task for one FML item, dropping one task, another hours
   * window, a longer commute, a training), one per vacancy, each with the score the changed pair
   * reaches (`applyChange` on the input, then `score`, gives it), who pays, ranked by gain.
   * Deterministic; O(vacancies in reach × tasks) plus one evaluation per change tried (a change whose
   * score bound cannot reach the k-th near miss found so far is not tried: the result is the same).
   *
   * @example
   * const why = matcher.whyNot('c-0001', { k: 3 });
   * why.summary; // '31 vacatures binnen bereik; 18 vallen af op mogelijkheden (IV.13 tillen 18), 7 op uren; 6 passen'
   * why.nearMisses[0]; // { vacancyId, change: { kind: 'adaptation', … }, description, score, gain, payers }
   */
  whyNot(candidate: string | Candidate, options?: WhyNotOptions): WhyNot;
  /** The best candidates for a vacancy (id or object); priority candidates first when `priorityFirst`. */
  rankCandidates(vacancy: string | Vacancy, options?: RankOptions): Match[];
  /** One pair, fully explained, excluded or not. */
  score(candidate: string | Candidate, vacancy: string | Vacancy): PairResult;
  /**
   * The whole region ranked both ways in one pass over the pairs: `byCandidate[i]` are the top k
   * vacancies of `candidates[i]`, `byVacancy[j]` the top k candidates of `vacancies[j]`; equal to
   * calling `rank` and `rankCandidates` for each.
   */
  rankAll(options?: RankAllOptions): { byCandidate: Match[][]; byVacancy: Match[][] };
  /**
   * Scores only, for batch work (assignment): each candidate's top k vacancies as a CSR graph —
   * candidate `i` has vacancies `vacancies[offsets[i] .. offsets[i + 1])` with their `scores`, best
   * first; indices into `candidates` and `vacancies`. With k ≤ 64 `vacancies` and `scores` may be
   * views of larger buffers (no copy at the end); `slice()` them before transferring their `buffer`.
   */
  shortlist(options?: RankAllOptions): Shortlist;
  /**
   * The hard rules only, on indices into `candidates` and `vacancies`: true when the pair is not
   * excluded (commute, capability, hours, qualification, with carving). The hot path of screening.
   */
  screen(candidateIndex: number, vacancyIndex: number): boolean;
  /** Index of a candidate id in `candidates`, or −1. */
  candidateIndex(id: string): number;
  /** Index of a vacancy id in `vacancies`, or −1. */
  vacancyIndex(id: string): number;
  /** Adds a candidate (JSON in the input contract or parsed). @throws ValidationError, also for a duplicate id */
  addCandidate(candidate: unknown): void;
  /** Removes a candidate. @throws BanenmatchError `NOT_FOUND` */
  removeCandidate(id: string): void;
  /** Replaces a candidate (remove + add: it moves to the end of `candidates`). */
  updateCandidate(candidate: unknown): void;
  /** Adds a vacancy; tasks are decomposed when absent. @throws ValidationError, also for a duplicate id */
  addVacancy(vacancy: unknown): void;
  /** Removes a vacancy. @throws BanenmatchError `NOT_FOUND` */
  removeVacancy(id: string): void;
  /** Replaces a vacancy (remove + add: it moves to the end of `vacancies`). */
  updateVacancy(vacancy: unknown): void;
}
