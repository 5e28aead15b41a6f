import { meetsQualification } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssessedItems } from '../../src/scoring/assessed-items.js';
import { QualificationMemo } from '../../src/scoring/qualification-memo.js';

// Two small memos of the matcher (issue 20, mutation testing of src/scoring/qualification-memo.ts and
// src/scoring/assessed-items.ts): the answers are those of the functions they remember, in any order of
// asking, and the judged items follow the tasks counted in and out.

describe('QualificationMemo', () => {
  it('equal lists and equal texts get equal ids; the order of a list counts', () => {
    const memo = new QualificationMemo();
    expect(memo.list([])).toBe(0);
    expect(memo.list(['VCA'])).toBe(1);
    expect(memo.list(['VCA'])).toBe(1);
    expect(memo.list(['VCA', 'rijbewijs B'])).toBe(2);
    expect(memo.list(['rijbewijs B', 'VCA'])).toBe(3);
    expect(memo.list([])).toBe(0);
    expect(memo.text('VCA')).toBe(0);
    expect(memo.text('MBO-3 logistiek')).toBe(1);
    expect(memo.text('VCA')).toBe(0);
    // Lists are told apart by their items, not by their letters run together.
    expect(memo.list(['VCAB'])).toBe(4);
    expect(memo.list(['VCA', 'B'])).toBe(5);
    expect(memo.list(['V', 'CAB'])).toBe(6);
    expect(memo.list(['VCA', 'B'])).toBe(5);
  });

  it('met is meetsQualification of the two texts, whatever was asked before and however many texts come', () => {
    const TEXTS = ['VCA', 'MBO-2 logistiek', 'MBO-3 logistiek', 'rijbewijs B', 'HACCP', 'BHV', 'mbo 2 zorg'];
    const lists = fc.array(fc.subarray(TEXTS), { minLength: 1, maxLength: 4 });
    // Many texts, so that a row grows past its first room: TEXTS and numbered variants of them.
    const asked = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TEXTS), fc.nat({ max: 30 })), {
      minLength: 1,
      maxLength: 60,
    });
    fc.assert(
      fc.property(lists, asked, (held, questions) => {
        const memo = new QualificationMemo();
        const ids = held.map((l) => memo.list(l));
        for (const [l, text, n] of questions) {
          const list = held[l % held.length]!;
          const t = n < 10 ? text : `${text} ${n}`;
          const id = memo.text(t);
          const expected = meetsQualification(t, list).met;
          expect(memo.met(ids[l % held.length]!, id)).toBe(expected);
          expect(memo.met(ids[l % held.length]!, id)).toBe(expected);
        }
      }),
      { seed: 20, numRuns: 200 },
    );
  });

  it('check is meetsQualification of the two texts (met and reason), remembered: the same answer each time', () => {
    const TEXTS = ['VCA', 'MBO-2 logistiek', 'MBO-3 logistiek', 'rijbewijs B', 'mbo 2 zorg'];
    const lists = fc.array(fc.subarray(TEXTS), { minLength: 1, maxLength: 4 });
    const asked = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TEXTS)), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(lists, asked, (held, questions) => {
        const memo = new QualificationMemo();
        const ids = held.map((l) => memo.list(l));
        for (const [l, t] of questions) {
          const id = memo.text(t);
          const first = memo.check(ids[l % held.length]!, id);
          expect(first).toEqual(meetsQualification(t, held[l % held.length]!));
          // Asked again (also after other questions): the remembered answer, and `met` agrees with it.
          expect(memo.check(ids[l % held.length]!, id)).toBe(first);
          expect(memo.met(ids[l % held.length]!, id)).toBe(first.met);
        }
      }),
      { seed: 20, numRuns: 100 },
    );
  });

  it('a text asked first after many others: its answer at a high id', () => {
    const memo = new QualificationMemo();
    const list = memo.list(['VCA']);
    for (let i = 0; i < 40; i++) memo.text(`cursus ${i}`);
    const vca = memo.text('VCA');
    expect(vca).toBe(40);
    expect(memo.met(list, vca)).toBe(true);
    expect(memo.met(list, memo.text('cursus 3'))).toBe(false);
    expect(memo.met(list, vca)).toBe(true);
  });
});

describe('AssessedItems', () => {
  it('names the items a person is limited on that no task states: not conditions or hours items, not code 0', () => {
    const items = new AssessedItems();
    const profile = {
      'IV.13': 2,
      'V.1': 1,
      'I.1': 0,
      'I.8': [1],
      'VI.3': 3,
      'VI.2': 2,
      'II.12': [2],
      'I.4': [2],
      'I.5': [0],
      'X.9': 3,
    };
    expect(items.unassessed(profile).map((i) => i.id)).toEqual(['IV.13', 'V.1', 'I.4']);
    expect(items.unassessed(profile)[0]).toMatchObject({ id: 'IV.13', name: 'tillen' });
    items.add({ 'IV.13': 1, 'I.4': [1] });
    expect(items.unassessed(profile).map((i) => i.id)).toEqual(['V.1']);
    expect(items.stated()).toEqual(['I.4', 'IV.13']);
    items.remove({ 'IV.13': 1 });
    expect(items.unassessed(profile).map((i) => i.id)).toEqual(['IV.13', 'V.1']);
    expect(items.stated()).toEqual(['I.4']);
  });

  it('a list of kinds limits when one code is above 0, an empty list does not', () => {
    const items = new AssessedItems();
    expect(
      items.unassessed({ 'I.4': [1, 2], 'I.5': [], 'I.6': [0, 3], 'III.1': [0] }).map((i) => i.id),
    ).toEqual(['I.4', 'I.6']);
  });

  it('the version grows exactly when the set of stated items changes; judgeAlso counts for good', () => {
    const items = new AssessedItems();
    expect(items.version).toBe(0);
    items.add({ 'IV.13': 1 });
    expect(items.version).toBe(1);
    items.add({ 'IV.13': 2, 'I.8': [1], 'X.1': 1 });
    expect(items.version).toBe(1);
    expect(items.wouldUnjudge(items.slotsOf({ 'IV.13': 1 }))).toBe(false);
    items.remove({ 'IV.13': 2 });
    expect(items.version).toBe(1);
    expect(items.wouldUnjudge(items.slotsOf({ 'IV.13': 1, 'I.8': [1] }))).toBe(true);
    expect(items.wouldUnjudge(items.slotsOf({ 'I.8': [1], 'X.1': 1 }))).toBe(false);
    expect([...items.slotsOf({ 'I.8': [1], 'X.1': 1, 'VI.3': 2 })]).toEqual([]);
    items.remove({ 'IV.13': 1 });
    expect(items.version).toBe(2);
    items.judgeAlso(['V.1', 'IV.13']);
    expect(items.version).toBe(4);
    expect(items.stated()).toEqual(['IV.13', 'V.1']);
    expect(items.unassessed({ 'V.1': 2, 'IV.13': 3 })).toEqual([]);
  });
});
