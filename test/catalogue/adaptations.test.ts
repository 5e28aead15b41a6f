import { FML, fmlItem, TASK_KINDS } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADAPTATIONS,
  adaptation,
  adaptationsFor,
  adaptDemand,
  VOORZIENING_THRESHOLD,
} from '../../src/catalogue/adaptations.js';

const KIND_OF_EFFECT = { relax: ['ordinal', 'flag'], tolerate: ['nominal'], meet: ['conditions'] } as const;

describe('ADAPTATIONS (the table)', () => {
  it('has unique ids and a Dutch name, a cannot text, payers and sources on every entry', () => {
    expect(new Set(ADAPTATIONS.map((a) => a.id)).size).toBe(ADAPTATIONS.length);
    for (const a of ADAPTATIONS) {
      expect(a.name.trim(), a.id).not.toBe('');
      expect(a.cannot.trim().length, a.id).toBeGreaterThan(20);
      expect(a.payers.length, a.id).toBeGreaterThan(0);
      expect(a.sources.length, a.id).toBeGreaterThan(0);
      for (const s of a.sources) expect(s.trim(), a.id).not.toBe('');
      for (const p of a.payers) expect(p.basis.trim(), a.id).not.toBe('');
      expect(a.effects.length, a.id).toBeGreaterThan(0);
    }
  });

  it('names only FML items tasks are compared on, with the effect that fits the item kind', () => {
    for (const a of ADAPTATIONS) {
      for (const e of a.effects) {
        const item = fmlItem(e.item);
        expect(item, `${a.id} ${e.item}`).toBeDefined();
        expect(item!.compared, `${a.id} ${e.item}`).toBe(true);
        expect(KIND_OF_EFFECT[e.kind] as readonly string[], `${a.id} ${e.item}`).toContain(item!.kind);
        expect(['VI.2', 'VI.3'], 'hours are an hours change, not an adaptation').not.toContain(e.item);
      }
    }
  });

  it('uses only codes the item has: relax by ≥ 1 up to a defined code, listed codes above 0', () => {
    for (const a of ADAPTATIONS) {
      for (const e of a.effects) {
        const max = fmlItem(e.item)!.levels.length - 1;
        if (e.kind === 'relax') {
          expect(e.by, a.id).toBeGreaterThanOrEqual(1);
          expect(e.upTo, a.id).toBeGreaterThanOrEqual(1);
          expect(e.upTo, a.id).toBeLessThanOrEqual(max);
        } else {
          expect(e.codes.length, a.id).toBeGreaterThan(0);
          for (const c of e.codes) {
            expect(Number.isInteger(c) && c >= 1 && c <= max, `${a.id} ${e.item} code ${c}`).toBe(true);
          }
          // the free-text "overige voorwaarden" of a conditions item is never promised
          if (e.kind === 'meet') expect(e.codes, a.id).not.toContain(max);
        }
      }
    }
  });

  it('names only task kinds of the catalogue', () => {
    const kinds = new Set(TASK_KINDS.map((k) => k.id));
    for (const a of ADAPTATIONS)
      for (const k of a.notForTaskKinds) expect(kinds.has(k), `${a.id} ${k}`).toBe(true);
  });

  it('covers the items the issue names: lifting, sitting and standing, attention, independence, seeing, hearing, commute, shifts', () => {
    const items = new Set(ADAPTATIONS.flatMap((a) => a.effects.map((e) => e.item)));
    for (const id of ['IV.13', 'V.1', 'V.3', 'I.8', 'I.9', 'II.1', 'II.2', 'II.10', 'VI.1']) {
      expect(items.has(id), id).toBe(true);
    }
    expect(FML.items.length).toBe(64);
  });

  it('states the UWV threshold as its formula', () => {
    const t = VOORZIENING_THRESHOLD;
    expect(Math.round(((t.factor * t.monthlyMinimumWage) / t.divisor) * 100) / 100).toBe(t.euros);
  });
});

describe('adaptation, adaptationsFor', () => {
  it('finds the lifting aid for lifting in shelf stocking, but not for loading', () => {
    expect(adaptation('tilhulp')?.name).toBe('tilhulp');
    expect(adaptation('nope')).toBeUndefined();
    expect(adaptationsFor('IV.13', 'shelf-stocking').map((a) => a.id)).toEqual(['tilhulp']);
    expect(adaptationsFor('IV.13', 'loading')).toEqual([]);
    expect(adaptationsFor('VI.1', 'surveillance')).toEqual([]);
    expect(adaptationsFor('VI.1', 'cleaning').map((a) => a.id)).toEqual(['aangepast-rooster']);
  });
});

describe('adaptDemand', () => {
  it('relaxes an ordinal demand up to the cap, never down', () => {
    const tilhulp = { kind: 'relax', item: 'IV.13', by: 2, upTo: 3 } as const;
    expect(adaptDemand(0, tilhulp)).toBe(2);
    expect(adaptDemand(2, tilhulp)).toBe(3);
    expect(adaptDemand(3, tilhulp)).toBe(3);
    expect(adaptDemand(undefined, tilhulp)).toBeUndefined();
  });

  it('adds tolerated kinds and met conditions', () => {
    expect(adaptDemand([], { kind: 'tolerate', item: 'VI.1', codes: [1, 2] })).toEqual([1, 2]);
    expect(adaptDemand(2, { kind: 'tolerate', item: 'VI.1', codes: [1] })).toEqual([1, 2]);
    expect(adaptDemand(undefined, { kind: 'tolerate', item: 'VI.1', codes: [1] })).toBeUndefined();
    expect(adaptDemand(undefined, { kind: 'meet', item: 'I.8', codes: [3, 1] })).toEqual([1, 3]);
    expect(adaptDemand([2, 5], { kind: 'meet', item: 'I.8', codes: [1] })).toEqual([1, 2, 5]);
  });

  it('never makes a task demand more (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ADAPTATIONS.flatMap((a) => a.effects)),
        fc.integer({ min: 0, max: 9 }),
        (effect, d) => {
          const max = fmlItem(effect.item)!.levels.length - 1;
          const before = Math.min(d, max);
          const after = adaptDemand(before, effect);
          if (effect.kind === 'relax') expect(after as number).toBeGreaterThanOrEqual(before);
          else expect(after as number[]).toEqual(expect.arrayContaining(before === 0 ? [] : [before]));
        },
      ),
    );
  });
});
