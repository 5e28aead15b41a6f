import { adaptation, adaptDemand } from '../catalogue/adaptations.js';
import { decomposeVacancy } from '../catalogue/decompose.js';
import { normaliseSkill } from '../catalogue/normalise-skill.js';
import { training } from '../catalogue/trainings.js';
import { COMMUTE_DEFAULTS, commuteLimitKm } from '../domain/commute.js';
import { parseVacancies } from '../domain/parse.js';
import { meetsQualification } from '../domain/qualifications.js';
import type { CandidateInput, TaskInput, VacancyInput } from '../domain/schemas.js';
import { BanenmatchError, ValidationError } from '../errors.js';
import { type NearMissChange, nearMissChangeSchema } from './change.js';

/** The matcher's input: candidates and vacancies, as JSON in the input contract or parsed. */
export interface AdviceInput<
  C extends CandidateInput = CandidateInput,
  V extends VacancyInput = VacancyInput,
> {
  readonly candidates: readonly C[];
  readonly vacancies: readonly V[];
}

/** Options of {@link applyChange}. */
export interface ApplyChangeOptions {
  /**
   * The commute limits the matcher uses for a candidate without `maxCommuteKm`, so a `commute` change
   * adds its kilometres to the limit that applied. @default COMMUTE_DEFAULTS (15 km, 5 km with II.10)
   */
  readonly commute?: { readonly defaultKm: number; readonly travelLimitedKm: number } | undefined;
}

type Demands = Record<string, number | number[]>;

const fail = (message: string): never => {
  throw new BanenmatchError('INVALID_ARGUMENT', `applyChange: ${message}`);
};

function indexOf<T extends { id: string }>(list: readonly T[], id: string, what: string): number {
  const at = list.findIndex((r) => r.id === id);
  if (at < 0) throw new BanenmatchError('NOT_FOUND', `applyChange: no ${what} with id "${id}"`);
  return at;
}

/** A copy of `list` with element `at` replaced. */
function replaced<T>(list: readonly T[], at: number, value: T): T[] {
  const out = list.slice();
  out[at] = value;
  return out;
}

/**
 * The vacancy's tasks as the matcher sees them: its own, or those decomposed from the catalogue
 * (the matcher does the same, so the derived task ids agree with the ones a near miss names).
 */
function tasksOf(v: VacancyInput): TaskInput[] {
  if (v.tasks !== undefined && v.tasks.length > 0) return v.tasks.slice();
  return decomposeVacancy(parseVacancies([v])[0]!);
}

/**
 * The tasks with the vacancy's condition on `item` written into each (what parsing would merge) and
 * the vacancy's conditions without it, so a task's adapted demand is not overwritten when parsed.
 */
function liftCondition(
  tasks: TaskInput[],
  conditions: Demands | undefined,
  item: string,
): { tasks: TaskInput[]; conditions: Demands | undefined } {
  if (conditions === undefined || !(item in conditions)) return { tasks, conditions };
  const { [item]: value, ...rest } = conditions;
  const lifted = tasks.map((t) => ({ ...t, demands: { ...(t.demands as Demands), [item]: value! } }));
  return { tasks: lifted, conditions: rest };
}

function applyAdaptation<V extends VacancyInput>(
  v: V,
  change: Extract<NearMissChange, { kind: 'adaptation' }>,
): V {
  const a = adaptation(change.adaptationId);
  if (a === undefined)
    throw new BanenmatchError('NOT_FOUND', `applyChange: no adaptation "${change.adaptationId}"`);
  const effect = a.effects.find((e) => e.item === change.item);
  if (effect === undefined) fail(`adaptation "${a.id}" does nothing for ${change.item}`);
  const base = tasksOf(v);
  const at = indexOf(base, change.taskId, `task in vacancy "${v.id}"`);
  if (a.notForTaskKinds.includes(base[at]!.kind)) {
    fail(`adaptation "${a.id}" cannot help in a task of kind "${base[at]!.kind}"`);
  }
  const { tasks, conditions } = liftCondition(base, v.conditions as Demands | undefined, change.item);
  const task = tasks[at]!;
  const demands: Demands = { ...(task.demands as Demands) };
  const next = adaptDemand(demands[change.item], effect!);
  if (next === undefined) delete demands[change.item];
  else demands[change.item] = next;
  const out = { ...v, tasks: replaced(tasks, at, { ...task, demands }) };
  if (conditions !== (v.conditions as Demands | undefined)) out.conditions = conditions;
  return out;
}

function applyDropTask<V extends VacancyInput>(
  v: V,
  change: Extract<NearMissChange, { kind: 'dropTask' }>,
): V {
  if (v.carvable === false) fail(`vacancy "${v.id}" is not open to carving`);
  const tasks = tasksOf(v);
  const at = indexOf(tasks, change.taskId, `task in vacancy "${v.id}"`);
  const hours = tasks[at]!.hoursPerWeek;
  if (Math.abs(hours - change.hoursPerWeek) > 1e-9) {
    fail(`task "${change.taskId}" has ${hours} hours a week, the change says ${change.hoursPerWeek}`);
  }
  if (tasks.length === 1) fail(`vacancy "${v.id}" has no other task left`);
  const rest = tasks.filter((_, k) => k !== at);
  const left = Math.round((v.hoursPerWeek - hours) * 100) / 100;
  if (!(left > 0)) fail(`vacancy "${v.id}" has no hours left without task "${change.taskId}"`);
  return { ...v, tasks: rest, hoursPerWeek: left };
}

