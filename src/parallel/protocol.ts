/**
 * @internal Messages between {@link assignInParallel} (the main thread) and its workers. One request
 * at a time per worker; each is answered by its replies in order (a compile by two, explanations by
 * chunks, the last marked), with `progress` messages in between.
 */

import type { PriorityRule } from '../domain/priority-rules.js';
import type { ErrorCode, ValidationIssue } from '../errors.js';
import type { AssignResult } from '../placement/assign.js';
import type { Match } from '../scoring/matcher.js';
import type { ResolvedMatcherOptions } from '../scoring/options.js';

/** A shortlist in transferable arrays (see `Matcher.shortlist`). */
export interface ListMessage {
  offsets: Int32Array;
  vacancies: Int32Array;
  scores: Float64Array;
}

export type Request =
  /** Start the part's matcher: `records` candidates and vacancies follow. */
  | { type: 'begin'; options: ResolvedMatcherOptions; records: number }
  /**
   * More of the part's records (raw input, in global order), validated and compiled as they come:
   * every candidate before the first vacancy. As JSON text of the list (`jsonText`) when that gives
   * the same records back, else the list itself (a structured clone).
   */
  | { type: 'records'; what: 'candidates' | 'vacancies'; text: string }
  | { type: 'records'; what: 'candidates' | 'vacancies'; list: unknown[] }
  /**
   * Finish the part's matcher (`vacancyIndex[i]`: the global index of the part's vacancy `i`): replies
   * `compiled`, or `invalid` or `rejected`.
   */
  | {
      type: 'compile';
      vacancyIndex: Int32Array;
      /** Priority rules on a day (`assign`'s `date` and `priorityRules`), or the candidates' own flags. */
      priority: { date: string; rules: readonly PriorityRule[] } | undefined;
    }
  /**
   * Count as judged the FML items any part's vacancies state (`judged`: the union of the parts'
   * `stated`, so each part judges what one matcher of the whole input would), then shortlist each
   * candidate's top k: replies `shortlisted`.
   */
  | { type: 'shortlist'; k: number; judged: string[] }
  /**
   * Run the solver on a shortlist (the merged one, or one part of it: its own candidate and vacancy
   * indices, `priorityLift` the whole problem's).
   */
  | {
      type: 'solve';
      list: ListMessage;
      positions: Int32Array;
      priority: Uint8Array;
      waiting: Float64Array;
      mode: 'optimal' | 'stable';
      proposing: 'candidates' | 'vacancies' | undefined;
      minScore: number;
      priorityFirst: boolean;
      priorityLift: number | undefined;
    }
  /** Explain placed pairs: the part's candidate `candidates[i]` (local) with global vacancy `vacancies[i]`. */
  | { type: 'explain'; candidates: Int32Array; vacancies: Int32Array };

export type Reply =
  /** Per mille of the current request done (a compile: 0–999 compiling, 1000–1999 shortlisting). */
  | { type: 'progress'; permille: number }
  /** A `records` message validated and compiled. */
  | { type: 'fed' }
  /**
   * The part compiled: its parsed ids, priority flags and positions, in local order, and the FML
   * items its vacancies state.
   */
  | {
      type: 'compiled';
      stated: string[];
      candidateIds: string[];
      vacancyIds: string[];
      priority: Uint8Array;
      waiting: Float64Array;
      positions: Int32Array;
    }
  /** The part's records break the input contract (paths local to the part). */
  | { type: 'invalid'; issues: ValidationIssue[] }
  /** Compiling failed otherwise; `vacancy` is the local index of the vacancy that failed, or −1. */
  | { type: 'rejected'; code: ErrorCode; message: string; vacancy: number }
  | ({ type: 'shortlisted' } & ListMessage)
  | { type: 'solved'; candidateToVacancy: Int32Array; optimalFor: AssignResult['optimalFor'] }
  | { type: 'explained'; matches: Match[]; last: boolean };
