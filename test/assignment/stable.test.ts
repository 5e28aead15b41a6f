import { blockingPairs, type StableMatchInput, stableMatch } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../helpers/errors.js';

/** Naive definition of a blocking pair, written independently of the library. */
function naiveBlocking(input: StableMatchInput, c2v: ArrayLike<number>): string[] {
  const caps = input.capacities ?? input.vacancyPrefs.map(() => 1);
  const out: string[] = [];
  input.candidatePrefs.forEach((list, c) => {
    list.forEach((v, rank) => {
      const vr = input.vacancyPrefs[v]!.indexOf(c);
      if (vr === -1) return;
      const own = c2v[c]!;
      if (own !== -1 && list.indexOf(own) <= rank) return;
      const holders = [...Array(c2v.length).keys()].filter((d) => c2v[d] === v);
      const vacancyWants =
        holders.length < caps[v]! || holders.some((d) => input.vacancyPrefs[v]!.indexOf(d) > vr);
      if (vacancyWants) out.push(`${c}-${v}`);
    });
  });
  return out;
}

/** Random market: acceptable pairs, both sides' orders, capacities 0–3. */
const market = fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 6 })).chain(([nc, nv]) =>
  fc.record({
    candidatePrefs: fc.array(fc.shuffledSubarray([...Array(nv).keys()]), { minLength: nc, maxLength: nc }),
    vacancyPrefs: fc.array(fc.shuffledSubarray([...Array(nc).keys()]), { minLength: nv, maxLength: nv }),
    capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: nv, maxLength: nv }),
  }),
);

function rankOf(input: StableMatchInput, c: number, v: number): number {
  return v === -1 ? Number.POSITIVE_INFINITY : input.candidatePrefs[c]!.indexOf(v);
}

/** Every matching of a one-place-per-vacancy market, by brute force. */
function allMatchings(nc: number, nv: number): Int32Array[] {
  const out: Int32Array[] = [];
  const cur = new Int32Array(nc).fill(-1);
  const used = new Array<boolean>(nv).fill(false);
  const go = (c: number): void => {
    if (c === nc) {
      out.push(cur.slice());
      return;
    }
    cur[c] = -1;
    go(c + 1);
    for (let v = 0; v < nv; v++) {
      if (used[v]) continue;
      used[v] = true;
      cur[c] = v;
      go(c + 1);
      used[v] = false;
    }
    cur[c] = -1;
  };
  go(0);
  return out;
}

describe('stableMatch: worked example', () => {
  // Candidates A, B, C = 0, 1, 2; vacancies X, Y, Z = 0, 1, 2.
  const input: StableMatchInput = {
    candidatePrefs: [
      [0, 1, 2],
      [1, 0, 2],
      [0, 1, 2],
    ],
    vacancyPrefs: [
      [1, 0, 2],
      [0, 1, 2],
      [0, 1, 2],
    ],
  };

  it('candidate-proposing: A–X, B–Y, C–Z (A and B get their first choice)', () => {
    // A→X held; B→Y held; C→X rejected (X prefers A), C→Y rejected (Y prefers B), C→Z held.
    const r = stableMatch(input);
    expect([...r.candidateToVacancy]).toEqual([0, 1, 2]);
    expect(r.optimalFor).toBe('candidates');
    expect(r.proposals).toBe(5);
    expect(blockingPairs(input, r.candidateToVacancy)).toEqual([]);
  });

  it('vacancy-proposing: A–Y, B–X, C–Z (X and Y get their first choice)', () => {
    // X→B, Y→A held; Z→A rejected (A holds Y), Z→B rejected (B holds X), Z→C held.
    const r = stableMatch(input, { proposing: 'vacancies' });
    expect([...r.candidateToVacancy]).toEqual([1, 0, 2]);
    expect(r.optimalFor).toBe('vacancies');
    expect(r.vacancyToCandidates.map((a) => [...a])).toEqual([[1], [0], [2]]);
    expect(blockingPairs(input, r.candidateToVacancy)).toEqual([]);
  });

  it('fills a vacancy with two places and reports the blocking pair of an unstable matching', () => {
    const withCap: StableMatchInput = { ...input, capacities: [2, 1, 1] };
    const r = stableMatch(withCap);
    // A and C both get X (two places), B gets Y.
    expect([...r.candidateToVacancy]).toEqual([0, 1, 0]);
    expect(r.vacancyToCandidates.map((a) => [...a])).toEqual([[0, 2], [1], []]);
    // With A at Z, B at Y, C at X: A prefers X, which has a free place, and Y, which prefers A to B.
    expect(blockingPairs(withCap, Int32Array.of(2, 1, 0))).toEqual([
      { candidate: 0, vacancy: 0 },
      { candidate: 0, vacancy: 1 },
    ]);
  });

  it('matches only mutually acceptable pairs', () => {
    const r = stableMatch({ candidatePrefs: [[0]], vacancyPrefs: [[]] });
    expect([...r.candidateToVacancy]).toEqual([-1]);
  });
});

