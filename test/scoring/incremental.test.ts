import { type Candidate, createMatcher, generateRegion, type Vacancy } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const base = generateRegion({ seed: 31, candidates: 16, vacancies: 30 });
const extra = generateRegion({ seed: 32, candidates: 8, vacancies: 14 });
const extraCandidates = extra.candidates.map((c) => ({ ...c, id: `x${c.id}` }));
const extraVacancies = extra.vacancies.map((v) => ({ ...v, id: `x${v.id}` }));

type Op =
  | { kind: 'addCandidate'; i: number }
  | { kind: 'removeCandidate'; i: number }
  | { kind: 'updateCandidate'; i: number }
  | { kind: 'addVacancy'; i: number }
  | { kind: 'removeVacancy'; i: number }
  | { kind: 'updateVacancy'; i: number };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom(
    'addCandidate' as const,
    'removeCandidate' as const,
    'updateCandidate' as const,
    'addVacancy' as const,
    'removeVacancy' as const,
    'updateVacancy' as const,
  ),
  i: fc.nat(40),
});

describe('incremental matcher', () => {
  it('any sequence of adds, removes and updates ranks exactly like a matcher built from scratch', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 14 }), (ops) => {
        const matcher = createMatcher(base);
        let cs: Candidate[] = [...base.candidates];
        let vs: Vacancy[] = [...base.vacancies];
        const pendingC = [...extraCandidates];
        const pendingV = [...extraVacancies];
        for (const o of ops) {
          if (o.kind === 'addCandidate' && pendingC.length > 0) {
            const c = pendingC.splice(o.i % pendingC.length, 1)[0]!;
            matcher.addCandidate(c);
            cs.push(c);
          } else if (o.kind === 'removeCandidate' && cs.length > 0) {
            const c = cs[o.i % cs.length]!;
            matcher.removeCandidate(c.id);
            cs = cs.filter((x) => x.id !== c.id);
          } else if (o.kind === 'updateCandidate' && cs.length > 0) {
            const c = cs[o.i % cs.length]!;
            // Diplomas given or taken away: whole jobs behind a qualification open or close.
            const qualifications =
              c.qualifications.length > 0 ? [] : ['MBO-4 schoonmaak', 'mbo 3 kok', 'HBO'];
            const changed = { ...c, maxCommuteKm: 30, hoursPerWeek: { min: 0, max: 40 }, qualifications };
            matcher.updateCandidate(changed);
            cs = [...cs.filter((x) => x.id !== c.id), changed];
          } else if (o.kind === 'addVacancy' && pendingV.length > 0) {
            const v = pendingV.splice(o.i % pendingV.length, 1)[0]!;
            matcher.addVacancy(v);
            vs.push(v);
          } else if (o.kind === 'removeVacancy' && vs.length > 0) {
            const v = vs[o.i % vs.length]!;
            matcher.removeVacancy(v.id);
            vs = vs.filter((x) => x.id !== v.id);
          } else if (o.kind === 'updateVacancy' && vs.length > 0) {
            const v = vs[o.i % vs.length]!;
            // The qualification changed too: a job shape's key holds it.
            const changed = {
              ...v,
              carvable: !v.carvable,
              qualification: v.qualification === undefined ? 'MBO-2 logistiek' : undefined,
            };
            matcher.updateVacancy(changed);
            vs = [...vs.filter((x) => x.id !== v.id), changed];
          }
        }
        const fresh = createMatcher({ candidates: cs, vacancies: vs });
        expect(matcher.candidates.map((c) => c.id)).toEqual(cs.map((c) => c.id));
        expect(matcher.vacancies.map((v) => v.id)).toEqual(vs.map((v) => v.id));
        expect(matcher.rankAll({ k: 4 })).toEqual(fresh.rankAll({ k: 4 }));
        expect(matcher.shortlist({ k: 6 })).toEqual(fresh.shortlist({ k: 6 }));
        for (const c of cs.slice(0, 4))
          expect(matcher.rank(c.id, { k: 3 })).toEqual(fresh.rank(c.id, { k: 3 }));
      }),
      { numRuns: 40 },
    );
  });

  it('rejects a duplicate id and an unknown id with typed errors, and loses nothing', () => {
    const matcher = createMatcher(base);
    expect(() => matcher.addCandidate(base.candidates[0])).toThrowError(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
    expect(() => matcher.removeVacancy('nope')).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => matcher.addVacancy({ id: 'bad' })).toThrowError(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
    expect(matcher.candidates).toHaveLength(base.candidates.length);
    expect(matcher.vacancies).toHaveLength(base.vacancies.length);
  });

  it('a newly added vacancy is found by rankCandidates at once', () => {
    const matcher = createMatcher(base);
    const v = { ...base.vacancies[0]!, id: 'new-vacancy' };
    matcher.addVacancy(v);
    const fresh = createMatcher({ candidates: base.candidates, vacancies: [...base.vacancies, v] });
    expect(matcher.rankCandidates('new-vacancy', { k: 5 })).toEqual(
      fresh.rankCandidates('new-vacancy', { k: 5 }),
    );
    expect(matcher.vacancyIndex('new-vacancy')).toBe(base.vacancies.length);
  });
});

describe('createMatcher as long work', () => {
  it('reports progress to its total, stops on an abort before its next progress step, and names every problem with its index', () => {
    const region = generateRegion({ seed: 5, candidates: 9000, vacancies: 9000 });
    const seen: number[] = [];
    createMatcher(region, { onProgress: (done, total) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);

    const controller = new AbortController();
    let aborted = false;
    let afterAbort = 0;
    expect(() =>
      createMatcher(region, {
        signal: controller.signal,
        onProgress: (done, total) => {
          if (aborted) afterAbort++;
          else if (done > total / 2) {
            aborted = true;
            controller.abort();
          }
        },
      }),
    ).toThrowError(expect.objectContaining({ code: 'ABORTED' }));
    expect(aborted).toBe(true);
    expect(afterAbort).toBe(0);

    const bad = [...region.candidates];
    bad[5000] = { ...bad[5000]!, hoursPerWeek: { min: 1, max: 99 } };
    bad[8999] = { ...bad[1]! }; // a duplicate across chunks
    try {
      createMatcher({ candidates: bad, vacancies: region.vacancies });
      expect.unreachable();
    } catch (e) {
      const paths = (e as { issues: { path: unknown[] }[] }).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(['candidates.5000.hoursPerWeek.max', 'candidates.8999.id']);
    }
  });
});
