import { canonicalJson, sha256Hex } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/**
 * Oracle: JSON.stringify on leaves, keys joined in sorted order by hand (rebuilding an object would
 * not do: engines list integer-like keys first whatever the insertion order).
 */
function sorted(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sorted).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${sorted(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The same object with its keys in another order. */
function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, seed));
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const order = keys
      .map((k, i) => [k, (i * 2654435761 + seed) % 1009] as const)
      .sort((a, b) => a[1] - b[1]);
    return Object.fromEntries(
      order.map(([k]) => [k, shuffleKeys((value as Record<string, unknown>)[k], seed)]),
    );
  }
  return value;
}

describe('canonicalJson', () => {
  it('sorts keys and drops whitespace (worked example)', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 0.5, y: -0 } })).toBe(
      '{"a":[true,null,"x"],"b":1,"c":{"y":0,"z":0.5}}',
    );
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
    expect(canonicalJson(new Float64Array([1.5, 2]))).toBe('[1.5,2]');
    const shared = { x: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"x":1},{"x":1}]');
  });

  it('equals JSON.stringify with keys in sorted order, and is a fixed point', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(text).toBe(sorted(v));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (v, seed) => {
        expect(canonicalJson(shuffleKeys(v, seed))).toBe(canonicalJson(v));
      }),
    );
  });

  it('rejects what is not plain JSON with INVALID_ARGUMENT', () => {
    const bad = expect.objectContaining({ code: 'INVALID_ARGUMENT' });
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    for (const v of [
      Number.NaN,
      { a: [1, Number.POSITIVE_INFINITY] },
      { f: () => 1 },
      Symbol('s'),
      10n,
      [undefined],
      undefined,
      cycle,
      new Date(0),
      new Map(),
    ]) {
      expect(() => canonicalJson(v)).toThrow(bad);
    }
  });

  it('names the path but never a BSN used as a key', () => {
    try {
      canonicalJson({ scores: { '111222333': Number.NaN } });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toContain('scores');
      expect((e as Error).message).not.toContain('111222333');
    }
  });
});

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(() => sha256Hex(1 as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
