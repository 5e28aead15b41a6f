import { expectString } from '../_internal/guard.js';
import { foldCase } from './normalise-title.js';
import { TASK_WORDS } from './task-words.js';

/** One compiled phrase: its words (a prefix when `prefix`), `null` for a gap of up to three words. */
interface Phrase {
  kind: string;
  words: readonly ({ text: string; prefix: boolean } | null)[];
  /** Number of literal words: longer phrases are tried first. */
  size: number;
}

const GAP = 3;
let compiled: readonly Phrase[] | undefined;

function phrases(): readonly Phrase[] {
  if (compiled !== undefined) return compiled;
  const list: Phrase[] = [];
  for (const { kind, phrases: texts } of TASK_WORDS) {
    for (const text of texts) {
      const words = text
        .split(' ')
        .map((w) => (w === '…' ? null : { text: w.replace(/\*$/, ''), prefix: w.endsWith('*') }));
      list.push({ kind, words, size: words.filter((w) => w !== null).length });
    }
  }
  // Longest first; ties keep the lexicon's order (a stable sort).
  compiled = list.sort((a, b) => b.size - a.size);
  return compiled;
}

/** Positions the phrase covers when it matches at `start`, or `undefined`. */
function matchAt(
  tokens: readonly string[],
  taken: Uint8Array,
  phrase: Phrase,
  start: number,
): number[] | undefined {
  const covered: number[] = [];
  let at = start;
  for (let k = 0; k < phrase.words.length; k++) {
    const w = phrase.words[k];
    if (w === undefined) return undefined;
    if (w === null) {
      // A gap: the next literal word within GAP words.
      const next = phrase.words[k + 1];
      if (next === undefined || next === null) return undefined;
      let found = -1;
      for (let j = at; j <= at + GAP && j < tokens.length; j++) {
        if (!taken[j] && fits(tokens[j]!, next)) {
          found = j;
          break;
        }
      }
      if (found < 0) return undefined;
      covered.push(found);
      at = found + 1;
      k++;
      continue;
    }
    if (at >= tokens.length || taken[at] || !fits(tokens[at]!, w)) return undefined;
    covered.push(at);
    at++;
  }
  return covered;
}

function fits(token: string, word: { text: string; prefix: boolean }): boolean {
  return word.prefix ? token.startsWith(word.text) : token === word.text;
}

/**
 * @internal The task kinds a vacancy description names, by the Dutch task-word lexicon (`TASK_WORDS`), in the
 * order they are first mentioned. Longer phrases take their words first ("poetsen van auto's" is car
 * washing, not cleaning); only supporting task kinds are named.
 *
 * @param text - the description as plain text (strip HTML first)
 * @returns task-kind ids, each once, in order of first mention
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when `text` is not a string.
 * @example
 * findTaskKinds('Schoonmaken van kantoren en vouwen van linnengoed') // ['cleaning', 'laundry']
 */
export function findTaskKinds(text: string): string[] {
  expectString(text, 'findTaskKinds', 'text');
  const tokens = foldCase(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t !== '');
  const taken = new Uint8Array(tokens.length);
  const first = new Map<string, number>();
  for (const phrase of phrases()) {
    for (let start = 0; start < tokens.length; start++) {
      const covered = matchAt(tokens, taken, phrase, start);
      if (covered === undefined) continue;
      for (const c of covered) taken[c] = 1;
      const at = covered[0]!;
      if (!first.has(phrase.kind) || first.get(phrase.kind)! > at) first.set(phrase.kind, at);
    }
  }
  return [...first.entries()].sort((a, b) => a[1] - b[1]).map(([kind]) => kind);
}
