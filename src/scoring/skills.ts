import distance from 'fast-levenshtein';
import { similarity } from 'ml-distance';
import { TASK_KINDS } from '../catalogue/task-kinds.js';

/**
 * Skills: free text mapped onto a vocabulary (the skills of the task-kind catalogue), then compared
 * as vectors. A candidate's skills form a 0/1 vector; a job's required skills are weighted by the
 * hours of the tasks that need them; the component is their cosine similarity (ml-distance), which
 * is 0 when either side has no known skill (guarded: ml-distance returns NaN for a zero vector).
 */
export interface SkillVocabulary {
  /** Skill names, normalised, in index order. */
  readonly names: readonly string[];
  /** Index of a normalised name. */
  readonly index: ReadonlyMap<string, number>;
  /** Largest Levenshtein distance, relative to the longer string, for a fuzzy match. */
  readonly maxRelativeDistance: number;
}

/** Lower case, accents removed, punctuation to spaces, single spaces. */
export function normaliseSkill(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Builds a vocabulary from skill names (by default every skill of the task-kind catalogue).
 *
 * @param names - skill names; duplicates after normalisation are merged
 * @param maxRelativeDistance - fuzzy-match threshold, edit distance / longer length. @default 0.2
 * @example
 * const vocab = createSkillVocabulary(); mapSkill(vocab, 'Schoonmaak') // index of 'schoonmaken'
 */
export function createSkillVocabulary(
  names: readonly string[] = TASK_KINDS.flatMap((k) => k.skills),
  maxRelativeDistance = 0.2,
): SkillVocabulary {
  const list: string[] = [];
  const index = new Map<string, number>();
  for (const n of names) {
    const key = normaliseSkill(n);
    if (key === '' || index.has(key)) continue;
    index.set(key, list.length);
    list.push(key);
  }
  return { names: list, index, maxRelativeDistance };
}

const cache = new Map<string, number>();

/**
 * Maps a free-text skill to the vocabulary: exact after normalisation, else the closest name within
 * the relative Levenshtein threshold (ties to the lower index), else −1.
 *
 * @example
 * mapSkill(createSkillVocabulary(), 'stof zuigen') // index of 'stofzuigen'
 */
export function mapSkill(vocab: SkillVocabulary, text: string): number {
  const key = normaliseSkill(text);
  const exact = vocab.index.get(key);
  if (exact !== undefined) return exact;
  const cacheKey = `${vocab.maxRelativeDistance}\u0000${vocab.names.length}\u0000${key}`;
  const hit = cache.get(cacheKey);
  if (hit !== undefined && vocab.names[hit] !== undefined) return hit;
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
  if (cache.size > 50_000) cache.clear();
  cache.set(cacheKey, best);
  return best;
}

/**
 * A 0/1 vector over the vocabulary for a list of free-text skills; unknown skills are left out.
 *
 * @example
 * skillVector(vocab, ['schoonmaken', 'dweilen'])
 */
export function skillVector(vocab: SkillVocabulary, skills: readonly string[]): Float64Array {
  const v = new Float64Array(vocab.names.length);
  for (const s of skills) {
    const i = mapSkill(vocab, s);
    if (i >= 0) v[i] = 1;
  }
  return v;
}

/** Result of comparing a candidate's skills with a job's. */
export interface SkillMatch {
  /** Cosine similarity in [0, 1]; 0 when either side has no known skill. */
  similarity: number;
  /** Job skills the candidate has (vocabulary names), most hours first. */
  matched: string[];
  /** Job skills the candidate lacks, most hours first. */
  missing: string[];
}

/**
 * Compares a candidate's skills with a job's tasks: cosine similarity of the candidate's 0/1 vector
 * and the job's vector weighted by task hours, with the matched and the missing skills named.
 *
 * @param vocab - the vocabulary
 * @param candidateSkills - free-text skills of the candidate
 * @param tasks - the job's tasks (skills and hours)
 * @example
 * compareSkills(vocab, ['schoonmaken'], [{ skills: ['schoonmaken', 'dweilen'], hoursPerWeek: 10 }])
 * // { similarity: 0.707…, matched: ['schoonmaken'], missing: ['dweilen'] }
 */
export function compareSkills(
  vocab: SkillVocabulary,
  candidateSkills: readonly string[],
  tasks: readonly { skills: readonly string[]; hoursPerWeek: number }[],
): SkillMatch {
  const cand = skillVector(vocab, candidateSkills);
  const job = new Float64Array(vocab.names.length);
  for (const t of tasks) {
    for (const s of t.skills) {
      const i = mapSkill(vocab, s);
      if (i >= 0) job[i] = job[i]! + Math.max(t.hoursPerWeek, 0);
    }
  }
  let candNorm = 0;
  let jobNorm = 0;
  for (let i = 0; i < job.length; i++) {
    candNorm += cand[i]!;
    jobNorm += job[i]!;
  }
  const sim = candNorm === 0 || jobNorm === 0 ? 0 : similarity.cosine(cand, job);
  const order = [...job.keys()].filter((i) => job[i]! > 0).sort((a, b) => job[b]! - job[a]! || a - b);
  return {
    similarity: Number.isFinite(sim) ? Math.min(1, Math.max(0, sim)) : 0,
    matched: order.filter((i) => cand[i] === 1).map((i) => vocab.names[i]!),
    missing: order.filter((i) => cand[i] !== 1).map((i) => vocab.names[i]!),
  };
}
