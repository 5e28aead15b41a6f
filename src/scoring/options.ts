import { z } from 'zod';
import { parseOptions } from '../_internal/options.js';
import { priorityRuleSchema } from '../domain/priority-rules.js';

/**
 * Weights of the score components. The total score is Σ wᵢ·cᵢ / Σ wᵢ, so only their ratios matter;
 * every component is in [0, 1] and so is the total.
 *
 * Defaults: capability 0.30 (the heart of matching for this target group), skills 0.20, commute 0.15,
 * economics 0.15 (covenant art. 2.4.d: a match is real only if the employer can afford it), hours
 * 0.10, preferences 0.10. They are choices of this library, not a published standard: set your own.
 */
export const weightsSchema = z
  .object({
    capability: z.number().finite().min(0).default(0.3),
    skills: z.number().finite().min(0).default(0.2),
    commute: z.number().finite().min(0).default(0.15),
    hours: z.number().finite().min(0).default(0.1),
    economics: z.number().finite().min(0).default(0.15),
    preferences: z.number().finite().min(0).default(0.1),
  })
  .refine((w) => w.capability + w.skills + w.commute + w.hours + w.economics + w.preferences > 0, {
    message: 'at least one weight must be more than 0',
  });

/** Options of `createMatcher`. */
export const matcherOptionsSchema = z.object({
  /** Weights of the components. @default see weightsSchema */
  // `prefault`: an absent `weights` is parsed as `{}`, so the defaults are written once, in weightsSchema.
  weights: weightsSchema.prefault({}),
  /** Pairs scoring below this are left out of rankings (not excluded: they carry no hard reason). @default 0 */
  minScore: z.number().finite().min(0).max(1).default(0),
  /**
   * Rank priority candidates (e.g. the covenant's 2015–2016 priority for Wajong and the Wsw waiting
   * list, art. 1.1) first among the acceptable candidates of a vacancy, then by score. @default false
   */
  priorityFirst: z.boolean().default(false),
  /**
   * The day the matcher works on: the economics (minimum wage, LKS, LKV) and the priority rules
   * (`priorityRules`: a candidate has priority when its own flag is set or a rule in force that day
   * names it; `assign` uses the same day unless given its own). @default the newest minimum-wage
   * figure's date for the economics; no day for priority (the candidates' own flags only)
   */
  date: z.iso.date().optional(),
  /** Priority rules applied on `date`. @default PRIORITY_RULES (covenant art. 1.1) */
  priorityRules: z.array(priorityRuleSchema).optional(),
  /**
   * Commute (km): the limit for candidates without `maxCommuteKm` (`defaultKm`, or `travelLimitedKm`
   * with FML II.10), a hard rule; and `scoreKm`, where the commute component, the same absolute scale
   * for everyone, falls linearly from 1 at home to 0 (someone who can travel only 5 km is not scored
   * lower on a vacancy 4 km away than someone who can travel 25). `scoreKm` defaults to `defaultKm`.
   */
  commute: z
    .object({
      defaultKm: z.number().finite().positive(),
      travelLimitedKm: z.number().finite().positive(),
      scoreKm: z.number().finite().positive().optional(),
    })
    .default({ defaultKm: 15, travelLimitedKm: 5 }),
  /** Fewest hours of a carved job (a quarter hour at least, whatever is set); carving is off when `false`. @default 12 */
  carving: z
    .union([z.literal(false), z.object({ minHours: z.number().finite().min(0).default(12) })])
    .default({
      minHours: 12,
    }),
  /**
   * Score factor of a carved job against the full vacancy. A carved job exists only after the employer
   * agrees to redesign work (Inclusief Herontwerp Werk: a work analysis, the incumbents' consent, a new
   * function description; domain notes Part B §5), a step a whole vacancy does not need and that can
   * fail; the factor ranks a carved job below an equally good whole job, but above a whole job that
   * fits clearly worse (with the capability rules of issue 18 a signal costs 5%, a carved job 15%).
   * No published figure exists: a policy choice of this library — 1 ranks carved jobs as equals.
   * @default 0.85
   */
  carvedFactor: z.number().finite().min(0).max(1).default(0.85),
  /** Skills component when the job names no skill and no task kind (the same for every candidate). @default 0.5 */
  unknownSkills: z.number().finite().min(0).max(1).default(0.5),
  /** Largest relative Levenshtein distance to map a free-text skill onto the vocabulary. @default 0.2 */
  skillDistance: z.number().finite().min(0).max(1).default(0.2),
});

export type Weights = z.infer<typeof weightsSchema>;
export type MatcherOptions = z.input<typeof matcherOptionsSchema>;
export type ResolvedMatcherOptions = z.infer<typeof matcherOptionsSchema>;

/**
 * @internal Checks matcher options: a bad one is `INVALID_ARGUMENT` naming it (`where`: the function,
 * `prefix`: where these options sit in its own, e.g. `['matcher']` for `assignInParallel`).
 */
export function resolveMatcherOptions(
  options: unknown,
  where = 'createMatcher',
  prefix: readonly (string | number)[] = [],
): ResolvedMatcherOptions {
  return parseOptions(matcherOptionsSchema, options, where, prefix);
}