describe('stableMatch: properties', () => {
  it('is stable (no blocking pair, checked naively too), respects capacities and acceptability', () => {
    fc.assert(
      fc.property(
        market,
        fc.constantFrom('candidates' as const, 'vacancies' as const),
        (input, proposing) => {
          const r = stableMatch(input, { proposing });
          expect(blockingPairs(input, r.candidateToVacancy)).toEqual([]);
          expect(naiveBlocking(input, r.candidateToVacancy)).toEqual([]);
          r.vacancyToCandidates.forEach((held, v) => {
            expect(held.length).toBeLessThanOrEqual(input.capacities![v]!);
            for (const c of held) {
              expect(r.candidateToVacancy[c]).toBe(v);
              expect(input.vacancyPrefs[v]).toContain(c);
              expect(input.candidatePrefs[c]).toContain(v);
            }
          });
        },
      ),
    );
  });

  it('candidate-proposing is weakly better for every candidate; both match the same people (rural hospitals)', () => {
    fc.assert(
      fc.property(market, (input) => {
        const a = stableMatch(input);
        const b = stableMatch(input, { proposing: 'vacancies' });
        for (let c = 0; c < input.candidatePrefs.length; c++) {
          expect(rankOf(input, c, a.candidateToVacancy[c]!)).toBeLessThanOrEqual(
            rankOf(input, c, b.candidateToVacancy[c]!),
          );
          expect(a.candidateToVacancy[c] === -1).toBe(b.candidateToVacancy[c] === -1);
        }
        expect(a.vacancyToCandidates.map((h) => h.length)).toEqual(
          b.vacancyToCandidates.map((h) => h.length),
        );
      }),
    );
  });

  it('is the best stable matching for the proposing side among all stable matchings (brute force)', () => {
    const small = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).chain(([nc, nv]) =>
      fc.record({
        candidatePrefs: fc.array(fc.shuffledSubarray([...Array(nv).keys()]), {
          minLength: nc,
          maxLength: nc,
        }),
        vacancyPrefs: fc.array(fc.shuffledSubarray([...Array(nc).keys()]), { minLength: nv, maxLength: nv }),
      }),
    );
    fc.assert(
      fc.property(small, (input) => {
        const nc = input.candidatePrefs.length;
        const nv = input.vacancyPrefs.length;
        const acceptable = (m: Int32Array) =>
          [...m].every(
            (v, c) =>
              v === -1 || (input.candidatePrefs[c]!.includes(v) && input.vacancyPrefs[v]!.includes(c)),
          );
        const stable = allMatchings(nc, nv).filter(
          (m) => acceptable(m) && naiveBlocking(input, m).length === 0,
        );
        expect(stable.length).toBeGreaterThan(0);
        const a = stableMatch(input).candidateToVacancy;
        const b = stableMatch(input, { proposing: 'vacancies' }).candidateToVacancy;
        const vRank = (v: number, c: number) =>
          c === -1 ? Number.POSITIVE_INFINITY : input.vacancyPrefs[v]!.indexOf(c);
        const holder = (m: Int32Array, v: number) => m.indexOf(v);
        for (const m of stable) {
          for (let c = 0; c < nc; c++)
            expect(rankOf(input, c, a[c]!)).toBeLessThanOrEqual(rankOf(input, c, m[c]!));
          for (let v = 0; v < nv; v++)
            expect(vRank(v, holder(b, v))).toBeLessThanOrEqual(vRank(v, holder(m, v)));
        }
      }),
    );
  });

  it('blockingPairs agrees with the naive definition on arbitrary matchings', () => {
    fc.assert(
      fc.property(
        market.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 20, maxLength: 20 }),
          ),
        ),
        ([input, noise]) => {
          // Build a valid matching greedily from random choices among acceptable pairs.
          const nc = input.candidatePrefs.length;
          const load = input.vacancyPrefs.map(() => 0);
          const m = new Int32Array(nc).fill(-1);
          for (let c = 0; c < nc; c++) {
            const options = input.candidatePrefs[c]!.filter(
              (v) => input.vacancyPrefs[v]!.includes(c) && load[v]! < input.capacities![v]!,
            );
            const pick = noise[c % noise.length]! % (options.length + 1);
            if (pick < options.length) {
              m[c] = options[pick]!;
              load[options[pick]!]!++;
            }
          }
          const got = blockingPairs(input, m).map((p) => `${p.candidate}-${p.vacancy}`);
          expect(got).toEqual(naiveBlocking(input, m));
        },
      ),
    );
  });
});

