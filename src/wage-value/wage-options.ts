import { z } from 'zod';
import { parseOptions } from '../_internal/options.js';

/**
 * @internal The options of `instrumentsFor` and `employerEconomics`, one schema: their shape; the
 * contents are tables of rules and wages, checked as records against `WAGE_RULES` (a `ValidationError`
 * with paths).
 */
export const instrumentOptionsSchema = z.object({
  rules: z.object({}).loose().optional(),
  minimumWageTable: z.array(z.object({}).loose()).optional(),
});

/** @internal The options of `estimateWageValue`: the rules only. */
export const estimateOptionsSchema = instrumentOptionsSchema.pick({ rules: true });

/** @internal Checks `options` by `schema` (`INVALID_ARGUMENT` naming the option); returns them as given, `{}` when absent. */
export function checkedOptions<T extends object>(
  schema: typeof instrumentOptionsSchema | typeof estimateOptionsSchema,
  options: T | undefined,
  where: string,
): T {
  parseOptions(schema, options, where);
  return options ?? ({} as T);
}
