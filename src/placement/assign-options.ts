import { z } from 'zod';
import { parseOptions, runOptionsShape } from '../_internal/options.js';
import { PRIORITY_RULES, type PriorityRule, priorityRuleSchema } from '../domain/priority-rules.js';

/** Options of `assign`. */
export interface AssignOptions {
  /**
   * `optimal`: the largest total score (a maximum-weight matching); `stable`: no candidate and vacancy
   * both prefer each other to what they got (Gale–Shapley, hospital/resident).
   * @default 'optimal'
   */
  mode?: 'optimal' | 'stable' | undefined;
  /** In stable mode, the side that proposes and gets its optimal stable matching. @default 'candidates' */
  proposing?: 'candidates' | 'vacancies' | undefined;
  /** Vacancies considered per candidate (the shortlist the graph is built from). @default 50 */
  k?: number | undefined;
  /** Pairs below this score are never placed. @default the matcher's minScore */
  minScore?: number | undefined;
  /**
   * Place priority candidates first (lexicographically: as many of them as possible, then the best
   * total), e.g. the covenant's 2015–2016 priority for Wajong and the Wsw waiting list. In stable mode
   * vacancies rank priority candidates above the others. @default the matcher's priorityFirst
   */
  priorityFirst?: boolean | undefined;
  /**
   * Day of the assignment (`YYYY-MM-DD`): when given, a candidate has priority when its own flag is set
   * or a rule of `priorityRules` in force that day names it (see `hasPriority`). @default none: the
   * candidates' own flags only
   */
  date?: string | undefined;
  /** Priority rules applied on `date`. @default PRIORITY_RULES (covenant art. 1.1) */
  priorityRules?: readonly PriorityRule[] | undefined;
  /**
   * Say why for every unplaced candidate: its `tally` and `summary` of the vacancies in reach and its
   * best three `nearMisses` (see `Matcher.whyNot`), beside the `reason`. Not in `assignInParallel`
   * (its workers hold parts of the region): call `matcher.whyNot` for the candidates you need.
   * @default false
   */
  whyUnplaced?: boolean | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * @internal The options `assign`, `assignInParallel` and `reassign` share, one schema: the matcher's
 * `minScore`, `priorityFirst`, `date` and `priorityRules` fill in what is absent.
 */
export const sharedAssignShape = {
  k: z.number().int().min(1).max(100_000).default(50),
  minScore: z.number().min(0).max(1).optional(),
  priorityFirst: z.boolean().optional(),
  date: z.iso.date().optional(),
  priorityRules: z.array(priorityRuleSchema).readonly().optional(),
  whyUnplaced: z.boolean().optional(),
  ...runOptionsShape,
};

/** @internal Priority rules apply on a day: `priorityRules` without `date` is refused. */
export function rulesNeedDate(o: { date?: string | undefined; priorityRules?: unknown }): boolean {
  return o.priorityRules === undefined || o.date !== undefined;
}

/** @internal The message of {@link rulesNeedDate}, on the option `date`. */
export const RULES_NEED_DATE = { message: 'must be given with `priorityRules`', path: ['date'] };

/** @internal The fields of {@link assignOptionsSchema}, which `assignInParallel` extends. */
export const assignShape = {
  mode: z.enum(['optimal', 'stable']).default('optimal'),
  proposing: z.enum(['candidates', 'vacancies']).optional(),
  ...sharedAssignShape,
};

/** @internal The options of `assign`, checked by this one schema. */
export const assignOptionsSchema = z.object(assignShape).refine(rulesNeedDate, RULES_NEED_DATE);

/** @internal What the matcher gives when an option is absent. */
export interface AssignDefaults {
  minScore: number;
  priorityFirst: boolean;
  date?: string | undefined;
  priorityRules?: readonly PriorityRule[] | undefined;
}

/** @internal The options `assign` and `assignInParallel` share, checked and with their defaults. */
export interface ResolvedAssignOptions {
  mode: 'optimal' | 'stable';
  proposing: 'candidates' | 'vacancies' | undefined;
  k: number;
  minScore: number;
  priorityFirst: boolean;
  /** The day and rules priority is decided on; undefined: the candidates' own flags only. */
  priority: { date: string; rules: readonly PriorityRule[] } | undefined;
  /** Each unplaced candidate's tally and near misses (see `Matcher.whyNot`). */
  whyUnplaced: boolean;
  signal: AbortSignal | undefined;
  onProgress: ((done: number, total: number) => void) | undefined;
}

/**
 * @internal Fills checked options in from the matcher's: `minScore`, `priorityFirst` and, when neither
 * `date` nor `priorityRules` is given, the matcher's own day and rules.
 */
export function withMatcherDefaults(
  o: { k: number; minScore?: number | undefined; priorityFirst?: boolean | undefined } & Pick<
    AssignOptions,
    'date' | 'priorityRules' | 'whyUnplaced' | 'signal' | 'onProgress'
  >,
  defaults: AssignDefaults,
): Omit<ResolvedAssignOptions, 'mode' | 'proposing'> {
  let priority: ResolvedAssignOptions['priority'];
  // Checked: `priorityRules` comes with a `date` (rulesNeedDate).
  if (o.date !== undefined) priority = { date: o.date, rules: o.priorityRules ?? PRIORITY_RULES };
  else if (o.priorityRules === undefined && defaults.date !== undefined)
    priority = { date: defaults.date, rules: defaults.priorityRules ?? PRIORITY_RULES };
  return {
    k: o.k,
    minScore: o.minScore ?? defaults.minScore,
    priorityFirst: o.priorityFirst ?? defaults.priorityFirst,
    priority,
    whyUnplaced: o.whyUnplaced ?? false,
    signal: o.signal,
    onProgress: o.onProgress,
  };
}

/**
 * @internal Checks the options of `assign` with {@link assignOptionsSchema}: a bad option is
 * `INVALID_ARGUMENT` naming it (`where`: the function).
 */
export function resolveAssignOptions(
  given: AssignOptions | null | undefined,
  defaults: AssignDefaults,
  where: string,
): ResolvedAssignOptions {
  const o = parseOptions(assignOptionsSchema, given ?? undefined, where);
  return { mode: o.mode, proposing: o.proposing, ...withMatcherDefaults(o, defaults) };
}
