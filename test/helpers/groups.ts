/** Shared test fixture: every target group, in the order of the input contract. */
import { targetGroupSchema } from '../../src/domain/schemas.js';
import type { TargetGroup } from '../../src/index.js';

/** The seven target groups (Wajong, Wsw, Participatiewet, praktijkroute, VSO/PrO, beschut, other). */
export const GROUPS: readonly TargetGroup[] = targetGroupSchema.options;
