import distance from 'fast-levenshtein';
import { expectArray, expectString } from '../_internal/guard.js';

/**
 * Qualifications (diplomas and certificates) as people and employers write them, compared leniently.
 *
 * The rule, and where it is uncertain:
 * - Text is compared without case, accents, punctuation or spacing ("MBO-3", "mbo 3", "Mbo niveau 3").
 * - A requirement may list alternatives separated by `/`, `|` or "of" ("MBO-3 schoonmaak / vakdiploma"):
 *   one is enough. An alternative without a level of its own takes the level of the one before it
 *   ("MBO-3 hovenier / groene ruimte" = MBO-3 hovenier or MBO-3 groene ruimte).
 * - An education level (`VMBO`, `MBO-1`..`MBO-4`, `HBO`, `WO`; also "mbo 3", "MBO niveau 3", "niveau 3",
 *   "entree" = MBO-1) is met by a held diploma of the same or a higher level. Ranks follow the NLQF
 *   loosely: VMBO and MBO-1 1, MBO-2..4 2..4, HBO 6, WO 7. An MBO without a number counts as MBO-1
 *   (the lowest it can be). Uncertain: a VMBO-tl diploma sits at NLQF 2, but is not vocational, so it
 *   is ranked with MBO-1.
 * - When both the requirement and the diploma name a field ("logistiek"), at least one field word must
 *   be shared (a spelling variant or a word starting the other counts: "administratie" and
 *   "administratief"): a level in another field does not count. When either side names no field, the
 *   level alone decides; the reason then says the field is to be checked (uncertain by nature).
 * - Anything else (a certificate: VCA, heftruck, vakdiploma) is met when every word of the requirement
 *   is among the held entry's words, or the two texts are equal without spaces, allowing a typo (one
 *   edit up to 8 letters, two beyond). "VCA" is met by "VCA basis"; "VCA VOL" is not met by "VCA".
 *   A held diploma without a level never meets a requirement that states one of its own.
 */

/** The outcome of {@link meetsQualification}: met or not, and why, in Dutch. */
export interface QualificationCheck {
  met: boolean;
  /** One sentence a job coach can read, naming the requirement (and the entry that meets it). */
  reason: string;
}

interface Parsed {
  /** NLQF-like rank, 0 when the text states no education level. */
  level: number;
  /** The level as shown in reasons ("MBO-3"), or ''. */
  levelText: string;
  /** Field or certificate words, normalised. */
  words: string[];
}

const STOP_WORDS = new Set([
  'diploma',
  'opleiding',
  'bol',
  'bbl',
  'en',
  'de',
  'het',
  'van',
  'voor',
  'in',
  'niveau',
]);
const VMBO_TRACKS = new Set(['tl', 'gl', 'kb', 'bb', 'kader', 'basis', 'gemengd', 'theoretisch']);
const RANK_OF: Readonly<Record<string, number>> = { vmbo: 1, mbo: 1, hbo: 6, wo: 7 };

/** Lower case, no accents, punctuation and runs of spaces as one space. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function parse(text: string): Parsed {
  const tokens = normalise(text).split(' ');
  let kind = '';
  let digit = 0;
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === '') continue;
    const m = /^(vmbo|mbo|hbo|wo)([1-4])?$/.exec(t);
    if (m !== null && kind === '') {
      kind = m[1]!;
      if (m[2] !== undefined) digit = Number(m[2]);
      continue;
    }
    if (t === 'entree' || t === 'entreeopleiding') {
      kind = kind === '' ? 'mbo' : kind;
      digit = digit === 0 ? 1 : digit;
      continue;
    }
    if (/^[1-4]$/.test(t) && (kind === 'mbo' || kind === '') && digit === 0) {
      const prev = tokens[i - 1];
      if (prev === 'niveau' || prev === 'mbo') {
        kind = 'mbo';
        digit = Number(t);
        continue;
      }
    }
    if (STOP_WORDS.has(t) || (kind === 'vmbo' && VMBO_TRACKS.has(t))) continue;
    words.push(t);
  }
  if (kind === '') return { level: 0, levelText: '', words };
  const level = kind === 'mbo' ? Math.max(1, digit) : RANK_OF[kind]!;
  const levelText = kind === 'mbo' && digit > 0 ? `MBO-${digit}` : kind.toUpperCase();
  return { level, levelText, words };
}

/** Edits allowed between two spellings of one word or text of length `n`. */
function typos(n: number): number {
  return n >= 9 ? 2 : n >= 5 ? 1 : 0;
}

