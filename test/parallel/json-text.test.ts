import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignInParallel, createMatcher, generateRegion } from '../../dist/index.js';
import { jsonText } from '../../src/parallel/json-text.js';
import { rejection } from '../helpers/errors.js';

describe('jsonText (records to the workers as JSON text)', () => {
  it('gives JSON text for plain data, which reads back equal', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), (list) => {
        const text = jsonText(list);
        // −0 is plain JSON data that JSON text gives back as 0: it goes as a structured clone.
        if (JSON.stringify(list, (_, v) => (Object.is(v, -0) ? 'minus zero' : v)).includes('minus zero'))
          expect(text).toBeUndefined();
        else expect(JSON.parse(text!)).toStrictEqual(list);
      }),
    );
    expect(jsonText([{ id: 'a', lat: 52.1, tags: ['x'], none: null }])).toBe(
      '[{"id":"a","lat":52.1,"tags":["x"],"none":null}]',
    );
  });

  it('gives undefined for a value JSON text would change or drop', () => {
    class Place {
      lat = 52;
    }
    const looped: Record<string, unknown> = { id: 'a' };
    looped.self = looped;
    const holed = [1];
    holed[2] = 3;
    const odd = [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      undefined,
      holed,
      () => 1,
      Symbol('s'),
      10n,
      new Date(0),
      new Map(),
      new Uint8Array(1),
      new Place(),
      { toJSON: () => 'x' },
      new Proxy({}, {}),
      new Proxy([1], {}),
      looped,
      runInNewContext('({ lat: 52 })'),
      [{ deep: [{ deeper: Number.NaN }] }],
      Object.assign([1], { toJSON: () => [2] }),
    ];
    for (const value of odd) expect(jsonText([{ id: 'a', value }])).toBeUndefined();
    // An object without a prototype is plain data: its keys and values come back the same.
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { id: 'a', lat: 52 });
    expect(jsonText([bare])).toBe('[{"id":"a","lat":52}]');
  });

  it('sends records that are not JSON data as a structured clone: the same issues as createMatcher', async () => {
    const region = generateRegion({ seed: 17, candidates: 6, vacancies: 6 });
    const candidates = region.candidates.map((c, i) =>
      i === 1 ? { ...c, registeredSince: new Date(0) } : i === 2 ? { ...c, maxCommuteKm: Number.NaN } : c,
    );
    const odd = { candidates, vacancies: region.vacancies };
    let expected: unknown;
    try {
      createMatcher(odd);
    } catch (error) {
      expected = error;
    }
    const got = await rejection(assignInParallel(odd, { workers: 1 }));
    expect((got as { issues: unknown[] }).issues).toEqual((expected as { issues: unknown[] }).issues);
    expect((got as { issues: unknown[] }).issues).toHaveLength(2);
  });
});
