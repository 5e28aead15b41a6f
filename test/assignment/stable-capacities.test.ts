import { blockingPairs, type StableMatchInput, stableMatch } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Stable matching where vacancies have two or more places and fill up: which holder a full vacancy
// lets go, the candidate-optimal and vacancy-optimal results against every stable matching found by
// brute force, the proposal count and the holders' order (issue 20).

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
      const wants = holders.length < caps[v]! || holders.some((d) => input.vacancyPrefs[v]!.indexOf(d) > vr);
      if (wants) out.push(`${c}-${v}`);
    });
  });
  return out;
}

/** Every stable matching with capacities, by brute force over each candidate's acceptable vacancies. */
function allStable(input: StableMatchInput): Int32Array[] {
  const nc = input.candidatePrefs.length;
  const caps = input.capacities ?? input.vacancyPrefs.map(() => 1);
  const load = caps.map(() => 0);
  const cur = new Int32Array(nc).fill(-1);
  const out: Int32Array[] = [];
  const go = (c: number): void => {
    if (c === nc) {
      if (naiveBlocking(input, cur).length === 0) out.push(cur.slice());
      return;
    }
    cur[c] = -1;
    go(c + 1);
    for (const v of input.candidatePrefs[c]!) {
      if (!input.vacancyPrefs[v]!.includes(c) || load[v]! >= caps[v]!) continue;
      load[v]!++;
      cur[c] = v;
      go(c + 1);
      load[v]!--;
    }
    cur[c] = -1;
  };
  go(0);
  return out;
}

const rankOf = (input: StableMatchInput, c: number, v: number): number =>
  v === -1 ? Number.POSITIVE_INFINITY : input.candidatePrefs[c]!.indexOf(v);

/** Proposals deferred acceptance makes, read off its result (each side proposes down its list in order). */
function expectedProposals(input: StableMatchInput, c2v: Int32Array, proposing: string): number {
  const caps = input.capacities ?? input.vacancyPrefs.map(() => 1);
  let n = 0;
  if (proposing === 'candidates') {
    input.candidatePrefs.forEach((list, c) => {
      n += c2v[c] === -1 ? list.length : list.indexOf(c2v[c]!) + 1;
    });
  } else {
    input.vacancyPrefs.forEach((list, v) => {
      const held = list.filter((c) => c2v[c] === v);
      // A full vacancy stopped at its least preferred holder; any other read its whole list.
      n += held.length === caps[v] ? (held.length === 0 ? 0 : list.indexOf(held.at(-1)!) + 1) : list.length;
    });
  }
  return n;
}

/**
 * Crowded markets: few vacancies of two or three places and more candidates than places, with long
 * lists, so vacancies fill up and must choose which holder to let go.
 */
const crowded = fc.tuple(fc.integer({ min: 3, max: 6 }), fc.integer({ min: 1, max: 3 })).chain(([nc, nv]) =>
  fc.record({
    candidatePrefs: fc.array(fc.shuffledSubarray([...Array(nv).keys()], { minLength: Math.min(nv, 1) }), {
      minLength: nc,
      maxLength: nc,
    }),
    vacancyPrefs: fc.array(fc.shuffledSubarray([...Array(nc).keys()], { minLength: Math.max(0, nc - 2) }), {
      minLength: nv,
      maxLength: nv,
    }),
    capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: nv, maxLength: nv }),
  }),
);

