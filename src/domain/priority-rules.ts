import { z } from 'zod';
import { zodIssues } from '../_internal/zod-issues.js';
import { BanenmatchError, ValidationError } from '../errors.js';
import type { TargetGroup } from './schemas.js';
import { targetGroupSchema } from './schemas.js';

/**
 * A priority rule: from `from` to `to` (inclusive, `YYYY-MM-DD`), candidates of one of `targetGroups`,
 * and with `wswWaitingList` those on the Wsw waiting list, go first.
 */
export interface PriorityRule {
  id: string;
  from: string;
  to: string;
  targetGroups: readonly TargetGroup[];
  /** Candidates with `wswWaitingList: true` have priority too. @default false */
  wswWaitingList?: boolean | undefined;
  /** Where the rule comes from. */
  source: string;
}

/** The fields of a candidate the priority rules read (a parsed `Candidate` fits). */
export interface PriorityFields {
  targetGroup: TargetGroup;
  priority?: boolean | undefined;
  wswWaitingList?: boolean | undefined;
}

/** zod schema of a {@link PriorityRule}; `from` must not come after `to`. */
export const priorityRuleSchema: z.ZodType<PriorityRule> = z
  .object({
    id: z.string().trim().min(1).max(100),
    from: z.iso.date(),
    to: z.iso.date(),
    targetGroups: z.array(targetGroupSchema),
    wswWaitingList: z.boolean().optional(),
    source: z.string().trim().min(1).max(500),
  })
  .refine((r) => r.from <= r.to, { message: '`from` must not come after `to`', path: ['from'] });

/**
 * The priority rules of the covenant Gooi en Vechtstreek (art. 1.1): "In 2015 en 2016 hebben Wajongers
 * en Wsw’ers op de wachtlijst voorrang" — every Wajong candidate, and Wsw-indicated people on the
 * waiting list. The default rules of {@link hasPriority} and of `assign` with a `date`.
 */
export const PRIORITY_RULES: readonly PriorityRule[] = Object.freeze([
  Object.freeze({
    id: 'convenant-gooi-en-vechtstreek-2015-2016',
    from: '2015-01-01',
    to: '2016-12-31',
    targetGroups: Object.freeze(['wajong'] as const),
    wswWaitingList: true,
    source: 'Convenant inclusieve arbeidsmarkt Gooi en Vechtstreek, art. 1.1',
  }),
]);

const dateSchema = z.iso.date();
/** The fields of a candidate the rules read. */
const candidateFields = z.object({
  targetGroup: targetGroupSchema,
  priority: z.boolean().optional(),
  wswWaitingList: z.boolean().optional(),
});

/** @internal A value for a message: a short string quoted, anything else by its type (never converted). */
export function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
}

/** @internal Checks a date and rules once, for a loop over candidates. */
export function checkedPriorityInput(
  date: unknown,
  rules: unknown,
  where: string,
): { date: string; rules: readonly PriorityRule[] } {
  if (!dateSchema.safeParse(date).success) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `${where}: \`date\` must be a date YYYY-MM-DD, got ${shown(date)}`,
    );
  }
  const parsed = z.array(priorityRuleSchema).safeParse(rules);
  if (!parsed.success) throw new ValidationError(`${where}: rules`, zodIssues(parsed.error, ['rules']));
  return { date: date as string, rules: parsed.data };
}

/**
 * @internal The checked `date` and `priorityRules` options of `assign` and `reassign`; when neither is
 * given, the matcher's `date` and `priorityRules` (checked when it was made), else undefined (the
 * candidates' own flags only).
 */
export function priorityOptions(
  options: { date?: string | undefined; priorityRules?: readonly PriorityRule[] | undefined },
  where: string,
  matcher?: { date?: string | undefined; priorityRules?: readonly PriorityRule[] | undefined },
): { date: string; rules: readonly PriorityRule[] } | undefined {
  if (options.date === undefined && options.priorityRules === undefined) {
    // The matcher's own day (its `date` option), as its rankings use it.
    if (matcher?.date === undefined) return undefined;
    return { date: matcher.date, rules: matcher.priorityRules ?? PRIORITY_RULES };
  }
  return checkedPriorityInput(options.date, options.priorityRules ?? PRIORITY_RULES, where);
}

/** @internal {@link hasPriority} without the checks. */
export function priorityOn(candidate: PriorityFields, date: string, rules: readonly PriorityRule[]): boolean {
  if (candidate.priority === true) return true;
  return rules.some(
    (r) =>
      r.from <= date &&
      date <= r.to &&
      (r.targetGroups.includes(candidate.targetGroup) ||
        (r.wswWaitingList === true && candidate.wswWaitingList === true)),
  );
}

/**
 * Whether a candidate goes first on a date: the candidate's own `priority: true` always wins; else
 * priority when a rule in force on `date` names the candidate's target group, or the Wsw waiting list
 * and the candidate is on it. A flag `false` (the schema's default) leaves it to the rules.
 *
 * Complexity: O(rules).
 *
 * @param candidate - `targetGroup`, optional `priority` and `wswWaitingList` (a parsed `Candidate` fits)
 * @param date - the day of the assignment, `YYYY-MM-DD`
 * @param rules - @default {@link PRIORITY_RULES} (covenant art. 1.1)
 * @returns true when the candidate has priority on that day
 * @throws {BanenmatchError} `INVALID_ARGUMENT` for a date that is not `YYYY-MM-DD`
 * @throws ValidationError for rules that do not match {@link priorityRuleSchema}
 * @example
 * hasPriority({ targetGroup: 'wajong', priority: false }, '2016-06-01') // true
 * hasPriority({ targetGroup: 'wajong', priority: false }, '2017-01-01') // false: the rule ended
 * hasPriority({ targetGroup: 'wsw', priority: false, wswWaitingList: true }, '2015-03-01') // true
 */
export function hasPriority(
  candidate: PriorityFields,
  date: string,
  rules: readonly PriorityRule[] = PRIORITY_RULES,
): boolean {
  const checked = checkedPriorityInput(date, rules, 'hasPriority');
  const c = candidateFields.safeParse(candidate);
  if (!c.success) throw new ValidationError('hasPriority: candidate', zodIssues(c.error, ['candidate']));
  return priorityOn(c.data, checked.date, checked.rules);
}
