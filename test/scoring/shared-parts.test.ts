import { createMatcher, generateRegion, parseCandidates, parseVacancies } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matcherBuild } from '../../src/scoring/matcher.js';
import { fingerprint, SharedParts, sameParts } from '../../src/scoring/shared-parts.js';

const region = generateRegion({ seed: 7, candidates: 30, vacancies: 80 });

describe('sameParts', () => {
  it('holds for a JSON value and its copy, and not after one leaf changes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (x) => {
        expect(sameParts(x, structuredClone(x))).toBe(true);
        expect(sameParts({ x }, { x: [x] })).toBe(false);
      }),
    );
  });

  it('tells apart what JSON text does not: −0 and 0, an undefined key and none, key order, holes', () => {
    expect(sameParts({ h: -0 }, { h: 0 })).toBe(false);
    expect(sameParts({ a: 1, b: undefined }, { a: 1 })).toBe(false);
    expect(sameParts({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameParts([1, 2], [1, 2, 3])).toBe(false);
    expect(sameParts([1], { 0: 1 })).toBe(false);
    expect(sameParts(new Date(0), new Date(0))).toBe(false);
    expect(sameParts(Number.NaN, Number.NaN)).toBe(true);
  });

  it('compares arrays only with arrays, plain objects only with plain objects, null with nothing else', () => {
    expect(sameParts([1], { 0: 1, length: 1 })).toBe(false);
    expect(sameParts({ 0: 1 }, [1])).toBe(false);
    expect(sameParts({ 0: 1, length: 1 }, [1])).toBe(false);
    expect(sameParts({}, Object.create(null))).toBe(false);
    expect(sameParts(Object.create(null), {})).toBe(false);
    expect(sameParts({}, new Date(0))).toBe(false);
    expect(sameParts(new Date(0), {})).toBe(false);
    const date = new Date(0);
    expect(sameParts({ d: date }, { d: date })).toBe(true);
    expect(sameParts(null, {})).toBe(false);
    expect(sameParts({}, null)).toBe(false);
    expect(sameParts(null, [])).toBe(false);
    expect(sameParts([], null)).toBe(false);
    expect(sameParts(null, null)).toBe(true);
    expect(sameParts({}, 1)).toBe(false);
    expect(sameParts(1, {})).toBe(false);
    expect(sameParts('a', 'a')).toBe(true);
    expect(sameParts(1, 2)).toBe(false);
    expect(sameParts(undefined, null)).toBe(false);
  });

  it('needs every element and every value the same, not only the first or the last', () => {
    expect(sameParts([1, 2, 3], [1, 2, 3])).toBe(true);
    expect(sameParts([], [])).toBe(true);
    expect(sameParts({}, {})).toBe(true);
    expect(sameParts([1, 9, 3], [1, 2, 3])).toBe(false);
    expect(sameParts([9, 2, 3], [1, 2, 3])).toBe(false);
    expect(sameParts([1, 2, 9], [1, 2, 3])).toBe(false);
    expect(sameParts({ a: 1, b: 9, c: 3 }, { a: 1, b: 2, c: 3 })).toBe(false);
    expect(sameParts({ a: 9, b: 2 }, { a: 1, b: 2 })).toBe(false);
    expect(sameParts({ a: 1, b: 2 }, { a: 1, b: 9 })).toBe(false);
    expect(sameParts({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameParts({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(sameParts({ a: [1, { b: -0 }] }, { a: [1, { b: 0 }] })).toBe(false);
    expect(sameParts({ a: [1, { b: 0 }] }, { a: [1, { b: 0 }] })).toBe(true);
  });

  it('is a value equality: reflexive and symmetric, on records with −0, undefined keys and key orders (property)', () => {
    const leaf = fc.oneof(fc.constantFrom(0, -0, 1, undefined, null, 'x', Number.NaN), fc.integer());
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('node'), { maxKeys: 3, noNullPrototype: true }),
      ),
    })).node;
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameParts(a, structuredClone(a))).toBe(true);
        expect(sameParts(a, b)).toBe(sameParts(b, a));
        expect(sameParts(a, b)).toBe(sameByValue(a, b));
      }),
      { seed: 20, numRuns: 300 },
    );
  });
});

