import {
  type CandidateInput,
  type CaseloadGaps,
  caseloadGaps,
  createMatcher,
  generateRegion,
  isBanenmatchError,
  type Matcher,
  type NearMiss,
  type VacancyInput,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hilversum, supermarket } from '../helpers/places.js';

// ~70 km from Hilversum: out of everyone's reach there.
const zwolle = { municipality: 'Zwolle', lat: 52.5168, lon: 6.083 };

// A till in Zwolle whose one (core) task asks VCA.
const vca: VacancyInput = {
  ...supermarket('v-vca'),
  location: zwolle,
  qualification: 'VCA',
  tasks: [{ id: 'k1', kind: 'cashier', hoursPerWeek: 20, demands: {}, core: true }],
};
// Three people in Hilversum who lift ~5 kg (code 2); one in Zwolle without VCA.
const lifter = (id: string): CandidateInput => ({
  id,
  targetGroup: 'wajong',
  home: hilversum,
  maxCommuteKm: 10,
  hoursPerWeek: { min: 12, max: 20 },
  capabilities: { 'IV.13': 2 },
  skills: ['afrekenen'],
});
const input = {
  candidates: [
    lifter('c1'),
    lifter('c2'),
    lifter('c3'),
    { ...lifter('c4'), home: zwolle, capabilities: {} } satisfies CandidateInput,
  ],
  vacancies: [supermarket('v-shop1'), supermarket('v-shop2'), vca],
};

describe('caseloadGaps: a hand-made caseload', () => {
  it('three candidates blocked by IV.13 on shelf stocking, one without VCA: the table says so', () => {
    const gaps = caseloadGaps(createMatcher(input));
    expect(gaps).toMatchObject({ candidates: 4, withNearMiss: 4, nearMisses: 7 });
    expect(gaps.adaptations).toHaveLength(1);
    expect(gaps.adaptations[0]).toMatchObject({
      item: 'IV.13',
      itemName: 'tillen',
      taskKind: 'shelf-stocking',
      adaptationId: 'tilhulp',
      candidates: 3,
      vacancies: 2,
      nearMisses: 6,
    });
    expect(gaps.adaptations[0]!.market).toBe(
      `${gaps.adaptations[0]!.name} bij ${gaps.adaptations[0]!.taskName} (IV.13 tillen): 3 kandidaten, 2 vacatures`,
    );
    expect(gaps.trainings).toEqual([
      expect.objectContaining({
        trainingId: 'vca-basis',
        candidates: 1,
        vacancies: 1,
        nearMisses: 1,
        skills: [],
        diploma: true,
      }),
    ]);
    expect(gaps.trainings[0]!.school).toMatch(/aanbieden: 1 kandidaat mist het voor 1 vacature$/);
    expect([gaps.carving, gaps.commute, gaps.hours]).toEqual([[], [], []]);
  });

  it('looks at the given candidates only, in any order, each once', () => {
    const m = createMatcher(input);
    const some = caseloadGaps(m, { candidateIds: ['c2', 'c1', 'c2'] });
    expect(some).toMatchObject({ candidates: 2, nearMisses: 4, trainings: [] });
    expect(some.adaptations[0]).toMatchObject({ candidates: 2, vacancies: 2 });
    expect(caseloadGaps(m, { candidateIds: ['c1', 'c2'] })).toEqual(some);
  });

  it('reports progress, stops on its signal, checks its options', () => {
    const m = createMatcher(input);
    const steps: [number, number][] = [];
    caseloadGaps(m, { onProgress: (done, total) => steps.push([done, total]) });
    expect(steps.at(-1)).toEqual([4, 4]);
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return isBanenmatchError(e) ? e.code : 'other';
      }
      return undefined;
    };
    const stop = new AbortController();
    stop.abort();
    expect(code(() => caseloadGaps(m, { signal: stop.signal }))).toBe('ABORTED');
    expect(code(() => caseloadGaps(m, { candidateIds: ['nobody'] }))).toBe('NOT_FOUND');
    expect(code(() => caseloadGaps(m, { candidateIds: 'c1' as never }))).toBe('INVALID_ARGUMENT');
    expect(code(() => caseloadGaps(m, { k: -1 }))).toBe('INVALID_ARGUMENT');
  });
});

