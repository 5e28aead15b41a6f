import { createSkillVocabulary } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../src/scoring/tables/vocabulary.js';

// The matcher's interned task kinds and skills (src/scoring/tables/vocabulary.ts), worked by hand
// (issue 20, mutation testing).

describe('Vocabulary', () => {
  it('numbers task kinds in order of first sight, the same id for the same kind', () => {
    const v = new Vocabulary(createSkillVocabulary());
    expect([v.kindOf('cleaning'), v.kindOf('tree-care'), v.kindOf('cleaning')]).toEqual([0, 1, 0]);
    expect([...v.kindIndex]).toEqual([
      ['cleaning', 0],
      ['tree-care', 1],
    ]);
  });

  it('maps texts onto canonical skills: one id a skill, its catalogue label, −1 and nothing stored for no letters', () => {
    const v = new Vocabulary(createSkillVocabulary());
    expect(v.skillOf('Hygiëne')).toBe(0);
    // Another spelling of the same skill: its id, no second entry.
    expect(v.skillOf('hygiene')).toBe(0);
    expect(v.skillOf('Stof-zuigen')).toBe(1);
    expect(v.skillOf('!!!')).toBe(-1);
    expect(v.skillOf('!!!')).toBe(-1);
    // A skill outside the catalogue: its own normalised text.
    expect(v.skillOf('Iets Nieuws')).toBe(2);
    expect(v.skillOf('Hygiëne')).toBe(0);
    expect(v.skillOf('Iets Nieuws')).toBe(2);
    expect(v.skillNames).toEqual(['hygiene', 'stofzuigen', 'iets nieuws']);
    expect(v.skillLabels).toEqual(['hygiëne', 'stofzuigen', 'iets nieuws']);
    expect([...v.skillIndex]).toEqual([
      ['hygiene', 0],
      ['stofzuigen', 1],
      ['iets nieuws', 2],
    ]);
  });

  it('gives experience in a task kind a skill of its own, labelled for the coach', () => {
    const v = new Vocabulary(createSkillVocabulary());
    expect(v.skillOf('hygiëne')).toBe(0);
    expect(v.experienceOf('tree-care')).toBe(1);
    expect(v.experienceOf('tree-care')).toBe(1);
    expect(v.skillOf('stofzuigen')).toBe(2);
    expect(v.experienceOf('koffie zetten')).toBe(3);
    expect(v.skillNames).toEqual(['hygiene', 'ervaring:tree-care', 'stofzuigen', 'ervaring:koffie zetten']);
    expect(v.skillLabels).toEqual([
      'hygiëne',
      'ervaring met boomverzorging',
      'stofzuigen',
      'ervaring met koffie zetten',
    ]);
    // A skill text never reaches an experience id (the key holds a colon).
    expect(v.skillOf('ervaring:tree-care')).not.toBe(1);
  });
});