describe('stableMatch with capacities: a full vacancy lets go of its least preferred holder', () => {
  // One vacancy, two places; it ranks candidates 3, 0, 1, 2. Candidates 0, 1 and 2 propose first, then 3.
  const input: StableMatchInput = {
    candidatePrefs: [[0], [0], [0], [0]],
    vacancyPrefs: [[3, 0, 1, 2]],
    capacities: [2],
  };

  it('keeps its two best proposers, whatever order they held in', () => {
    // 0 and 1 held; 2 rejected (ranked below both); 3 displaces 1, the worst holder, not 0.
    const r = stableMatch(input);
    expect([...r.candidateToVacancy]).toEqual([0, -1, -1, 0]);
    expect(r.vacancyToCandidates.map((h) => [...h])).toEqual([[3, 0]]);
    expect(r.proposals).toBe(4);
    expect(blockingPairs(input, r.candidateToVacancy)).toEqual([]);
  });

  it('lets go of the worst holder when it is not the last one placed', () => {
    // Vacancy 0 ranks 1 above 0; 0 then 1 are held (the worst first), 2 comes, ranked between them.
    const m: StableMatchInput = {
      candidatePrefs: [[0], [0], [0]],
      vacancyPrefs: [[1, 2, 0]],
      capacities: [2],
    };
    const r = stableMatch(m);
    expect([...r.candidateToVacancy]).toEqual([-1, 0, 0]);
    expect(r.vacancyToCandidates.map((h) => [...h])).toEqual([[1, 2]]);
    // Three places' worth: the worst of three holders is in the middle of the list.
    const three: StableMatchInput = {
      candidatePrefs: [[0], [0], [0], [0]],
      vacancyPrefs: [[0, 2, 1, 3]],
      capacities: [3],
    };
    // 0, 1, 2 held (ranks 0, 2, 1); 3 is ranked last and rejected; then with 1 and 3 swapped in the
    // vacancy's list, 3 displaces 1, the middle holder.
    expect([...stableMatch(three).candidateToVacancy]).toEqual([0, 0, 0, -1]);
    const swapped = { ...three, vacancyPrefs: [[0, 2, 3, 1]] };
    expect([...stableMatch(swapped).candidateToVacancy]).toEqual([0, -1, 0, 0]);
    expect(stableMatch(swapped).vacancyToCandidates.map((h) => [...h])).toEqual([[0, 2, 3]]);
  });

  it('vacancy-proposing: a vacancy that loses a candidate proposes further down its list', () => {
    // Vacancy 0 (two places) offers 0 and 1; vacancy 1 offers 0, whom 0 prefers; vacancy 0 then offers 2.
    const m: StableMatchInput = {
      candidatePrefs: [[1, 0], [0], [0]],
      vacancyPrefs: [[0, 1, 2], [0]],
      capacities: [2, 1],
    };
    const r = stableMatch(m, { proposing: 'vacancies' });
    expect([...r.candidateToVacancy]).toEqual([1, 0, 0]);
    expect(r.vacancyToCandidates.map((h) => [...h])).toEqual([[1, 2], [0]]);
    expect(r.proposals).toBe(4);
  });

  it('a vacancy with no places takes nobody and its proposers move on', () => {
    const m: StableMatchInput = {
      candidatePrefs: [[0, 1], [0]],
      vacancyPrefs: [[0, 1], [0]],
      capacities: [0, 1],
    };
    for (const proposing of ['candidates', 'vacancies'] as const) {
      const r = stableMatch(m, { proposing });
      expect([...r.candidateToVacancy]).toEqual([1, -1]);
      expect(r.vacancyToCandidates.map((h) => [...h])).toEqual([[], [0]]);
    }
    expect(stableMatch(m).proposals).toBe(3);
    expect(stableMatch(m, { proposing: 'vacancies' }).proposals).toBe(1);
  });
});

describe('stableMatch with capacities: brute-force oracle on crowded markets', () => {
  it('candidate-proposing is the best stable matching for every candidate, vacancy-proposing the worst', () => {
    fc.assert(
      fc.property(crowded, (input) => {
        const stable = allStable(input);
        const a = stableMatch(input);
        const b = stableMatch(input, { proposing: 'vacancies' });
        const key = (m: ArrayLike<number>) => [...Array.from(m)].join(',');
        const keys = new Set(stable.map(key));
        expect(keys.has(key(a.candidateToVacancy))).toBe(true);
        expect(keys.has(key(b.candidateToVacancy))).toBe(true);
        for (const m of stable) {
          for (let c = 0; c < m.length; c++) {
            expect(rankOf(input, c, a.candidateToVacancy[c]!)).toBeLessThanOrEqual(rankOf(input, c, m[c]!));
            expect(rankOf(input, c, b.candidateToVacancy[c]!)).toBeGreaterThanOrEqual(
              rankOf(input, c, m[c]!),
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts its proposals and lists each vacancy’s holders in its order of preference', () => {
    fc.assert(
      fc.property(
        crowded,
        fc.constantFrom('candidates' as const, 'vacancies' as const),
        (input, proposing) => {
          const r = stableMatch(input, { proposing });
          expect(r.proposals).toBe(expectedProposals(input, r.candidateToVacancy, proposing));
          r.vacancyToCandidates.forEach((held, v) => {
            const want = input.vacancyPrefs[v]!.filter((c) => r.candidateToVacancy[c] === v);
            expect([...held]).toEqual(want);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('blockingPairs agrees with the naive definition on every matching of a crowded market', () => {
    fc.assert(
      fc.property(crowded, fc.integer({ min: 0, max: 2 ** 30 }), (input, seed) => {
        // Any feasible matching: each candidate to an acceptable vacancy with room, picked by the seed.
        const load = input.vacancyPrefs.map(() => 0);
        const m = new Int32Array(input.candidatePrefs.length).fill(-1);
        let s = seed;
        input.candidatePrefs.forEach((list, c) => {
          const room = list.filter(
            (v) => input.vacancyPrefs[v]!.includes(c) && load[v]! < input.capacities![v]!,
          );
          s = (Math.imul(s, 48271) >>> 0) % 2147483647;
          const pick = s % (room.length + 1);
          if (pick < room.length) {
            m[c] = room[pick]!;
            load[room[pick]!]!++;
          }
        });
        const got = blockingPairs(input, m).map((p) => `${p.candidate}-${p.vacancy}`);
        expect(got).toEqual(naiveBlocking(input, m));
      }),
      { numRuns: 300 },
    );
  });
});
