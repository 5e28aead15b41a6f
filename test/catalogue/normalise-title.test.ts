import { describe, expect, it } from 'vitest';
import {
  foldCase,
  foldGender,
  normaliseTitle,
  segmentWords,
  stripAnnotations,
  titleSegments,
} from '../../src/catalogue/normalise-title.js';

// Worked examples of each normalisation step, in the order findOccupation runs them.
describe('normalising a vacancy title, step by step', () => {
  it('1. case and accents: lower case, accents dropped, typographic dashes plain', () => {
    expect(foldCase('Kassière')).toBe('kassiere');
    expect(foldCase('CONCIËRGE')).toBe('concierge');
    expect(foldCase('Schoonmaker – Café')).toBe('schoonmaker - cafe');
  });

  it('2. annotations: gender markers, bracketed text, hours, ages and amounts go', () => {
    expect(stripAnnotations('schoonmaakster (m/v) 20 uur')).toBe('schoonmaakster');
    expect(stripAnnotations('magazijnmedewerker m/v/x')).toBe('magazijnmedewerker');
    expect(stripAnnotations('kok v/m')).toBe('kok');
    expect(stripAnnotations('orderpicker [parttime]')).toBe('orderpicker');
    expect(stripAnnotations('keukenmedewerker 24-32 uur p/w')).toBe('keukenmedewerker');
    expect(stripAnnotations('vakkenvuller 15+')).toBe('vakkenvuller');
    expect(stripAnnotations('kassamedewerker € 14,50')).toBe('kassamedewerker');
    expect(stripAnnotations('medewerker part-time')).toBe('medewerker parttime');
    // A title that is all brackets keeps its words.
    expect(stripAnnotations('(schoonmaker)')).toBe('schoonmaker');
  });

  it('3. segments: tails after a spaced dash, bar, slash, colon or comma are parts of their own', () => {
    expect(titleSegments('schoonmaker - hilversum')).toEqual(['schoonmaker', 'hilversum']);
    expect(titleSegments('orderpicker | tilburg | nacht')).toEqual(['orderpicker', 'tilburg', 'nacht']);
    expect(titleSegments('serveerster/ober')).toEqual(['serveerster', 'ober']);
    expect(titleSegments('vacature: glazenwasser')).toEqual(['vacature', 'glazenwasser']);
    // A hyphen inside a word is not a separator.
    expect(titleSegments('agf-medewerker')).toEqual(['agf-medewerker']);
  });

  it('4. words: punctuation splits, stop words and annotation words go', () => {
    expect(segmentWords('allround medewerker in de groenvoorziening gezocht')).toEqual([
      'medewerker',
      'groenvoorziening',
    ]);
    expect(segmentWords('parttime vakkenvuller avond')).toEqual(['vakkenvuller']);
    expect(segmentWords('agf-medewerker')).toEqual(['agf', 'medewerker']);
    expect(segmentWords('junior leerling kok bbl')).toEqual(['kok']);
    expect(segmentWords('medewerker laden en lossen')).toEqual(['medewerker', 'laden', 'lossen']);
  });

  it('5. gender forms: female forms to the male form of the catalogue, with Dutch spelling', () => {
    const pairs: [string, string][] = [
      ['schoonmaakster', 'schoonmaker'], // long vowel written once before -er
      ['medewerkster', 'medewerker'],
      ['kassamedewerkster', 'kassamedewerker'],
      ['serveerster', 'serveerder'], // stem in -r takes -der
      ['sorteerster', 'sorteerder'],
      ['inpakster', 'inpakker'], // short vowel doubles the consonant
      ['vakkenvulster', 'vakkenvuller'],
      ['bloemschikster', 'bloemschikker'],
      ['verkoopster', 'verkoper'],
      ['verpleegster', 'verpleger'],
      ['strijkster', 'strijker'],
      ['toezichthoudster', 'toezichthouder'],
      ['naaister', 'naaier'],
      ['verkeersregelaarster', 'verkeersregelaar'],
      ['kassiere', 'kassier'],
      ['caissiere', 'caissier'],
      ['receptioniste', 'receptionist'],
      ['masseuse', 'masseur'],
      ['gastvrouw', 'gastheer'],
      ['barvrouw', 'barman'],
      ['zorgassistente', 'zorgassistent'],
      ['kokkin', 'kok'],
    ];
    for (const [female, male] of pairs) expect(foldGender(female), female).toBe(male);
  });

  it('5. gender forms: words in -ster that are not female forms stay', () => {
    for (const w of ['huismeester', 'zuster', 'minister', 'webmaster', 'monster', 'register', 'ster']) {
      expect(foldGender(w), w).toBe(w);
    }
    expect(foldGender('medewerker')).toBe('medewerker');
    expect(foldGender('verzorgende')).toBe('verzorgende');
  });

  it('all steps together', () => {
    expect(normaliseTitle('Schoonmaakster (m/v) gezocht - Hilversum')).toEqual([
      ['schoonmaker'],
      ['hilversum'],
    ]);
    expect(normaliseTitle('Allround Medewerkster Groenvoorziening | 32 uur')).toEqual([
      ['medewerker', 'groenvoorziening'],
    ]);
    expect(normaliseTitle('Kassière zaterdag')).toEqual([['kassier']]);
    expect(normaliseTitle('(m/v) 20 uur')).toEqual([]);
    expect(normaliseTitle('')).toEqual([]);
  });
});