function applyToCandidate<C extends CandidateInput>(
  c: C,
  change: Exclude<NearMissChange, { kind: 'adaptation' | 'dropTask' }>,
  options: ApplyChangeOptions,
): C {
  switch (change.kind) {
    case 'hours': {
      const min = change.minHoursPerWeek ?? c.hoursPerWeek.min;
      const max = change.maxHoursPerWeek ?? c.hoursPerWeek.max;
      if (min > max) fail(`candidate "${c.id}" would get ${min} to ${max} hours a week`);
      return { ...c, hoursPerWeek: { min, max } };
    }
    case 'commute': {
      const limit = commuteLimitKm(
        { maxCommuteKm: c.maxCommuteKm, capabilities: c.capabilities ?? {} },
        options.commute ?? COMMUTE_DEFAULTS,
      );
      return { ...c, maxCommuteKm: Math.min(300, limit + change.extraKm) };
    }
    case 'training': {
      const t = training(change.trainingId);
      if (t === undefined)
        throw new BanenmatchError('NOT_FOUND', `applyChange: no training "${change.trainingId}"`);
      if (change.skill !== undefined && !t.skills.includes(change.skill.trim().toLowerCase())) {
        fail(`training "${t.id}" does not teach "${change.skill}"`);
      }
      const skills = [...(c.skills ?? [])];
      const have = new Set(skills.map(normaliseSkill));
      for (const s of t.skills) if (!have.has(normaliseSkill(s))) skills.push(s);
      const qualifications = [...(c.qualifications ?? [])];
      const q = t.qualification;
      if (q !== undefined && !meetsQualification(q, qualifications).met) qualifications.push(q);
      return { ...c, skills, qualifications };
    }
  }
}

/**
 * Applies one near-miss change to a copy of the matcher's input: the one record the change names
 * (a vacancy for `adaptation` and `dropTask`, a candidate for the others) is replaced by a changed
 * copy; every other record, and the input itself, is left as it was (same objects, never mutated).
 *
 * The model of each change: an `adaptation` relaxes the named task's demand on the item as the
 * catalogue allows (`adaptDemand`), at this workplace only — the person's FML profile, a medical
 * finding, does not change; when the vacancy's `conditions` state the item, that condition is written
 * into each task instead, so the adapted task keeps its value when parsed. `dropTask` removes the task
 * and its hours from the vacancy (only when the vacancy is `carvable`). A vacancy without tasks first
 * gets the tasks the matcher would derive from its occupation. `hours` sets one or both ends of the
 * candidate's window; `commute` adds km to the limit that applied (their own, or the matcher's
 * default); `training` adds the training's skills and certificate.
 *
 * @param input - `{ candidates, vacancies }` as given to `createMatcher`
 * @param change - the change (checked with {@link nearMissChangeSchema})
 * @param options - the commute defaults the matcher uses
 * @returns a new `{ candidates, vacancies }`; arrays copied, one record changed
 * @throws ValidationError when the change breaks its schema (paths under `change`); BanenmatchError
 *   `NOT_FOUND` when a record, task, adaptation or training it names is not there; `INVALID_ARGUMENT`
 *   when the change cannot be applied (the adaptation does nothing for the item or cannot help in
 *   this kind of task, the task hours disagree, the vacancy is not carvable or would be left empty,
 *   the hours window would be inverted, the training does not teach the skill)
 * @example
 * const next = applyChange(input, { kind: 'commute', candidateId: 'c1', extraKm: 4 });
 * next.candidates[0].maxCommuteKm // 19 when c1 had 15
 */
export function applyChange<C extends CandidateInput, V extends VacancyInput>(
  input: AdviceInput<C, V>,
  change: NearMissChange,
  options: ApplyChangeOptions = {},
): { candidates: C[]; vacancies: V[] } {
  const parsed = nearMissChangeSchema.safeParse(change);
  if (!parsed.success) {
    throw new ValidationError(
      'applyChange',
      parsed.error.issues.map((i) => ({
        path: ['change', ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
        message: i.message,
        code: i.code,
      })),
    );
  }
  return applyCheckedChange(input, parsed.data, options);
}

/**
 * @internal {@link applyChange} for a change known to meet its schema as it is (parsing would give it
 * back unchanged): one made by the matcher from parsed records (`whyNot`), so it is not parsed again.
 */
export function applyCheckedChange<C extends CandidateInput, V extends VacancyInput>(
  input: AdviceInput<C, V>,
  ch: NearMissChange,
  options: ApplyChangeOptions = {},
): { candidates: C[]; vacancies: V[] } {
  if (ch.kind === 'adaptation' || ch.kind === 'dropTask') {
    const at = indexOf(input.vacancies, ch.vacancyId, 'vacancy');
    const v = input.vacancies[at]!;
    const next = ch.kind === 'adaptation' ? applyAdaptation(v, ch) : applyDropTask(v, ch);
    return { candidates: input.candidates.slice(), vacancies: replaced(input.vacancies, at, next) };
  }
  const at = indexOf(input.candidates, ch.candidateId, 'candidate');
  const next = applyToCandidate(input.candidates[at]!, ch, options);
  return { candidates: replaced(input.candidates, at, next), vacancies: input.vacancies.slice() };
}
