import { describe, expect, it } from 'vitest';
import { LiveRecords } from '../../src/scoring/tables/live.js';

// `LiveRecords` (tables/live.ts): the records not removed, in order, each index's place among them,
// remembered until an edit is announced.

describe('LiveRecords', () => {
  it('lists the indices of the records not removed and each index’s place among them (−1: removed)', () => {
    const c: (string | undefined)[] = ['a', undefined, 'b', 'c', undefined];
    const v: (string | undefined)[] = [undefined, 'x'];
    const live = new LiveRecords(c, v).get();
    expect(live.c).toEqual([0, 2, 3]);
    expect([...live.cLive]).toEqual([0, -1, 1, 2, -1]);
    expect(live.v).toEqual([1]);
    expect([...live.vLive]).toEqual([-1, 0]);
    expect(live.cLive).toBeInstanceOf(Int32Array);
  });

  it('nothing live: empty lists; every index −1', () => {
    const live = new LiveRecords([undefined, undefined], []).get();
    expect(live).toEqual({ c: [], v: [], cLive: new Int32Array([-1, -1]), vLive: new Int32Array(0) });
  });

  it('remembers the lists until invalidated, then reads the records again', () => {
    const c: (string | undefined)[] = ['a', 'b'];
    const v: (string | undefined)[] = ['x'];
    const records = new LiveRecords(c, v);
    const first = records.get();
    expect(records.get()).toBe(first);
    c[0] = undefined;
    v.push('y');
    // Not announced: the remembered lists.
    expect(records.get().c).toEqual([0, 1]);
    records.invalidate();
    const second = records.get();
    expect(second).not.toBe(first);
    expect(second.c).toEqual([1]);
    expect([...second.cLive]).toEqual([-1, 0]);
    expect(second.v).toEqual([0, 1]);
    expect([...second.vLive]).toEqual([0, 1]);
    expect(records.get()).toBe(second);
  });
});
