import { createSkillVocabulary, meetsQualification, TASK_KINDS } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import {
  TRAININGS,
  training,
  trainingsForQualification,
  trainingsForSkill,
} from '../../src/catalogue/trainings.js';
import { normaliseSkill } from '../../src/scoring/skills.js';

const CATALOGUE_SKILLS = new Set(TASK_KINDS.flatMap((k) => k.skills));

describe('TRAININGS (the table)', () => {
  it('has unique ids, a name, sources and funders on every entry', () => {
    expect(new Set(TRAININGS.map((t) => t.id)).size).toBe(TRAININGS.length);
    for (const t of TRAININGS) {
      expect(t.name.trim(), t.id).not.toBe('');
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      for (const s of t.sources) expect(s.trim(), t.id).not.toBe('');
      expect(t.funders.length, t.id).toBeGreaterThan(0);
      expect(t.duration.days, t.id).toBeGreaterThan(0);
      expect(t.duration.text.trim(), t.id).not.toBe('');
    }
  });

  it('references only skills of the task-kind catalogue, exactly as it writes them', () => {
    const vocab = createSkillVocabulary();
    for (const t of TRAININGS) {
      for (const s of t.skills) {
        expect(CATALOGUE_SKILLS.has(s), `${t.id}: ${s}`).toBe(true);
        expect(vocab.index.has(normaliseSkill(s)), `${t.id}: ${s}`).toBe(true);
      }
    }
  });

  it('closes a skill gap or gives a certificate, and the certificate meets its own name', () => {
    for (const t of TRAININGS) {
      expect(t.skills.length > 0 || t.qualification !== undefined, t.id).toBe(true);
      if (t.qualification !== undefined) {
        expect(meetsQualification(t.qualification, [t.qualification]).met, t.id).toBe(true);
      }
    }
  });

  it('gives the certificates the synthetic region and vacancies ask for', () => {
    expect(trainingsForQualification('VCA').map((t) => t.id)).toEqual(['vca-basis']);
    expect(trainingsForQualification('heftruckcertificaat').map((t) => t.id)).toEqual([
      'heftruckcertificaat',
    ]);
    expect(trainingsForQualification('vakdiploma schoonmaak').map((t) => t.id)).toEqual([
      'basisopleiding-schoonmaken',
    ]);
    expect(trainingsForQualification('MBO-1 logistiek').map((t) => t.id)).toEqual(['entree-logistiek']);
    expect(trainingsForQualification('MBO-3 verzorgende IG')).toEqual([]);
  });
});

describe('training, trainingsForSkill', () => {
  it('finds trainings by id and by the skill they teach, shortest first', () => {
    expect(training('bhv')?.qualification).toBe('BHV');
    expect(training('nope')).toBeUndefined();
    expect(trainingsForSkill(' Heftruck rijden ').map((t) => t.id)).toEqual(['heftruckcertificaat']);
    expect(trainingsForSkill('hygiëne').map((t) => t.id)).toEqual(['hygienecode']);
    expect(trainingsForSkill('orderpicken').map((t) => t.id)).toEqual(['entree-logistiek']);
    expect(trainingsForSkill('boomverzorging')).toEqual([]);
  });
});
