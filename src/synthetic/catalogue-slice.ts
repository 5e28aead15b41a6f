import { INDUSTRIES, type Industry, type Occupation, occupationsIn } from '../catalogue/occupations.js';
import { TASK_KINDS } from '../catalogue/task-kinds.js';
import { BanenmatchError } from '../errors.js';

// The synthetic region draws from the part of the catalogue it was built with, so a seed keeps giving
// the same region as the catalogue grows (golden tests and benchmarks depend on it byte for byte).
// The ids are listed in catalogue order; new industries, occupations and task kinds are not drawn.

/** Industries the synthetic region draws employers from, in catalogue order. */
const INDUSTRY_IDS: readonly string[] = [
  'cleaning',
  'catering',
  'logistics',
  'green',
  'retail',
  'facility',
  'administration',
  'production',
  'care',
];

/** Occupations the synthetic region draws vacancies from. */
const OCCUPATION_IDS: ReadonlySet<string> = new Set([
  'cleaner',
  'cleaning-lead',
  'kitchen-assistant',
  'waiter',
  'cook',
  'warehouse-worker',
  'logistics-planner',
  'gardener',
  'arborist',
  'shop-assistant',
  'shop-supervisor',
  'facility-assistant',
  'office-clerk',
  'archive-assistant',
  'production-worker',
  'machine-operator',
  'care-assistant',
  'carer',
  'courier',
]);

/** Task kinds the synthetic region knows (extra tasks and candidates' experience). */
const TASK_KIND_IDS: ReadonlySet<string> = new Set([
  'cleaning',
  'dishwashing',
  'food-prep',
  'serving',
  'order-picking',
  'packing',
  'shelf-stocking',
  'green-maintenance',
  'litter-picking',
  'mail-sorting',
  'data-entry',
  'filing',
  'reception',
  'assembly',
  'laundry',
  'care-support',
  'cashier',
  'delivery',
  'cooking',
  'logistics-planning',
  'tree-care',
  'machine-operation',
  'personal-care',
  'financial-administration',
  'team-lead',
]);

function industryById(id: string): Industry {
  const found = INDUSTRIES.find((i) => i.id === id);
  if (found === undefined)
    throw new BanenmatchError('NOT_FOUND', `synthetic region: industry "${id}" missing`);
  return found;
}

/** @internal Industries of the synthetic region, in catalogue order. */
export const REGION_INDUSTRIES: readonly Industry[] = INDUSTRY_IDS.map(industryById);

/** @internal Occupations of one industry that the synthetic region draws, in catalogue order. */
export function regionOccupationsIn(industry: string): readonly Occupation[] {
  return occupationsIn(industry).filter((o) => OCCUPATION_IDS.has(o.id));
}

/** @internal Supporting (not core) task kinds of the synthetic region, in catalogue order. */
export const REGION_SUPPORT_KINDS: readonly string[] = TASK_KINDS.filter(
  (k) => TASK_KIND_IDS.has(k.id) && !k.core,
).map((k) => k.id);

/** @internal The pinned ids, for tests that check they all exist in the catalogue. */
export const REGION_CATALOGUE_IDS: {
  readonly industries: readonly string[];
  readonly occupations: ReadonlySet<string>;
  readonly taskKinds: ReadonlySet<string>;
} = { industries: INDUSTRY_IDS, occupations: OCCUPATION_IDS, taskKinds: TASK_KIND_IDS };
