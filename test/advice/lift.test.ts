import { compareCapabilities, fmlItem } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adaptationsLifting, admits } from '../../src/advice/lift.js';
import { ADAPTATIONS } from '../../src/catalogue/adaptations.js';

describe('admits', () => {
  it('reads demands as compareCapabilities does', () => {
    expect(admits('IV.13', 2, 1)).toBe(false);
    expect(admits('IV.13', 2, 2)).toBe(true);
    expect(admits('IV.13', 2, undefined)).toBe(true);
    expect(admits('VI.1', [2], [])).toBe(false);
    expect(admits('VI.1', [2], [1, 2])).toBe(true);
    expect(admits('I.8', [1], undefined)).toBe(false);
    expect(admits('I.8', [1], [1, 3])).toBe(true);
    expect(admits('VI.3', 3, 3)).toBe(false);
  });

  it('agrees with compareCapabilities on one item (property)', () => {
    const items = [...new Set(ADAPTATIONS.flatMap((a) => a.effects.map((e) => e.item)))];
    fc.assert(
      fc.property(fc.constantFrom(...items), fc.nat(9), fc.nat(9), fc.boolean(), (id, p0, d0, absent) => {
        const item = fmlItem(id)!;
        const max = item.levels.length - 1;
        const p = p0 % (max + 1);
        const d = d0 % (max + 1);
        const list = item.kind === 'conditions' || item.kind === 'nominal';
        const person = list ? (p === 0 ? [] : [p]) : p;
        const demand = absent ? undefined : list ? (d === 0 ? [] : [d]) : d;
        const profile = { [id]: person };
        const demands = demand === undefined ? {} : { [id]: demand };
        expect(admits(id, person, demand)).toBe(compareCapabilities(profile, demands).fits);
      }),
    );
  });
});

describe('adaptationsLifting', () => {
  it('finds the adaptation that lifts the one shut item, where it can help', () => {
    expect(adaptationsLifting('IV.13', 2, 1, 'shelf-stocking').map((a) => a.id)).toEqual(['tilhulp']);
    expect(adaptationsLifting('IV.13', 2, 1, 'loading')).toEqual([]);
    expect(adaptationsLifting('IV.13', 2, 2, 'shelf-stocking')).toEqual([]); // already admitted
    expect(adaptationsLifting('VI.1', [2], [], 'cleaning').map((a) => a.id)).toEqual(['aangepast-rooster']);
    expect(adaptationsLifting('VI.1', [2], [], 'baking')).toEqual([]);
    expect(adaptationsLifting('I.8', [1], [2, 6], 'data-entry').map((a) => a.id)).toEqual([
      'rustige-werkplek',
    ]);
    expect(adaptationsLifting('I.8', [4], [2, 6], 'data-entry')).toEqual([]); // deadlines stay
    expect(adaptationsLifting('I.9', 2, 1, 'packing').map((a) => a.id)).toEqual(['jobcoach']);
    expect(adaptationsLifting('V.2', 3, 1, 'data-entry')).toEqual([]); // up to code 2 only
  });
});
