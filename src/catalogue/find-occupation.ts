import { z } from 'zod';
import { expectString } from '../_internal/guard.js';
import { parseOptions } from '../_internal/options.js';
import { normaliseTitle } from './normalise-title.js';
import { OCCUPATIONS, type Occupation } from './occupations.js';
import {
  buildTitleIndex,
  exactKey,
  partWeight,
  type TitleIndex,
  type TitlePart,
  titleParts,
} from './title-index.js';

/**
 * How a title met the catalogue entry it matched, from strict to loose:
 * - `exact`: the title is the name or synonym (case aside);
 * - `normalised`: equal after case, accents, annotations (`(m/v)`, `20 uur`, `parttime`, `- Hilversum`)
 *   and gender forms (schoonmaakster → schoonmaker);
 * - `compound`: the same parts in another order or compounding ("medewerker schoonmaak" =
 *   "schoonmaakmedewerker", linking s as in "groenvoorzieningsmedewerker");
 * - `typo`: the same parts with one or more misspelt ("schoonmaaker");
 * - `words`: the distinctive words of the entry are in the title, with other words beside them
 *   ("schoonmaker kantoren Hilversum").
 */
export type OccupationMatchKind = 'exact' | 'normalised' | 'compound' | 'typo' | 'words';

/** An occupation a title was matched to. */
export interface OccupationCandidate {
  occupation: Occupation;
  /** Id of the occupation's industry (`occupation.industry`), e.g. `cleaning`. */
  industry: string;
  /** How well the title fits, in [0, 1]: 1 exact or normalised, 0.97 compound, lower for looser matches. */
  score: number;
  /** The catalogue name or synonym the title matched, as written in the catalogue. */
  matchedOn: string;
  /** How the title met `matchedOn`. */
  how: OccupationMatchKind;
}

/**
 * Why a title got no occupation: `empty` (nothing left after removing annotations), `no-match` (no
 * word in common with the catalogue), `below-threshold` (the best is under `minScore`), `ambiguous`
 * (an occupation of another industry scores within `minMargin` of the best).
 */
export type OccupationNotFoundReason = 'empty' | 'no-match' | 'below-threshold' | 'ambiguous';

/** No trustworthy occupation for the title: the reason, and the nearest candidates (best first, ≤ 3). */
export interface OccupationNotFound {
  occupation: null;
  reason: OccupationNotFoundReason;
  nearest: readonly OccupationCandidate[];
}

/** Result of {@link findOccupation}: a candidate, or `occupation: null` with the reason. */
export type OccupationMatch = OccupationCandidate | OccupationNotFound;

/** Options of {@link findOccupation}. */
export interface FindOccupationOptions {
  /**
   * Lowest score that is an answer. 0.75 lets a title carry one unknown word beside a full
   * occupation ("schoonmaker Hilversum" scores 0.83) but not a generic word beside an unknown one
   * ("medewerker klantenservice" scores 0.23).
   * @default 0.75
   */
  minScore?: number | undefined;
  /**
   * Least lead of the best occupation over the best one of *another* industry; closer calls give no
   * answer (`ambiguous`): "medewerker schoonmaak en groen" is cleaning and green at once. Rivals of
   * the same industry need no margin: the industry is right either way.
   * @default 0.1
   */
  minMargin?: number | undefined;
  /** Largest edit distance, relative to the longer word, at which a word is read as a typo of a catalogue word (words of 5 letters or more). @default 0.2 */
  maxTypoDistance?: number | undefined;
  /** Occupations to search; treated as immutable (its index is cached). @default OCCUPATIONS */
  occupations?: readonly Occupation[] | undefined;
}

/** @internal The options with their defaults filled in. */
export interface FindSettings {
  minScore: number;
  minMargin: number;
  maxTypoDistance: number;
  occupations: readonly Occupation[];
}

/** Score of a match on the same parts in another order or compounding. */
const COMPOUND_SCORE = 0.97;
/** Factor on the coverage of a match on the same parts with a typo. */
const TYPO_FACTOR = 0.95;
const EPSILON = 1e-9;
const RANK: Record<OccupationMatchKind, number> = { exact: 0, normalised: 1, compound: 2, typo: 3, words: 4 };

