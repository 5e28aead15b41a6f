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
