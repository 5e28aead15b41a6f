import { describe, expect, it } from 'vitest';
import { EXCEEDED_ITEM_IDS, LEVEL_STRIDE } from '../../src/capability/compiled.js';
import { evaluate, snapshotOf, verdict } from '../../src/scoring/engine/evaluator.js';
import { settleAll } from '../../src/scoring/engine/settle.js';
import { EXCLUDED_CAPABILITY } from '../../src/scoring/rules.js';
import { MASK_CLASSES } from '../../src/scoring/tables/profile-masks.js';
import { MAX_MASK_TASKS } from '../../src/scoring/tables/vacancies.js';
import { tablesOf } from '../helpers/engine.js';

// `evaluateShape` (engine/shape.ts) reads a job's task statuses by two paths: from the candidate's
// class masks (two words: classes 0–31 and 32–63) when the job shape's classes are all below
// MASK_CLASSES = 64, else task by task (`checkCompiled`, remembered per class); a job of more than
// MAX_MASK_TASKS tasks has no shape (−1) and goes task by task. Classes are numbered in the order
// their demands first appear, so each case below places its classes with one-task filler vacancies.
// Item X (I.1, codes 0–2): a task demanding X at code L fits a person at a code below L (or at 0 when
// L is 0), signals at code L (L > 0), and is exceeded above it. 'limited' is at X = 1: it exceeds
// {X: 0}, signals on {X: 1}; 'norm' (no limitation) fits every class here with no signal.

const LEVEL_IDS = EXCEEDED_ITEM_IDS.slice(0, LEVEL_STRIDE);
const X = LEVEL_IDS[0]!;
const home = { municipality: 'Hilversum', lat: 52.2, lon: 5.2 };
const person = {
  targetGroup: 'wajong',
  home,
  maxCommuteKm: 30,
  hoursPerWeek: { min: 4, max: 32 },
  skills: [],
};
const limited = { ...person, id: 'limited', capabilities: { [X]: 1 } };
const norm = { ...person, id: 'norm', capabilities: {} };
const job = { employerId: 'e', sector: 'market', occupation: 'x', location: home };

type Demands = Record<string, number>;

/** A vacancy of one task per entry of `demands` (`hours` each), carvable or not. */
function vacancy(id: string, demands: readonly Demands[], carvable: boolean, hours = 4): object {
  return {
    ...job,
    id,
    carvable,
    hoursPerWeek: hours * demands.length,
    tasks: demands.map((d, a) => ({ id: `t${a}`, kind: 'cleaning', hoursPerWeek: hours, demands: d })),
  };
}

/** `count` distinct demands none of which names X (so both candidates fit them, with no signal). */
function fillers(count: number): Demands[] {
  const out: Demands[] = [];
  for (let code = 0; out.length < count; code++)
    for (let k = 1; k < LEVEL_IDS.length && out.length < count; k++) out.push({ [LEVEL_IDS[k]!]: code });
  return out;
}

describe('evaluateShape task by task: classes past the masks, and a job of no shape', () => {
  // Class 0 fits both; class 1 is {X: 0}, exceeded by 'limited'; classes 2–70 fillers (class 2 is the
  // first filler after {ids[1]: 0}); H1, H2 fit both, HX exceeds 'limited', each a class above 64.
  const [f0, ...rest] = fillers(70);
  const H1 = { [LEVEL_IDS[1]!]: 0, [LEVEL_IDS[2]!]: 0 };
  const H2 = { [LEVEL_IDS[3]!]: 0, [LEVEL_IDS[4]!]: 0 };
  const HX = { [X]: 0, [LEVEL_IDS[1]!]: 0 };
  const vacancies = [
    vacancy('f0', [f0!], false),
    vacancy('x0', [{ [X]: 0 }], false),
    ...rest.map((d, k) => vacancy(`f${k + 1}`, [d], false)),
    // J1's layout is followed by K's, carvable: its header's carvable flag (1) read as a class is {X: 0}.
    vacancy('J1', [H1, H2], false),
    vacancy('K', [f0!], true, 2),
    // The exceeded task second: a read one row early (the header's flag 0 → class 0, or the task count
    // 2 → class 2, or the first task's core flag 0) finds only classes both fit.
    vacancy('J3', [H1, HX], false),
    // More tasks than a shape holds (no shape, −1): 31 of class 0 and one of class 1, half an hour each.
    vacancy('W', [...Array.from({ length: MAX_MASK_TASKS }, () => f0!), { [X]: 0 }], false, 0.5),
  ];
  const at = (id: string): number => vacancies.findIndex((v) => (v as { id: string }).id === id);

  it('classes are where the cases need them (J1 and J3 past the masks, W without a shape)', () => {
    const { engine: e, vTable } = tablesOf({ candidates: [limited, norm], vacancies });
    expect(vTable.classIndex.size).toBe(74);
    expect(e.layouts.data[e.vLayout.data[at('J1')]! * 4 + 4 * 3 + 1]).toBe(1); // K's header after J1's two tasks
    for (const id of ['J1', 'J3'])
      expect(e.shapeTop.data[e.vShape.data[at(id)]!]!).toBeGreaterThan(MASK_CLASSES);
    expect(e.vShape.data[at('W')]).toBe(-1);
  });

  it("'limited' fits J1 and K, is out on J3, W and x0 (capability); 'norm' fits them all", () => {
    const { engine: e } = tablesOf({ candidates: [limited, norm], vacancies });
    const ids = ['J1', 'K', 'J3', 'W', 'x0'];
    // Each candidate twice, the second time with its classes' statuses remembered.
    for (let round = 0; round < 2; round++) {
      expect(ids.map((id) => verdict(e, 0, at(id)))).toEqual([
        0,
        0,
        EXCLUDED_CAPABILITY,
        EXCLUDED_CAPABILITY,
        EXCLUDED_CAPABILITY,
      ]);
      expect(ids.map((id) => verdict(e, 1, at(id)))).toEqual([0, 0, 0, 0, 0]);
    }
    // W has no shape to remember an outcome by: every evaluation reads its 32 tasks.
    expect(evaluate(e, 0, at('W'))).toBe(false);
    expect(e.ev.excluded).toBe(EXCLUDED_CAPABILITY);
    expect(evaluate(e, 1, at('W'))).toBe(true);
    expect(e.ev.jobHours).toBe(16);
  });
});

