import {
  candidateSchema,
  employerSchema,
  generateRegion,
  isBanenmatchError,
  isValidBsn,
  locationSchema,
  type ParseResult,
  parseCandidates,
  parseEmployers,
  parseRegion,
  parseVacancies,
  safeParseCandidates,
  safeParseEmployers,
  safeParseRegion,
  safeParseVacancies,
  taskSchema,
  type ValidationIssue,
  vacancySchema,
} from 'banenmatch';
import fc from 'fast-check';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { hoursWindowSchema } from '../../src/domain/index.js';
import { type SchemaNode, unknownFieldIssues } from '../../src/domain/unknown-fields.js';

// The valid synthetic region, as a service would send it: re-serialised through JSON. Made in a hook,
// not on import: a broken walk then fails the tests that read it, not the file's loading (which
// mutation testing would not count as a failed test).
// biome-ignore lint/suspicious/noExplicitAny: JSON data
let region: any;
// biome-ignore lint/suspicious/noExplicitAny: JSON data
let candidate: any;
// biome-ignore lint/suspicious/noExplicitAny: JSON data
let vacancy: any;
// biome-ignore lint/suspicious/noExplicitAny: JSON data
let employer: any;
beforeAll(() => {
  try {
    region = JSON.parse(JSON.stringify(generateRegion({ seed: 1 })));
  } catch {
    // A walk that throws on the valid region: the fixtures stay undefined and every test reading them
    // fails (a hook's error would only skip them).
    return;
  }
  candidate = region.candidates[0];
  vacancy = region.vacancies.find((v: { tasks?: unknown[] }) => (v.tasks?.length ?? 0) > 1);
  employer = region.employers[0];
});

const brief = (w: readonly ValidationIssue[]) =>
  w.map((i) => ({ path: i.path, code: i.code, message: i.message }));

describe('unknown fields: warnings with the nearest known field', () => {
  it('suggests preferences.sectors for a misspelled flattened preferedSectors', () => {
    const r = safeParseCandidates([{ ...candidate, preferedSectors: ['market'] }]);
    expect(r.success).toBe(true);
    expect(brief(r.warnings)).toEqual([
      {
        path: [0, 'preferedSectors'],
        code: 'unknown_field',
        message: 'unknown field "preferedSectors" (did you mean "preferences.sectors"?)',
      },
    ]);
  });

  it('walks nested objects: home.muncipality suggests municipality', () => {
    const r = safeParseCandidates([
      candidate,
      { ...candidate, id: 'c-x', home: { ...candidate.home, muncipality: 'Huizen' } },
    ]);
    expect(r.warnings.map((w) => w.path)).toEqual([[1, 'home', 'muncipality']]);
    expect(r.warnings[0]?.message).toBe('unknown field "muncipality" (did you mean "municipality"?)');
  });

  it('walks optional objects and arrays: preferences.sector and a task’s hour', () => {
    const c = safeParseCandidates([{ ...candidate, preferences: { sector: ['market'] } }]);
    expect(brief(c.warnings)).toEqual([
      {
        path: [0, 'preferences', 'sector'],
        code: 'unknown_field',
        message: 'unknown field "sector" (did you mean "sectors"?)',
      },
    ]);
    const tasks = vacancy.tasks.map((t: object, i: number) => (i === 1 ? { ...t, hour: 4 } : t));
    const v = safeParseVacancies([{ ...vacancy, tasks }]);
    expect(v.success).toBe(true);
    expect(v.warnings.map((w) => w.path)).toEqual([[0, 'tasks', 1, 'hour']]);
    expect(v.warnings[0]?.message).toBe('unknown field "hour" (did you mean "hoursPerWeek"?)');
  });

  it('compares without case or separators, suggests only what is close', () => {
    const r = safeParseCandidates([{ ...candidate, hours_per_week: 1, WageValue: 0.5, lat: 52, naam: 'x' }]);
    expect(r.warnings.map((w) => [w.path[1], w.message.match(/did you mean "(.*)"/)?.[1]])).toEqual([
      ['hours_per_week', 'hoursPerWeek'],
      ['WageValue', 'wageValue'],
      ['lat', 'home.lat'],
      ['naam', undefined],
    ]);
    const e = safeParseEmployers([
      { ...employer, location: { ...employer.location, longitude: 5 }, adress: 'x' },
    ]);
    expect(e.warnings.map((w) => [w.path, w.message])).toEqual([
      [[0, 'location', 'longitude'], 'unknown field "longitude" (did you mean "lon"?)'],
      [[0, 'adress'], 'unknown field "adress"'],
    ]);
  });

  it('checks the region object itself, and prefixes the lists’ warnings', () => {
    const r = safeParseRegion({ ...region, vacancie: [], candidates: [{ ...candidate, skils: [] }] });
    expect(r.success).toBe(true);
    expect(brief(r.warnings)).toEqual([
      {
        path: ['vacancie'],
        code: 'unknown_field',
        message: 'unknown field "vacancie" (did you mean "vacancies"?)',
      },
      {
        path: ['candidates', 0, 'skils'],
        code: 'unknown_field',
        message: 'unknown field "skils" (did you mean "skills"?)',
      },
    ]);
  });

  it('reports warnings beside the errors of a failed parse', () => {
    const r = safeParseCandidates([{ ...candidate, wageValue: 3, wagevalue: 0.3 }]);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path)).toEqual([[0, 'wageValue']]);
    expect(r.warnings.map((w) => w.path)).toEqual([[0, 'wagevalue']]);
  });

  it('never shows a field name that looks like a BSN, not even in the path', () => {
    const r = safeParseCandidates([{ ...candidate, home: { ...candidate.home, '111222333': 1 } }]);
    expect(brief(r.warnings)).toEqual([
      {
        path: [0, 'home'],
        code: 'unknown_field',
        message: 'unknown field whose name looks like a BSN (name not shown)',
      },
    ]);
  });

  it('a list or an object where the schema has the other, or a plain value, gives its type issue and no unknown field', () => {
    // The walk meets the wrong value too (it reports unknown fields of records that fail): a string's
    // characters and an array's indices are no fields.
    const v = safeParseVacancies([{ ...vacancy, tasks: 'abc', location: [1, 2] }]);
    expect(v.success).toBe(false);
    expect(v.success ? [] : v.error.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['0.location', 'invalid_type'],
      ['0.tasks', 'invalid_type'],
    ]);
    expect(v.warnings).toEqual([]);
    const w = safeParseVacancies([{ ...vacancy, tasks: { name: 'schoonmaken', hoursPerWeek: 4 } }]);
    expect(w.success ? [] : w.error.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['0.tasks', 'invalid_type'],
    ]);
    expect(w.warnings).toEqual([]);
    const c = safeParseCandidates([{ ...candidate, home: 'Hilversum', hoursPerWeek: [1, 2] }]);
    expect(c.success ? [] : c.error.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['0.home', 'invalid_type'],
      ['0.hoursPerWeek', 'invalid_type'],
    ]);
    expect(c.warnings).toEqual([]);
  });

  it('gives no warning for the valid synthetic region', () => {
    const r = safeParseRegion(region);
    expect(r.success).toBe(true);
    expect(r.warnings).toEqual([]);
    for (const [parse, list] of [
      [safeParseCandidates, region.candidates],
      [safeParseVacancies, region.vacancies],
      [safeParseEmployers, region.employers],
    ] as const) {
      expect((parse as (x: unknown) => ParseResult<unknown>)(list).warnings).toEqual([]);
    }
  });
});