/** The row key of a near miss, as an oracle apart from the code: kind and what the row groups by. */
function keyOf(m: Matcher, n: NearMiss, candidateId: string): string {
  const c = n.change;
  const kindOfTask = (taskId: string): string =>
    m.vacancies.find((v) => v.id === n.vacancyId)!.tasks!.find((t) => t.id === taskId)!.kind;
  if (c.kind === 'adaptation') return `adaptations|${c.item}|${kindOfTask(c.taskId)}|${c.adaptationId}`;
  if (c.kind === 'dropTask') return `carving|${kindOfTask(c.taskId)}`;
  if (c.kind === 'training') return `trainings|${c.trainingId}`;
  if (c.kind === 'commute')
    return `commute|${m.candidates.find((x) => x.id === candidateId)!.home.municipality ?? 'onbekend'}`;
  return `hours|${c.minHoursPerWeek ?? ''}|${c.maxHoursPerWeek ?? ''}`;
}

function rowKeys(gaps: CaseloadGaps): string[] {
  return [
    ...gaps.adaptations.map((r) => `adaptations|${r.item}|${r.taskKind}|${r.adaptationId}`),
    ...gaps.carving.map((r) => `carving|${r.taskKind}`),
    ...gaps.trainings.map((r) => `trainings|${r.trainingId}`),
    ...gaps.commute.map((r) => `commute|${r.municipality}`),
    ...gaps.hours.map((r) => `hours|${r.minHoursPerWeek ?? ''}|${r.maxHoursPerWeek ?? ''}`),
  ];
}

describe('caseloadGaps on generated regions', () => {
  it("every row's counts are the whyNot near misses of its kind over the caseload; rows sorted", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(0, 0.6),
        (seed, k, minScore) => {
          const region = generateRegion({ seed, candidates: 25, vacancies: 50 });
          // A minimum score lets whyNot offer skill trainings (pairs shut by the minimum score).
          const m = createMatcher(region, { minScore });
          const gaps = caseloadGaps(m, { k });
          const expected = new Map<string, { candidates: Set<string>; vacancies: Set<string>; n: number }>();
          let total = 0;
          for (const c of m.candidates)
            for (const n of m.whyNot(c.id, { k }).nearMisses) {
              const key = keyOf(m, n, c.id);
              const e = expected.get(key) ?? { candidates: new Set(), vacancies: new Set(), n: 0 };
              e.candidates.add(c.id);
              e.vacancies.add(n.vacancyId);
              e.n++;
              expected.set(key, e);
              total++;
            }
          expect(gaps.nearMisses).toBe(total);
          const keys = rowKeys(gaps);
          expect([...keys].sort()).toEqual([...expected.keys()].sort());
          const rows = [
            ...gaps.adaptations,
            ...gaps.carving,
            ...gaps.trainings,
            ...gaps.commute,
            ...gaps.hours,
          ];
          rows.forEach((r, i) => {
            const e = expected.get(keys[i]!)!;
            expect([r.candidates, r.vacancies, r.nearMisses]).toEqual([
              e.candidates.size,
              e.vacancies.size,
              e.n,
            ]);
          });
          for (const table of [gaps.adaptations, gaps.carving, gaps.trainings, gaps.commute, gaps.hours])
            for (let i = 1; i < table.length; i++)
              expect(table[i - 1]!.candidates).toBeGreaterThanOrEqual(table[i]!.candidates);
          const shuffled = m.candidates.map((c) => c.id).reverse();
          expect(caseloadGaps(m, { k, candidateIds: shuffled })).toEqual(gaps);
        },
      ),
      { numRuns: 5 },
    );
  });
});
