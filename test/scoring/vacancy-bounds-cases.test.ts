import type { CandidateInput, VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/scoring/engine/evaluator.js';
import { BoundQueue, BUCKETS, bucketOf } from '../../src/scoring/rank/bound-queue.js';
import { VacancyBounds } from '../../src/scoring/rank/vacancy-bounds.js';
import { tablesOf } from '../helpers/engine.js';
import { cleaner, hilversum, huizen } from '../helpers/places.js';

// `VacancyBounds` on worked cases: each bound written by hand from the class comment (`prepare`,
// `bound`, `collect`, `tight`), with one or two components weighed, so a mutant that loosens or
// tightens a bound changes a figure asserted here exactly.
const ZERO = { capability: 0, skills: 0, commute: 0, hours: 0, economics: 0, preferences: 0 };
const HOURS = { weights: { ...ZERO, hours: 1 } };
const SKILLS = { weights: { ...ZERO, skills: 1 } };
const CARVED = 0.85;

type Pair = { bound: number; scored: boolean; score: number; carved: boolean };

/**
 * Every candidate's bound with vacancy `vi` (prepared after `earlier` vacancies, when given) and its
 * evaluation (after the bound: the bound covers an uncovered profile itself), by candidate id.
 */
function pairsOf(
  input: { candidates: CandidateInput[]; vacancies: VacancyInput[] },
  options: object,
  vi: number,
  { cover = true, earlier = [] as number[] } = {},
): Map<string, Pair> {
  const { engine, cTable, vTable } = tablesOf(input, options);
  if (cover) engine.coverProfiles();
  const bounds = new VacancyBounds(engine);
  for (const v of earlier) bounds.prepare(v);
  bounds.prepare(vi);
  const out = new Map<string, Pair>();
  cTable.cGrid.forEachCellNear(vTable.vLat.data[vi]!, vTable.vLon.data[vi]!, 400, (cell) => {
    for (let q = 0; q < cell.ids.length; q++) {
      const bound = bounds.bound(cell.data, cell.ints, q);
      const scored = evaluate(engine, cell.ids[q]!, vi);
      out.set(input.candidates[cell.ids[q]!]!.id, {
        bound,
        scored,
        score: engine.ev.score,
        carved: engine.ev.carved,
      });
    }
  });
  expect(out.size).toBe(input.candidates.length);
  for (const p of out.values()) if (p.scored) expect(p.score).toBeLessThanOrEqual(p.bound + 1e-9);
  return out;
}

/** `collect`'s entries for vacancy `vi`, by candidate id: bound, bucket and loose flag. */
function collected(
  input: { candidates: CandidateInput[]; vacancies: VacancyInput[] },
  options: object,
  vi: number,
  minScore: number,
  seed: number,
): Map<string, { bound: number; bucket: number; loose: number }> {
  const { engine, cTable, vTable } = tablesOf(input, options);
  engine.coverProfiles();
  const bounds = new VacancyBounds(engine);
  bounds.prepare(vi);
  bounds.minScore = minScore;
  bounds.seed = seed;
  const queue = new BoundQueue();
  queue.reset();
  cTable.cGrid.forEachCellNear(vTable.vLat.data[vi]!, vTable.vLon.data[vi]!, 400, (cell) => {
    bounds.collect(cell, queue.addCell(cell), queue);
  });
  const out = new Map<string, { bound: number; bucket: number; loose: number }>();
  for (let b = queue.top; b >= 0; b--)
    for (let j = queue.head[b]!; j >= 0; j = queue.link[j]!) {
      const id = input.candidates[queue.cells[queue.cellOf[j]!]!.ids[queue.rowOf[j]!]!]!.id;
      expect(out.has(id)).toBe(false);
      out.set(id, { bound: queue.bound[j]!, bucket: b, loose: queue.loose[j]! });
    }
  return out;
}

const base: Omit<VacancyInput, 'tasks'> = {
  id: 'v',
  employerId: 'e1',
  sector: 'market',
  occupation: 'magazijnmedewerker',
  location: hilversum,
  hoursPerWeek: 12,
};
/** Twelve hours of two 6-hour tasks, the first lifting (IV.13 code 1). */
const lifting: VacancyInput = {
  ...base,
  tasks: [
    { id: 't1', kind: 'lifting', hoursPerWeek: 6, demands: { 'IV.13': 1 }, skills: ['heftruck'] },
    { id: 't2', kind: 'cleaning', hoursPerWeek: 6, skills: ['schoonmaken'] },
  ],
};
const anyHours = { min: 0, max: 40 };

describe('VacancyBounds.bound: the commute limit and vacancies the masks do not decide', () => {
  it('a vacancy of 32 tasks has no job shape: +∞ within the candidate’s limit, −∞ beyond it; collect queues +∞ in the top bucket', () => {
    const tasks = Array.from({ length: 32 }, (_, a) => ({
      id: `t${a}`,
      kind: 'cleaning',
      hoursPerWeek: 1,
      skills: ['schoonmaken'],
    }));
    const input = {
      candidates: [
        { ...cleaner, id: 'near', hoursPerWeek: anyHours },
        // Huizen is about 9.5 km from Hilversum.
        { ...cleaner, id: 'far', home: huizen, maxCommuteKm: 5, hoursPerWeek: anyHours },
      ],
      vacancies: [{ ...base, hoursPerWeek: 32, tasks }],
    };
    const pairs = pairsOf(input, HOURS, 0);
    expect(pairs.get('near')!.bound).toBe(Number.POSITIVE_INFINITY);
    expect(pairs.get('near')!.scored).toBe(true);
    expect(pairs.get('far')!.bound).toBe(Number.NEGATIVE_INFINITY);
    expect(pairs.get('far')!.scored).toBe(false);
    const entries = collected(input, HOURS, 0, 0.5, Number.NEGATIVE_INFINITY);
    expect([...entries.keys()]).toEqual(['near']);
    expect(entries.get('near')).toEqual({ bound: Number.POSITIVE_INFINITY, bucket: BUCKETS - 1, loose: 0 });
  });

  it('a home exactly at the limit is within it (0 km from the vacancy, a limit of 0 km)', () => {
    const input = {
      candidates: [{ ...cleaner, id: 'here', maxCommuteKm: 0, hoursPerWeek: anyHours }],
      vacancies: [lifting],
    };
    const pair = pairsOf(input, HOURS, 0).get('here')!;
    expect(pair.scored).toBe(true);
    expect(pair.bound).toBe(1);
    expect(collected(input, HOURS, 0, 0.5, Number.NEGATIVE_INFINITY).get('here')).toEqual({
      bound: 1,
      bucket: bucketOf(1),
      loose: 0,
    });
  });

  it('a job shape whose classes end at the 64th is read by masks (exact); one with a 65th class is bounded by the limit alone', () => {
    // 65 demand classes: vacancies a and b intern classes 0–31 and 32–63, c's one task is b's last
    // class (top 64), d's a new one (class 64, top 65).
    const demands = (k: number) => ({
      'IV.13': k % 4,
      'IV.4': Math.floor(k / 4) % 4,
      'IV.7': Math.floor(k / 16) % 2,
      'II.8': Math.floor(k / 32),
    });
    const block = (from: number) =>
      Array.from({ length: 32 }, (_, a) => ({
        id: `t${a}`,
        kind: 'cleaning',
        hoursPerWeek: 0.5,
        demands: demands(from + a),
      }));
    const one = (id: string, d: Record<string, number>): VacancyInput => ({
      ...base,
      id,
      tasks: [{ id: 't1', kind: 'cleaning', hoursPerWeek: 12, demands: d }],
    });
    const input = {
      // 12–24 h: the 12-hour job fits, hours 1.
      candidates: [{ ...cleaner, id: 'c' }],
      vacancies: [
        { ...base, id: 'a', hoursPerWeek: 16, tasks: block(0) },
        { ...base, id: 'b', hoursPerWeek: 16, tasks: block(32) },
        one('c', demands(63)),
        one('d', { ...demands(63), 'IV.7': 2 }),
      ],
    };
    const { vTable } = tablesOf(input, HOURS);
    expect(vTable.shapeTop.data[vTable.vShape.data[2]!]).toBe(64);
    expect(vTable.shapeTop.data[vTable.vShape.data[3]!]).toBe(65);
    expect(pairsOf(input, HOURS, 2).get('c')!.bound).toBe(1);
    expect(pairsOf(input, HOURS, 3).get('c')!.bound).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('VacancyBounds.bound: the whole job, a carved job or nothing', () => {
  it('the whole job at exactly the candidate’s most hours is offered whole (hours at 1)', () => {
    // 24 h, the cleaner 12–24 h: the whole job; a carved job would give 0.85.
    const input = {
      candidates: [{ ...cleaner, id: 'c' }],
      vacancies: [
        { ...lifting, hoursPerWeek: 24, tasks: lifting.tasks!.map((t) => ({ ...t, hoursPerWeek: 12 })) },
      ],
    };
    const pair = pairsOf(input, HOURS, 0).get('c')!;
    expect(pair.carved).toBe(false);
    expect(pair.score).toBe(1);
    expect(pair.bound).toBe(1);
  });

  it('the whole job below the candidate’s least hours: hours at job / least', () => {
    // 12 h against 16–24 h: 12 / 16.
    const input = {
      candidates: [{ ...cleaner, id: 'c', hoursPerWeek: { min: 16, max: 24 } }],
      vacancies: [lifting],
    };
    const pair = pairsOf(input, HOURS, 0).get('c')!;
    expect(pair.bound).toBe(0.75);
    expect(pair.score).toBeCloseTo(0.75, 12);
  });

  it('a job of more hours than the candidate’s most, carving off: −∞; carving on: the carved factor', () => {
    // 12 h against 0–10 h; the layout is carvable (the vacancy's default).
    const input = {
      candidates: [{ ...cleaner, id: 'c', hoursPerWeek: { min: 0, max: 10 } }],
      vacancies: [lifting],
    };
    const off = pairsOf(input, { ...HOURS, carving: false }, 0).get('c')!;
    expect(off.bound).toBe(Number.NEGATIVE_INFINITY);
    expect(off.scored).toBe(false);
    const on = pairsOf(input, { ...HOURS, carving: { minHours: 6 } }, 0).get('c')!;
    expect(on.bound).toBeCloseTo(CARVED, 12);
    expect(on.carved).toBe(true);
  });

  it('a vacancy not open to carving, the whole job out on hours: −∞ with carving on', () => {
    const input = {
      candidates: [{ ...cleaner, id: 'c', hoursPerWeek: { min: 0, max: 10 } }],
      vacancies: [{ ...lifting, carvable: false }],
    };
    const pair = pairsOf(input, { ...HOURS, carving: { minHours: 6 } }, 0).get('c')!;
    expect(pair.bound).toBe(Number.NEGATIVE_INFINITY);
    expect(pair.scored).toBe(false);
  });

  it('the whole job out on hours only, every task above the most hours: the carved factor, not −∞ (carving cannot, the job at fewer hours may)', () => {
    // 30 h of two 15-hour tasks against 0–12 h: no task fits a carved job; the classes all fit.
    const input = {
      candidates: [{ ...cleaner, id: 'c', hoursPerWeek: { min: 0, max: 12 } }],
      vacancies: [
        {
          ...base,
          hoursPerWeek: 30,
          tasks: [
            { id: 't1', kind: 'cleaning', hoursPerWeek: 15, skills: ['schoonmaken'] },
            { id: 't2', kind: 'packing', hoursPerWeek: 15 },
          ],
        },
      ],
    };
    const pair = pairsOf(input, HOURS, 0).get('c')!;
    expect(pair.bound).toBeCloseTo(CARVED, 12);
  });

  it('the whole job out on a class and every carvable task’s class exceeded: −∞ (cannotCarve)', () => {
    // Cannot lift (IV.13 code 3): both tasks lift; carving on. The other candidate can.
    const input = {
      candidates: [
        { ...cleaner, id: 'weak', capabilities: { 'IV.13': 3 }, hoursPerWeek: anyHours },
        { ...cleaner, id: 'able', hoursPerWeek: anyHours },
      ],
      vacancies: [
        {
          ...base,
          tasks: [
            { id: 't1', kind: 'lifting', hoursPerWeek: 6, demands: { 'IV.13': 1 } },
            { id: 't2', kind: 'stocking', hoursPerWeek: 6, demands: { 'IV.13': 1 } },
          ],
        },
      ],
    };
    const pairs = pairsOf(input, { ...HOURS, carving: { minHours: 6 } }, 0);
    expect(pairs.get('weak')!.bound).toBe(Number.NEGATIVE_INFINITY);
    expect(pairs.get('weak')!.scored).toBe(false);
    expect(pairs.get('able')!.bound).toBe(1);
  });

  it('the whole job out on a class, one task carvable: the carved factor; with the profile not yet covered, the bound covers it', () => {
    const input = {
      candidates: [{ ...cleaner, id: 'weak', capabilities: { 'IV.13': 3 }, hoursPerWeek: anyHours }],
      vacancies: [lifting],
    };
    for (const cover of [true, false]) {
      const pair = pairsOf(input, { ...HOURS, carving: { minHours: 6 } }, 0, { cover }).get('weak')!;
      expect(pair.carved).toBe(true);
      expect(pair.bound).toBeCloseTo(CARVED, 12);
    }
    // Hours weighed at 0.5 (a weight total of 0.5): the same bound, (0.5 × 1 / 0.5) × 0.85.
    const half = pairsOf(input, { weights: { ...ZERO, hours: 0.5 }, carving: { minHours: 6 } }, 0).get(
      'weak',
    )!;
    expect(half.bound).toBeCloseTo(CARVED, 12);
  });

  it('a diploma asked of the core task (the first text interned, id 0): without it the whole job is out', () => {
    const vacancy: VacancyInput = {
      ...base,
      qualification: 'MBO-2 schoonmaak',
      tasks: [
        { id: 't1', kind: 'cleaning', hoursPerWeek: 6, core: true, skills: ['schoonmaken'] },
        { id: 't2', kind: 'packing', hoursPerWeek: 6 },
      ],
    };
    const input = {
      candidates: [
        { ...cleaner, id: 'none', hoursPerWeek: anyHours },
        { ...cleaner, id: 'held', hoursPerWeek: anyHours, qualifications: ['MBO-2 schoonmaak'] },
      ],
      vacancies: [vacancy],
    };
    const { vTable } = tablesOf(input, HOURS);
    expect(vTable.layouts.data[vTable.vLayout.data[0]! * 4 + 2]).toBe(0);
    const off = pairsOf(input, { ...HOURS, carving: false }, 0);
    expect(off.get('none')!.bound).toBe(Number.NEGATIVE_INFINITY);
    expect(off.get('held')!.bound).toBe(1);
    const on = pairsOf(input, { ...HOURS, carving: { minHours: 6 } }, 0);
    expect(on.get('none')!.bound).toBeCloseTo(CARVED, 12);
    expect(on.get('none')!.carved).toBe(true);
    expect(on.get('held')!.bound).toBe(1);
  });

  it('without the diploma and with no carvable task within the most hours: −∞ (cannotCarve), not the carved factor', () => {
    // 0–4 h: the one task carving may take (t2, 6 h) is above them; the core task needs the diploma.
    const vacancy: VacancyInput = {
      ...base,
      qualification: 'MBO-2 schoonmaak',
      tasks: [
        { id: 't1', kind: 'cleaning', hoursPerWeek: 6, core: true },
        { id: 't2', kind: 'packing', hoursPerWeek: 6 },
      ],
    };
    const input = {
      candidates: [{ ...cleaner, id: 'c', hoursPerWeek: { min: 0, max: 4 } }],
      vacancies: [vacancy],
    };
    const pair = pairsOf(input, { ...HOURS, carving: { minHours: 6 } }, 0).get('c')!;
    expect(pair.bound).toBe(Number.NEGATIVE_INFINITY);
    expect(pair.scored).toBe(false);
  });

  it('a job whose tasks have no hours (skills weigh nothing): the skills bound is `unknownSkills`', () => {
    const input = {
      candidates: [{ ...cleaner, id: 'c', hoursPerWeek: anyHours }],
      vacancies: [
        {
          ...base,
          hoursPerWeek: 0.5,
          tasks: [{ id: 't1', kind: 'cleaning', hoursPerWeek: 0, skills: ['schoonmaken'] }],
        },
      ],
    };
    for (const unknownSkills of [0.5, 0.3]) {
      const pair = pairsOf(input, { ...SKILLS, unknownSkills }, 0).get('c')!;
      expect(pair.bound).toBe(unknownSkills);
    }
  });
});

describe('VacancyBounds.prepare: the tables of one vacancy, whatever was prepared before', () => {
  it('the skills bound of a vacancy prepared after another sharing a skill is its own', () => {
    // b: t1 schoonmaken and its kind's experience (6 h each), t2 heftruck and its kind's (6 h each):
    // 24 skill hours, the cleaner holds 6 (schoonmaken): 1/4. a's 12 h of schoonmaken must not count.
    const a: VacancyInput = {
      ...base,
      id: 'a',
      tasks: [{ id: 't1', kind: 'cleaning', hoursPerWeek: 12, skills: ['schoonmaken'] }],
    };
    const b: VacancyInput = {
      ...base,
      id: 'b',
      tasks: [
        { id: 't1', kind: 'cleaning', hoursPerWeek: 6, skills: ['schoonmaken'] },
        { id: 't2', kind: 'forklift', hoursPerWeek: 6, skills: ['heftruck'] },
      ],
    };
    const input = { candidates: [{ ...cleaner, id: 'c' }], vacancies: [a, b] };
    expect(pairsOf(input, SKILLS, 1).get('c')!.bound).toBe(0.25);
    const after = pairsOf(input, SKILLS, 1, { earlier: [0, 1, 0] }).get('c')!;
    expect(after.bound).toBe(0.25);
    expect(after.score).toBeCloseTo(0.25, 12);
    expect(pairsOf(input, SKILLS, 0, { earlier: [1] }).get('c')!.bound).toBe(0.5);
  });

  it('a vacancy prepared after one of 90 skills (its bit tables grown) reads none of the earlier weights', () => {
    // Words of three syllables, each two unlike in both letters: no two within the fuzzy distance.
    const syllables = ['ka', 'lo', 'mi', 'nu', 'pe'];
    const word = (n: number) =>
      syllables[n % 5]! + syllables[Math.floor(n / 5) % 5]! + syllables[Math.floor(n / 25)]!;
    const skills = (from: number, n: number) => Array.from({ length: n }, (_, k) => word(from + k));
    const many: VacancyInput = {
      ...base,
      id: 'many',
      hoursPerWeek: 30,
      tasks: [
        { id: 't1', kind: 'picking', hoursPerWeek: 10, skills: skills(0, 30) },
        { id: 't2', kind: 'packing', hoursPerWeek: 10, skills: skills(30, 30) },
        { id: 't3', kind: 'admin', hoursPerWeek: 10, skills: skills(60, 30) },
      ],
    };
    // b: one 12-hour task of the last six skills and its kind's experience; the candidate holds two
    // of them: 2 / 7.
    const b: VacancyInput = {
      ...base,
      id: 'b',
      tasks: [{ id: 't1', kind: 'admin', hoursPerWeek: 12, skills: skills(84, 6) }],
    };
    const input = {
      candidates: [{ ...cleaner, id: 'c', skills: skills(84, 2), hoursPerWeek: anyHours }],
      vacancies: [many, b],
    };
    expect(pairsOf(input, SKILLS, 1).get('c')!.bound).toBeCloseTo(2 / 7, 12);
    const after = pairsOf(input, SKILLS, 1, { earlier: [0] }).get('c')!;
    expect(after.bound).toBeCloseTo(2 / 7, 12);
    expect(after.score).toBeCloseTo(2 / 7, 12);
  });

  it('a signal on a class of the second mask word counts (capability 1 less 5% a signalled class)', () => {
    // a's 32 tasks intern classes 0–31; b's t1 (IV.13 code 2, class 32) is signalled on by a profile
    // of IV.13 code 2 (about as much as it can lift), t2 (no demands, class 33) is not: 0.95.
    const classes = Array.from({ length: 32 }, (_, k) => ({
      id: `t${k}`,
      kind: 'cleaning',
      hoursPerWeek: 0.5,
      demands: { 'IV.4': k % 4, 'IV.7': Math.floor(k / 4) % 3, 'II.8': Math.floor(k / 12) },
    }));
    const b: VacancyInput = {
      ...base,
      id: 'b',
      tasks: [
        { id: 't1', kind: 'lifting', hoursPerWeek: 6, demands: { 'IV.13': 2 } },
        { id: 't2', kind: 'cleaning', hoursPerWeek: 6 },
      ],
    };
    const input = {
      candidates: [{ ...cleaner, id: 'c', capabilities: { 'IV.13': 2 } }],
      vacancies: [{ ...base, id: 'a', hoursPerWeek: 16, tasks: classes }, b],
    };
    const { vTable } = tablesOf(input, {});
    const sid = vTable.vShape.data[1]!;
    expect([vTable.shapeBits.data[2 * sid], vTable.shapeBits.data[2 * sid + 1]]).toEqual([0, 3]);
    const pair = pairsOf(input, { weights: { ...ZERO, capability: 1 } }, 1).get('c')!;
    expect(pair.carved).toBe(false);
    expect(pair.bound).toBe(0.95);
    expect(pair.score).toBeCloseTo(0.95, 12);
  });
});

describe('VacancyBounds.collect: the rows it queues, their bounds and buckets', () => {
  // Hours weighed alone at 0.5 (a weight total of 0.5): each bound is the hours component.
  const HALF = { weights: { ...ZERO, hours: 0.5 }, priorityFirst: true };
  const input = {
    candidates: [
      { ...cleaner, id: 'plain' },
      { ...cleaner, id: 'sheltered', targetGroup: 'beschut' as const },
      { ...cleaner, id: 'priority', priority: true },
      // 16–24 h for a 12-hour job: hours 12 / 16.
      { ...cleaner, id: 'short', hoursPerWeek: { min: 16, max: 24 } },
      // 0–10 h: the whole job is out on hours, a carved job's loose bound 0.85.
      { ...cleaner, id: 'carved', hoursPerWeek: { min: 0, max: 10 } },
    ],
    vacancies: [lifting],
  };
  const key = (bound: number, lift: number, loose = 0) => ({ bound, bucket: bucketOf(bound + lift), loose });

  it('with no seed: every row reaching the least score, in the bucket of its bound plus its lift (−2 sheltered, +2 priority)', () => {
    const entries = collected(input, HALF, 0, 0, Number.NEGATIVE_INFINITY);
    expect(Object.fromEntries(entries)).toEqual({
      plain: key(1, 0),
      sheltered: key(1, -2),
      priority: key(1, 2),
      short: key(0.75, 0),
      carved: key(CARVED, 0, 1),
    });
    // A row exactly at the least score is queued; one below it is not.
    expect([...collected(input, HALF, 0, 0.75, Number.NEGATIVE_INFINITY).keys()].sort()).toEqual([
      'carved',
      'plain',
      'priority',
      'sheltered',
      'short',
    ]);
    expect([...collected(input, HALF, 0, 0.8, Number.NEGATIVE_INFINITY).keys()].sort()).toEqual([
      'carved',
      'plain',
      'priority',
      'sheltered',
    ]);
  });

  it('with a seed: a row is left when its bound is below the seed less its lift', () => {
    // Seed 2.5: only the priority row (2.5 − 2 = 0.5 ≤ 1) is queued; seed 1: the rows of bound 1
    // with a lift of 0 or more (exactly at the seed); seed 0.8: the carved job's 0.85 too, not the short
    // hours' 0.75 nor the sheltered row (0.8 + 2).
    expect(Object.fromEntries(collected(input, HALF, 0, 0, 2.5))).toEqual({ priority: key(1, 2) });
    expect([...collected(input, HALF, 0, 0, 1).keys()].sort()).toEqual(['plain', 'priority']);
    expect([...collected(input, HALF, 0, 0, 0.8).keys()].sort()).toEqual(['carved', 'plain', 'priority']);
    // Seed 1 + 1e-9: the floor less the search's slack (1e-9) is exactly 1, the plain row's bound and
    // its skills-and-hours-at-1 figure: reached, so queued.
    expect(1 + 1e-9 - 1e-9).toBe(1);
    expect([...collected(input, HALF, 0, 0, 1 + 1e-9).keys()].sort()).toEqual(['plain', 'priority']);
  });
});
