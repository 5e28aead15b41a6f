import { TARGET_PLANS } from '../quota/plans.js';
import type { TargetPlan } from '../quota/schema.js';
import { type OptionValues, requiredOption } from './args.js';
import { CliError, EXIT_CODES } from './io.js';

/** Names `--plan` accepts: the keys of `TARGET_PLANS`. */
export const PLAN_NAMES: readonly string[] = Object.keys(TARGET_PLANS);

/**
 * The built-in target plan named by the required `--plan` option.
 *
 * @throws CliError exit 2 when it is missing or names no plan (listing the names)
 */
export function planOption(values: OptionValues): TargetPlan {
  const name = requiredOption(values, 'plan');
  if (!Object.hasOwn(TARGET_PLANS, name)) {
    throw new CliError(EXIT_CODES.usage, `--plan must be one of ${PLAN_NAMES.join(', ')}, got '${name}'`);
  }
  return TARGET_PLANS[name as keyof typeof TARGET_PLANS];
}
