/** FML demands as the schemas hold them (`CapabilityDemands`): item id → code, or a list of codes. */
type Demands = Record<string, number | number[]>;

/**
 * A task's demands with the vacancy's own conditions merged in: for every item the vacancy states
 * (`{ 'VI.1': [], 'II.12': [4] }`: no evening or night limitation tolerated, the work is done without
 * direct contact with colleagues), the vacancy's value replaces the task's value for that item; the
 * task's other items stay. A vacancy states the whole value of an item, not an addition to it.
 * Returns `demands` itself when the vacancy states nothing.
 *
 * @param demands - a task's FML demands
 * @param conditions - the vacancy's conditions (FML demands that hold for all its tasks), or undefined
 * @returns the merged demands
 * @example
 * withConditions({ 'IV.13': 1, 'II.12': [1, 3] }, { 'II.12': [4], 'VI.1': [] })
 * // { 'IV.13': 1, 'II.12': [4], 'VI.1': [] }
 */
export function withConditions(demands: Demands, conditions: Demands | undefined): Demands {
  if (conditions === undefined || Object.keys(conditions).length === 0) return demands;
  return { ...demands, ...conditions };
}

/**
 * @internal The vacancy with its conditions merged into each of its tasks' demands (see
 * {@link withConditions}); the vacancy itself when it states no conditions or has no tasks.
 */
export function mergeVacancyConditions<
  V extends { conditions?: Demands | undefined; tasks?: { demands: Demands }[] | undefined },
>(vacancy: V): V {
  const { conditions, tasks } = vacancy;
  if (conditions === undefined || tasks === undefined || Object.keys(conditions).length === 0) return vacancy;
  return { ...vacancy, tasks: tasks.map((t) => ({ ...t, demands: withConditions(t.demands, conditions) })) };
}