describe('unknownFields option', () => {
  it("'error' makes each unknown field an issue of the ValidationError", () => {
    const bad = [{ ...candidate, preferedSectors: ['market'] }];
    const r = safeParseCandidates(bad, { unknownFields: 'error' });
    expect(r.success).toBe(false);
    expect(r.warnings).toEqual([]);
    if (!r.success) {
      expect(r.error.issues.map((i) => [i.path, i.code])).toEqual([
        [[0, 'preferedSectors'], 'unknown_field'],
      ]);
    }
    expect(() => parseCandidates(bad, { unknownFields: 'error' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
    expect(parseCandidates(bad)).toEqual(parseCandidates([candidate]));
    const tasks = vacancy.tasks.map((t: object, i: number) => (i === 1 ? { ...t, hour: 4 } : t));
    expect(() => parseVacancies([{ ...vacancy, tasks }], { unknownFields: 'error' })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: [0, 'tasks', 1, 'hour'] })] }),
    );
    expect(() => parseEmployers([{ ...employer, x: 1 }], { unknownFields: 'error' })).toThrow();
    expect(() => parseRegion({ ...region, extra: 1 }, { unknownFields: 'error' })).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['extra'], code: 'unknown_field' })],
      }),
    );
  });

  it("'ignore' drops them without a word; 'warn' is the default", () => {
    const bad = [{ ...candidate, preferedSectors: ['market'] }];
    expect(safeParseCandidates(bad, { unknownFields: 'ignore' }).warnings).toEqual([]);
    expect(safeParseCandidates(bad, { unknownFields: 'warn' }).warnings).toHaveLength(1);
    expect(safeParseCandidates(bad, {}).warnings).toHaveLength(1);
    expect(safeParseRegion({ ...region, extra: 1 }, { unknownFields: 'ignore' }).warnings).toEqual([]);
  });

  it('refuses a bad options object with INVALID_ARGUMENT', () => {
    const fns = [
      parseCandidates,
      parseVacancies,
      parseEmployers,
      parseRegion,
      safeParseCandidates,
      safeParseVacancies,
      safeParseEmployers,
      safeParseRegion,
    ] as ((input: unknown, options?: unknown) => unknown)[];
    for (const bad of [
      null,
      3,
      'error',
      [],
      { unknownFields: 'strict' },
      { unknownField: 'error' },
      { allowBsnLikeIds: 1 },
    ]) {
      for (const f of fns) {
        let error: unknown;
        try {
          f([], bad);
        } catch (e) {
          error = e;
        }
        expect(isBanenmatchError(error) && error.code).toBe('INVALID_ARGUMENT');
      }
    }
  });

  it('keeps the result type backward compatible and typed', () => {
    const r = safeParseCandidates([candidate]);
    expectTypeOf(r.warnings).toEqualTypeOf<ValidationIssue[]>();
    if (r.success) expectTypeOf(r.data[0]!.id).toBeString();
    expectTypeOf(safeParseCandidates)
      .parameter(1)
      .toEqualTypeOf<
        | { unknownFields?: 'warn' | 'error' | 'ignore' | undefined; allowBsnLikeIds?: boolean | undefined }
        | undefined
      >();
  });
});

