import { describe, expect, it } from 'vitest';
import {
  checkCompiled,
  compileDemands,
  compileProfiles,
  STATUS_EXCEEDS,
  STATUS_SIGNAL,
} from '../../src/capability/index.js';
import { GrowableDemands } from '../../src/scoring/store.js';
import { MASK_CLASSES, MASK_WORDS, ProfileMasks } from '../../src/scoring/tables/profile-masks.js';

// Candidates' FML profiles interned, and their class masks computed once a profile.

describe('ProfileMasks', () => {
  const profiles = compileProfiles([{ 'IV.13': 2 }, {}, { 'IV.13': 2 }, { 'IV.13': 1, 'I.8': [2] }]);

  it('gives equal profiles one id and unequal ones their own', () => {
    const masks = new ProfileMasks();
    expect([0, 1, 2, 3].map((i) => masks.intern(profiles, i))).toEqual([0, 1, 0, 2]);
  });

  it('sets the bits of the classes a profile exceeds and signals on, and covers classes as they come', () => {
    const masks = new ProfileMasks();
    for (let i = 0; i < 4; i++) masks.intern(profiles, i);
    const demands = new GrowableDemands();
    demands.append(compileDemands([{ demands: { 'IV.13': 1 } }, { demands: { 'IV.13': 2 } }]));
    masks.coverAll(profiles, demands);
    expect(masks.covered.data[0]).toBe(2);
    // Later classes (one past the first word) are covered when asked.
    demands.append(compileDemands(Array.from({ length: 40 }, (_x, j) => ({ demands: { 'IV.13': j % 4 } }))));
    masks.cover(0, profiles, demands);
    expect(masks.covered.data[0]).toBe(42);
    expect(masks.covered.data[1]).toBe(2);
    for (let cls = 0; cls < 42; cls++) {
      const status = checkCompiled(profiles, 0, demands, cls);
      const word = MASK_WORDS * 0 + (cls >> 5);
      expect((masks.exceed.data[word]! >>> (cls & 31)) & 1, `class ${cls}`).toBe(
        status === STATUS_EXCEEDS ? 1 : 0,
      );
      expect((masks.signal.data[word]! >>> (cls & 31)) & 1, `class ${cls}`).toBe(
        status === STATUS_SIGNAL ? 1 : 0,
      );
    }
  });

  it('stops at MASK_CLASSES classes', () => {
    const masks = new ProfileMasks();
    masks.intern(profiles, 0);
    const demands = new GrowableDemands();
    demands.append(compileDemands(Array.from({ length: MASK_CLASSES + 5 }, () => ({ demands: {} }))));
    masks.cover(0, profiles, demands);
    expect(masks.covered.data[0]).toBe(MASK_CLASSES);
  });
});

describe('ProfileMasks with many profiles (each profile its own words)', () => {
  // Seventeen profiles, unlike each other in levels or in lists only: their 34 words outgrow the
  // columns' first two sizes (16 and 32 words).
  const rowsOf = [
    { 'IV.13': 2 },
    { 'IV.13': 1 },
    { 'I.8': [2] },
    { 'I.8': [3] },
    { 'I.8': [2, 3] },
    {},
    { 'IV.13': 3 },
    { 'IV.13': 3, 'I.8': [1] },
    { 'IV.13': 3, 'I.8': [4] },
    { 'IV.13': 2, 'I.8': [4] },
    { 'IV.13': 1, 'I.8': [4] },
    { 'IV.13': 1, 'I.8': [2] },
    { 'IV.13': 2, 'I.8': [1] },
    { 'IV.13': 2, 'I.8': [2] },
    { 'IV.13': 2, 'I.8': [3] },
    { 'IV.13': 3, 'I.8': [2] },
    { 'IV.13': 3, 'I.8': [3] },
  ];
  const many = compileProfiles([...rowsOf, ...rowsOf]);

  it('gives each distinct row its id, in order of first sight, and the repeats the same ids', () => {
    const masks = new ProfileMasks();
    const ids = rowsOf.map((_x, i) => masks.intern(many, i));
    expect(ids).toEqual(rowsOf.map((_x, i) => i));
    expect(rowsOf.map((_x, i) => masks.intern(many, rowsOf.length + i))).toEqual(ids);
  });

  it("sets every profile's bits from the check of its first row, for classes added in two steps", () => {
    const masks = new ProfileMasks();
    for (let i = 0; i < 2 * rowsOf.length; i++) masks.intern(many, i);
    const demands = new GrowableDemands();
    const classes = (n: number, s: number) =>
      Array.from({ length: n }, (_x, j) => ({
        demands: { 'IV.13': (j + s) % 4, 'I.8': [((j + s) % 3) + 1, ((j + s) % 2) + 4] },
      }));
    demands.append(compileDemands(classes(3, 0)));
    masks.coverAll(many, demands);
    expect(rowsOf.map((_x, id) => masks.covered.data[id])).toEqual(rowsOf.map(() => 3));
    demands.append(compileDemands(classes(37, 3)));
    masks.coverAll(many, demands);
    // Covering again changes nothing.
    masks.cover(5, many, demands);
    const seen = new Set<number>();
    for (let id = 0; id < rowsOf.length; id++) {
      expect(masks.covered.data[id]).toBe(40);
      for (let cls = 0; cls < 40; cls++) {
        const status = checkCompiled(many, id, demands, cls);
        seen.add(status);
        const word = MASK_WORDS * id + (cls >> 5);
        expect((masks.exceed.data[word]! >>> (cls & 31)) & 1, `profile ${id}, class ${cls}`).toBe(
          status === STATUS_EXCEEDS ? 1 : 0,
        );
        expect((masks.signal.data[word]! >>> (cls & 31)) & 1, `profile ${id}, class ${cls}`).toBe(
          status === STATUS_SIGNAL ? 1 : 0,
        );
      }
    }
    // The cases hold every status: fits, signals, exceeds.
    expect(seen.size).toBe(3);
  });

  it('gives a profile interned after a covering pass clean masks (a pass covers the interned profiles only)', () => {
    const two = compileProfiles([{ 'IV.13': 2 }, {}]);
    const masks = new ProfileMasks();
    const demands = new GrowableDemands();
    demands.append(compileDemands(Array.from({ length: 40 }, () => ({ demands: { 'IV.13': 1 } }))));
    masks.intern(two, 0);
    masks.coverAll(two, demands);
    expect([masks.exceed.data[0], masks.exceed.data[1]]).toEqual([-1, 0xff]);
    expect(masks.intern(two, 1)).toBe(1);
    expect(masks.covered.data[1]).toBe(0);
    masks.coverAll(two, demands);
    // The profile without limits exceeds and signals on nothing.
    expect([0, 1].map((w) => masks.exceed.data[MASK_WORDS + w])).toEqual([0, 0]);
    expect([0, 1].map((w) => masks.signal.data[MASK_WORDS + w])).toEqual([0, 0]);
  });

  it('holds the mask classes in its words exactly', () => {
    expect(MASK_WORDS * 32).toBe(MASK_CLASSES);
  });
});