describe('evaluateShape under a floor: a whole job out with no carved job is excluded, not pruned', () => {
  // V (the first shape, sid 0, class 0) and V63 (its one class 63: shape top exactly 64) are carvable,
  // one task demanding X at 0: 'limited' exceeds the only task, so no carved job exists (cannotCarve).
  // The pair's bound before the shape is 1 (same place, no preferences); a carved job's is
  // 1 × carvedFactor 0.7 < floor 0.9. The exclusion comes first and is remembered; a bound that
  // prunes the pair (PRUNED) is for a carved job that may exist.
  const vacancies = [
    vacancy('V', [{ [X]: 0 }], true),
    ...fillers(62).map((d, k) => vacancy(`f${k}`, [d], false)),
    vacancy('V63', [{ [X]: 0, [LEVEL_IDS[2]!]: 1 }], true),
  ];
  it('V and V63: EXCLUDED_CAPABILITY at floor 0.9, the shape remembered', () => {
    const { engine: e } = tablesOf({ candidates: [norm, limited], vacancies }, { carvedFactor: 0.7 });
    const v63 = vacancies.length - 1;
    expect(e.vShape.data[0]).toBe(0);
    expect(e.shapeTop.data[e.vShape.data[v63]!]).toBe(MASK_CLASSES);
    // The carvable shapes are listed at a settling ('norm' fits both: nothing remembered for 'limited').
    settleAll(e, 0);
    for (const vi of [0, v63]) {
      const sid = e.vShape.data[vi]!;
      expect(e.shapeStamp[sid]).not.toBe(2);
      expect(evaluate(e, 1, vi, 0.9), `v${vi}`).toBe(false);
      expect(e.ev.excluded, `v${vi}`).toBe(EXCLUDED_CAPABILITY);
      expect(e.shapeStamp[sid]).toBe(2);
      expect(e.shapeOutcome[sid]).toBe(EXCLUDED_CAPABILITY);
    }
  });
});

describe('evaluateShape by masks: the second word (classes 32–63), signals', () => {
  // Class 0 is {X: 1} (a signal for 'limited'), 1–31 fillers, 32 a filler (fits, no signal), 33 is
  // {X: 1, ids[1]: 0} (a signal for 'limited', in the second word). 'limited' is profile 0, 'norm' 1.
  const vacancies = [
    vacancy('s0', [{ [X]: 1 }], false),
    ...fillers(32).map((d, k) => vacancy(`f${k + 1}`, [d], false)),
    vacancy('s33', [{ [X]: 1, [LEVEL_IDS[1]!]: 0 }], false),
  ];
  it("signals: 'limited' 1 on class 0, 0 on class 32, 1 on class 33; 'norm' none", () => {
    const { engine: e } = tablesOf({ candidates: [limited, norm], vacancies });
    const cases = [0, 32, 33];
    const signals = (ci: number): number[] =>
      cases.map((vi) => {
        const ok = evaluate(e, ci, vi);
        expect(ok, `c${ci} v${vi}`).toBe(true);
        return snapshotOf(e, ci, vi, ok).signals;
      });
    expect(signals(0)).toEqual([1, 0, 1]);
    expect(signals(1)).toEqual([0, 0, 0]);
  });
});
