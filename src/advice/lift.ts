import { fmlItem } from '../capability/fml.js';
import { ADAPTATIONS, type Adaptation, adaptDemand } from '../catalogue/adaptations.js';

type Value = number | readonly number[] | undefined;

function kinds(value: Value): readonly number[] {
  if (value === undefined) return [];
  if (typeof value === 'number') return value === 0 ? [] : [value];
  return value;
}

/**
 * Whether a task's demand on one item admits a person's value, by the rules of `compareCapabilities`:
 * an ordinal or flag code at most the tolerated code (absent = any); a nominal item's kinds all
 * tolerated (absent = any); a conditions item's needed conditions all met (absent = none met).
 * Hours items (VI.2, VI.3) are compared with the job's hours, not here: they return false.
 *
 * @example
 * admits('IV.13', 2, 1) // false: lifts ~5 kg, the task asks ~10 kg
 * admits('IV.13', 2, 3) // true
 */
export function admits(item: string, person: Value, demand: Value): boolean {
  const def = fmlItem(item);
  if (def === undefined || item === 'VI.2' || item === 'VI.3') return false;
  if (def.kind === 'conditions') {
    const met = kinds(demand);
    return kinds(person).every((c) => met.includes(c));
  }
  if (demand === undefined) return true;
  if (def.kind === 'nominal') {
    const tolerated = kinds(demand);
    return kinds(person).every((k) => tolerated.includes(k));
  }
  const p = typeof person === 'number' ? person : 0;
  return p <= (typeof demand === 'number' ? demand : 0);
}

/** @internal An adaptation that may help in a task on one item, with the task's demand after it. */
export interface LiftOption {
  readonly adaptation: Adaptation;
  readonly adapted: Value | number[];
}

/**
 * @internal The person-free half of {@link adaptationsLifting}: the adaptations of the catalogue that
 * act on `item` and can help in a task of kind `taskKind`, each with the task's demand after it, in
 * catalogue order. Computed once a task and item, then tested against each person with {@link liftsFor}.
 */
export function liftOptions(item: string, demand: Value, taskKind: string): LiftOption[] {
  const out: LiftOption[] = [];
  for (const a of ADAPTATIONS) {
    if (a.notForTaskKinds.includes(taskKind)) continue;
    const effect = a.effects.find((e) => e.item === item);
    if (effect !== undefined) out.push({ adaptation: a, adapted: adaptDemand(demand, effect) });
  }
  return out;
}

/** @internal The person's half of {@link adaptationsLifting}: the options of {@link liftOptions} that admit `person`. */
export function liftsFor(
  options: readonly LiftOption[],
  item: string,
  person: Value,
  demand: Value,
): Adaptation[] {
  if (admits(item, person, demand)) return [];
  const out: Adaptation[] = [];
  for (const o of options) if (admits(item, person, o.adapted)) out.push(o.adaptation);
  return out;
}

/**
 * The adaptations of the catalogue that, on their own, make a task admit a person on one FML item:
 * the task's demand after the adaptation (`adaptDemand`) admits the person's value, and the task's
 * kind is not one the adaptation cannot help in. Empty when the task already admits the person.
 *
 * @param item - the FML item the task shuts the person out on, e.g. `"IV.13"`
 * @param person - the person's value on the item (code, or list of kinds/conditions)
 * @param demand - the task's demand on the item
 * @param taskKind - the task's kind (catalogue id)
 * @returns the adaptations in catalogue order
 * @example
 * adaptationsLifting('IV.13', 2, 1, 'shelf-stocking').map((a) => a.id) // ['tilhulp']
 * adaptationsLifting('IV.13', 2, 1, 'loading') // [] (a lifting aid cannot help in loading)
 */
export function adaptationsLifting(
  item: string,
  person: Value,
  demand: Value,
  taskKind: string,
): Adaptation[] {
  return liftsFor(liftOptions(item, demand, taskKind), item, person, demand);
}