/** Oracle: the same tree, keys in order, leaves by `Object.is` (plain objects and arrays only). */
function sameByValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameByValue(x, b[i]));
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ea = Object.entries(a);
    const eb = Object.entries(b);
    return ea.length === eb.length && ea.every(([k, x], i) => k === eb[i]![0] && sameByValue(x, eb[i]![1]));
  }
  return Object.is(a, b);
}

describe('SharedParts', () => {
  it('gives the part met before when equal, else the part itself', () => {
    const shared = new SharedParts();
    const first = { kind: 'cleaning', hours: [1, 2] };
    expect(shared.part(first)).toBe(first);
    expect(shared.part({ kind: 'cleaning', hours: [1, 2] })).toBe(first);
    const zero = { kind: 'cleaning', hours: [1, -0] };
    expect(shared.part({ kind: 'cleaning', hours: [1, 0] })).not.toBe(zero);
    // JSON text equal to the first, not the same: kept apart.
    expect(shared.part(zero)).toBe(zero);
    shared.clear();
    const after = { kind: 'cleaning', hours: [1, 2] };
    expect(shared.part(after)).toBe(after);
  });

  it('shares a record equal by value, not one that differs in −0, an undefined key, key order or a Date', () => {
    const shared = new SharedParts();
    const first = { a: 0, b: 'x', c: [1, 2] };
    expect(shared.part(first)).toBe(first);
    expect(shared.part({ a: 0, b: 'x', c: [1, 2] })).toBe(first);
    const negative = { a: -0, b: 'x', c: [1, 2] };
    expect(shared.part(negative)).toBe(negative);
    const withUndefined = { a: 0, b: 'x', c: [1, 2], d: undefined };
    expect(shared.part(withUndefined)).toBe(withUndefined);
    const reordered = { b: 'x', a: 0, c: [1, 2] };
    expect(shared.part(reordered)).toBe(reordered);
    // Another order is another JSON text: it is met first now, and shares with its own copies.
    expect(shared.part({ b: 'x', a: 0, c: [1, 2] })).toBe(reordered);
    const d1 = { at: new Date(0) };
    const d2 = { at: new Date(0) };
    expect(shared.part(d1)).toBe(d1);
    expect(shared.part(d2)).toBe(d2);
    // Primitives and null are given back as they are.
    expect(shared.part(null)).toBe(null);
    expect(shared.part(undefined)).toBe(undefined);
    expect(Object.is(shared.part(-0), -0)).toBe(true);
    expect(shared.part('a')).toBe('a');
  });

  it('never changes what it is given: the part given back is equal by value, caller objects unchanged (property)', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(0, -0, 1, undefined, 'x'),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b'), tie('node'), { maxKeys: 2, noNullPrototype: true }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(value, { maxLength: 12 }), (parts) => {
        const before = parts.map((p) => structuredClone(p));
        const shared = new SharedParts();
        const got = parts.map((p) => shared.part(p));
        expect(got.every((g, i) => sameParts(g, parts[i]))).toBe(true);
        expect(parts.every((p, i) => sameParts(p, before[i]))).toBe(true);
        // Equal by value and met later: the first one met is given.
        for (let j = 0; j < parts.length; j++)
          for (let i = 0; i < j; i++)
            if (typeof parts[i] === 'object' && parts[i] !== null && sameParts(parts[i], parts[j])) {
              expect(got[j]).toBe(got[i]);
            }
      }),
      { seed: 20, numRuns: 200 },
    );
  });

  it('shares a candidate’s skills, FML profile, diplomas and preferences in place, and a vacancy’s skills and tasks in a new record', () => {
    const shared = new SharedParts();
    const c1 = parseCandidates([region.candidates.find((c) => c.preferences !== undefined)])[0]!;
    expect(c1.preferences).toBeDefined();
    const c2 = { ...structuredClone(c1), id: 'other' };
    const c2Parts = { ...c2 };
    expect(shared.candidate(c1)).toBe(c1);
    const back = shared.candidate(c2);
    expect(back).toBe(c2);
    expect(c2.skills).toBe(c1.skills);
    expect(c2.capabilities).toBe(c1.capabilities);
    expect(c2.qualifications).toBe(c1.qualifications);
    expect(c2.preferences).toBe(c1.preferences);
    expect(c2).toEqual(c2Parts);
    // A candidate without preferences gets no `preferences` key.
    const plain = parseCandidates([region.candidates.find((c) => c.preferences === undefined)])[0]!;
    expect(Object.hasOwn(plain, 'preferences')).toBe(false);
    expect(Object.hasOwn(shared.candidate(plain), 'preferences')).toBe(false);
    const v1 = parseVacancies([region.vacancies[0]])[0]!;
    const v2 = { ...structuredClone(v1), id: 'other' };
    const v2Before = structuredClone(v2);
    const tasks = structuredClone(v1.tasks!);
    const s1 = shared.vacancy(v1, v1.tasks!);
    const s2 = shared.vacancy(v2, tasks);
    expect(s2).not.toBe(v2);
    expect(v2).toEqual(v2Before);
    expect(s2.tasks).toBe(s1.tasks);
    expect(s2.skills).toBe(s1.skills);
    expect(Object.keys(s2)).toEqual(
      Object.keys(v2).includes('tasks') ? Object.keys(v2) : [...Object.keys(v2), 'tasks'],
    );
  });
});

