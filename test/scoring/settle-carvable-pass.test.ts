import { describe, expect, it } from 'vitest';
import { EXCEEDED_ITEM_IDS, LEVEL_STRIDE } from '../../src/capability/compiled.js';
import { evaluate, verdict } from '../../src/scoring/engine/evaluator.js';
import { settleAll } from '../../src/scoring/engine/settle.js';
import { EXCLUDED_CAPABILITY, EXCLUDED_QUALIFICATION, PRUNED } from '../../src/scoring/rules.js';
import { engineOf, settledCarveOnly, settledExcluded } from '../helpers/engine.js';
import { cleaner, supermarket } from '../helpers/places.js';

// settleAll's carvable pass (src/scoring/engine/settle.ts, issue 20): every listed carvable shape
// whose whole job the candidate exceeds and whose carving masks and hours rule out is settled as
// excluded, the first listed and every later one alike; one whose carved job is possible, carve-only.

describe('settleAll: the carvable pass decides every carvable shape it lists', () => {
  // Shelf stocking (14 h) lifts ~10 kg, which the candidate (IV.13 code 2) cannot; the till is all a
  // carved job can hold: 6 h, 5 h, 4 h in three job shapes, each below the carving minimum of 12 h.
  const vacancyWithTill = (id: string, tillHours: number) => {
    const v = supermarket(id);
    const [shelf, till] = v.tasks!;
    return {
      ...v,
      hoursPerWeek: 14 + tillHours,
      carvable: true,
      tasks: [shelf!, { ...till!, hoursPerWeek: tillHours }],
    };
  };
  const input = {
    candidates: [{ ...cleaner, capabilities: { 'IV.13': 2 } }],
    vacancies: [vacancyWithTill('v6', 6), vacancyWithTill('v5', 5), vacancyWithTill('v4', 4)],
  };
  const options = { carving: { minHours: 12 } };

  it('three carvable shapes, each ruled out: all three settled as excluded (on capability, as the evaluation finds)', () => {
    const e = engineOf(input, options);
    settleAll(e, 0);
    const shapes = [0, 1, 2].map((vi) => e.vShape.data[vi]!);
    expect(new Set(shapes).size).toBe(3);
    expect(e.carvable.count).toBe(3);
    for (const sid of shapes) {
      expect(settledExcluded(e, sid), `shape ${sid} excluded`).toBe(true);
      expect(settledCarveOnly(e, sid), `shape ${sid} not carve-only`).toBe(false);
      expect(e.shapeStamp[sid], `shape ${sid} not remembered by the settling`).not.toBe(1);
    }
    // As an engine that never scanned finds each pair, carving tried.
    const fresh = engineOf(input, options);
    for (const vi of [0, 1, 2]) expect(verdict(fresh, 0, vi)).toBe(EXCLUDED_CAPABILITY);
    for (const vi of [0, 1, 2]) expect(verdict(e, 0, vi)).toBe(EXCLUDED_CAPABILITY);
  });
});

describe('settleAll: a carvable shape whose whole job is out and a carved job possible is marked carve-only', () => {
  // The same shapes with a carving minimum of 4 h: the till (6 h, 5 h, 4 h) is a carved job in each.
  const input = {
    candidates: [{ ...cleaner, capabilities: { 'IV.13': 2 } }],
    vacancies: [4, 5, 6].map((h) => {
      const v = supermarket(`v${h}`);
      const [shelf, till] = v.tasks!;
      return { ...v, hoursPerWeek: 14 + h, carvable: true, tasks: [shelf!, { ...till!, hoursPerWeek: h }] };
    }),
  };
  const options = { carving: { minHours: 4 } };

  it('not excluded, settled carve-only; the pairs carved as without the settling, and pruned the same under a floor', () => {
    const e = engineOf(input, options);
    settleAll(e, 0);
    const fresh = engineOf(input, options);
    for (const vi of [0, 1, 2]) {
      const sid = e.vShape.data[vi]!;
      expect(settledExcluded(e, sid), `shape ${sid} not excluded`).toBe(false);
      expect(settledCarveOnly(e, sid), `shape ${sid} carve-only`).toBe(true);
      // A floor of 1 is above every carved job's bound (the carved factor < 1): pruned unread.
      expect(evaluate(e, 0, vi, 1)).toBe(false);
      expect(e.ev.excluded).toBe(PRUNED);
      expect(evaluate(fresh, 0, vi, 1)).toBe(false);
      expect(fresh.ev.excluded).toBe(PRUNED);
      // Without a floor: the till alone, carved (4, 5, 6 h).
      expect(verdict(e, 0, vi)).toBe(0);
      expect(e.ev.carved).toBe(true);
      expect(e.ev.jobHours).toBe(4 + vi);
      expect(verdict(fresh, 0, vi)).toBe(0);
    }
  });
});

