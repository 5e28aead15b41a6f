/** Shared test fixture: every target group, in the order of the input contract. */
import { type TargetGroup, targetGroupSchema } from 'banenmatch';

/** The seven target groups (Wajong, Wsw, Participatiewet, praktijkroute, VSO/PrO, beschut, other). */
export const GROUPS: readonly TargetGroup[] = targetGroupSchema.options;
