import { type CandidateInput, createMatcher, haversineKm, type VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import {
  commuteRule,
  hoursRule,
  hoursWindow,
  judgedItems,
  qualificationRule,
  taskFit,
  unassessedItems,
} from '../../src/scoring/reference/index.js';

// The reference scorer's hard rules at their boundaries (issue 20, mutation testing of
// src/scoring/reference/hard-rules.ts), with the matcher's verdict on the same pair where it has one.

const HOME = { municipality: 'Hilversum', lat: 52.2, lon: 5.2 };
const candidate: CandidateInput = {
  id: 'c',
  targetGroup: 'wajong',
  home: HOME,
  hoursPerWeek: { min: 12, max: 32 },
  skills: [],
};
const vacancy: VacancyInput = {
  id: 'v',
  employerId: 'e',
  sector: 'market',
  occupation: 'schoonmaker',
  location: HOME,
  hoursPerWeek: 20,
  tasks: [{ id: 't1', kind: 'cleaning', hoursPerWeek: 20, demands: {}, skills: [] }],
};

function parsed(c: CandidateInput, v: VacancyInput = vacancy) {
  const m = createMatcher({ candidates: [c], vacancies: [v] });
  return { c: m.candidates[0]!, v: m.vacancies[0]!, m };
}

describe('commuteRule', () => {
  it('a distance exactly at the limit is within reach; beyond it, the km over', () => {
    const location = { ...HOME, lat: HOME.lat + 0.1 };
    const d = haversineKm(HOME.lat, HOME.lon, location.lat, location.lon);
    const at = parsed({ ...candidate, maxCommuteKm: d }, { ...vacancy, location });
    const options = at.m.options;
    expect(commuteRule(at.c, at.v, options)).toEqual({ distanceKm: d, limitKm: d, verdict: undefined });
    expect(at.m.score('c', 'v').excluded).toBe(false);
    const short = parsed({ ...candidate, maxCommuteKm: 10 }, { ...vacancy, location });
    expect(commuteRule(short.c, short.v, options)).toEqual({
      distanceKm: d,
      limitKm: 10,
      verdict: { code: 'commute', distanceKm: d, limitKm: 10, overKm: d - 10 },
    });
    expect(short.m.score('c', 'v').excluded).toBe(true);
  });
});

describe('hoursWindow and hoursRule', () => {
  const window = (hoursPerWeek: { min: number; max: number }, capabilities: Record<string, number> = {}) =>
    hoursWindow(parsed({ ...candidate, hoursPerWeek, capabilities }).c);

  it('the lowest of the own maximum, VI.3 and VI.2 × 5 days; an earlier limit wins a tie', () => {
    expect(window({ min: 12, max: 32 })).toEqual({ min: 12, max: 32, limitBy: 'preference' });
    expect(window({ min: 12, max: 32 }, { 'VI.3': 3 })).toEqual({ min: 12, max: 20, limitBy: 'VI.3' });
    expect(window({ min: 12, max: 20 }, { 'VI.3': 3 })).toEqual({ min: 12, max: 20, limitBy: 'preference' });
    expect(window({ min: 12, max: 32 }, { 'VI.3': 3, 'VI.2': 3 })).toEqual({
      min: 12,
      max: 20,
      limitBy: 'VI.3',
    });
    expect(window({ min: 12, max: 32 }, { 'VI.3': 2, 'VI.2': 3 })).toEqual({
      min: 12,
      max: 20,
      limitBy: 'VI.2',
    });
    // the minimum is capped by the maximum
    expect(window({ min: 12, max: 32 }, { 'VI.2': 4 })).toEqual({ min: 10, max: 10, limitBy: 'VI.2' });
  });

  it('a vacancy of exactly the most hours passes; one more quarter is over by that quarter', () => {
    const w = { min: 0, max: 20, limitBy: 'VI.3' as const };
    const { v } = parsed(candidate);
    expect(hoursRule({ ...v, hoursPerWeek: 20 }, w)).toBe(undefined);
    expect(hoursRule({ ...v, hoursPerWeek: 20.25 }, w)).toEqual({
      code: 'hours',
      jobHours: 20.25,
      maxHours: 20,
      limitBy: 'VI.3',
      overHours: 0.25,
    });
  });
});

describe('qualificationRule', () => {
  it('names the asked qualification and the core tasks, nothing when met or not asked', () => {
    const tasks = [
      { id: 't1', kind: 'cleaning', hoursPerWeek: 12, demands: {}, skills: [], core: true },
      { id: 't2', kind: 'filing', hoursPerWeek: 8, demands: {}, skills: [] },
    ];
    const asks = { ...vacancy, qualification: 'VCA', tasks };
    const { c, v } = parsed(candidate, asks);
    expect(qualificationRule(c, v)).toEqual({ code: 'qualification', asked: 'VCA', coreTaskIds: ['t1'] });
    expect(qualificationRule(parsed({ ...candidate, qualifications: ['VCA'] }, asks).c, v)).toBe(undefined);
    expect(qualificationRule(c, parsed(candidate, { ...asks, qualification: undefined }).v)).toBe(undefined);
  });
});

describe('taskFit', () => {
  const task = (demands: Record<string, unknown>) =>
    parsed(candidate, { ...vacancy, tasks: [{ ...vacancy.tasks![0]!, demands } as never] }).v.tasks![0]!;

  it('the room is the tightest item’s margin, leaving out items on the limit', () => {
    expect(taskFit({ 'IV.13': 1 }, task({ 'IV.13': 2 }))).toMatchObject({
      fits: true,
      signal: false,
      room: 0.5,
      exceedances: [],
    });
    expect(taskFit({}, task({ 'IV.13': 2 })).room).toBe(1);
    // V.1 on the limit signals and is left out (its margin is 0); IV.13 leaves half its room
    const onLimit = taskFit({ 'V.1': 2, 'IV.13': 1 }, task({ 'V.1': 2, 'IV.13': 2 }));
    expect(onLimit).toMatchObject({ fits: true, signal: true, room: 0.5, exceedances: [] });
    expect(taskFit({ 'V.1': 2, 'IV.13': 1 }, task({ 'V.1': 2, 'IV.13': 3 })).room).toBe(1);
    expect(taskFit({ 'IV.13': 2 }, task({ 'IV.13': 2 })).room).toBe(1);
  });

  it('a task that asks too much: no room, every exceeded point with its task', () => {
    const r = taskFit({ 'IV.13': 3, 'I.9': 1 }, task({ 'IV.13': 1, 'I.9': 2 }));
    expect(r.fits).toBe(false);
    expect(r.room).toBe(0);
    expect(r.exceedances).toEqual([{ taskId: 't1', itemId: 'IV.13', rule: expect.any(String) }]);
  });
});

describe('judgedItems and unassessedItems', () => {
  it('an item no task states was never judged: a limit on it is a point to check', () => {
    const judged = judgedItems([
      parsed(candidate, {
        ...vacancy,
        tasks: [
          { ...vacancy.tasks![0]!, hoursPerWeek: 10, demands: { 'IV.13': 1 } },
          { ...vacancy.tasks![0]!, hoursPerWeek: 10, id: 't2', demands: { 'I.9': 1 } },
        ],
      }).v,
      { ...parsed(candidate).v, tasks: undefined },
    ]);
    expect([...judged].sort()).toEqual(['I.9', 'IV.13']);
    expect(unassessedItems({ 'V.1': 2, 'IV.13': 1 }, judged)).toEqual(['V.1']);
    // code 0 is no limit; the hours items are the hours rule's
    expect(unassessedItems({ 'V.1': 0, 'VI.2': 3, 'VI.3': 3 }, judged)).toEqual([]);
    expect(unassessedItems({ 'V.1': 2 }, new Set(['V.1']))).toEqual([]);
  });

  it('a list of codes counts when any code is above 0', () => {
    expect(unassessedItems({ 'III.1': [0] }, new Set())).toEqual([]);
    expect(unassessedItems({ 'III.1': [0, 2] }, new Set())).toEqual(['III.1']);
  });

  it('never a conditions item (absent means none met) nor one the FML does not compare', () => {
    expect(unassessedItems({ 'I.8': [1, 2], 'II.12': [3] }, new Set())).toEqual([]);
    expect(unassessedItems({ 'IV.1': [1], 'IV.2': [2] }, new Set())).toEqual([]);
  });
});