/** A matcher of `input` built as assignInParallel's workers build theirs: parts shared. */
function sharingMatcher(input: { candidates: readonly unknown[]; vacancies: readonly unknown[] }) {
  const build = matcherBuild({}, input.candidates.length + input.vacancies.length, true);
  build.addCandidates(input.candidates);
  build.addVacancies(input.vacancies);
  return build.finish();
}

/** How many vacancies of `vacancies` hold the very task list of an earlier one with equal tasks. */
function sharedTaskLists(vacancies: readonly { tasks?: unknown }[]): number {
  const byTasks = new Map<string, unknown>();
  let shared = 0;
  for (const v of vacancies) {
    const key = JSON.stringify(v.tasks);
    const known = byTasks.get(key);
    if (known === undefined) byTasks.set(key, v.tasks);
    else if (v.tasks === known) shared++;
  }
  return shared;
}

describe('a matcher built with shared parts (the workers of assignInParallel)', () => {
  it('keeps records equal to the parsed input, vacancies with equal tasks sharing one list', () => {
    const matcher = sharingMatcher(region);
    expect(matcher.vacancies).toEqual(parseVacancies(region.vacancies));
    expect(matcher.candidates).toEqual(parseCandidates(region.candidates));
    const withTasks = new Set(matcher.vacancies.map((v) => JSON.stringify(v.tasks))).size;
    expect(sharedTaskLists(matcher.vacancies)).toBe(matcher.vacancies.length - withTasks);
    expect(sharedTaskLists(matcher.vacancies)).toBeGreaterThan(0);
    expect(matcher.shortlist({ k: 5 })).toEqual(createMatcher(region).shortlist({ k: 5 }));
  });

  it('changes no record it is fed', () => {
    const input = structuredClone(region);
    sharingMatcher(input);
    expect(input).toEqual(region);
  });

  it('createMatcher shares nothing: its records are handed out and may be changed and passed back', () => {
    expect(sharedTaskLists(createMatcher(region).vacancies)).toBe(0);
  });

  it('does not share a task list that differs only in what JSON text hides (−0 hours)', () => {
    const v = region.vacancies[0]!;
    const tasks = v.tasks!.map((t, a) => (a === 0 ? { ...t, hoursPerWeek: t.hoursPerWeek - 0.5 } : t));
    const matcher = sharingMatcher({
      candidates: region.candidates,
      vacancies: [
        {
          ...v,
          id: 'a',
          hoursPerWeek: v.hoursPerWeek - 0.5,
          tasks: [...tasks, { ...tasks[0]!, id: 'z', hoursPerWeek: 0 }],
        },
        {
          ...v,
          id: 'b',
          hoursPerWeek: v.hoursPerWeek - 0.5,
          tasks: [...tasks, { ...tasks[0]!, id: 'z', hoursPerWeek: -0 }],
        },
        {
          ...v,
          id: 'c',
          hoursPerWeek: v.hoursPerWeek - 0.5,
          tasks: [...tasks, { ...tasks[0]!, id: 'z', hoursPerWeek: 0 }],
        },
      ],
    });
    const [a, b, c] = matcher.vacancies;
    expect(a!.tasks).not.toBe(b!.tasks);
    expect(c!.tasks).toBe(a!.tasks);
    expect(Object.is(b!.tasks!.at(-1)!.hoursPerWeek, -0)).toBe(true);
  });
});

