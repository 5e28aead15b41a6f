/**
 * The catalogue's names and synonyms prepared once for title search: normalised words, compound
 * parts, the vocabulary of parts (the *lexicon*) and lookup tables. Built lazily, once per list of
 * occupations, so a title lookup only reads maps and scores the few entries that share a part.
 */
import distance from 'fast-levenshtein';
import { normaliseTitle } from './normalise-title.js';
import type { Occupation } from './occupations.js';
import { ANNOTATION_WORDS, GENERIC_WEIGHT, GENERIC_WORDS, STOP_WORDS } from './title-words.js';

/** @internal One part of a title after compound splitting and typo correction. */
export interface TitlePart {
  /** The lexicon part it stands for, or the word itself when unknown. */
  readonly token: string;
  /** 1 for an exact part, 1 − relative edit distance for a corrected typo, 0 when unknown. */
  readonly credit: number;
  readonly known: boolean;
}

/** @internal A catalogue name or synonym, normalised. */
export interface IndexEntry {
  /** Index of its occupation in {@link TitleIndex.occupations}. */
  readonly occupation: number;
  /** As written in the catalogue. */
  readonly text: string;
  /** Lower case, single spaces: the key of an exact match. */
  readonly exact: string;
  /** Normalised words joined by a space. */
  readonly normal: string;
  /** Compound parts, sorted. */
  readonly parts: readonly string[];
  /** Sum of the parts' weights. */
  readonly weight: number;
}

/** @internal Everything a title search reads. */
export interface TitleIndex {
  readonly occupations: readonly Occupation[];
  readonly entries: readonly IndexEntry[];
  readonly byExact: ReadonlyMap<string, number>;
  readonly byNormal: ReadonlyMap<string, readonly number[]>;
  readonly byPart: ReadonlyMap<string, readonly number[]>;
  readonly lexicon: ReadonlySet<string>;
  /** The lexicon sorted, for a deterministic nearest-part search. */
  readonly tokens: readonly string[];
  /** Nearest lexicon part of a word, by `maxTypo|word`. */
  readonly typoMemo: Map<string, { token: string; distance: number } | null>;
}

/** @internal Weight of a part in a comparison: generic role words count less. */
export function partWeight(token: string): number {
  return GENERIC_WORDS.has(token) ? GENERIC_WEIGHT : 1;
}

const MIN_PART = 3;
/** Longer words are no compound of catalogue words nor a typo of one (and would make splitting slow). */
const MAX_WORD = 40;

/**
 * @internal Splits a word into lexicon parts, as many as possible (each ≥ 3 letters, a linking "s"
 * allowed between two), or `undefined` when it does not split: "groenvoorzieningsmedewerker" →
 * ['groenvoorziening', 'medewerker'].
 */
export function splitWord(word: string, lexicon: ReadonlySet<string>): string[] | undefined {
  if (word.length > MAX_WORD) return undefined;
  const memo = new Map<number, string[] | null>();
  const from = (start: number): string[] | null => {
    if (start === word.length) return [];
    const known = memo.get(start);
    if (known !== undefined) return known;
    let best: string[] | null = null;
    for (let end = word.length; end >= start + MIN_PART; end--) {
      const piece = word.slice(start, end);
      if (!lexicon.has(piece)) continue;
      const rest = from(end);
      if (rest !== null && (best === null || rest.length + 1 > best.length)) best = [piece, ...rest];
      if (word[end] === 's' && end + 1 < word.length) {
        const linked = from(end + 1);
        if (linked !== null && linked.length > 0 && (best === null || linked.length + 1 > best.length)) {
          best = [piece, ...linked];
        }
      }
    }
    memo.set(start, best);
    return best;
  };
  return from(0) ?? undefined;
}

/** A prefix left when a known word is cut off the end, without a linking "s" after -ing/-heid. */
function prefixBefore(word: string, tail: string, base: ReadonlySet<string>): string | undefined {
  let p = word.slice(0, word.length - tail.length);
  if (p.endsWith('s')) {
    const bare = p.slice(0, -1);
    if (base.has(bare) || /(ing|heid|teit|schap)$/.test(bare)) p = bare;
  }
  return p.length >= MIN_PART ? p : undefined;
}

