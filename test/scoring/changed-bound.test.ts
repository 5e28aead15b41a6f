import { type CandidateInput, generateRegion, type VacancyInput } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXCEEDED_ITEM_IDS } from '../../src/capability/compiled.js';
import { changedBound, openingBound } from '../../src/scoring/engine/changed.js';
import { commuteUpperBound, evaluateAt } from '../../src/scoring/engine/evaluator.js';
import type { Engine } from '../../src/scoring/engine/state.js';
import { EXCLUDED_COMMUTE, quarter } from '../../src/scoring/rules.js';
import { MASK_CLASSES } from '../../src/scoring/tables/profile-masks.js';
import { engineOf } from '../helpers/engine.js';
import { cleaner, hilversum, supermarket } from '../helpers/places.js';

// `changedBound`, the bound whyNot skips a changed job's evaluation by: never below the score the
// engine gives the job at any vacancy's place, with carving on and off.
const region = generateRegion({ seed: 19, candidates: 40, vacancies: 60 });

describe('changedBound: a changed job’s score bound from its header', () => {
  it('no pair scores above it, the job at its own place or another’s, its shape met or not; −∞ once met and out', () => {
    for (const options of [{}, { carving: false }]) {
      const e = engineOf(region, options);
      fc.assert(
        fc.property(
          fc.nat(region.candidates.length - 1),
          fc.nat(region.vacancies.length - 1),
          fc.nat(region.vacancies.length - 1),
          (ci, vi, at) => {
            const bound = changedBound(e, ci, vi, at);
            expect(bound).toBeLessThanOrEqual(openingBound(e, ci, vi));
            if (evaluateAt(e, ci, vi, at, Number.NEGATIVE_INFINITY)) {
              const score = e.ev.score;
              expect(score).toBeLessThanOrEqual(bound + 1e-9);
              // The job's shape now met: the bound from what the engine remembered of it.
              expect(score).toBeLessThanOrEqual(changedBound(e, ci, vi, at) + 1e-9);
            } else if (e.ev.excluded !== EXCLUDED_COMMUTE && e.vShape.data[at]! >= 0) {
              expect(changedBound(e, ci, vi, at)).toBe(Number.NEGATIVE_INFINITY);
            }
          },
        ),
        { numRuns: 400 },
      );
    }
  });

  it('is below the opening bound for some pairs (it skips evaluations the opening bound does not)', () => {
    const e = engineOf(region);
    let tighter = 0;
    for (let ci = 0; ci < region.candidates.length; ci++)
      for (let vi = 0; vi < region.vacancies.length; vi++)
        if (changedBound(e, ci, vi, vi) < openingBound(e, ci, vi) - 1e-6) tighter++;
    expect(tighter).toBeGreaterThan(0);
  });

  it('a carved job with more hours than the job states (task hours within the tolerance): bounded by them', () => {
    // 20 h stated, tasks 10.25 + 10 + 0.25 h (20.5, within the tolerance); the short task lifts ~10 kg,
    // which the candidate cannot: the carved job is the other two, 20.25 h of the 24 wanted.
    const vacancy = {
      ...supermarket('v1'),
      carvable: true,
      tasks: [
        { id: 't1', kind: 'cashier', hoursPerWeek: 10.25, demands: {} },
        { id: 't2', kind: 'cleaning', hoursPerWeek: 10, demands: {} },
        { id: 't3', kind: 'shelf-stocking', hoursPerWeek: 0.25, demands: { 'IV.13': 1 } },
      ],
    };
    const candidate = { ...cleaner, hoursPerWeek: { min: 24, max: 40 }, capabilities: { 'IV.13': 2 } };
    // The hours component alone: the score is the carved factor × 20.25 / 24; the bound takes every
    // task's hours (20.5), not the 20 stated.
    const weights = { capability: 0, skills: 0, commute: 0, economics: 0, preferences: 0, hours: 1 };
    const e = engineOf({ candidates: [candidate], vacancies: [vacancy] }, { weights });
    const bound = changedBound(e, 0, 0, 0);
    expect(bound).toBeCloseTo(e.carvedFactor * (20.5 / 24), 12);
    expect(evaluateAt(e, 0, 0, 0, Number.NEGATIVE_INFINITY)).toBe(true);
    expect(e.ev.carved).toBe(true);
    expect(e.ev.jobHours).toBe(20.25);
    const score = e.ev.score;
    expect(score).toBeCloseTo(e.carvedFactor * (20.25 / 24), 12);
    expect(bound).toBeGreaterThanOrEqual(score);
    // The shape met: the bound from the hours remembered, here the score itself.
    expect(changedBound(e, 0, 0, 0)).toBeGreaterThanOrEqual(score);
    expect(changedBound(e, 0, 0, 0)).toBeCloseTo(score, 12);
  });

  it('is exact: once met, the score with the commute by the chord, economics at 1 (skills at 1 for a carved job); unmet, the opening bound with the most hours', () => {
    // Pairs compared: met as the whole job and as a carved one; unmet, whole, carved and none.
    const seenAs = { metWhole: 0, metCarved: 0, whole: 0, carved: 0, none: 0 };
    const input = exactInput();
    // Weights that do not add up to 1, too.
    const weights = { capability: 2, skills: 1, commute: 1, economics: 1, preferences: 3, hours: 1 };
    for (const options of [{}, { carving: false }, { weights }] as { carving?: false }[]) {
      const e = engineOf(input, options);
      const n = input.vacancies.length;
      for (let ci = 0; ci < input.candidates.length; ci++)
        for (let vi = 0; vi < n; vi++)
          for (const at of [vi, (vi + 1) % n]) {
            const sid = e.vShape.data[at]!;
            const seen = sid >= 0 && e.shapeStamp[sid] === ci + 1;
            const known = seen && e.shapeOutcome[sid] === 0;
            const bound = changedBound(e, ci, vi, at);
            if (seen && !known) {
              expect(bound).toBe(Number.NEGATIVE_INFINITY);
              continue;
            }
            const fits = evaluateAt(e, ci, vi, at, Number.NEGATIVE_INFINITY);
            if (!fits && e.ev.excluded === EXCLUDED_COMMUTE) continue;
            if (known || !fits) {
              // Met (before, or just now): −∞ when out, else from the remembered components.
              const after = changedBound(e, ci, vi, at);
              if (fits && e.ev.unassessed === 0) {
                expect(after, `${ci} ${vi} ${at}`).toBeCloseTo(metBound(e), 12);
                if (known) expect(bound).toBe(after);
                seenAs[e.ev.carved ? 'metCarved' : 'metWhole']++;
              } else if (!fits && sid >= 0) expect(after).toBe(Number.NEGATIVE_INFINITY);
            }
            if (known) continue;
            // Unmet: the opening bound with the hours of the most the job offers, for the whole job
            // when it fits, else at the carved factor when carving may offer a part, else −∞.
            let most = input.vacancies[at]!.hoursPerWeek;
            let carved = 0;
            for (let t = e.vTaskStart.data[at]!; t < e.vTaskEnd.data[at]!; t++)
              carved += quarter(e.tHours.data[t]!);
            most = Math.max(most, carved);
            const min = input.candidates[ci]!.hoursPerWeek.min;
            const open =
              openingBound(e, ci, vi) -
              (e.wHours * (1 - (most >= min ? 1 : min > 0 ? most / min : 1))) / e.weightTotal;
            const carvable = options.carving !== false && input.vacancies[at]!.carvable === true;
            // Without a job shape (32 tasks, no qualification asked) no class mask tells: the whole
            // job when its hours fit.
            const whole =
              sid < 0
                ? input.vacancies[at]!.hoursPerWeek <= input.candidates[ci]!.hoursPerWeek.max
                : fits && !e.ev.carved;
            const want = whole ? open : carvable ? open * e.carvedFactor : Number.NEGATIVE_INFINITY;
            if (want === Number.NEGATIVE_INFINITY) expect(bound).toBe(want);
            else expect(bound, `${ci} ${vi} ${at} unmet`).toBeCloseTo(want, 12);
            seenAs[want === open ? 'whole' : want === Number.NEGATIVE_INFINITY ? 'none' : 'carved']++;
          }
    }
    for (const count of Object.values(seenAs)) expect(count).toBeGreaterThan(100);
  });

  it('unmet, the class masks decide the whole job: a class exceeded in either word, at top 64; not past the masks', () => {
    // Vacancies of one task of 1 h, each of a new demand class in turn (class k in vacancy k, its
    // shape k of top k + 1): an FML item of its own at level 1, then two. The classes 5, 40, 63 and 70
    // ask lifting (IV.13) too, which the candidate cannot; the last vacancy joins classes 5 and 70.
    const ids = EXCEEDED_ITEM_IDS.filter((id) => id !== 'I.8' && id !== 'II.12' && id !== 'IV.13');
    const item = (k: number): Record<string, number> =>
      k < ids.length ? { [ids[k]!]: 1 } : { [ids[k - ids.length]!]: 1, [ids[k - ids.length + 1]!]: 1 };
    const lifting = new Set([5, 40, 63, 70]);
    const demands = Array.from({ length: 72 }, (_, k) =>
      lifting.has(k) ? { ...item(k), 'IV.13': 1 } : item(k),
    );
    const vacancy = (id: string, classes: number[]): VacancyInput => ({
      id,
      employerId: 'e1',
      sector: 'market',
      occupation: 'schoonmaker',
      location: hilversum,
      hoursPerWeek: classes.length,
      carvable: true,
      tasks: classes.map((k, a) => ({
        id: `t${a}`,
        kind: 'cleaning',
        hoursPerWeek: 1,
        demands: demands[k]!,
      })),
    });
    const vacancies = [...demands.map((_, k) => vacancy(`s${k}`, [k])), vacancy('both', [5, 70])];
    // 0 h at least: the hours component at 1, the bound the opening bound to the bit when whole.
    const candidate = { ...cleaner, hoursPerWeek: { min: 0, max: 24 }, capabilities: { 'IV.13': 2 } };
    const e = engineOf({ candidates: [candidate], vacancies });
    for (const [vi, v] of vacancies.entries()) {
      const sid = e.vShape.data[vi]!;
      expect(sid).toBe(vi);
      expect(e.shapeTop.data[sid]).toBe(vi < 72 ? vi + 1 : 71);
      // Whole unless a lifting class is the shape's and the masks hold every class (top 64 at most).
      const out = v.tasks!.some((t) => t.demands!['IV.13'] === 1) && e.shapeTop.data[sid]! <= MASK_CLASSES;
      const open = openingBound(e, 0, vi);
      expect(changedBound(e, 0, vi, vi), v.id).toBe(out ? open * e.carvedFactor : open);
    }
    // At classes 5 (first word), 40 (second), 63 (top 64) out; 70 and the pair of 5 and 70 past the masks.
    expect(
      vacancies.filter((_, vi) => changedBound(e, 0, vi, vi) < openingBound(e, 0, vi)).map((v) => v.id),
    ).toEqual(['s5', 's40', 's63']);
  });
});