const indexes = new WeakMap<readonly Occupation[], TitleIndex>();

function indexOf(occupations: readonly Occupation[]): TitleIndex {
  let index = indexes.get(occupations);
  if (index === undefined) {
    index = buildTitleIndex(occupations);
    indexes.set(occupations, index);
  }
  return index;
}

/** Whether an entry of a caller's catalogue has what the search reads. */
function isOccupationLike(o: unknown): boolean {
  if (typeof o !== 'object' || o === null) return false;
  const r = o as Record<string, unknown>;
  return (
    typeof r.name === 'string' &&
    typeof r.industry === 'string' &&
    Array.isArray(r.synonyms) &&
    r.synonyms.every((x) => typeof x === 'string')
  );
}

/**
 * @internal The `occupations` option: the built-in catalogue, or a list whose every entry has a name,
 * synonyms and an industry. Kept as given, not copied: its title index is cached per list. (Not zod's
 * `.default(OCCUPATIONS)`: that hands out a copy on every parse, so the cache missed and each call
 * without the option built the built-in catalogue's index again, ≈ 15 ms.)
 */
export const occupationsOption = z
  .custom<readonly Occupation[]>()
  .superRefine((list, ctx) => {
    if (list === OCCUPATIONS) return;
    if (!Array.isArray(list)) {
      ctx.addIssue({ code: 'custom', message: 'must be a list of occupations' });
      return;
    }
    list.forEach((o, i) => {
      if (!isOccupationLike(o)) {
        ctx.addIssue({ code: 'custom', path: [i], message: 'needs a name, synonyms and an industry' });
      }
    });
  })
  .optional()
  .transform((list): readonly Occupation[] => list ?? OCCUPATIONS);

/** The options of {@link findOccupation}, checked by one schema; the defaults filled in. */
const findOptionsSchema = z.object({
  minScore: z.number().min(0).max(1).default(0.75),
  minMargin: z.number().min(0).max(1).default(0.1),
  maxTypoDistance: z.number().min(0).max(0.5).default(0.2),
  occupations: occupationsOption,
});

/**
 * Finds the catalogue occupation a free-text vacancy title names, or no occupation when there is no
 * trustworthy answer (no answer is preferred to a wrong one). The title is normalised — case,
 * accents, annotations (`(m/v)`, `20 uur`, `parttime`, `gezocht`, `allround`, `- Hilversum`, `|` tails),
 * gender forms (schoonmaakster, medewerkster, kassière, serveerster) — and compared with every name
 * and synonym: exactly, after normalisation, by compound parts in any order (medewerker schoonmaak =
 * schoonmaakmedewerker), with typos (fast-levenshtein), and by shared distinctive words. The best
 * occupation is the answer when it scores at least `minScore` and leads the best occupation of
 * another industry by `minMargin`.
 *
 * The catalogue is indexed once (lazily, about 50 ms); a lookup reads maps and scores only the entries
 * that share a part with the title: well under a millisecond (tens of microseconds). Only the first
 * 200 characters of a title are read.
 *
 * @param title - the title as published, e.g. "Schoonmaakster (m/v) 20 uur - Hilversum"
 * @param options - thresholds, typo tolerance and the occupations to search; see {@link FindOccupationOptions}
 * @returns `{ occupation, industry, score, matchedOn, how }`, or `{ occupation: null, reason, nearest }`
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when the title is not a string or an option is not of the documented type.
 * @example
 * findOccupation('Schoonmaakster gezocht - Hilversum')
 * // { occupation: { id: 'cleaner', … }, industry: 'cleaning', score: 1, matchedOn: 'schoonmaker', how: 'normalised' }
 * findOccupation('Senior software engineer')
 * // { occupation: null, reason: 'no-match', nearest: [] }
 */
export function findOccupation(title: string, options?: FindOccupationOptions): OccupationMatch {
  expectString(title, 'findOccupation', 'title');
  return searchOccupation(title, parseOptions(findOptionsSchema, options, 'findOccupation'));
}

interface Scored {
  occupation: number;
  entry: number;
  score: number;
  how: OccupationMatchKind;
}

