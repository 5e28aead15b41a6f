import distance from 'fast-levenshtein';
import { similarity } from 'ml-distance';
import { expectArray, expectRecord, expectString } from '../_internal/guard.js';
import { normaliseSkill } from '../catalogue/normalise-skill.js';
import { TASK_KINDS, taskName } from '../catalogue/task-kinds.js';
import { BanenmatchError } from '../errors.js';

export { normaliseSkill };

/**
 * Skills: free text mapped onto the catalogue's skill names with fast-levenshtein (a relative edit
 * distance threshold), or, when no catalogue name is close, kept as its own normalised text (so
 * "heftruckcertificaat" still matches itself). Compared as vectors: the candidate's 0/1 vector and
 * the job's vector weighted by the hours of the tasks that need each skill. The matcher's component is
 * the job's *coverage*, the hours-weighted share of its skills the candidate has: unlike the cosine
 * (ml-distance, also reported) it does not punish a broad CV, and a candidate with no known skill
 * scores as one with only unrelated skills. Experience in a task kind (the candidate's
 * `taskPerformance`) counts as one more skill of every task of that kind.
 */
export interface SkillVocabulary {
  /** Catalogue skill names, normalised, in index order. */
  readonly names: readonly string[];
  /** The same names as first written (lower case, diacritics kept: `hygiëne`), for reasons. */
  readonly labels: readonly string[];
  /** Index of a normalised name. */
  readonly index: ReadonlyMap<string, number>;
  /** Largest Levenshtein distance, relative to the longer string, for a fuzzy match. */
  readonly maxRelativeDistance: number;
}

/**
 * Builds a vocabulary from skill names (by default every skill of the task-kind catalogue).
 *
 * @param names - skill names; duplicates after normalisation are merged
 * @param maxRelativeDistance - fuzzy-match threshold, edit distance / longer length. @default 0.2
 * @example
 * const vocab = createSkillVocabulary(); mapSkill(vocab, 'Stof-zuigen') // 1, the index of 'stofzuigen'
 */
export function createSkillVocabulary(
  names: readonly string[] = TASK_KINDS.flatMap((k) => k.skills),
  maxRelativeDistance = 0.2,
): SkillVocabulary {
  expectArray(names, 'createSkillVocabulary', 'names');
  names.forEach((n, i) => {
    expectString(n, 'createSkillVocabulary', `names[${i}]`);
  });
  if (!(maxRelativeDistance >= 0 && maxRelativeDistance <= 1)) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      'createSkillVocabulary: `maxRelativeDistance` must be in [0, 1]',
    );
  }
  const list: string[] = [];
  const labels: string[] = [];
  const index = new Map<string, number>();
  for (const n of names) {
    const key = normaliseSkill(n);
    if (key === '' || index.has(key)) continue;
    index.set(key, list.length);
    list.push(key);
    labels.push(n.trim().toLowerCase().replace(/\s+/g, ' '));
  }
  return { names: list, labels, index, maxRelativeDistance };
}

const EXPERIENCE = 'ervaring:';

/** @internal The key of "experience in task kind `kind`": a colon, which no canonical skill text holds. */
export function experienceKey(kind: string): string {
  return `${EXPERIENCE}${kind}`;
}

const cache = new WeakMap<SkillVocabulary, Map<string, number>>();

/**
 * Maps a free-text skill to the vocabulary: exact after normalisation, else the closest name within
 * the relative Levenshtein threshold (ties to the lower index), else −1.
 *
 * @example
 * mapSkill(createSkillVocabulary(), 'stof zuigen') // index of 'stofzuigen'
 */