/** @internal Builds the index of a list of occupations. */
export function buildTitleIndex(occupations: readonly Occupation[]): TitleIndex {
  const raw: { occupation: number; text: string; words: string[] }[] = [];
  occupations.forEach((o, i) => {
    for (const text of [o.name, ...o.synonyms])
      raw.push({ occupation: i, text, words: normaliseTitle(text).flat() });
  });
  // The lexicon: every word of a name or synonym, and the first part of a compound that ends in a
  // known word ("kassa" from "kassamedewerker"), so "medewerker kassa" and "kassamedewerker" meet.
  const base = new Set(raw.flatMap((r) => r.words));
  const lexicon = new Set(base);
  for (const w of base) {
    for (const tail of base) {
      if (tail.length < 4 || tail.length >= w.length || !w.endsWith(tail)) continue;
      const p = prefixBefore(w, tail, base);
      // "nacht" of "nachtreiniger" stays in its word: it is an annotation when it stands alone.
      if (p !== undefined && !ANNOTATION_WORDS.has(p) && !STOP_WORDS.has(p)) lexicon.add(p);
    }
  }
  const entries: IndexEntry[] = [];
  const byExact = new Map<string, number>();
  const byNormal = new Map<string, number[]>();
  const byPart = new Map<string, number[]>();
  for (const r of raw) {
    if (r.words.length === 0) continue;
    const parts = r.words.flatMap((w) => splitWord(w, lexicon) ?? [w]).sort();
    const k = entries.length;
    const entry: IndexEntry = {
      occupation: r.occupation,
      text: r.text,
      exact: exactKey(r.text),
      normal: r.words.join(' '),
      parts,
      weight: parts.reduce((s, p) => s + partWeight(p), 0),
    };
    entries.push(entry);
    if (!byExact.has(entry.exact)) byExact.set(entry.exact, k);
    push(byNormal, entry.normal, k);
    for (const p of new Set(parts)) push(byPart, p, k);
  }
  return {
    occupations,
    entries,
    byExact,
    byNormal,
    byPart,
    lexicon,
    tokens: [...lexicon].sort(),
    typoMemo: new Map(),
  };
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** @internal Lower case, trimmed, single spaces. */
export function exactKey(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * @internal The lexicon part nearest to a word of at least 5 letters, within `maxTypo` edits relative
 * to the longer of the two (ties to the first in sorting order), or `null`. A word under 8 letters
 * must keep its first letter: "kapper" is not a typo of "tapper".
 */
export function nearestPart(
  word: string,
  index: TitleIndex,
  maxTypo: number,
): { token: string; distance: number } | null {
  if (word.length < 5 || word.length > MAX_WORD || maxTypo <= 0) return null;
  const key = `${maxTypo}|${word}`;
  const memo = index.typoMemo.get(key);
  if (memo !== undefined) return memo;
  let best: { token: string; distance: number } | null = null;
  for (const token of index.tokens) {
    const longer = Math.max(token.length, word.length);
    if (token.length < 4 || Math.abs(token.length - word.length) > maxTypo * longer) continue;
    if (word.length < 8 && token[0] !== word[0]) continue;
    const d = distance.get(word, token) / longer;
    if (d <= maxTypo && (best === null || d < best.distance)) best = { token, distance: d };
  }
  if (index.typoMemo.size > 10_000) index.typoMemo.clear();
  index.typoMemo.set(key, best);
  return best;
}

function known(tokens: readonly string[], credit: number): TitlePart[] {
  return tokens.map((token) => ({ token, credit, known: true }));
}

/** Parts of one side of a cut word: exact, a corrected typo, or unknown (none for an annotation). */
function sideParts(side: string, index: TitleIndex, maxTypo: number): TitlePart[] {
  const bare = side.endsWith('s') && side.length > MIN_PART ? side.slice(0, -1) : side;
  if (ANNOTATION_WORDS.has(side) || ANNOTATION_WORDS.has(bare)) return [];
  const near = nearestPart(side, index, maxTypo);
  if (near !== null) return known(splitWord(near.token, index.lexicon) ?? [near.token], 1 - near.distance);
  return [{ token: side, credit: 0, known: false }];
}

/**
 * @internal The parts of one word: its compound parts when it splits into lexicon parts; else the
 * parts of the nearest lexicon word (a typo); else a cut into a known part and the rest (a known
 * head with an unknown or misspelt modifier, "nachtschoonmaker", "magazijnchef"); else the word
 * itself as an unknown part.
 */
export function wordParts(word: string, index: TitleIndex, maxTypo: number): TitlePart[] {
  const exact = splitWord(word, index.lexicon);
  if (exact !== undefined) return known(exact, 1);
  const near = nearestPart(word, index, maxTypo);
  if (near !== null) return known(splitWord(near.token, index.lexicon) ?? [near.token], 1 - near.distance);
  if (word.length > MAX_WORD) return [{ token: word, credit: 0, known: false }];
  let best: TitlePart[] | undefined;
  let bestKnown = 0;
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const left = word.slice(0, cut);
    const right = word.slice(cut);
    const r = right.length >= 4 ? splitWord(right, index.lexicon) : undefined;
    if (r !== undefined && right.length > bestKnown) {
      best = [...sideParts(left, index, maxTypo), ...known(r, 1)];
      bestKnown = right.length;
    }
    const l = left.length >= 4 ? splitWord(left, index.lexicon) : undefined;
    if (l !== undefined && left.length > bestKnown) {
      best = [...known(l, 1), ...sideParts(right, index, maxTypo)];
      bestKnown = left.length;
    }
  }
  return best ?? [{ token: word, credit: 0, known: false }];
}

/**
 * @internal The parts of a segment's words: two words are joined first when together they are one
 * lexicon word and apart they are not ("vakken vuller").
 */
export function titleParts(words: readonly string[], index: TitleIndex, maxTypo: number): TitlePart[] {
  const out: TitlePart[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (
      next !== undefined &&
      index.lexicon.has(w + next) &&
      !(index.lexicon.has(w) && index.lexicon.has(next))
    ) {
      out.push(...wordParts(w + next, index, maxTypo));
      i++;
    } else out.push(...wordParts(w, index, maxTypo));
  }
  return out;
}
