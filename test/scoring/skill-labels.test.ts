import { compareSkills, createMatcher, createSkillVocabulary, skillLabel } from 'banenmatch';
import { describe, expect, it } from 'vitest';

describe('skills keep their diacritics in reasons', () => {
  const vocab = createSkillVocabulary();

  it('skillLabel gives the catalogue spelling of a canonical skill, and an unknown one as it is', () => {
    expect(skillLabel(vocab, 'hygiene')).toBe('hygiëne');
    expect(skillLabel(vocab, 'schoonmaken')).toBe('schoonmaken');
    expect(skillLabel(vocab, 'heftruckcertificaat')).toBe('heftruckcertificaat');
  });

  it('compareSkills names matched and missing skills with their diacritics, whatever the input spelling', () => {
    const r = compareSkills(
      vocab,
      ['Hygiene'],
      [{ skills: ['hygiëne', 'groente snijden'], hoursPerWeek: 8 }],
    );
    expect(r.matched).toEqual(['hygiëne']);
    expect(r.missing).toEqual(['groente snijden']);
  });

  it('the matcher’s skills reason says "hygiëne"', () => {
    const home = { municipality: 'Hilversum', lat: 52.2233, lon: 5.1764 };
    const matcher = createMatcher({
      candidates: [
        { id: 'c-1', targetGroup: 'wajong', home, hoursPerWeek: { min: 8, max: 24 }, skills: ['afwassen'] },
      ],
      vacancies: [
        {
          id: 'v-1',
          employerId: 'e-1',
          sector: 'market',
          occupation: 'keukenmedewerker',
          location: home,
          hoursPerWeek: 12,
          tasks: [{ id: 't1', kind: 'food-prep', hoursPerWeek: 12, skills: ['hygiëne', 'afwassen'] }],
        },
      ],
    });
    const r = matcher.score('c-1', 'v-1');
    expect(r.reasons.join(' ')).toMatch(/mist [^;]*hygiëne/);
  });
});
