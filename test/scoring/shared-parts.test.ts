import { createMatcher, generateRegion, parseCandidates, parseVacancies } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matcherBuild } from '../../src/scoring/matcher.js';
import { SharedParts, sameParts } from '../../src/scoring/shared-parts.js';

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
});

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