describe('stableMatch: errors and progress', () => {
  it('rejects bad input with INVALID_ARGUMENT', () => {
    expect(codeOf(() => stableMatch({ candidatePrefs: [[1]], vacancyPrefs: [[0]] }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => stableMatch({ candidatePrefs: [[0, 0]], vacancyPrefs: [[0]] }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => stableMatch({ candidatePrefs: [[0]], vacancyPrefs: [[0]], capacities: [-1] }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => stableMatch({ candidatePrefs: [[0]], vacancyPrefs: [[0]], capacities: [] }))).toBe(
      'INVALID_ARGUMENT',
    );
    const opts = { proposing: 'both' as unknown as 'candidates' };
    expect(codeOf(() => stableMatch({ candidatePrefs: [], vacancyPrefs: [] }, opts))).toBe(
      'INVALID_ARGUMENT',
    );
    const input = { candidatePrefs: [[0]], vacancyPrefs: [[]] };
    expect(codeOf(() => blockingPairs(input, Int32Array.of(0)))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => blockingPairs(input, Int32Array.of(-1, -1)))).toBe('INVALID_ARGUMENT');
    const full = { candidatePrefs: [[0], [0]], vacancyPrefs: [[0, 1]] };
    expect(codeOf(() => blockingPairs(full, Int32Array.of(0, 0)))).toBe('INVALID_ARGUMENT');
  });

  it('stops with ABORTED and reports progress', () => {
    const controller = new AbortController();
    controller.abort();
    const input = { candidatePrefs: [[0]], vacancyPrefs: [[0]] };
    expect(codeOf(() => stableMatch(input, { signal: controller.signal }))).toBe('ABORTED');
    const seen: [number, number][] = [];
    stableMatch(input, { onProgress: (d, t) => seen.push([d, t]) });
    // Two list entries read for the rank tables, then one proposal.
    expect(seen.at(-1)).toEqual([3, 3]);
  });

  it('reports progress while it builds the rank tables, before the first proposal', () => {
    const n = 2000;
    const prefs = Array.from({ length: n }, (_, i) => Array.from({ length: 50 }, (_, k) => (i + k * 37) % n));
    const seen: [number, number][] = [];
    stableMatch({ candidatePrefs: prefs, vacancyPrefs: prefs }, { onProgress: (d, t) => seen.push([d, t]) });
    const tables = 2 * n * 50;
    // The first report comes from the tables (at most `tables` entries read), and the total counts them.
    expect(seen[0]![0]).toBeLessThanOrEqual(tables);
    expect(seen[0]![1]).toBe(tables + n * 50);
    expect(seen.filter(([d]) => d < tables).length).toBeGreaterThan(0);
    expect(seen.at(-1)![0]).toBe(seen.at(-1)![1]);
  });
});