describe('fingerprint', () => {
  it('is equal for parts sameParts finds equal (property)', () => {
    const leaf = fc.oneof(
      fc.constantFrom(0, -0, 1, undefined, null, 'x', '', true, false, Number.NaN),
      fc.double(),
      fc.string({ maxLength: 4 }),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b', '0', '1'), tie('node'), {
          maxKeys: 3,
          noNullPrototype: true,
        }),
      ),
    })).node;
    fc.assert(
      fc.property(value, value, fc.integer(), (a, b, h) => {
        expect(fingerprint(structuredClone(a), h)).toBe(fingerprint(a, h));
        if (sameParts(a, b)) expect(fingerprint(a, h)).toBe(fingerprint(b, h));
      }),
      { seed: 24, numRuns: 300 },
    );
  });

  it('tells apart what JSON text would, and −0, key order and types', () => {
    const pairs: [unknown, unknown][] = [
      [0, -0],
      [1, '1'],
      [true, false],
      [null, undefined],
      [[], {}],
      [['a'], { 0: 'a' }],
      ['ab', 'ba'],
      ['a', 'aa'],
      [
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ],
      [{ a: 1 }, { b: 1 }],
      [
        [1, 2],
        [2, 1],
      ],
      [[[1]], [1]],
      [1, 1.5],
      [2 ** 40, 2 ** 40 + 1],
      [Symbol.iterator, 1n],
    ];
    for (const [a, b] of pairs) expect(fingerprint(a, 0)).not.toBe(fingerprint(b, 0));
    expect(fingerprint(1, 0)).not.toBe(fingerprint(1, 1));
    // Not plain data: by its type alone (sameParts compares it by identity).
    expect(fingerprint(new Date(0), 0)).toBe(fingerprint(new Map(), 0));
    class Point {
      x = 1;
    }
    expect(fingerprint(new Point(), 0)).toBe(fingerprint(new Date(0), 0));
    const bare = Object.assign(Object.create(null), { x: 1 });
    expect(fingerprint(bare, 0)).toBe(fingerprint(new Date(0), 0));
    expect(fingerprint({ x: 1 }, 0)).not.toBe(fingerprint(bare, 0));
  });

  it('keeps at most eight parts a fingerprint, the first met given back', () => {
    const shared = new SharedParts();
    // One fingerprint (a Date counts by its type), never equal: each part its own.
    const parts = Array.from({ length: 10 }, (_, i) => ({ at: new Date(i) }));
    for (const p of parts) expect(shared.part(p)).toBe(p);
    for (let i = 0; i < 8; i++) expect(shared.part({ at: parts[i]!.at })).toBe(parts[i]);
    // The ninth and tenth were not kept: their copies are given back as they are.
    const copy = { at: parts[8]!.at };
    expect(shared.part(copy)).toBe(copy);
  });
});