describe('settleAll: carvable shapes whose whole job is out by the diploma or the hours alone', () => {
  // The candidate (12–24 h, no diploma, no FML limit) meets three carvable vacancies of 20 h:
  // 'diplomaCarved' asks a diploma for its core till (6 h) — the shelf tasks (14 h, not core) are a
  // carved job from 12 h: carve-only; 'diplomaNone' has a core task of 14 h and a 6 h task, from 12 h
  // no carved job: excluded; 'long' (30 h, no diploma) fits but for its hours: carve-only (a carved job
  // or the whole job at fewer hours, × the carved factor). 'whole' (16 h) fits: in neither set.
  const candidate = { ...cleaner, skills: [] };
  const task = (id: string, hours: number, core: boolean) => ({
    id,
    kind: 'cleaning',
    hoursPerWeek: hours,
    core,
    demands: {},
  });
  const job = { ...supermarket('x'), carvable: true };
  const vacancies = [
    {
      ...job,
      id: 'diplomaCarved',
      qualification: 'MBO-2 logistiek',
      tasks: [task('a', 14, false), task('b', 6, true)],
    },
    {
      ...job,
      id: 'diplomaNone',
      qualification: 'MBO-2 logistiek',
      tasks: [task('a', 14, true), task('b', 6, false)],
    },
    { ...job, id: 'long', hoursPerWeek: 30, tasks: [task('a', 15, false), task('b', 15, false)] },
    { ...job, id: 'whole', hoursPerWeek: 16, tasks: [task('a', 8, false), task('b', 8, false)] },
  ];
  const options = { carving: { minHours: 12 } };

  it('settled as the evaluation decides them, and the pairs as without the settling', () => {
    const input = { candidates: [candidate, { ...candidate, id: 'twin' }], vacancies };
    const e = engineOf(input, options);
    const fresh = engineOf(input, options);
    const sets = (ci: number) => {
      settleAll(e, ci);
      return [0, 1, 2, 3].map((vi) => {
        const sid = e.vShape.data[vi]!;
        return [settledExcluded(e, sid), settledCarveOnly(e, sid)];
      });
    };
    const want = [
      [false, true],
      [true, false],
      [false, true],
      [false, false],
    ];
    expect(sets(0)).toEqual(want);
    // The twin (the same numbers) reads the remembered sets: the same.
    expect(sets(1)).toEqual(want);
    expect([0, 1, 2, 3].map((vi) => verdict(fresh, 0, vi))).toEqual([0, EXCLUDED_QUALIFICATION, 0, 0]);
    for (const vi of [0, 2]) {
      expect(evaluate(fresh, 0, vi)).toBe(true);
      expect(fresh.ev.carved).toBe(true);
    }
    // Under a floor of 1 the carve-only shapes' pairs are pruned (the carved factor < 1), as without it.
    for (const vi of [0, 2]) {
      e.shapeCarveOnly[e.vShape.data[vi]!] = 2;
      expect(evaluate(e, 1, vi, 1)).toBe(false);
      expect(e.ev.excluded).toBe(PRUNED);
      expect(verdict(e, 1, vi)).toBe(0);
    }
  });
});

