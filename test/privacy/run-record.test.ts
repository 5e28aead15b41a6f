import { readFileSync } from 'node:fs';
import { canonicalJson, createRunRecord, LIBRARY_NAME, sha256Hex, VERSION } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

describe('version', () => {
  it('equals package.json', () => {
    expect(VERSION).toBe(pkg.version);
    expect(LIBRARY_NAME).toBe(pkg.name);
  });
});

describe('createRunRecord', () => {
  const input = { candidates: [{ id: 'c1', hours: 20 }], vacancies: [{ id: 'v1' }] };
  const output = [{ candidateId: 'c1', vacancyId: 'v1', score: 0.8 }];

  it('records library, operation, parameters, digests and counts, without createdAt unless given', () => {
    const record = createRunRecord({
      operation: 'assign',
      parameters: { mode: 'optimal', k: 10 },
      input,
      output,
    });
    expect(record).toEqual({
      library: { name: pkg.name, version: pkg.version },
      operation: 'assign',
      parameters: { k: 10, mode: 'optimal' },
      inputDigest: sha256Hex(canonicalJson(input)),
      outputDigest: sha256Hex(canonicalJson(output)),
      counts: { output: 1 },
    });
    expect('createdAt' in record).toBe(false);
    expect(record.inputDigest).toMatch(/^[0-9a-f]{64}$/);
    const dated = createRunRecord({
      operation: 'assign',
      parameters: {},
      input,
      output,
      counts: { candidates: 1, vacancies: 1 },
      createdAt: '2026-11-27T03:00:00Z',
    });
    expect(dated.createdAt).toBe('2026-11-27T03:00:00Z');
    expect(dated.counts).toEqual({ candidates: 1, vacancies: 1 });
  });

  it('is deterministic and independent of key order; a changed output changes its digest', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (i, o) => {
        const a = createRunRecord({ operation: 'x', parameters: { p: 1 }, input: i, output: o });
        const b = createRunRecord({
          operation: 'x',
          parameters: { p: 1 },
          input: JSON.parse(JSON.stringify(i)),
          output: o,
        });
        expect(b).toEqual(a);
        const c = createRunRecord({ operation: 'x', parameters: { p: 1 }, input: i, output: [o] });
        expect(c.outputDigest).not.toBe(a.outputDigest);
        expect(c.inputDigest).toBe(a.inputDigest);
      }),
    );
    const reordered = { vacancies: input.vacancies, candidates: input.candidates };
    expect(createRunRecord({ operation: 'x', parameters: null, input: reordered, output }).inputDigest).toBe(
      createRunRecord({ operation: 'x', parameters: null, input, output }).inputDigest,
    );
  });

  it('copies the parameters, so later changes do not alter the record', () => {
    const parameters = { weights: { skills: 0.3 } };
    const record = createRunRecord({ operation: 'x', parameters, input: [], output: [] });
    parameters.weights.skills = 0.9;
    expect(record.parameters).toEqual({ weights: { skills: 0.3 } });
  });

  it('rejects non-JSON parameters, a bad count, operation or date with INVALID_ARGUMENT', () => {
    const bad = expect.objectContaining({ code: 'INVALID_ARGUMENT' });
    const ok = { operation: 'x', parameters: {}, input: [], output: [] };
    expect(() => createRunRecord({ ...ok, parameters: { signal: new AbortController().signal } })).toThrow(
      bad,
    );
    expect(() => createRunRecord({ ...ok, parameters: { onProgress: () => {} } })).toThrow(bad);
    expect(() => createRunRecord({ ...ok, output: [Number.NaN] })).toThrow(bad);
    expect(() => createRunRecord({ ...ok, counts: { n: -1 } })).toThrow(bad);
    expect(() => createRunRecord({ ...ok, counts: { n: Number.POSITIVE_INFINITY } })).toThrow(bad);
    expect(() => createRunRecord({ ...ok, operation: ' ' })).toThrow(bad);
    expect(() => createRunRecord({ ...ok, createdAt: 'yesterday' })).toThrow(bad);
    expect(() => createRunRecord({ ...ok, parameters: { only: ['c1', '123 456 782'] } })).toThrow(bad);
    expect(() => createRunRecord({ ...ok, parameters: { seed: 123456782, id: '123456789' } })).not.toThrow();
  });
});