function better(a: Scored, b: Scored | undefined): boolean {
  if (b === undefined) return true;
  if (a.score !== b.score) return a.score > b.score;
  if (RANK[a.how] !== RANK[b.how]) return RANK[a.how] < RANK[b.how];
  return a.entry < b.entry;
}

/** Scores the entries that share a part with the segment; keeps the best per occupation. */
function scoreParts(parts: readonly TitlePart[], index: TitleIndex, best: Map<number, Scored>): void {
  const titleWeight = parts.reduce((s, p) => s + partWeight(p.token), 0);
  const candidates = new Set<number>();
  for (const p of parts) if (p.known) for (const e of index.byPart.get(p.token) ?? []) candidates.add(e);
  for (const k of candidates) {
    const entry = index.entries[k]!;
    const used = new Array<boolean>(entry.parts.length).fill(false);
    let matched = 0;
    let all = true;
    let typo = false;
    for (const p of parts) {
      const at = p.known ? entry.parts.findIndex((q, j) => !used[j] && q === p.token) : -1;
      if (at < 0) {
        all = false;
        continue;
      }
      used[at] = true;
      matched += partWeight(p.token) * p.credit;
      if (p.credit < 1) typo = true;
    }
    all &&= used.every(Boolean);
    const coverage = (2 * (matched / entry.weight) + matched / titleWeight) / 3;
    const scored: Scored = all
      ? typo
        ? { occupation: entry.occupation, entry: k, score: TYPO_FACTOR * coverage, how: 'typo' }
        : { occupation: entry.occupation, entry: k, score: COMPOUND_SCORE, how: 'compound' }
      : {
          occupation: entry.occupation,
          entry: k,
          score: Math.min(coverage, COMPOUND_SCORE - 0.01),
          how: 'words',
        };
    if (better(scored, best.get(entry.occupation))) best.set(entry.occupation, scored);
  }
}

function candidate(s: Scored, index: TitleIndex): OccupationCandidate {
  const occupation = index.occupations[s.occupation]!;
  return {
    occupation,
    industry: occupation.industry,
    score: Math.round(s.score * 10_000) / 10_000,
    matchedOn: index.entries[s.entry]!.text,
    how: s.how,
  };
}

/** @internal {@link findOccupation} without validation, for callers that checked their input. */
export function searchOccupation(title: string, settings: FindSettings): OccupationMatch {
  const index = indexOf(settings.occupations);
  const best = new Map<number, Scored>();
  const exact = index.byExact.get(exactKey(title));
  if (exact !== undefined) {
    const e = index.entries[exact]!;
    best.set(e.occupation, { occupation: e.occupation, entry: exact, score: 1, how: 'exact' });
  }
  const segments = normaliseTitle(title);
  for (const words of segments) {
    for (const k of index.byNormal.get(words.join(' ')) ?? []) {
      const s: Scored = { occupation: index.entries[k]!.occupation, entry: k, score: 1, how: 'normalised' };
      if (better(s, best.get(s.occupation))) best.set(s.occupation, s);
    }
    scoreParts(titleParts(words, index, settings.maxTypoDistance), index, best);
  }
  const ranked = [...best.values()].sort((a, b) => (better(a, b) ? -1 : 1));
  const top = ranked[0];
  if (top === undefined) {
    return { occupation: null, reason: segments.length === 0 ? 'empty' : 'no-match', nearest: [] };
  }
  const nearest = ranked.slice(0, 3);
  // Scores are sums of fractions: compare with a little slack so 0.75 is 0.75.
  if (top.score < settings.minScore - EPSILON) {
    return { occupation: null, reason: 'below-threshold', nearest: nearest.map((s) => candidate(s, index)) };
  }
  const industry = index.occupations[top.occupation]!.industry;
  const rival = ranked.find((s) => index.occupations[s.occupation]!.industry !== industry);
  if (rival !== undefined && top.score - rival.score < settings.minMargin - EPSILON) {
    // The rival of another industry is among the nearest, whatever else scores between.
    if (!nearest.includes(rival)) nearest[nearest.length - 1] = rival;
    return { occupation: null, reason: 'ambiguous', nearest: nearest.map((s) => candidate(s, index)) };
  }
  return candidate(top, index);
}