describe('settleAll: shapes of a class in the second mask word', () => {
  // 40 one-task fillers (demands on other FML items, which the candidate does not limit) take
  // classes 0–39, so the demand on item X (code 1, the candidate at 2: exceeded) is a class past 31:
  // 'carvedOut' (carvable, its one task) cannot be carved: excluded; 'carvable' (the same task and
  // an 8 h task of no demand): carve-only; 'listed' (not carvable): excluded; 'plain' after it fits.
  const [x, ...others] = EXCEEDED_ITEM_IDS.slice(0, LEVEL_STRIDE);
  const person = { ...cleaner, hoursPerWeek: { min: 4, max: 32 }, capabilities: { [x!]: 2 } };
  const job = { ...supermarket('j'), hoursPerWeek: 8 };
  const task = (id: string, demands: Record<string, number>) => ({
    id,
    kind: 'cleaning',
    hoursPerWeek: 8,
    demands,
  });
  const fillers = [];
  for (let code = 0; fillers.length < 40; code++)
    for (const item of others)
      if (fillers.length < 40)
        fillers.push({
          ...job,
          id: `f${fillers.length}`,
          carvable: false,
          tasks: [task('t', { [item]: code })],
        });
  const vacancies = [
    ...fillers,
    { ...job, id: 'carvedOut', carvable: true, tasks: [task('t', { [x!]: 1 })] },
    {
      ...job,
      id: 'carvable',
      hoursPerWeek: 16,
      carvable: true,
      tasks: [task('t', { [x!]: 1 }), task('u', {})],
    },
    { ...job, id: 'listed', carvable: false, tasks: [task('t', { [x!]: 1 })] },
    { ...job, id: 'plain', carvable: false, tasks: [task('t', {})] },
  ];
  it('settled by the mask word past 31, as the evaluation decides them', () => {
    const input = { candidates: [person], vacancies };
    const options = { carving: { minHours: 4 } };
    const e = engineOf(input, options);
    const fresh = engineOf(input, options);
    settleAll(e, 0);
    const at = vacancies.length - 4;
    const shapes = [0, 1, 2, 3].map((k) => e.vShape.data[at + k]!);
    for (const sid of shapes.slice(0, 3)) expect(e.shapeTop.data[sid]).toBeGreaterThan(32);
    expect(shapes.map((sid) => [settledExcluded(e, sid), settledCarveOnly(e, sid)])).toEqual([
      [true, false],
      [false, true],
      [true, false],
      [false, false],
    ]);
    expect([0, 1, 2, 3].map((k) => verdict(fresh, 0, at + k))).toEqual([
      EXCLUDED_CAPABILITY,
      0,
      EXCLUDED_CAPABILITY,
      0,
    ]);
  });
});

describe('settleAll: the remembered sets, shared and bounded', () => {
  // Six candidates of three kinds (no limit; IV.13 at code 2, which the shelf tasks exceed; 8 h at
  // most): the twins share every part, and each kind adds its own.
  const kinds = [
    cleaner,
    { ...cleaner, capabilities: { 'IV.13': 2 } },
    { ...cleaner, hoursPerWeek: { min: 4, max: 8 } },
  ];
  const candidates = [...kinds, ...kinds].map((c, i) => ({ ...c, id: `c${i}` }));
  const vacancies = [
    supermarket('v1'),
    { ...supermarket('v2'), carvable: false },
    { ...supermarket('v3'), hoursPerWeek: 6, tasks: [supermarket('v3').tasks![1]!] },
  ];
  const setsOf = (e: ReturnType<typeof engineOf>, ci: number) => {
    settleAll(e, ci);
    return [0, 1, 2].map((vi) => [
      settledExcluded(e, e.vShape.data[vi]!),
      settledCarveOnly(e, e.vShape.data[vi]!),
    ]);
  };
  it('one set a key: twins read the same, and the sets as a fresh engine builds them', () => {
    const e = engineOf({ candidates, vacancies });
    const got = candidates.map((_, ci) => setsOf(e, ci));
    const s = e.settled;
    expect([s.byClasses.size, s.byHeld.size, s.byHours.size, s.byCarving.size]).toEqual([2, 1, 2, 3]);
    expect(s.remembered).toBe(2 * s.words * (2 + 1 + 2) + s.words * 3);
    for (let ci = 0; ci < candidates.length; ci++)
      expect(setsOf(engineOf({ candidates, vacancies }), ci)).toEqual(got[ci]);
    // The kinds differ: the limited one is out of the shelf job, the short one of the longer jobs.
    expect(got[1]).not.toEqual(got[0]);
    expect(got[2]).not.toEqual(got[0]);
  });
  it('never more words than `maxWords`: dropped and built again the same', () => {
    const e = engineOf({ candidates, vacancies });
    const want = candidates.map((_, ci) => setsOf(engineOf({ candidates, vacancies }), ci));
    // 5 words a shape word: the four parts of one candidate (2 + 2 + 2 + 1) do not fit, a set does.
    e.settled.maxWords = 5 * Math.ceil(e.shapeCount() / 32);
    for (let ci = 0; ci < candidates.length; ci++) {
      expect(setsOf(e, ci)).toEqual(want[ci]);
      expect(e.settled.remembered).toBeLessThanOrEqual(e.settled.maxWords);
      expect(e.settled.remembered).toBeGreaterThan(0);
    }
  });
});