export function mapSkill(vocab: SkillVocabulary, text: string): number {
  expectRecord(vocab, 'mapSkill', 'vocab');
  expectString(text, 'mapSkill', 'text');
  const key = normaliseSkill(text);
  const exact = vocab.index.get(key);
  // Stryker disable next-line ConditionalExpression: a fast path: the search below finds the same index (distance 0, names unique)
  if (exact !== undefined) return exact;
  let memo = cache.get(vocab);
  // Stryker disable next-line ConditionalExpression: `true` only starts an empty cache on every call
  if (memo === undefined) {
    memo = new Map();
    cache.set(vocab, memo);
  }
  const hit = memo.get(key);
  // Stryker disable next-line ConditionalExpression: a cache: `false` searches again and finds the same index
  if (hit !== undefined) return hit;
  let best = -1;
  let bestD = Number.POSITIVE_INFINITY;
  for (let i = 0; i < vocab.names.length; i++) {
    const name = vocab.names[i]!;
    const rel = distance.get(name, key) / Math.max(name.length, key.length, 1);
    if (rel <= vocab.maxRelativeDistance && rel < bestD) {
      bestD = rel;
      best = i;
    }
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: when the cache is cleared changes only what is searched again
  if (memo.size > 100_000) memo.clear();
  memo.set(key, best);
  return best;
}

/**
 * The canonical form of a free-text skill: the catalogue name it maps to, or its own normalised text
 * ('' for text with no letters or digits).
 *
 * @example
 * canonicalSkill(createSkillVocabulary(), 'Stof-zuigen') // 'stofzuigen'
 * canonicalSkill(createSkillVocabulary(), 'Heftruckcertificaat') // 'heftruckcertificaat'
 */
export function canonicalSkill(vocab: SkillVocabulary, text: string): string {
  const i = mapSkill(vocab, text);
  return i >= 0 ? vocab.names[i]! : normaliseSkill(text);
}

/**
 * How a canonical skill is shown in a reason: the catalogue's spelling (`hygiëne`), or the canonical
 * text itself for a skill outside the catalogue.
 *
 * @example
 * skillLabel(createSkillVocabulary(), 'hygiene') // 'hygiëne'
 */
export function skillLabel(vocab: SkillVocabulary, key: string): string {
  const i = vocab.index.get(key);
  // Stryker disable next-line ConditionalExpression: `false` reads labels[undefined], undefined, and falls back to the key as well
  return i === undefined ? key : (vocab.labels[i] ?? key);
}

/** Result of comparing a candidate's skills with a job's. */
export interface SkillMatch {
  /**
   * Hours-weighted share of the job's skills (and task experience) the candidate has, in [0, 1]: the
   * matcher's skills component; `undefined` when the job names no skill and no task kind.
   */
  coverage: number | undefined;
  /** Cosine similarity in [0, 1]; `undefined` when either side has no skill (nothing to compare). */
  similarity: number | undefined;
  /** Job skills the candidate has (as {@link skillLabel} shows them), most hours first, then by name. */
  matched: string[];
  /** Job skills the candidate lacks, most hours first, then by name. */
  missing: string[];
}

/**
 * Compares a candidate's skills with a job's tasks: the coverage (hours-weighted share of the job's
 * skills the candidate has) and the cosine similarity (ml-distance) of the candidate's 0/1 vector and
 * the job's vector weighted by task hours, over canonical skills, with the matched and the missing
 * skills named. A task with a `kind` adds the skill "experience in that kind", which the candidate has
 * when the kind is in `experience` (the keys of their `taskPerformance`).
 *
 * @param vocab - the catalogue vocabulary
 * @param candidateSkills - free-text skills of the candidate
 * @param tasks - the job's tasks (skills, hours, optionally the task kind)
 * @param experience - task kinds the candidate has done. @default []
 * @example
 * compareSkills(vocab, ['schoonmaken'], [{ skills: ['schoonmaken', 'dweilen'], hoursPerWeek: 10 }])
 * // { coverage: 0.5, similarity: 0.707…, matched: ['schoonmaken'], missing: ['dweilen'] }
 */
export function compareSkills(
  vocab: SkillVocabulary,
  candidateSkills: readonly string[],
  tasks: readonly { skills: readonly string[]; hoursPerWeek: number; kind?: string | undefined }[],
  experience: readonly string[] = [],
): SkillMatch {
  expectArray(experience, 'compareSkills', 'experience');
  expectArray(candidateSkills, 'compareSkills', 'candidateSkills');
  candidateSkills.forEach((x, i) => {
    expectString(x, 'compareSkills', `candidateSkills[${i}]`);
  });
  expectArray(tasks, 'compareSkills', 'tasks');
  tasks.forEach((t, i) => {
    expectRecord(t, 'compareSkills', `tasks[${i}]`);
    expectArray(t.skills, 'compareSkills', `tasks[${i}].skills`);
    t.skills.forEach((x, j) => {
      expectString(x, 'compareSkills', `tasks[${i}].skills[${j}]`);
    });
    // Number.isFinite is false for anything but a number
    if (!(t.hoursPerWeek >= 0 && Number.isFinite(t.hoursPerWeek))) {
      throw new BanenmatchError(
        'INVALID_ARGUMENT',
        `compareSkills: tasks[${i}].hoursPerWeek must be a finite number ≥ 0`,
      );
    }
  });
  const job = new Map<string, number>();
  for (const t of tasks) {
    const seen = new Set<string>();
    for (const s of t.skills) {
      const key = canonicalSkill(vocab, s);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      job.set(key, (job.get(key) ?? 0) + Math.max(t.hoursPerWeek, 0));
    }
    if (t.kind !== undefined) {
      const key = experienceKey(t.kind);
      job.set(key, (job.get(key) ?? 0) + Math.max(t.hoursPerWeek, 0));
    }
  }
  const cand = new Set(candidateSkills.map((s) => canonicalSkill(vocab, s)).filter((k) => k !== ''));
  for (const kind of experience) cand.add(experienceKey(kind));
  // Stryker disable next-line MethodExpression: the cosine does not depend on the order of the keys (sorted for one order of the sums)
  const keys = [...new Set([...job.keys(), ...cand])].sort();
  const a = keys.map((k) => (cand.has(k) ? 1 : 0));
  const b = keys.map((k) => job.get(k) ?? 0);
  const jobTotal = b.reduce((x, y) => x + y, 0);
  // NaN (0 / 0) when either vector is all zeros: no skill on that side
  const sim = similarity.cosine(a, b);
  let covered = 0;
  for (const [k, w] of job) if (cand.has(k)) covered += w;
  // Stryker disable next-line EqualityOperator: the keys are distinct, so `<=` is `<` (the mark also covers `>=`, which skill-match.test.ts kills)
  const byHoursThenName = (x: string, y: string): number => job.get(y)! - job.get(x)! || (x < y ? -1 : 1);
  const order = [...job.keys()].filter((k) => job.get(k)! > 0).sort(byHoursThenName);
  const label = (k: string): string =>
    k.startsWith(EXPERIENCE)
      ? `ervaring met ${taskName({ kind: k.slice(EXPERIENCE.length) })}`
      : skillLabel(vocab, k);
  return {
    coverage: jobTotal > 0 ? Math.min(1, covered / jobTotal) : undefined,
    similarity: Number.isFinite(sim) ? Math.min(1, Math.max(0, sim)) : undefined,
    matched: order.filter((k) => cand.has(k)).map(label),
    missing: order.filter((k) => !cand.has(k)).map(label),
  };
}
