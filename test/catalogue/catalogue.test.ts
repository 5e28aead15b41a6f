import {
  fmlIssues,
  INDUSTRIES,
  OCCUPATIONS,
  occupation,
  occupationsIn,
  TASK_KINDS,
  taskKind,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { normaliseTitle, segmentWords } from '../../src/catalogue/normalise-title.js';
import { buildTitleIndex } from '../../src/catalogue/title-index.js';
import { ANNOTATION_WORDS, STOP_WORDS } from '../../src/catalogue/title-words.js';
import { REGION_CATALOGUE_IDS } from '../../src/synthetic/catalogue-slice.js';

describe('occupation catalogue invariants', () => {
  it('has at least 80 occupations with unique ids, each found by id', () => {
    expect(OCCUPATIONS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(OCCUPATIONS.map((o) => o.id)).size).toBe(OCCUPATIONS.length);
    for (const o of OCCUPATIONS) expect(occupation(o.id)).toBe(o);
  });

  it('names only known task kinds, once each, with shares in (0, 1] summing to 1 within 1e-9', () => {
    for (const o of OCCUPATIONS) {
      expect(o.tasks.length, o.id).toBeGreaterThan(0);
      expect(new Set(o.tasks.map((t) => t.kind)).size, o.id).toBe(o.tasks.length);
      for (const t of o.tasks) {
        expect(taskKind(t.kind), `${o.id}: ${t.kind}`).toBeDefined();
        expect(t.share).toBeGreaterThan(0);
        expect(t.share).toBeLessThanOrEqual(1);
      }
      expect(Math.abs(o.tasks.reduce((s, t) => s + t.share, 0) - 1), o.id).toBeLessThan(1e-9);
    }
  });

  it('gives every occupation a 4-digit ISCO-08 unit group, an industry of INDUSTRIES and a wage factor ≥ 1', () => {
    const industries = new Set(INDUSTRIES.map((i) => i.id));
    for (const o of OCCUPATIONS) {
      expect(o.isco08, o.id).toMatch(/^[1-9]\d{3}$/);
      expect(industries.has(o.industry), o.id).toBe(true);
      expect(o.wageFactor, o.id).toBeGreaterThanOrEqual(1);
      expect(o.wageFactor, o.id).toBeLessThan(2);
    }
  });

  it('has a qualification exactly where an occupation has a core task', () => {
    for (const o of OCCUPATIONS) {
      const core = o.tasks.some((t) => taskKind(t.kind)!.core);
      expect(o.qualification !== undefined, o.id).toBe(core);
    }
  });

  it('has unique industries, each with at least one occupation, a government share in [0, 1] and a weight > 0', () => {
    expect(new Set(INDUSTRIES.map((i) => i.id)).size).toBe(INDUSTRIES.length);
    for (const i of INDUSTRIES) {
      expect(occupationsIn(i.id).length, i.id).toBeGreaterThan(0);
      expect(i.governmentShare).toBeGreaterThanOrEqual(0);
      expect(i.governmentShare).toBeLessThanOrEqual(1);
      expect(i.weight).toBeGreaterThan(0);
    }
  });

  it('shares no name or synonym between two occupations after normalisation (words or compound parts)', () => {
    const index = buildTitleIndex(OCCUPATIONS);
    const owner = new Map<string, string>();
    for (const e of index.entries) {
      const id = OCCUPATIONS[e.occupation]!.id;
      for (const key of [`normal:${e.normal}`, `parts:${e.parts.join(' ')}`]) {
        const seen = owner.get(key);
        expect(seen === undefined || seen === id, `${key} of ${id} and ${seen}`).toBe(true);
        owner.set(key, id);
      }
    }
  });

  it('writes names and synonyms so that normalisation keeps every word (no annotation or stop word)', () => {
    for (const o of OCCUPATIONS) {
      for (const text of [o.name, ...o.synonyms]) {
        const words = normaliseTitle(text);
        expect(words.length, text).toBe(1);
        for (const w of text.toLowerCase().split(/[^a-zà-ÿ]+/)) {
          expect(ANNOTATION_WORDS.has(w), `${text}: ${w}`).toBe(false);
        }
        expect(segmentWords(text.toLowerCase()).length, text).toBeGreaterThan(0);
      }
    }
    expect(STOP_WORDS.has('medewerker')).toBe(false);
  });
});

describe('task-kind catalogue invariants', () => {
  it('has unique ids, valid FML demands and lower-case skills', () => {
    expect(new Set(TASK_KINDS.map((k) => k.id)).size).toBe(TASK_KINDS.length);
    for (const k of TASK_KINDS) {
      expect(fmlIssues(k.demands, 'demands'), k.id).toEqual([]);
      expect(k.skills.length, k.id).toBeGreaterThan(0);
      for (const s of k.skills) expect(s, k.id).toBe(s.toLowerCase());
    }
  });

  it('is used: every task kind belongs to at least one occupation', () => {
    for (const k of TASK_KINDS) {
      expect(
        OCCUPATIONS.some((o) => o.tasks.some((t) => t.kind === k.id)),
        k.id,
      ).toBe(true);
    }
  });
});

describe('the synthetic region’s slice of the catalogue', () => {
  it('names ids that all exist (the region draws from the catalogue it was built with)', () => {
    for (const id of REGION_CATALOGUE_IDS.industries)
      expect(
        INDUSTRIES.some((i) => i.id === id),
        id,
      ).toBe(true);
    for (const id of REGION_CATALOGUE_IDS.occupations) expect(occupation(id), id).toBeDefined();
    for (const id of REGION_CATALOGUE_IDS.taskKinds) expect(taskKind(id), id).toBeDefined();
    expect(REGION_CATALOGUE_IDS.industries).toHaveLength(9);
    expect(REGION_CATALOGUE_IDS.occupations.size).toBe(19);
    expect(REGION_CATALOGUE_IDS.taskKinds.size).toBe(25);
  });
});
