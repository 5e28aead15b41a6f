import { isBanenmatchError } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveWhyNotOptions } from '../../src/scoring/why-not/options.js';
import { NearMissTop, type Offer, before as ranksBefore } from '../../src/scoring/why-not/top.js';

// whyNot's best near miss per vacancy and its floor (issue 20, mutation testing of
// src/scoring/why-not/top.ts): the order of near misses at each tie, the top k against an oracle
// (every offer kept, the best per vacancy sorted), and a floor that never shuts out an offer that
// would enter the top k; and whyNot's options.

const KINDS = ['adaptation', 'dropTask', 'hours', 'commute', 'training'] as const;
const offer = (o: Partial<Offer> & { vi: number; kind?: (typeof KINDS)[number] }): Offer => ({
  vacancyId: `v${o.vi}`,
  shutBy: 'capability',
  score: 0.5,
  gain: 0.5,
  order: 0,
  ...o,
  change: { kind: o.kind ?? 'hours' } as Offer['change'],
});

describe('before: the order of near misses', () => {
  it('more gain, then a higher score, then the vacancy id, the kind of change, the order tried', () => {
    const a = offer({ vi: 1, gain: 0.3, score: 0.6 });
    expect(ranksBefore(a, offer({ vi: 1, gain: 0.2, score: 0.9 }))).toBe(true);
    expect(ranksBefore(offer({ vi: 1, gain: 0.2, score: 0.9 }), a)).toBe(false);
    expect(ranksBefore(a, offer({ vi: 1, gain: 0.3, score: 0.5 }))).toBe(true);
    expect(ranksBefore(offer({ vi: 1, gain: 0.3, score: 0.5 }), a)).toBe(false);
    expect(ranksBefore(offer({ vi: 1, vacancyId: 'a' }), offer({ vi: 2, vacancyId: 'b' }))).toBe(true);
    expect(ranksBefore(offer({ vi: 2, vacancyId: 'b' }), offer({ vi: 1, vacancyId: 'a' }))).toBe(false);
    for (let i = 0; i < KINDS.length; i++)
      for (let j = 0; j < KINDS.length; j++)
        expect(
          ranksBefore(
            offer({ vi: 1, kind: KINDS[i]!, order: 9 }),
            offer({ vi: 1, kind: KINDS[j]!, order: 0 }),
          ),
        ).toBe(i < j);
    expect(ranksBefore(offer({ vi: 1, order: 1 }), offer({ vi: 1, order: 2 }))).toBe(true);
    expect(ranksBefore(offer({ vi: 1, order: 2 }), offer({ vi: 1, order: 1 }))).toBe(false);
    expect(ranksBefore(offer({ vi: 1, order: 1 }), offer({ vi: 1, order: 1 }))).toBe(false);
  });
});

