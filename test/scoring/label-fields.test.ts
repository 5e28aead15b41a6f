import { type Candidate, createMatcher, generateRegion, type PairResult } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUPS } from '../helpers/groups.js';

// Issue 18: a label must not move a ranking. Changing a protected or label field of a candidate
// changes a score only through a rule the law names: the target group through the wage instruments
// (economics: LKS under the Participatiewet, loondispensatie for Wajong) and whether the job counts for
// the banenafspraak (sheltered work); the waiting time, the priority flag and the id never.
const region = generateRegion({ seed: 18, candidates: 40, vacancies: 80 });
/**
 * Register groups the Participatiewet's LKS covers (Pwet art. 10d; Wsw-indicated outside a Wsw job
 * since 2015). Sheltered work has LKS too but no LKV (Wtl art. 2.10: not in the register).
 */
const LKS_GROUPS = new Set(['participatiewet', 'praktijkroute', 'vso-pro', 'wsw']);

function scoreWith(ci: number, vi: number, change: Partial<Candidate>): PairResult {
  const candidates = region.candidates.map((c, i) => (i === ci ? { ...c, ...change } : c));
  const m = createMatcher({ candidates, vacancies: region.vacancies });
  return m.score(candidates[ci]!.id, region.vacancies[vi]!.id);
}

/** Everything of a result but the fields a named rule may change, and the candidate's id. */
function neutral(r: PairResult, allow: readonly string[]) {
  if (r.excluded) return { excluded: true, vacancyId: r.vacancyId, reasons: r.reasons };
  return {
    vacancyId: r.vacancyId,
    job: r.job,
    hoursPerWeek: r.hoursPerWeek,
    distanceKm: r.distanceKm,
    signals: r.signals,
    components: r.components.filter((c) => !allow.includes(c.name)),
  };
}

describe('protected and label fields (issue 18)', () => {
  const pair = fc.tuple(fc.nat(region.candidates.length - 1), fc.nat(region.vacancies.length - 1));

  it('the waiting time, the priority flag and the id never change a score or a reason', () => {
    fc.assert(
      fc.property(
        pair,
        fc.date({ min: new Date('2015-01-01'), max: new Date('2026-12-01'), noInvalidDate: true }),
        fc.boolean(),
        ([ci, vi], since, priority) => {
          const before = scoreWith(ci, vi, {});
          const after = scoreWith(ci, vi, {
            registeredSince: since.toISOString().slice(0, 10),
            priority,
            id: `anders-${ci}`,
          });
          expect(after.score).toBe(before.score);
          // `priority` in a match reports the flag itself; nothing else may differ
          expect({ ...after, candidateId: '', priority: false }).toEqual({
            ...before,
            candidateId: '',
            priority: false,
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the target group changes only the economics component (and extra jobs for sheltered work); among the LKS groups nothing', () => {
    fc.assert(
      fc.property(pair, fc.constantFrom(...GROUPS), fc.constantFrom(...GROUPS), ([ci, vi], a, b) => {
        const ra = scoreWith(ci, vi, { targetGroup: a, priority: false });
        const rb = scoreWith(ci, vi, { targetGroup: b, priority: false });
        expect(neutral(rb, ['economics'])).toEqual(neutral(ra, ['economics']));
        const economicsOnly = (x: PairResult) =>
          x.excluded ? [] : x.components.filter((c) => c.name === 'economics');
        // Same law, same economics: the label itself moves nothing.
        if (LKS_GROUPS.has(a) && LKS_GROUPS.has(b)) {
          expect(economicsOnly(rb)).toEqual(economicsOnly(ra));
          expect(rb.score).toBe(ra.score);
        }
      }),
      { numRuns: 60 },
    );
  });
});