// Levels of a record and the schema that knows their fields: a key added there is unknown unless the schema has it.
const levels = [
  { kind: 'candidate', at: [] as (string | number)[], known: candidateSchema.shape },
  { kind: 'candidate', at: ['home'], known: locationSchema.shape },
  { kind: 'candidate', at: ['hoursPerWeek'], known: hoursWindowSchema.shape },
  { kind: 'vacancy', at: [], known: vacancySchema.shape },
  { kind: 'vacancy', at: ['location'], known: locationSchema.shape },
  { kind: 'vacancy', at: ['tasks', 0], known: taskSchema.shape },
  { kind: 'employer', at: [], known: employerSchema.shape },
] as const;

function withKey(record: unknown, at: readonly (string | number)[], key: string, value: unknown): unknown {
  if (at.length === 0) return { ...(record as object), [key]: value };
  const [head, ...rest] = at;
  if (Array.isArray(record)) return record.map((x, i) => (i === head ? withKey(x, rest, key, value) : x));
  const r = record as Record<string, unknown>;
  return { ...r, [head!]: withKey(r[head!], rest, key, value) };
}

const parsers = () =>
  ({
    candidate: [safeParseCandidates, region.candidates],
    vacancy: [
      safeParseVacancies,
      region.vacancies.filter((v: { tasks?: unknown[] }) => (v.tasks?.length ?? 0) > 0),
    ],
    employer: [safeParseEmployers, region.employers],
  }) as const;

describe('properties', () => {
  it('any key the schema does not know gives one warning at its path and leaves the data as it was', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...levels),
        fc.nat(),
        fc.oneof(
          fc.string({ maxLength: 30 }),
          fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'),
        ),
        fc.jsonValue({ maxDepth: 2 }),
        (level, n, key, value) => {
          fc.pre(!Object.hasOwn(level.known, key) && !isValidBsn(key));
          const [parse, list] = parsers()[level.kind] as unknown as [
            (x: unknown) => ParseResult<unknown[]>,
            unknown[],
          ];
          const i = n % list.length;
          const plain = parse([list[i]]);
          const extra = parse([withKey(list[i], level.at, key, value)]);
          expect(plain.success && plain.warnings.length === 0).toBe(true);
          expect(extra.success).toBe(true);
          expect(extra.warnings.map((w) => [w.path, w.code])).toEqual([
            [[0, ...level.at, key], 'unknown_field'],
          ]);
          if (plain.success && extra.success) expect(extra.data).toEqual(plain.data);
        },
      ),
    );
  });
});

describe('the walk skips values whose schema has no fields', () => {
  const node = (s: z.ZodType) => s as unknown as SchemaNode;

  it('walks arrays of arrays of objects, optional or not, and no other array', () => {
    const schema = z.object({
      grid: z.array(z.array(z.object({ a: z.string() })).optional()),
      tags: z.array(z.string()),
      map: z.record(z.string(), z.object({ b: z.string() })),
      either: z.union([z.object({ c: z.string() }), z.string()]),
    });
    const value = {
      grid: [[{ a: 'x' }], [{ a: 'y', ab: 1 }]],
      tags: [{ a: 1 }],
      map: { k: { b: 'x', bb: 1 } },
      either: { c: 'x', cc: 1 },
      extra: 1,
    };
    expect(unknownFieldIssues(node(schema), value, [7]).map((i) => i.path)).toEqual([
      [7, 'grid', 1, 0, 'ab'],
      [7, 'extra'],
    ]);
  });

  it('finds nothing inside a vacancy’s skills or an FML map, as before', () => {
    const v = structuredClone(vacancy);
    v.skills = [{ kind: 'x' }];
    v.tasks[0].demands = { 'IV.8': { level: 1 } };
    v.tasks[0].skills = [{ name: 'x' }];
    const r = safeParseVacancies([v]);
    expect(r.success).toBe(false);
    expect(r.warnings).toEqual([]);
  });
});