/** The bound of the pair just evaluated (`e.ev`) from its components: the commute by the chord, economics at 1, a carved job's skills at 1. */
function metBound(e: Engine): number {
  const ev = e.ev;
  const sum =
    (e.wCommute * commuteUpperBound(e, e.hav) +
      e.wPreferences * ev.preferences +
      e.wCapability * ev.capability +
      e.wSkills * (ev.carved ? 1 : ev.skills) +
      e.wHours * ev.hours +
      e.wEconomics) /
    e.weightTotal;
  return ev.carved ? sum * e.carvedFactor : sum;
}

/**
 * The region with a third of its candidates avoiding the kinds of some tasks, the first at 12–40 h,
 * and at the first candidate's home two vacancies more: one of 32 tasks (no job shape) and one of 8 h
 * whose tasks add up to 7.75 h.
 */
function exactInput(): { candidates: CandidateInput[]; vacancies: VacancyInput[] } {
  const avoid = region.vacancies.slice(0, 6).map((v) => v.tasks![0]!.kind);
  const candidates = region.candidates.map((c, i) => ({
    ...c,
    ...(i === 0 ? { hoursPerWeek: { min: 12, max: 40 } } : {}),
    ...(i % 3 === 0 ? { preferences: { ...c.preferences, avoidTaskKinds: avoid } } : {}),
  }));
  const at = { ...region.vacancies[0]!, location: region.candidates[0]!.home, carvable: true };
  const task = (a: number, hoursPerWeek: number) => ({
    id: `t${a}`,
    kind: avoid[a % 6]!,
    hoursPerWeek,
    demands: {},
  });
  const vacancies = [
    ...region.vacancies,
    { ...at, id: 'long', hoursPerWeek: 32, tasks: Array.from({ length: 32 }, (_, a) => task(a, 1)) },
    { ...at, id: 'short', hoursPerWeek: 8, tasks: [task(0, 4), task(1, 3.75)] },
  ];
  return { candidates, vacancies };
}