/** Two words for the same thing: equal, one starts the other (5+ letters), or a typo apart. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n >= 5 && (a.startsWith(b) || b.startsWith(a))) return true;
  const allowed = typos(Math.max(a.length, b.length));
  return allowed > 0 && Math.abs(a.length - b.length) <= allowed && distance.get(a, b) <= allowed;
}

/** A certificate's words all among the held entry's, or the texts equal without spaces (a typo allowed). */
function certificateMet(want: readonly string[], have: readonly string[]): boolean {
  if (want.length === 0) return have.length > 0;
  if (want.every((w) => have.some((h) => sameWord(w, h)))) return true;
  const a = want.join('');
  const b = have.join('');
  if (distance.get(a, b) <= typos(Math.max(a.length, b.length))) return true;
  // "certificaat heftruck" for "heftruckcertificaat": the held words make up the one required word.
  return want.length === 1 && have.length > 1 && have.every((h) => a.includes(h)) && b.length === a.length;
}

type Verdict = 'met' | 'met-no-field' | 'lower' | 'other-field' | 'no';

function compare(want: Parsed, ownLevel: boolean, have: Parsed): Verdict {
  if (want.level > 0 && have.level > 0) {
    const fields = want.words.length > 0 && have.words.length > 0;
    if (fields && !want.words.some((w) => have.words.some((h) => sameWord(w, h)))) return 'other-field';
    if (have.level < want.level) return 'lower';
    return fields || want.words.length === 0 ? 'met' : 'met-no-field';
  }
  if (want.level > 0 && ownLevel) return 'no';
  return certificateMet(want.words, have.words) ? 'met' : 'no';
}

/**
 * Whether a person's diplomas and certificates meet one required qualification, leniently (see the
 * rule at the top of this module): case, accents, punctuation and spacing ignored; an education
 * level met by the same or a higher one in the same field; a certificate by its name, a typo allowed.
 * Deterministic and pure; O(alternatives × held × words²).
 *
 * @param required - the vacancy's qualification as written ("MBO-3 logistiek"); empty = nothing asked
 * @param held - the person's diplomas and certificates as written
 * @returns `met` and a reason in Dutch
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when `required` is not a string or `held` not a list of strings.
 * @example
 * meetsQualification('MBO-2 logistiek', ['mbo niveau 3 Logistiek']).met; // true
 * meetsQualification('MBO-3 schoonmaak', ['MBO-2 schoonmaak']).met; // false: a lower level
 * meetsQualification('MBO-2 logistiek', ['MBO-4 zorg']).met; // false: another field
 * meetsQualification('heftruckcertificaat', ['Heftruck-certificat']).met; // true: a typo
 */
export function meetsQualification(required: string, held: readonly string[]): QualificationCheck {
  expectString(required, 'meetsQualification', 'required');
  expectArray(held, 'meetsQualification', 'held');
  held.forEach((h, i) => {
    expectString(h, 'meetsQualification', `held[${i}]`);
  });
  const asked = required.trim().replace(/\s+/g, ' ');
  if (asked === '') return { met: true, reason: 'geen diploma of certificaat gevraagd' };
  const entries = held.map((h) => h.trim().replace(/\s+/g, ' ')).filter((h) => h !== '');
  if (entries.length === 0)
    return { met: false, reason: `geen diploma's of certificaten opgegeven; gevraagd: ${asked}` };
  const have = entries.map(parse);
  let inherited = 0;
  let inheritedText = '';
  let lower = -1;
  let otherField = -1;
  for (const text of asked.split(/\s*(?:\/|\||\bof\b)\s*/i)) {
    const own = parse(text);
    if (own.level === 0 && own.words.length === 0) continue;
    const ownLevel = own.level > 0;
    const want = ownLevel ? own : { ...own, level: inherited, levelText: inheritedText };
    if (ownLevel) {
      inherited = own.level;
      inheritedText = own.levelText;
    }
    for (let k = 0; k < have.length; k++) {
      const verdict = compare(want, ownLevel, have[k]!);
      if (verdict === 'met') return { met: true, reason: `${entries[k]} voldoet aan ${asked}` };
      if (verdict === 'met-no-field')
        return {
          met: true,
          reason: `${entries[k]} voldoet aan het niveau van ${asked}; de richting staat er niet bij, na te gaan`,
        };
      if (verdict === 'lower' && lower < 0) lower = k;
      if (verdict === 'other-field' && otherField < 0) otherField = k;
    }
  }
  if (lower >= 0)
    return { met: false, reason: `${entries[lower]} is een lager niveau dan gevraagd (${asked})` };
  if (otherField >= 0)
    return { met: false, reason: `${entries[otherField]} is een andere richting dan gevraagd (${asked})` };
  return { met: false, reason: `geen van de opgegeven diploma's en certificaten voldoet aan ${asked}` };
}
