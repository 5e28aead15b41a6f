import { generateRegion, safeParseCandidates, safeParseVacancies } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zodIssues } from '../../src/_internal/zod-issues.js';
import { candidateRecordSchema, vacancyRecordSchema } from '../../src/domain/schemas.js';

// The parsers validate with their record schemas compiled by zod (`z.compile`): a generated fast path,
// and the schema itself for a record that fails it. Compared here with the schemas run as they are.

type Json = Record<string, unknown>;
const region = JSON.parse(JSON.stringify(generateRegion({ seed: 7, candidates: 60, vacancies: 80 }))) as {
  candidates: Json[];
  vacancies: Json[];
};

/** Every path to a value inside `x` (object fields and array elements), parents before children. */
function pathsOf(x: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof x !== 'object' || x === null) return [];
  const keys: (string | number)[] = Array.isArray(x) ? x.map((_, i) => i) : Object.keys(x);
  return keys.flatMap((k) => [[...at, k], ...pathsOf((x as Json)[k as string], [...at, k])]);
}

/** A copy of `record` with the value at `path` replaced by `value` (removed when `undefined`). */
function withValue(record: Json, path: (string | number)[], value: unknown): Json {
  const copy = structuredClone(record);
  let holder = copy as Json;
  for (const k of path.slice(0, -1)) holder = holder[k as string] as Json;
  const last = path[path.length - 1]!;
  if (value === undefined && !Array.isArray(holder)) delete holder[last as string];
  else holder[last as string] = value;
  return copy;
}

const values = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -3, max: 70 }),
  fc.double({ min: -1, max: 600, noNaN: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 0.5, 52.1, 5.2),
  fc.constantFrom('', ' ', 'x', 'I.8', 'VI.3', '2024-02-30', '2024-01-15', 'market', 'wajong', ' c-1 '),
  fc.array(fc.integer({ min: -1, max: 9 }), { maxLength: 4 }),
  fc.constant({}),
  fc.dictionary(
    fc.constantFrom('I.8', 'IV.13', 'V.2', 'XX.1', 'min', 'max'),
    fc.integer({ min: -1, max: 9 }),
  ),
);

/** A record of `list` with one to three values replaced. */
function mutated(list: Json[]) {
  return fc
    .nat(list.length - 1)
    .chain((i) => {
      const paths = pathsOf(list[i]);
      return fc.tuple(
        fc.constant(list[i]!),
        fc.array(fc.tuple(fc.constantFrom(...paths), values), { minLength: 1, maxLength: 3 }),
      );
    })
    .map(([record, changes]) => {
      let r = record;
      for (const [path, value] of changes) {
        try {
          r = withValue(r, path, value);
        } catch {
          // an earlier change removed the path's parent
        }
      }
      return r;
    });
}

describe('records validated with the compiled schemas', () => {
  it.each([
    ['candidates', safeParseCandidates, candidateRecordSchema],
    ['vacancies', safeParseVacancies, vacancyRecordSchema],
  ] as const)('%s: the same data, or the same issues, as the schema itself', (what, parse, schema) => {
    fc.assert(
      fc.property(mutated(region[what]), (record) => {
        const got = parse([record]);
        const want = schema.safeParse(record);
        expect(got.success).toBe(want.success);
        if (got.success && want.success) {
          // Same values in the same key order (defaults filled in, the vacancy's conditions merged).
          expect(JSON.stringify(got.data[0])).toBe(JSON.stringify(want.data));
        } else if (!got.success && !want.success) {
          const id = typeof record.id === 'string' ? record.id.trim() : undefined;
          expect(got.error.issues).toEqual(zodIssues(want.error, [0], id));
        }
      }),
      { numRuns: 400, seed: 24 },
    );
  });

  it('gives the generated records back as the schemas do, key order included', () => {
    const c = safeParseCandidates(region.candidates);
    const v = safeParseVacancies(region.vacancies);
    expect(c.success && v.success).toBe(true);
    expect(JSON.stringify(c.success && c.data)).toBe(
      JSON.stringify(region.candidates.map((x) => candidateRecordSchema.parse(x))),
    );
    expect(JSON.stringify(v.success && v.data)).toBe(
      JSON.stringify(region.vacancies.map((x) => vacancyRecordSchema.parse(x))),
    );
  });
});
