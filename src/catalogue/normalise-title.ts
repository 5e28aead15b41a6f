/**
 * The steps that turn a vacancy title as job sites publish it ("Schoonmaakster (m/v) 20 uur -
 * Hilversum") into the words the catalogue is searched with (`['schoonmaker']`). The same steps run
 * on the catalogue's names and synonyms, so both sides meet in one form. Each step is a function of
 * its own, tested with worked examples in `test/catalogue/normalise-title.test.ts`.
 */
import { ANNOTATION_WORDS, GENDER_ENDINGS, NOT_FEMININE_STER, STOP_WORDS } from './title-words.js';

/**
 * @internal Lower case, accents removed (NFKD), typographic quotes and dashes made plain.
 * @example foldCase('Kassière – Café') // 'kassiere - cafe'
 */
export function foldCase(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'");
}

// Gender markers: m/v, v/m, m/v/x, m/w/d, h/v, m/f (alone, not inside a word).
const GENDER_MARKER = /(^|[^a-z0-9])[mvwhfdx](?:\s*\/\s*[mvwhfdx-]){1,3}(?=$|[^a-z0-9])/g;
// Hours, ages, amounts: "20 uur", "24-32 uur p/w", "16+", "€ 14,50", "15 jaar".
const HOURS =
  /(?:€\s*)?\d+(?:[.,]\d+)?(?:\s*(?:-|tot|a|à)\s*\d+(?:[.,]\d+)?)?\s*(?:\+|uur|uren|u\b|hours?|hrs?|h\b|jaar)?(?:\s*(?:p\/?w|per week|\/\s*week|p\/?m|per maand))?/g;
const BRACKETS = /\(([^)]*)\)|\[([^\]]*)\]|\{([^}]*)\}/g;
// Phrases that the word split would tear apart.
const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/\b(part|full)[\s-]+time(r?)\b/g, '$1time$2'],
  [/\ball[\s-]+round(er)?\b/g, 'allround$1'],
  [/\bzij[\s-]+instromers?\b/g, 'zijinstromer'],
  [/\bper direct\b/g, ' '],
];

/**
 * @internal Removes what annotates a title rather than naming the work: bracketed text (when something
 * is left without it), gender markers (m/v, m/v/x, v/m …), hours, ages and amounts.
 * @example stripAnnotations('schoonmaakster (m/v) 20 uur') // 'schoonmaakster'
 */
export function stripAnnotations(folded: string): string {
  let text = folded;
  for (const [re, to] of PHRASES) text = text.replace(re, to);
  text = text.replace(GENDER_MARKER, '$1 ');
  const unbracketed = text.replace(BRACKETS, ' ');
  // "(Schoonmaak)medewerker" or a title that is all brackets keeps the bracketed words.
  text = /[a-z]/.test(unbracketed) ? unbracketed : text.replace(/[()[\]{}]/g, ' ');
  return text.replace(HOURS, ' ').replace(/\s+/g, ' ').trim();
}

// Where a title's tail starts: spaced dashes, bars, slashes, bullets, colons, commas, semicolons.
const SEGMENT_BREAK = /\s+-+\s+|\s*[|/•·:;,]\s*/;

/**
 * @internal Splits a title into its parts at separators: "Schoonmaker - Hilversum | 20 uur" has three.
 * Location suffixes, employer names and alternatives ("schoonmaker / glazenwasser") become parts of
 * their own, each searched apart.
 * @example titleSegments('orderpicker | tilburg') // ['orderpicker', 'tilburg']
 */
export function titleSegments(text: string): string[] {
  return text
    .split(SEGMENT_BREAK)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * @internal The words of one segment: letters and digits only (a hyphen splits), words with digits,
 * single letters, stop words and annotation words dropped.
 * @example segmentWords('allround medewerker in de groenvoorziening gezocht') // ['medewerker', 'groenvoorziening']
 */
export function segmentWords(segment: string): string[] {
  const out: string[] = [];
  for (const w of segment.replace(/[^a-z0-9]+/g, ' ').split(' ')) {
    if (w.length < 2 || /\d/.test(w) || STOP_WORDS.has(w) || ANNOTATION_WORDS.has(w)) continue;
    out.push(w);
  }
  return out;
}

const VOWEL = /[aeiou]/;

/**
 * @internal The male form of a female form of an agent noun, or the word itself: -ster (schoonmaakster
 * → schoonmaker, medewerkster → medewerker, serveerster → serveerder, inpakster → inpakker), -ière
 * (kassière → kassier), -euse, -trice, -iste, -ente, and the listed endings (gastvrouw → gastheer).
 * Dutch spelling is kept: a long vowel in a closed syllable is written once before -er (maak →
 * maker), a short vowel doubles the consonant (pak → pakker), a stem in -r takes -der.
 * @example foldGender('schoonmaakster') // 'schoonmaker'
 */
export function foldGender(word: string): string {
  for (const [from, to] of GENDER_ENDINGS) {
    if (word.endsWith(from)) return word.slice(0, -from.length) + to;
  }
  if (word.endsWith('ster')) return femaleSter(word);
  if (word.length > 5) {
    if (word.endsWith('iere')) return word.slice(0, -1);
    if (word.endsWith('euse')) return `${word.slice(0, -4)}eur`;
    if (word.endsWith('trice')) return `${word.slice(0, -5)}teur`;
    if (word.endsWith('iste')) return word.slice(0, -1);
  }
  return word;
}

function femaleSter(word: string): string {
  const stem = word.slice(0, -4);
  if (stem.length < 3 || NOT_FEMININE_STER.has(word)) return word;
  const last = stem[stem.length - 1]!;
  if (VOWEL.test(last)) {
    // naaister → naaier; other vowel stems (meester, zuster, minister, webmaster) are not female forms.
    return /(aai|ooi|oei)$/.test(stem) ? `${stem}er` : word;
  }
  if (stem.endsWith('aar')) return stem; // verkeersregelaarster → verkeersregelaar
  if (last === 'r') return `${stem}der`; // serveerster → serveerder, sorteerster → sorteerder
  const long = /(aa|ee|oo|uu)([^aeiou])$/.exec(stem);
  if (long !== null) return `${stem.slice(0, -3)}${long[1]![0]}${long[2]}er`; // maak → maker
  if (/(^|[^aeiou])[aeiou][bdfgklmnpst]$/.test(stem)) return `${stem}${last}er`; // pak → pakker
  return `${stem}er`;
}

/** @internal Characters of a title that are read: a title is short (the input contract allows 200). */
export const MAX_TITLE_LENGTH = 200;

/**
 * @internal Every step in order: case and accents, annotations, segments, words, gender forms, on the
 * first {@link MAX_TITLE_LENGTH} characters. Returns the words of each segment that has any.
 * @example normaliseTitle('Schoonmaakster (m/v) gezocht - Hilversum') // [['schoonmaker'], ['hilversum']]
 */
export function normaliseTitle(title: string): string[][] {
  const segments: string[][] = [];
  for (const segment of titleSegments(stripAnnotations(foldCase(title.slice(0, MAX_TITLE_LENGTH))))) {
    const words = segmentWords(segment).map(foldGender);
    if (words.length > 0) segments.push(words);
  }
  return segments;
}
