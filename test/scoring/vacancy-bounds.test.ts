import { type CandidateInput, generateRegion, type VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/scoring/engine/evaluator.js';
import { BoundQueue, bucketOf } from '../../src/scoring/rank/bound-queue.js';
import { VacancyBounds } from '../../src/scoring/rank/vacancy-bounds.js';
import { checkFactor } from '../../src/scoring/rules.js';
import { CGRID_INTS } from '../../src/scoring/tables/candidates.js';
import { tablesOf } from '../helpers/engine.js';
import { cleaner, hilversum, huizen } from '../helpers/places.js';

// `VacancyBounds`, the bound `rankCandidates` skips a candidate by from the candidate grid's packed
// numbers: never below the score the engine gives the pair, −∞ only for a pair the engine excludes.
const region = generateRegion({ seed: 23, candidates: 160, vacancies: 120 });

/** The engine and tables over the region, its profiles covered (as a finished matcher has them). */
function regionTables(options: object) {
  const tables = tablesOf(region, options);
  tables.engine.coverProfiles();
  return tables;
}

const ZERO = { capability: 0, skills: 0, commute: 0, hours: 0, economics: 0, preferences: 0 };
const CARVED = 0.85;
const small = generateRegion({ seed: 23, candidates: 80, vacancies: 60 });

/** Every scored pair's bound and evaluation with one component weighed alone. */
function pairsWeighing(component: keyof typeof ZERO) {
  const { engine, cTable, vTable } = tablesOf(small, { weights: { ...ZERO, [component]: 1 } });
  engine.coverProfiles();
  const bounds = new VacancyBounds(engine);
  const out: { bound: number; score: number; carved: boolean; signals: number }[] = [];
  for (let vi = 0; vi < small.vacancies.length; vi++) {
    bounds.prepare(vi);
    cTable.cGrid.forEachCellNear(vTable.vLat.data[vi]!, vTable.vLon.data[vi]!, 400, (cell) => {
      for (let q = 0; q < cell.ids.length; q++) {
        const bound = bounds.bound(cell.data, cell.ints, q);
        if (!evaluate(engine, cell.ids[q]!, vi)) continue;
        const { score, carved, signals } = engine.ev;
        out.push({ bound, score, carved, signals });
      }
    });
  }
  return { full: out.filter((p) => !p.carved), carved: out.filter((p) => p.carved) };
}

describe('VacancyBounds, one component at a time: exact where its documentation says so', () => {
  it('hours: the whole job’s exactly, a carved job’s at 1 (× the carved factor)', () => {
    const { full, carved } = pairsWeighing('hours');
    expect(full.length).toBeGreaterThan(300);
    expect(carved.length).toBeGreaterThan(500);
    for (const p of full) expect(p.bound).toBeCloseTo(p.score, 9);
    expect(full.filter((p) => p.bound < 1).length).toBeGreaterThan(30);
    for (const p of carved) expect(p.bound).toBeCloseTo(CARVED, 12);
  });

  it('commute and preferences (by the sector): exact for the whole job and a carved job', () => {
    for (const component of ['commute', 'preferences'] as const) {
      const { full, carved } = pairsWeighing(component);
      for (const p of [...full, ...carved]) {
        expect(p.bound).toBeGreaterThanOrEqual(p.score - 1e-9);
        // The commute by the chord: shorter than the arc by under 1e-4 km within 40 km.
        expect(p.bound - p.score).toBeLessThan(1e-5);
      }
      const lower = [...full, ...carved].filter((p) => p.bound < (p.carved ? CARVED : 1) - 1e-9);
      expect(lower.length).toBeGreaterThan(50);
    }
  });

  it('skills: the whole job’s exactly (no two of its skills on one bit here), a carved job’s at least its best task’s', () => {
    const { full, carved } = pairsWeighing('skills');
    for (const p of full) expect(p.bound).toBeCloseTo(p.score, 9);
    expect(full.filter((p) => p.bound < 1).length).toBeGreaterThan(200);
    for (const p of carved) expect(p.bound).toBeGreaterThanOrEqual(p.score - 1e-9);
    // A carved job of one task scores that task's coverage: most carved bounds are reached.
    expect(carved.filter((p) => p.bound - p.score < 1e-9).length).toBeGreaterThan(carved.length * 0.6);
    expect(carved.filter((p) => p.bound < CARVED - 1e-9).length).toBeGreaterThan(200);
  });

  it('capability: 1 less 5% for each signalled class of the whole job, at most the tasks with a signal; a carved job’s at 1', () => {
    const { full, carved } = pairsWeighing('capability');
    for (const p of full) {
      expect(p.bound).toBeGreaterThanOrEqual(p.score - 1e-9);
      const classes = [0, 1, 2, 3, 4, 5, 6].filter((n) => Math.abs(checkFactor(n) - p.bound) < 1e-12);
      expect(classes.length).toBe(1);
      expect(classes[0]!).toBeLessThanOrEqual(p.signals);
      if (p.signals === 0) expect(p.bound).toBe(1);
    }
    expect(full.filter((p) => p.bound < 1).length).toBeGreaterThan(5);
    expect(full.filter((p) => p.bound - p.score < 1e-9).length).toBeGreaterThan(full.length * 0.9);
    for (const p of carved) expect(p.bound).toBeCloseTo(CARVED, 12);
  });

  it('economics: at 1 (× the carved factor)', () => {
    const { full, carved } = pairsWeighing('economics');
    for (const p of full) expect(p.bound).toBe(1);
    for (const p of carved) expect(p.bound).toBeCloseTo(CARVED, 12);
    expect(full.filter((p) => p.score < 1).length).toBeGreaterThan(50);
  });
});

describe('VacancyBounds: a pair’s score bound from the candidate grid’s packed numbers', () => {
  for (const options of [{}, { carving: false }]) {
    it(`no pair scores above it, and −∞ only for excluded pairs (${JSON.stringify(options)})`, () => {
      const { engine, cTable, vTable } = regionTables(options);
      const bounds = new VacancyBounds(engine);
      let pairs = 0;
      let scored = 0;
      let tight = 0;
      let excluded = 0;
      for (let vi = 0; vi < region.vacancies.length; vi++) {
        bounds.prepare(vi);
        cTable.cGrid.forEachCellNear(vTable.vLat.data[vi]!, vTable.vLon.data[vi]!, 400, (cell) => {
          for (let q = 0; q < cell.ids.length; q++) {
            const bound = bounds.bound(cell.data, cell.ints, q);
            const ok = evaluate(engine, cell.ids[q]!, vi);
            pairs++;
            if (ok) {
              scored++;
              expect(engine.ev.score).toBeLessThanOrEqual(bound + 1e-9);
              if (bound - engine.ev.score < 0.05) tight++;
            }
            // −∞ (an excluded pair) is never a scored one: the test above holds it below every score.
            if (bound === Number.NEGATIVE_INFINITY) excluded++;
          }
        });
      }
      expect(pairs).toBe(region.candidates.length * region.vacancies.length);
      expect(scored).toBeGreaterThan(100);
      expect(excluded).toBeGreaterThan(0);
      // The bound is not merely 1: many pairs' scores are within 0.05 of it.
      expect(tight).toBeGreaterThan(scored / 10);
    });
  }

  it('collect queues every row whose bound reaches the least score and the seed less its lift, with that bound (or a looser one) and in its bucket', () => {
    const { engine, cTable, vTable } = regionTables({});
    const bounds = new VacancyBounds(engine);
    const queue = new BoundQueue();
    let reaching = 0;
    let loose = 0;
    for (let vi = 0; vi < region.vacancies.length; vi += 3) {
      bounds.prepare(vi);
      bounds.minScore = 0.3;
      // Every other vacancy with a k-th key met (a seed): rows below it less their lift may be left.
      bounds.seed = vi % 2 === 0 ? Number.NEGATIVE_INFINITY : 0.7;
      queue.reset();
      cTable.cGrid.forEachCellNear(vTable.vLat.data[vi]!, vTable.vLon.data[vi]!, 400, (cell) => {
        bounds.collect(cell, queue.addCell(cell), queue);
      });
      // Every entry once, by (cell, row), with its bucket.
      const entries = new Map<string, { bucket: number; loose: number; bound: number }>();
      for (let b = queue.top; b >= 0; b--)
        for (let j = queue.head[b]!; j >= 0; j = queue.link[j]!) {
          const key = `${queue.cellOf[j]}:${queue.rowOf[j]}`;
          expect(entries.has(key)).toBe(false);
          entries.set(key, { bucket: b, loose: queue.loose[j]!, bound: queue.bound[j]! });
        }
      queue.cells.forEach((cell, at) => {
        for (let q = 0; q < cell.ids.length; q++) {
          const bound = bounds.bound(cell.data, cell.ints, q);
          const entry = entries.get(`${at}:${q}`);
          if (bound < Math.max(0.3, bounds.seed - cell.ints[q * CGRID_INTS]!) - 1e-9) continue;
          reaching++;
          expect(entry).toBeDefined();
          const exact = bucketOf(bound + cell.ints[q * CGRID_INTS]!);
          // The entry keeps its bound: the row's own, or a looser one in a bucket no lower.
          if (entry!.loose === 1) {
            loose++;
            expect(entry!.bucket).toBeGreaterThanOrEqual(exact);
            expect(entry!.bound).toBeGreaterThanOrEqual(bound);
          } else {
            expect(entry!.bucket).toBe(exact);
            expect(entry!.bound).toBe(bound);
          }
        }
      });
    }
    expect(reaching).toBeGreaterThan(100);
    expect(loose).toBeGreaterThan(0);
  });
});

describe('VacancyBounds on a vacancy of many skills (its tables grow past their first 64 entries)', () => {
  it('no pair scores above its bound, with 90 skills over three tasks, whole or carved', () => {
    // Words of three syllables, each two unlike in both letters: no two within the fuzzy distance.
    const syllables = ['ka', 'lo', 'mi', 'nu', 'pe'];
    const word = (n: number) =>
      syllables[n % 5]! + syllables[Math.floor(n / 5) % 5]! + syllables[Math.floor(n / 25)]!;
    const skills = (from: number) => Array.from({ length: 30 }, (_, k) => word(from + k));
    const vacancy: VacancyInput = {
      id: 'v',
      employerId: 'e1',
      sector: 'market',
      occupation: 'magazijnmedewerker',
      location: hilversum,
      hoursPerWeek: 30,
      tasks: [
        { id: 't1', kind: 'picking', hoursPerWeek: 12, demands: { 'IV.13': 1 }, skills: skills(0) },
        { id: 't2', kind: 'packing', hoursPerWeek: 10, demands: {}, skills: skills(30) },
        { id: 't3', kind: 'admin', hoursPerWeek: 8, demands: {}, skills: skills(60) },
      ],
    };
    const candidates: CandidateInput[] = [
      {
        ...cleaner,
        id: 'all',
        skills: skills(0).concat(skills(30), skills(60)),
        hoursPerWeek: { min: 0, max: 40 },
      },
      { ...cleaner, id: 'some', skills: skills(45).slice(0, 25), hoursPerWeek: { min: 0, max: 40 } },
      // Cannot lift: only a carved job of the other tasks.
      {
        ...cleaner,
        id: 'carved',
        capabilities: { 'IV.13': 3 },
        skills: skills(60).slice(0, 12),
        home: huizen,
      },
      // 12–24 h: the whole job of 30 h is too many, a carved job is offered.
      { ...cleaner, id: 'none', skills: [] },
    ];
    for (const weights of [{}, { ...ZERO, skills: 1 }]) {
      const { engine, cTable, vTable } = tablesOf({ candidates, vacancies: [vacancy] }, { weights });
      engine.coverProfiles();
      const bounds = new VacancyBounds(engine);
      bounds.prepare(0);
      const seen: string[] = [];
      cTable.cGrid.forEachCellNear(vTable.vLat.data[0]!, vTable.vLon.data[0]!, 400, (cell) => {
        for (let q = 0; q < cell.ids.length; q++) {
          const bound = bounds.bound(cell.data, cell.ints, q);
          expect(evaluate(engine, cell.ids[q]!, 0)).toBe(true);
          expect(engine.ev.score).toBeLessThanOrEqual(bound + 1e-9);
          seen.push(`${candidates[cell.ids[q]!]!.id}:${engine.ev.carved}`);
        }
      });
      expect(seen.sort()).toEqual(['all:false', 'carved:true', 'none:true', 'some:false']);
    }
  });
});

describe('VacancyBounds: a carved job’s skills bound is the best task carving may take', () => {
  /** The pair's bound and evaluation (skills weighed alone, carved jobs from 6 h), `before` the vacancies added first. */
  function skillsBound(vacancy: VacancyInput, candidate: CandidateInput, before: VacancyInput[] = []) {
    const vi = before.length;
    const { engine, cTable, vTable } = tablesOf(
      { candidates: [candidate], vacancies: [...before, vacancy] },
      { weights: { ...ZERO, skills: 1 }, carving: { minHours: 6 } },
    );
    engine.coverProfiles();
    const bounds = new VacancyBounds(engine);
    bounds.prepare(vi);
    const out: { bound: number; score: number; carved: boolean }[] = [];
    cTable.cGrid.forEachCellNear(vTable.vLat.data[vi]!, vTable.vLon.data[vi]!, 400, (cell) => {
      for (let q = 0; q < cell.ids.length; q++) {
        const bound = bounds.bound(cell.data, cell.ints, q);
        expect(evaluate(engine, cell.ids[q]!, vi)).toBe(true);
        out.push({ bound, score: engine.ev.score, carved: engine.ev.carved });
      }
    });
    expect(out.length).toBe(1);
    return out[0]!;
  }
  const base: Omit<VacancyInput, 'tasks'> = {
    id: 'v',
    employerId: 'e1',
    sector: 'market',
    occupation: 'magazijnmedewerker',
    location: hilversum,
    hoursPerWeek: 36,
  };
  // 0–12 h, cannot lift (IV.13 code 1 exceeded). A task's skills are its own and its kind's
  // experience, held with the kind in `taskPerformance`.
  const candidate: CandidateInput = {
    ...cleaner,
    hoursPerWeek: { min: 0, max: 12 },
    capabilities: { 'IV.13': 3 },
    skills: ['kassa', 'heftruck', 'tuinieren', 'administratie', 'schoonmaken'],
    taskPerformance: { till: 1, forklift: 1, garden: 1, lifting: 1 },
  };

  it('tasks carving may not take do not count: core, 0 h, above the most hours, an exceeded class', () => {
    // t1–t4 wholly held (skill and kind) and out of carving; t5 (6 h) holds 1 of 3 (schoonmaken, not
    // koken nor its kind). The whole job is out on its class: the bound is 0.85 × 1/3, the score of
    // t5 carved out; a count of any other task (core, 0 h, 20 h above the 12, the lifting one) gives 0.85.
    const vacancy: VacancyInput = {
      ...base,
      tasks: [
        { id: 't1', kind: 'till', hoursPerWeek: 4, core: true, skills: ['kassa'] },
        { id: 't2', kind: 'forklift', hoursPerWeek: 0, skills: ['heftruck'] },
        { id: 't3', kind: 'garden', hoursPerWeek: 20, skills: ['tuinieren'] },
        { id: 't4', kind: 'lifting', hoursPerWeek: 6, demands: { 'IV.13': 1 }, skills: ['administratie'] },
        { id: 't5', kind: 'cleaning', hoursPerWeek: 6, skills: ['schoonmaken', 'koken'] },
      ],
    };
    const pair = skillsBound(vacancy, candidate);
    expect(pair.carved).toBe(true);
    expect(pair.bound).toBeCloseTo(CARVED / 3, 12);
    expect(pair.score).toBeCloseTo(CARVED / 3, 12);
  });

  it('a carved job of one task whose share is above the whole job’s: the bound is that task’s', () => {
    // The whole job out on hours (24 h > 12), in by class: it holds 12 of 48 skill hours (t1's
    // schoonmaken and kind), 1/4; t1 carved out (6 h) holds all, a score of 0.85. A bound without the
    // best task would be 0.85 × 1/4, below the score.
    const vacancy: VacancyInput = {
      ...base,
      hoursPerWeek: 24,
      tasks: [
        { id: 't1', kind: 'cleaning', hoursPerWeek: 6, skills: ['schoonmaken'] },
        { id: 't2', kind: 'cooking', hoursPerWeek: 18, skills: ['koken'] },
      ],
    };
    const pair = skillsBound(vacancy, { ...candidate, taskPerformance: { cleaning: 1 } });
    expect(pair.carved).toBe(true);
    expect(pair.score).toBeCloseTo(CARVED, 12);
    expect(pair.bound).toBeCloseTo(CARVED, 12);
  });

  it('a task of demand class 32 is read in the second mask word', () => {
    // Vacancy a's 32 tasks intern classes 0–31 (class 0 IV.13 code 3: not exceeded; class 1 code 0:
    // exceeded); then t1 is class 32 (IV.13 code 1, IV.7 code 1: exceeded, bit 0 of the second word)
    // and t2 class 33 (no demands).
    // Only t2 (1 of 3 held) may be carved out; t1 (wholly held) read in the first word would be class 0
    // (not exceeded), t2 class 1 (exceeded): a bound of 0.85 either way.
    const classes = Array.from({ length: 32 }, (_, a) => ({
      id: `t${a}`,
      kind: 'cleaning',
      hoursPerWeek: 0.5,
      demands: { 'IV.13': (a + 3) % 4, 'IV.4': Math.floor(a / 4) % 4, 'II.8': Math.floor(a / 16) },
    }));
    const vacancy: VacancyInput = {
      ...base,
      id: 'b',
      hoursPerWeek: 12,
      tasks: [
        {
          id: 't1',
          kind: 'garden',
          hoursPerWeek: 6,
          demands: { 'IV.13': 1, 'IV.7': 1 },
          skills: ['tuinieren'],
        },
        { id: 't2', kind: 'cleaning', hoursPerWeek: 6, skills: ['schoonmaken', 'koken'] },
      ],
    };
    const pair = skillsBound(vacancy, candidate, [{ ...base, id: 'a', hoursPerWeek: 16, tasks: classes }]);
    expect(pair.carved).toBe(true);
    expect(pair.bound).toBeCloseTo(CARVED / 3, 12);
    expect(pair.score).toBeCloseTo(CARVED / 3, 12);
  });
});
