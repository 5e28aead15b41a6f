import { z } from 'zod';
import { MAX_HOURS_PER_WEEK } from '../domain/schemas.js';

/**
 * The one change that turns a near miss into a match, as a closed union. A change names the one
 * record it alters: the vacancy (`adaptation`, `dropTask`) or the candidate (`hours`, `commute`,
 * `training`); `applyChange` alters a copy of that record and nothing else.
 *
 * - `adaptation`: a workplace adaptation of the catalogue (`ADAPTATIONS`) on one task for one FML
 *   item: the task's demand on the item is relaxed as far as the adaptation allows.
 * - `dropTask`: one task is dropped from the vacancy or handed to a colleague (carving), with its
 *   hours; the vacancy keeps the rest.
 * - `hours`: the candidate's hours window, one or both ends.
 * - `commute`: the candidate travels `extraKm` further (one way).
 * - `training`: the candidate follows a training of the catalogue (`TRAININGS`) and gains its skills
 *   and certificate; `skill` names the gap it was chosen for.
 */

const id = z.string().trim().min(1).max(200);
const itemId = z.string().regex(/^(I|II|III|IV|V|VI)\.\d{1,2}$/, 'must be an FML item id such as "IV.13"');
const hours = z.number().finite().min(0).max(MAX_HOURS_PER_WEEK);

/** A workplace adaptation on one task for one FML item. */
export const adaptationChangeSchema = z.object({
  kind: z.literal('adaptation'),
  vacancyId: id,
  taskId: id,
  item: itemId,
  adaptationId: id,
});

/** One task dropped from a vacancy (carving), with its hours. */
export const dropTaskChangeSchema = z.object({
  kind: z.literal('dropTask'),
  vacancyId: id,
  taskId: id,
  hoursPerWeek: hours.refine((h) => h > 0, 'must be more than 0'),
});

/** A different hours window for the candidate: one end or both. */
export const hoursChangeSchema = z
  .object({
    kind: z.literal('hours'),
    candidateId: id,
    minHoursPerWeek: hours.optional(),
    maxHoursPerWeek: hours.optional(),
  })
  .refine((c) => c.minHoursPerWeek !== undefined || c.maxHoursPerWeek !== undefined, {
    message: 'give minHoursPerWeek, maxHoursPerWeek or both',
    path: ['minHoursPerWeek'],
  })
  .refine(
    (c) =>
      c.minHoursPerWeek === undefined ||
      c.maxHoursPerWeek === undefined ||
      c.minHoursPerWeek <= c.maxHoursPerWeek,
    { message: 'minHoursPerWeek must not exceed maxHoursPerWeek', path: ['minHoursPerWeek'] },
  );

/** A longer commute for the candidate, km one way. */
export const commuteChangeSchema = z.object({
  kind: z.literal('commute'),
  candidateId: id,
  extraKm: z.number().finite().positive().max(300),
});

/** A training for the candidate. */
export const trainingChangeSchema = z.object({
  kind: z.literal('training'),
  candidateId: id,
  trainingId: id,
  skill: z.string().trim().min(1).max(200).optional(),
});

/** Any one change of a near miss. */
export const nearMissChangeSchema = z.discriminatedUnion('kind', [
  adaptationChangeSchema,
  dropTaskChangeSchema,
  hoursChangeSchema,
  commuteChangeSchema,
  trainingChangeSchema,
]);

export type AdaptationChange = z.infer<typeof adaptationChangeSchema>;
export type DropTaskChange = z.infer<typeof dropTaskChangeSchema>;
export type HoursChange = z.infer<typeof hoursChangeSchema>;
export type CommuteChange = z.infer<typeof commuteChangeSchema>;
export type TrainingChange = z.infer<typeof trainingChangeSchema>;
/** Any one change of a near miss (see {@link nearMissChangeSchema}). */
export type NearMissChange = z.infer<typeof nearMissChangeSchema>;
/** The kinds of change, in the order a job coach would try them. */
export type NearMissChangeKind = NearMissChange['kind'];
