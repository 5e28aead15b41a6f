import {
  assign,
  blockingPairs,
  createMatcher,
  extraJobs,
  generateRegion,
  type Matcher,
  solveAssignment,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

function checkValid(
  matcher: Matcher,
  placements: { candidateId: string; vacancyId: string; score: number }[],
  minScore = 0,
) {
  const perCandidate = new Set<string>();
  const perVacancy = new Map<string, number>();
  for (const p of placements) {
    expect(perCandidate.has(p.candidateId)).toBe(false);
    perCandidate.add(p.candidateId);
    perVacancy.set(p.vacancyId, (perVacancy.get(p.vacancyId) ?? 0) + 1);
    const r = matcher.score(p.candidateId, p.vacancyId);
    expect(r.excluded).toBe(false);
    expect(p.score).toBe(r.score);
    expect(p.score).toBeGreaterThanOrEqual(minScore);
  }
  for (const v of matcher.vacancies) expect(perVacancy.get(v.id) ?? 0).toBeLessThanOrEqual(v.positions);
}

/**
 * The maximum-weight total by the dense solver on the full score matrix (slots as columns) of the
 * candidates `who` picks, on the positions `taken` leaves free.
 */
function denseOptimum(
  matcher: Matcher,
  who: (c: Matcher['candidates'][number]) => boolean = () => true,
  taken: ReadonlyMap<string, number> = new Map(),
): number {
  const slots: number[] = [];
  matcher.vacancies.forEach((v, vi) => {
    for (let p = taken.get(v.id) ?? 0; p < v.positions; p++) slots.push(vi);
  });
  const matrix = matcher.candidates.filter(who).map((c) =>
    slots.map((vi) => {
      const r = matcher.score(c.id, matcher.vacancies[vi]!.id);
      return r.excluded ? 0 : r.score; // an excluded pair is worth what no placement is worth: 0
    }),
  );
  return slots.length === 0 || matrix.length === 0 ? 0 : solveAssignment(matrix, { maximize: true }).total;
}

const counts = (c: { targetGroup: string }) => c.targetGroup !== 'beschut';

/**
 * The lexicographic optimum `assign` reaches: the counting candidates' best total, then sheltered
 * work's best total on the positions they leave (issue 18: sheltered work comes last).
 */
function expectLexicographicOptimum(
  matcher: Matcher,
  placements: { candidateId: string; vacancyId: string; score: number }[],
): void {
  const group = new Map(matcher.candidates.map((c) => [c.id, c.targetGroup]));
  const sum = (f: (g: string) => boolean) =>
    placements.filter((p) => f(group.get(p.candidateId)!)).reduce((s, p) => s + p.score, 0);
  expect(sum((g) => g !== 'beschut')).toBeCloseTo(denseOptimum(matcher, counts), 9);
  const taken = new Map<string, number>();
  for (const p of placements)
    if (group.get(p.candidateId) !== 'beschut') taken.set(p.vacancyId, (taken.get(p.vacancyId) ?? 0) + 1);
  expect(sum((g) => g === 'beschut')).toBeCloseTo(
    denseOptimum(matcher, (c) => !counts(c), taken),
    9,
  );
}

describe('assign', () => {
  it('optimal mode reaches the dense optimum when the shortlist holds every vacancy (sheltered work on what is left)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (seed) => {
        const region = generateRegion({ seed, candidates: 12, vacancies: 10 });
        const matcher = createMatcher(region);
        const result = assign(matcher, { k: 10 });
        checkValid(matcher, result.placements);
        expectLexicographicOptimum(matcher, result.placements);
      }),
      { numRuns: 25 },
    );
  });

  it('stable mode has no blocking pair and never beats optimal on the counting candidates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom('candidates' as const, 'vacancies' as const),
        (seed, proposing) => {
          const region = generateRegion({ seed, candidates: 20, vacancies: 12 });
          const matcher = createMatcher(region);
          const stable = assign(matcher, { mode: 'stable', proposing, k: 12 });
          const optimal = assign(matcher, { k: 12 });
          checkValid(matcher, stable.placements);
          expect(stable.optimalFor).toBe(proposing);
          // optimal maximises the counting candidates' total first (sheltered work after): stable never beats it there
          const counting = (r: typeof stable) =>
            r.placements
              .filter((p) => counts(matcher.candidates.find((c) => c.id === p.candidateId)!))
              .reduce((sum, p) => sum + p.score, 0);
          expect(counting(stable)).toBeLessThanOrEqual(counting(optimal) + 1e-9);
          // rebuild the preferences the way assign does and look for blocking pairs
          const ci = new Map(matcher.candidates.map((c, i) => [c.id, i]));
          const vi = new Map(matcher.vacancies.map((v, i) => [v.id, i]));
          const list = matcher.shortlist({ k: 12 });
          const candidatePrefs = matcher.candidates.map((_c, c) => [
            ...list.vacancies.slice(list.offsets[c]!, list.offsets[c + 1]!),
          ]);
          const vacancyPrefs = matcher.vacancies.map((_v, v) => {
            const l: { c: number; s: number }[] = [];
            for (let c = 0; c < matcher.candidates.length; c++) {
              for (let e = list.offsets[c]!; e < list.offsets[c + 1]!; e++)
                if (list.vacancies[e] === v) l.push({ c, s: list.scores[e]! });
            }
            // sheltered work last on every vacancy (issue 18)
            const last = (c: number) => (counts(matcher.candidates[c]!) ? 0 : 1);
            return l.sort((a, b) => last(a.c) - last(b.c) || b.s - a.s || a.c - b.c).map((x) => x.c);
          });
          const matching = new Int32Array(matcher.candidates.length).fill(-1);
          for (const p of stable.placements) matching[ci.get(p.candidateId)!] = vi.get(p.vacancyId)!;
          const capacities = matcher.vacancies.map((v) => v.positions);
          expect(blockingPairs({ candidatePrefs, vacancyPrefs, capacities }, matching)).toEqual([]);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('places priority candidates lexicographically first when asked', () => {
    const region = generateRegion({ seed: 5, candidates: 60, vacancies: 15 });
    const matcher = createMatcher(region);
    const plain = assign(matcher, { k: 15 });
    const first = assign(matcher, { k: 15, priorityFirst: true });
    const prio = new Set(region.candidates.filter((c) => c.priority).map((c) => c.id));
    const count = (r: typeof plain) => r.placements.filter((p) => prio.has(p.candidateId)).length;
    expect(prio.size).toBeGreaterThan(0);
    expect(count(first)).toBeGreaterThanOrEqual(count(plain));
    expect(first.totalScore).toBeLessThanOrEqual(plain.totalScore + 1e-9);
    checkValid(matcher, first.placements);
  });

  it('reports every candidate once, placed or unplaced with a reason, and the extra jobs', () => {
    const region = generateRegion({ seed: 8, candidates: 80, vacancies: 40 });
    const matcher = createMatcher(region);
    const r = assign(matcher, { minScore: 0.5 });
    checkValid(matcher, r.placements, 0.5);
    expect(r.placements.length + r.unplaced.length).toBe(80);
    for (const u of r.unplaced) expect(u.reason.length).toBeGreaterThan(10);
    const jobs = r.placements.reduce((s, p) => s + p.extraJobs, 0);
    expect(r.extraJobs.total).toBeCloseTo(jobs, 9);
    expect(r.extraJobs.market + r.extraJobs.government).toBeCloseTo(r.extraJobs.total, 9);
  });

  it('rejects bad options with typed errors and honours an aborted signal', () => {
    const matcher = createMatcher(generateRegion({ seed: 1, candidates: 5, vacancies: 5 }));
    expect(() => assign(matcher, { k: 0 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => assign(matcher, { mode: 'greedy' as 'optimal' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    // Checked as assignInParallel checks it (one resolveAssignOptions): a flag that is not a boolean.
    expect(() => assign(matcher, { priorityFirst: 'yes' as unknown as boolean })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    const controller = new AbortController();
    controller.abort();
    expect(() => assign(matcher, { signal: controller.signal })).toThrowError(
      expect.objectContaining({ code: 'ABORTED' }),
    );
  });
});

describe('extraJobs over proposed placements (issue 21: a type trap)', () => {
  it("extraJobs(assign(m).placements) is the run's own figure: sheltered work counts no job", () => {
    const region = generateRegion({ seed: 3, candidates: 200, vacancies: 400 }); // 3 sheltered placements
    const matcher = createMatcher(region);
    const result = assign(matcher);
    const sheltered = result.placements.filter((p) => p.extraJobs === 0);
    expect(sheltered.length).toBeGreaterThan(0); // the trap needs a placed sheltered candidate
    const recount = extraJobs(result.placements);
    expect(recount.total).toBeCloseTo(result.extraJobs.total, 12);
    expect(recount.market).toBeCloseTo(result.extraJobs.market, 12);
    // Counted by hours alone (as before), the sheltered hours were added.
    const byHours = extraJobs(
      result.placements.map((p) => ({ sector: p.sector, hoursPerWeek: p.hoursPerWeek })),
    );
    expect(byHours.total).toBeGreaterThan(result.extraJobs.total);
    expect(() => extraJobs([{ sector: 'market', hoursPerWeek: 8, extraJobs: 'nul' as never }])).toThrowError(
      /placements\[0\]\.extraJobs/,
    );
  });
});