describe('NearMissTop', () => {
  it('k = 0: nothing kept, a floor no score reaches', () => {
    const top = new NearMissTop(0, 0.2);
    expect(top.floor(0)).toBe(Number.POSITIVE_INFINITY);
    top.offer(offer({ vi: 1 }));
    expect(top.top()).toEqual([]);
  });

  it('the floor: minScore until k vacancies have a near miss, then the k-th gain above the base (never below minScore)', () => {
    const top = new NearMissTop(2, 0.1);
    expect(top.floor(0.05)).toBe(0.1);
    expect(top.mayEnter(-5)).toBe(true);
    top.offer(offer({ vi: 1, gain: 0.5 }));
    expect(top.floor(0)).toBe(0.1);
    top.offer(offer({ vi: 2, gain: 0.3 }));
    expect(top.floor(0)).toBe(0.3);
    expect(top.floor(0.2)).toBeCloseTo(0.5, 12);
    expect(top.mayEnter(0.3)).toBe(true);
    expect(top.mayEnter(0.29)).toBe(false);
    // A better offer of vacancy 2 raises the k-th gain; a third vacancy above it replaces the lowest.
    top.offer(offer({ vi: 2, gain: 0.4, order: 1 }));
    expect(top.floor(0)).toBe(0.4);
    top.offer(offer({ vi: 3, gain: 0.45 }));
    expect(top.floor(0)).toBe(0.45);
    // An offer no better than the k-th changes no floor.
    top.offer(offer({ vi: 4, gain: 0.45 }));
    expect(top.floor(0)).toBe(0.45);
    expect(top.top().map((o) => o.vi)).toEqual([1, 3]);
    const low = new NearMissTop(1, 0.9);
    low.offer(offer({ vi: 1, gain: 0.1 }));
    expect(low.floor(0)).toBe(0.9);
  });

  it('the floor when the lowest of k is not the last one known: a better third vacancy replaces the lowest, a worse one none', () => {
    const top = new NearMissTop(2, 0);
    top.offer(offer({ vi: 1, gain: 0.1 }));
    top.offer(offer({ vi: 2, gain: 0.5 }));
    expect(top.floor(0)).toBe(0.1);
    // Vacancy 3 (0.3) replaces vacancy 1 (0.1), the lowest, not vacancy 2, the last one known.
    top.offer(offer({ vi: 3, gain: 0.3 }));
    expect(top.floor(0)).toBe(0.3);
    // Vacancy 4 (0.2) is below the k-th gain: nothing is replaced.
    top.offer(offer({ vi: 4, gain: 0.2 }));
    expect(top.floor(0)).toBe(0.3);
    expect(top.top().map((o) => o.vi)).toEqual([2, 3]);
  });

  it('against an oracle: the best offer per vacancy, best first, k of them; an offer mayEnter refuses changes nothing', () => {
    const arbOffer = fc.record({
      vi: fc.integer({ min: 0, max: 6 }),
      gain: fc.integer({ min: -2, max: 6 }).map((g) => g / 4),
      score: fc.integer({ min: 0, max: 4 }).map((s) => s / 4),
      kind: fc.constantFrom(...KINDS),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.array(arbOffer, { maxLength: 40 }), (k, raw) => {
        const top = new NearMissTop(k, 0);
        const offers = raw.map((o, order) => offer({ ...o, order }));
        const seen: Offer[] = [];
        for (const o of offers) {
          const was = top.top();
          const refused = !top.mayEnter(o.gain);
          top.offer(o);
          seen.push(o);
          if (refused) expect(top.top()).toEqual(was);
          const best = new Map<number, Offer>();
          for (const s of seen) {
            const b = best.get(s.vi);
            if (b === undefined || ranksBefore(s, b)) best.set(s.vi, s);
          }
          const oracle = [...best.values()].sort((a, b) => (ranksBefore(a, b) ? -1 : 1)).slice(0, k);
          expect(top.top()).toEqual(oracle);
          // Every offer made: the floor is the k-th best gain (on a base of 0), never below minScore 0.
          if (oracle.length === k && k > 0) expect(top.floor(0)).toBe(Math.max(0, oracle[k - 1]!.gain));
        }
      }),
      { seed: 20, numRuns: 300 },
    );
  });
});

describe('whyNot’s options', () => {
  it('defaults extraKm 10 and k 5; the bounds 0–300 km and 0–1,000 whole, each refusal naming the option and the caller', () => {
    expect(resolveWhyNotOptions(undefined)).toEqual({ extraKm: 10, k: 5 });
    expect(resolveWhyNotOptions(null)).toEqual({ extraKm: 10, k: 5 });
    expect(resolveWhyNotOptions({ k: 1000, extraKm: 300 })).toEqual({ extraKm: 300, k: 1000 });
    expect(resolveWhyNotOptions({ k: 0, extraKm: 0 })).toEqual({ extraKm: 0, k: 0 });
    const refusal = (o: object, where?: string) => {
      try {
        resolveWhyNotOptions(o, where);
      } catch (e) {
        return isBanenmatchError(e) ? `${e.code} ${e.message}` : String(e);
      }
      return 'accepted';
    };
    expect(refusal({ k: 1001 })).toBe('INVALID_ARGUMENT whyNot: `k`: Too big: expected number to be <=1000');
    expect(refusal({ extraKm: 300.5 }, 'caseloadGaps')).toBe(
      'INVALID_ARGUMENT caseloadGaps: `extraKm`: Too big: expected number to be <=300',
    );
    expect(refusal({ k: -1 })).toBe('INVALID_ARGUMENT whyNot: `k`: Too small: expected number to be >=0');
    expect(refusal({ extraKm: -0.1 })).toBe(
      'INVALID_ARGUMENT whyNot: `extraKm`: Too small: expected number to be >=0',
    );
    expect(refusal({ k: 1.5 })).toBe(
      'INVALID_ARGUMENT whyNot: `k`: Invalid input: expected int, received number',
    );
  });
});
