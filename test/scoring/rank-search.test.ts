import {
  type CandidateInput,
  createMatcher,
  generateRegion,
  type MatcherOptions,
  type PairResult,
  type VacancyInput,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { cleaner, hilversum, huizen } from '../helpers/places.js';

// The four rankings (`rank`, `rankCandidates`, `rankAll`, `shortlist`) skip cells, job shapes and
// candidates by bounds (src/scoring/rank/search.ts, rank-all.ts): each list must be the brute-force
// top k of `score()` over every pair, with the same explained matches. A small region scored once per
// configuration, so that the file runs in seconds (issue 20, mutation testing).

const region = generateRegion({ seed: 11, candidates: 30, vacancies: 50 });

type Oracle = {
  /** `scores[ci][vi]`, `score()` of every pair. */
  scores: PairResult[][];
  lift: number[];
  minScore: number;
};

function oracleOf(options: MatcherOptions): Oracle {
  const m = createMatcher(region, options);
  const minScore = options.minScore ?? 0;
  const lift = m.candidates.map((c) =>
    c.targetGroup === 'beschut' ? -2 : options.priorityFirst === true && c.priority === true ? 2 : 0,
  );
  const scores = m.candidates.map((c) => m.vacancies.map((v) => m.score(c.id, v.id)));
  return { scores, lift, minScore };
}

/** A candidate's top k: score descending, then vacancy index. */
function topVacancies(o: Oracle, ci: number, k: number): number[] {
  return o.scores[ci]!.map((r, vi) => ({ r, vi }))
    .filter((x) => !x.r.excluded && x.r.score >= o.minScore)
    .sort((a, b) => b.r.score - a.r.score || a.vi - b.vi)
    .slice(0, k)
    .map((x) => x.vi);
}

/** A vacancy's top k: score + lift descending, then candidate index. */
function topCandidates(o: Oracle, vi: number, k: number): number[] {
  return o.scores
    .map((row, ci) => ({ r: row[vi]!, ci }))
    .filter((x) => !x.r.excluded && x.r.score >= o.minScore)
    .sort((a, b) => b.r.score + o.lift[b.ci]! - (a.r.score + o.lift[a.ci]!) || a.ci - b.ci)
    .slice(0, k)
    .map((x) => x.ci);
}

const configs: { name: string; options: MatcherOptions; ks: number[] }[] = [
  // k = 1 after k = 3: the search's reused key buffer holds a longer list's keys beyond k.
  { name: 'defaults', options: {}, ks: [3, 1] },
  { name: 'carving off', options: { carving: false }, ks: [2] },
  { name: 'a least score, priority first', options: { minScore: 0.55, priorityFirst: true }, ks: [2] },
  {
    name: 'commute weighs most',
    options: { weights: { commute: 6, capability: 1, skills: 1, hours: 1, economics: 1, preferences: 1 } },
    ks: [2],
  },
];

describe('the rankings against scoring every pair (oracle)', () => {
  for (const { name, options, ks } of configs) {
    it(`rank, rankCandidates, rankAll and shortlist (${name})`, () => {
      const o = oracleOf(options);
      const m = createMatcher(region, options);
      const nC = m.candidates.length;
      const nV = m.vacancies.length;
      let listed = 0;
      for (const k of ks) {
        const all = m.rankAll({ k });
        const short = m.shortlist({ k });
        for (let ci = 0; ci < nC; ci++) {
          const want = topVacancies(o, ci, k);
          const got = m.rank(m.candidates[ci]!.id, { k });
          expect(got.map((x) => m.vacancyIndex(x.vacancyId))).toEqual(want);
          expect(got).toEqual(want.map((vi) => o.scores[ci]![vi]));
          expect(all.byCandidate[ci]).toEqual(got);
          const from = short.offsets[ci]!;
          expect([...short.vacancies.subarray(from, short.offsets[ci + 1])]).toEqual(want);
          expect([...short.scores.subarray(from, short.offsets[ci + 1])]).toEqual(
            want.map((vi) => o.scores[ci]![vi]!.score),
          );
          listed += want.length;
        }
        for (let vi = 0; vi < nV; vi++) {
          const want = topCandidates(o, vi, k);
          const got = m.rankCandidates(m.vacancies[vi]!.id, { k });
          expect(got.map((x) => m.candidateIndex(x.candidateId))).toEqual(want);
          expect(got).toEqual(want.map((ci) => o.scores[ci]![vi]));
          expect(all.byVacancy[vi]).toEqual(got);
          listed += want.length;
        }
      }
      expect(listed).toBeGreaterThan(nC + nV);
    });
  }

  it('a k longer than either side lists every pair that is not excluded', () => {
    const o = oracleOf({});
    const m = createMatcher(region);
    const all = m.rankAll({ k: 500 });
    const short = m.shortlist({ k: 500 });
    for (let ci = 0; ci < m.candidates.length; ci++) {
      const want = topVacancies(o, ci, 500);
      expect(all.byCandidate[ci]!.map((x) => m.vacancyIndex(x.vacancyId))).toEqual(want);
      expect(m.rank(m.candidates[ci]!.id, { k: 500 })).toEqual(all.byCandidate[ci]);
      expect([...short.vacancies.subarray(short.offsets[ci], short.offsets[ci + 1])]).toEqual(want);
    }
    for (let vi = 0; vi < m.vacancies.length; vi++) {
      const want = topCandidates(o, vi, 500);
      expect(all.byVacancy[vi]!.map((x) => m.candidateIndex(x.candidateId))).toEqual(want);
      expect(m.rankCandidates(m.vacancies[vi]!.id, { k: 500 })).toEqual(all.byVacancy[vi]);
    }
  });

  it('k = 0 gives empty lists', () => {
    const m = createMatcher(region);
    const all = m.rankAll({ k: 0 });
    expect(all.byCandidate.every((l) => l.length === 0)).toBe(true);
    expect(all.byVacancy.every((l) => l.length === 0)).toBe(true);
    expect(m.rank(m.candidates[0]!.id, { k: 0 })).toEqual([]);
    expect(m.rankCandidates(m.vacancies[0]!.id, { k: 0 })).toEqual([]);
    const short = m.shortlist({ k: 0 });
    expect([...short.offsets]).toEqual(new Array(m.candidates.length + 1).fill(0));
  });
});

describe('rankAll and shortlist on a changed caseload, with progress and abort', () => {
  it('leave out removed candidates and vacancies, as a matcher built on the rest', () => {
    const m = createMatcher(region);
    const gone = { c: [m.candidates[0]!.id, m.candidates[7]!.id], v: [m.vacancies[3]!.id] };
    for (const id of gone.c) m.removeCandidate(id);
    for (const id of gone.v) m.removeVacancy(id);
    const rest = createMatcher({
      candidates: region.candidates.filter((c) => !gone.c.includes(c.id)),
      vacancies: region.vacancies.filter((v) => !gone.v.includes(v.id)),
    });
    expect(m.rankAll({ k: 2 })).toEqual(rest.rankAll({ k: 2 }));
    expect(m.shortlist({ k: 2 })).toEqual(rest.shortlist({ k: 2 }));
  });

  const many = generateRegion({ seed: 3, candidates: 130, vacancies: 4 });
  // A multiple of 64: no step reported twice at the end.
  const even = generateRegion({ seed: 3, candidates: 128, vacancies: 4 });
  const runs = ['rankAll', 'shortlist'] as const;

  it('report (done, total) before every 64th candidate and at the end', () => {
    for (const [region, steps] of [
      [many, [0, 64, 128, 130]],
      [even, [0, 64, 128]],
    ] as const) {
      const m = createMatcher(region);
      const total = region.candidates.length;
      for (const run of runs) {
        const calls: number[][] = [];
        m[run]({ k: 1, onProgress: (done, of) => calls.push([done, of]) });
        expect(calls).toEqual(steps.map((done) => [done, total]));
      }
    }
  });

  it('with k = 0 rankAll scans nothing and reports only the end; a bad k is named by the call', () => {
    const m = createMatcher(many);
    const calls: number[][] = [];
    m.rankAll({ k: 0, onProgress: (done, of) => calls.push([done, of]) });
    expect(calls).toEqual([[130, 130]]);
    expect(() => m.rankAll({ k: -1 })).toThrow('rankAll: `k`: Too small');
    expect(() => m.shortlist({ k: -1 })).toThrow('shortlist: `k`: Too small');
  });

  it('stop at the next check after an abort, also one in the last step', () => {
    const m = createMatcher(many);
    for (const run of runs) {
      for (const at of [-1, 64, 128]) {
        const control = new AbortController();
        if (at < 0) control.abort();
        const calls: number[] = [];
        const onProgress = (done: number): void => {
          calls.push(done);
          if (done === at) control.abort();
        };
        expect(() => m[run]({ k: 1, signal: control.signal, onProgress })).toThrow(`${run} was aborted`);
        // Aborted at 64: the check before candidate 128 throws, no later step is reported.
        expect(calls).toEqual(at < 0 ? [] : at === 64 ? [0, 64] : [0, 64, 128]);
      }
    }
  });
});

describe('the rankings’ worked edge cases', () => {
  /** A job of `hours` at Hilversum: cleaning, and a loading task of 8 h lifting heavy (IV.13 code 0) when `heavy`. */
  const job = (id: string, heavy: boolean): VacancyInput => ({
    id,
    employerId: 'e1',
    sector: 'market',
    occupation: 'schoonmaker',
    location: hilversum,
    hoursPerWeek: heavy ? 28 : 20,
    tasks: [
      { id: 't1', kind: 'cleaning', hoursPerWeek: 20, demands: {} },
      ...(heavy ? [{ id: 't2', kind: 'loading', hoursPerWeek: 8, demands: { 'IV.13': 0 } }] : []),
    ],
  });
  const onlyCommute = { capability: 0, skills: 0, hours: 0, economics: 0, preferences: 0, commute: 1 };

  it('a vacancy at home is in reach of a candidate who travels 0 km', () => {
    const home: CandidateInput = { ...cleaner, maxCommuteKm: 0 };
    const m = createMatcher({ candidates: [home], vacancies: [job('v1', false)] });
    expect(m.rank('c1').map((x) => x.vacancyId)).toEqual(['v1']);
    expect(m.rankAll().byCandidate[0]!.map((x) => x.vacancyId)).toEqual(['v1']);
  });

  it('a known job shape 14 km away, commute scored over 2 km, is ranked while the list is not full', () => {
    // Commute falls to 0 at 2 km; the cleaner travels 25. `v-home` (met first, its cell nearest) makes
    // the shape known; `v-far`, 14 km south, scores its bound less the whole commute weight (0.15), far
    // above the floor of a list not full (0): no distance may cut it (`havCutOf` at a loss ≥ 1).
    const far = { municipality: 'Hilversum', lat: hilversum.lat - 0.126, lon: hilversum.lon };
    const c: CandidateInput = { ...cleaner, maxCommuteKm: 25 };
    const input = {
      candidates: [c],
      vacancies: [job('v-home', false), { ...job('v-far', false), location: far }],
    };
    const m = createMatcher(input, { commute: { defaultKm: 15, travelLimitedKm: 5, scoreKm: 2 } });
    const home = m.score('c1', 'v-home');
    const away = m.score('c1', 'v-far');
    expect(home.score - away.score).toBeCloseTo(0.15, 12);
    expect(m.rank('c1', { k: 2 }).map((x) => [x.vacancyId, x.score])).toEqual([
      ['v-home', home.score],
      ['v-far', away.score],
    ]);
    expect([...m.shortlist({ k: 2 }).vacancies]).toEqual([0, 1]);
  });

  it('a carved job’s cut counts the carved factor: a known carved shape 1.35 km away still makes the list', () => {
    // Commute alone weighs, scored over 5 km; k = 2. `p` lifts ~5 kg, so the heavy job is carved (factor
    // 0.85). In the home cell the light job 2 km south (0.6) and the carved job at home (0.85) fill
    // the list; the heavy job 1.35 km south then scores 0.85 × (1 − 1.35 / 5) ≈ 0.62 > 0.6: its cut is
    // at 5 × (0.85 − 0.6) / 0.85 ≈ 1.47 km, at 5 × 0.25 = 1.25 km if the factor were left out.
    const at = (km: number) => ({
      municipality: 'Hilversum',
      lat: hilversum.lat - km / 111.2,
      lon: hilversum.lon,
    });
    const p: CandidateInput = { ...cleaner, id: 'p', capabilities: { 'IV.13': 2 } };
    const vacancies = [
      { ...job('v-light', false), location: at(2) },
      job('v-home', true),
      { ...job('v-near', true), location: at(1.35) },
    ];
    const options = { weights: onlyCommute, commute: { defaultKm: 15, travelLimitedKm: 5, scoreKm: 5 } };
    const m = createMatcher({ candidates: [p], vacancies }, options);
    const near = m.score('p', 'v-near');
    expect(near.score).toBeCloseTo(0.85 * (1 - 1.35 / 5), 3);
    expect(m.score('p', 'v-light').score).toBeCloseTo(0.6, 3);
    expect(m.rank('p', { k: 2 }).map((x) => [x.vacancyId, x.score])).toEqual([
      ['v-home', 0.85],
      ['v-near', near.score],
    ]);
    expect([...m.shortlist({ k: 2 }).vacancies]).toEqual([1, 2]);
  });

  it('each known shape has its own hav cut: a whole job 0.5 km away is ranked after a carved job’s cut', () => {
    // Commute alone weighs, scored over 5 km; k = 1; `p` lifts ~5 kg (the heavy job carved, factor 0.85).
    // The light job's shape is known before the scan (scored). In the home cell the heavy shape's run
    // comes first: `v-home` (0.85) fills the list, then `v-heavy` (known, 0.3 km south) is cut at the
    // floor 0.85 by its carved bound 0.85 (a cut of 0 km). The light job 0.5 km south scores
    // 1 − 0.5 / 5 = 0.9: its own cut at that floor is 5 × (1 − 0.85) = 0.75 km, not the heavy shape's.
    const at = (km: number) => ({
      municipality: 'Hilversum',
      lat: hilversum.lat - km / 111.2,
      lon: hilversum.lon,
    });
    const p: CandidateInput = { ...cleaner, id: 'p', capabilities: { 'IV.13': 2 } };
    const vacancies = [
      job('v-home', true),
      { ...job('v-heavy', true), location: at(0.3) },
      { ...job('v-light', false), location: at(0.5) },
    ];
    const options = { weights: onlyCommute, commute: { defaultKm: 15, travelLimitedKm: 5, scoreKm: 5 } };
    const m = createMatcher({ candidates: [p], vacancies }, options);
    const light = m.score('p', 'v-light');
    expect(light.score).toBeCloseTo(0.9, 3);
    expect(m.rank('p', { k: 1 }).map((x) => [x.vacancyId, x.score])).toEqual([['v-light', light.score]]);
    const fresh = createMatcher({ candidates: [p], vacancies }, options);
    fresh.score('p', 'v-light');
    expect([...fresh.shortlist({ k: 1 }).vacancies]).toEqual([2]);
    expect(m.score('p', 'v-home').score).toBeCloseTo(0.85, 3);
    expect(m.score('p', 'v-heavy').score).toBeCloseTo(0.85 * (1 - 0.3 / 5), 3);
  });

  it('a job shape pruned as carve-only is still ranked at a nearer vacancy of the same cell', () => {
    // Commute alone weighs, scored over 2 km; k = 1; `p` lifts ~5 kg (the heavy job carved, factor 0.85).
    // In the home cell: the light job 0.6 km south (0.7) sets the floor; the heavy job 0.5 km south
    // has a whole-job bound of 0.75 but a carved one of 0.85 × 0.75 ≈ 0.64 < 0.7: pruned, its shape
    // marked carve-only; the heavy job at home (0.85, a higher index: met later) is above both the
    // floor and the cell's carve-only bound (0.85): it is the list.
    const at = (km: number) => ({
      municipality: 'Hilversum',
      lat: hilversum.lat - km / 111.2,
      lon: hilversum.lon,
    });
    const p: CandidateInput = { ...cleaner, id: 'p', capabilities: { 'IV.13': 2 } };
    const vacancies = [
      { ...job('v-light', false), location: at(0.6) },
      { ...job('v-far', true), location: at(0.5) },
      job('v-home', true),
    ];
    const options = { weights: onlyCommute, commute: { defaultKm: 15, travelLimitedKm: 5, scoreKm: 2 } };
    // First calls on fresh matchers: a `score` before would leave the shape known (its carved job), not carve-only.
    const m = createMatcher({ candidates: [p], vacancies }, options);
    expect(m.rank('p', { k: 1 }).map((x) => [x.vacancyId, x.score])).toEqual([['v-home', 0.85]]);
    const fresh = createMatcher({ candidates: [p], vacancies }, options);
    expect([...fresh.shortlist({ k: 1 }).vacancies]).toEqual([2]);
    expect(m.score('p', 'v-light').score).toBeCloseTo(0.7, 3);
    expect(m.score('p', 'v-far').score).toBeCloseTo(0.6375, 3);
  });

  it('rankAll: a priority candidate’s carved job enters a full vacancy list above the others', () => {
    // k = 1, priority first, commute alone weighs. `a` fills `v-heavy`'s list with its whole job
    // (key 1); `p`, who lifts ~5 kg, has `v-light` (score 1) as its own floor, and only the carved job
    // of `v-heavy` (0.85, below that floor): with its lift of 2 its key is 2.85, first of the list.
    const a: CandidateInput = { ...cleaner, id: 'a' };
    const p: CandidateInput = { ...cleaner, id: 'p', priority: true, capabilities: { 'IV.13': 2 } };
    const input = { candidates: [a, p], vacancies: [job('v-light', false), job('v-heavy', true)] };
    const m = createMatcher(input, { weights: onlyCommute, priorityFirst: true });
    const all = m.rankAll({ k: 1 });
    expect(all.byCandidate.map((l) => l.map((x) => [x.vacancyId, x.score]))).toEqual([
      [['v-light', 1]],
      [['v-light', 1]],
    ]);
    expect(all.byVacancy.map((l) => l.map((x) => [x.candidateId, x.score, x.job === 'full']))).toEqual([
      [['p', 1, true]],
      [['p', 0.85, false]],
    ]);
    expect(all.byVacancy[1]).toEqual(m.rankCandidates('v-heavy', { k: 1 }));
  });

  it('rankAll: a job shape pruned as carve-only for a priority candidate still enters another vacancy’s list', () => {
    // k = 1, priority first, commute alone weighs (1 − km / 15). `q` (priority, 2 km) fills the lists
    // of `v-home` and `v-heavy` at home with key 3; `a` (2 km) fills that of `v-south` with key 1. `p`
    // (priority, lifts ~5 kg) has `v-home` as its floor (1); at `v-heavy` the carved job of the heavy
    // shape cannot reach 1, so the shape is known carve-only; at `v-south` (12 km) its carved job (0.17)
    // is below its own floor but, with its lift of 2, first of that vacancy's list.
    const south = { municipality: 'Hilversum', lat: hilversum.lat - 0.108, lon: hilversum.lon };
    // Up to 32 h: the heavy job's 28 h fit everyone.
    const worker: CandidateInput = { ...cleaner, hoursPerWeek: { min: 12, max: 32 } };
    const q: CandidateInput = { ...worker, id: 'q', priority: true, maxCommuteKm: 2 };
    const a: CandidateInput = { ...worker, id: 'a', home: south, maxCommuteKm: 2 };
    const p: CandidateInput = {
      ...worker,
      id: 'p',
      priority: true,
      maxCommuteKm: 25,
      capabilities: { 'IV.13': 2 },
    };
    const vacancies = [
      job('v-home', false),
      job('v-heavy', true),
      { ...job('v-south', true), location: south },
    ];
    const m = createMatcher(
      { candidates: [q, a, p], vacancies },
      { weights: onlyCommute, priorityFirst: true },
    );
    const all = m.rankAll({ k: 1 });
    expect(all.byVacancy.map((l) => l.map((x) => [x.candidateId, x.job === 'full']))).toEqual([
      [['q', true]],
      [['q', true]],
      [['p', false]],
    ]);
    expect(all.byVacancy[2]![0]!.score).toBeCloseTo(0.85 * (1 - 12 / 15), 2);
    vacancies.forEach((v, vi) => {
      expect(all.byVacancy[vi]).toEqual(m.rankCandidates(v.id, { k: 1 }));
    });
  });

  it('rank: a known job shape whose every pair stays below the floor is left in a later cell', () => {
    // Hours weigh 3, commute 1; the candidate wants at least 12 h. The first ranking learns the 6 h
    // shape (hours 0.5: its pairs score at most 0.625); in the second, `w` 2 km north (9 h, hours 0.75)
    // sets the floor (k = 1) to 0.78, and the same 6 h shape 12 km north, in a cell whose bound (0.83)
    // reaches the floor, is left unevaluated.
    const north = (km: number) => ({
      municipality: 'Hilversum',
      lat: hilversum.lat + km / 111.2,
      lon: hilversum.lon,
    });
    const short = (id: string, km: number, hours: number): VacancyInput => ({
      ...job(id, false),
      location: north(km),
      hoursPerWeek: hours,
      carvable: false,
      tasks: [{ id: 't1', kind: 'cleaning', hoursPerWeek: hours, demands: {} }],
    });
    const vacancies = [short('x-home', 0, 6), short('w', 2, 9), short('x-far', 12, 6)];
    const weights = { capability: 0, skills: 0, hours: 3, economics: 0, preferences: 0, commute: 1 };
    const m = createMatcher({ candidates: [cleaner], vacancies }, { weights });
    const scores = [(1 + 1.5) / 4, (1 - 2 / 15 + 2.25) / 4, (1 - 12 / 15 + 1.5) / 4];
    expect(m.rank('c1', { k: 3 }).map((x) => [x.vacancyId, x.score])).toEqual(
      [1, 0, 2].map((vi) => [vacancies[vi]!.id, expect.closeTo(scores[vi]!, 3)]),
    );
    expect(m.rank('c1', { k: 1 }).map((x) => x.vacancyId)).toEqual(['w']);
    expect([...m.shortlist({ k: 1 }).vacancies]).toEqual([1]);
  });

  it('a pair scoring exactly the least score is ranked every way', () => {
    // Hours alone weigh: a 6 h job for a candidate who wants at least 12 h scores 6 / 12 = 0.5.
    const six: VacancyInput = { ...job('v6', false), hoursPerWeek: 6, carvable: false };
    six.tasks = [{ id: 't1', kind: 'cleaning', hoursPerWeek: 6, demands: {} }];
    const weights = { capability: 0, skills: 0, hours: 1, economics: 0, preferences: 0, commute: 0 };
    const m = createMatcher({ candidates: [cleaner], vacancies: [six] }, { weights, minScore: 0.5 });
    expect(m.score('c1', 'v6').score).toBe(0.5);
    expect(m.rank('c1').map((x) => x.score)).toEqual([0.5]);
    expect(m.rankCandidates('v6').map((x) => x.score)).toEqual([0.5]);
    const all = m.rankAll();
    expect([all.byCandidate[0]!.length, all.byVacancy[0]!.length]).toEqual([1, 1]);
    expect([...m.shortlist().scores]).toEqual([0.5]);
  });

  it('rankAll: a sheltered candidate enters a vacancy list that holds fewer than k, below its own floor', () => {
    // k = 2, commute alone weighs. `b` (2 km, at Huizen) is the one pair of `v-huizen` so far; `s`
    // (sheltered, lift −2) fills its own list with the two jobs at home (floor 1), and its pair with
    // `v-huizen` (9.5 km, 0.37, key −1.63) still enters that list, which is not full.
    const b: CandidateInput = { ...cleaner, id: 'b', home: huizen, maxCommuteKm: 2 };
    const sheltered: CandidateInput = { ...cleaner, id: 's', targetGroup: 'beschut' };
    const vacancies = [
      job('v-home', false),
      job('v-home2', false),
      { ...job('v-huizen', false), location: huizen },
    ];
    const m = createMatcher({ candidates: [b, sheltered], vacancies }, { weights: onlyCommute });
    const all = m.rankAll({ k: 2 });
    expect(all.byVacancy[2]!.map((x) => x.candidateId)).toEqual(['b', 's']);
    vacancies.forEach((v, vi) => {
      expect(all.byVacancy[vi]).toEqual(m.rankCandidates(v.id, { k: 2 }));
    });
  });

  it('a pair a hair below the least score is not ranked, whatever the evaluation’s slack lets through', () => {
    const input = { candidates: [cleaner], vacancies: [{ ...job('v1', false), location: huizen }] };
    const s = createMatcher(input).score('c1', 'v1').score;
    const m = createMatcher(input, { minScore: s + 1e-12 });
    expect([
      m.rank('c1'),
      m.rankCandidates('v1'),
      m.rankAll().byCandidate[0],
      m.rankAll().byVacancy[0],
    ]).toEqual([[], [], [], []]);
    expect(m.shortlist().vacancies.length).toBe(0);
    expect(
      createMatcher(input, { minScore: s })
        .rank('c1')
        .map((x) => x.score),
    ).toEqual([s]);
  });

  it('a sheltered candidate scoring 0 is still ranked (the lowest key, −2)', () => {
    // Commute alone weighs; 25 km is past the commute scale (15 km), within the candidate's 30 km.
    const far: CandidateInput = {
      ...cleaner,
      targetGroup: 'beschut',
      maxCommuteKm: 30,
      home: { municipality: 'Hilversum', lat: hilversum.lat - 25 / 111.2, lon: hilversum.lon },
    };
    const m = createMatcher({ candidates: [far], vacancies: [job('v1', false)] }, { weights: onlyCommute });
    expect(m.rankCandidates('v1').map((x) => [x.candidateId, x.score])).toEqual([['c1', 0]]);
    expect(m.rankAll().byVacancy[0]!.map((x) => x.score)).toEqual([0]);
  });

  it('weights summing below 1 rank as the same weights scaled up', () => {
    const tenth = {
      capability: 0.03,
      skills: 0.02,
      commute: 0.015,
      hours: 0.01,
      economics: 0.015,
      preferences: 0.01,
    };
    const small = createMatcher(region, { weights: tenth });
    const whole = createMatcher(region);
    const ids = (l: { vacancyId: string; candidateId: string }[]) =>
      l.map((x) => `${x.candidateId}/${x.vacancyId}`);
    for (const c of region.candidates.slice(0, 6))
      expect(ids(small.rank(c.id, { k: 3 }))).toEqual(ids(whole.rank(c.id, { k: 3 })));
    for (const v of region.vacancies.slice(0, 8))
      expect(ids(small.rankCandidates(v.id, { k: 3 }))).toEqual(ids(whole.rankCandidates(v.id, { k: 3 })));
  });
});
