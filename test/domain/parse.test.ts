import {
  formatPath,
  isBanenmatchError,
  isValidationError,
  parseCandidates,
  parseRegion,
  parseVacancies,
  safeParseCandidates,
  safeParseVacancies,
  TASK_HOURS_TOLERANCE,
  ValidationError,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hilversum } from '../helpers/places.js';

const candidate = {
  id: 'c-0001',
  targetGroup: 'wajong',
  home: hilversum,
  maxCommuteKm: 15,
  hoursPerWeek: { min: 12, max: 24 },
  capabilities: { 'IV.13': 2, 'VI.3': 3, 'I.8': [4] },
  skills: ['schoonmaken', 'vouwen'],
  taskPerformance: { cleaning: 0.8 },
  wageValue: 0.55,
  priority: false,
};

const vacancy = {
  id: 'v-0001',
  employerId: 'e-001',
  sector: 'market',
  occupation: 'schoonmaker',
  location: { municipality: 'Huizen', lat: 52.2992, lon: 5.2417 },
  positions: 1,
  hoursPerWeek: 24,
  wagePerHour: 14.71,
  carvable: true,
  tasks: [
    {
      id: 't1',
      kind: 'cleaning',
      hoursPerWeek: 16,
      demands: { 'IV.13': 1, 'I.8': [4] },
      skills: ['schoonmaken'],
    },
    { id: 't2', kind: 'laundry', hoursPerWeek: 8, demands: { 'IV.8': 1 }, skills: ['vouwen'] },
  ],
};

function issuesOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('parseCandidates', () => {
  it('accepts the input contract example and fills defaults', () => {
    const [c] = parseCandidates([candidate]);
    expect(c?.id).toBe('c-0001');
    expect(c?.capabilities['IV.13']).toBe(2);
    const [bare] = parseCandidates([
      { ...candidate, capabilities: undefined, skills: undefined, priority: undefined },
    ]);
    expect(bare?.capabilities).toEqual({});
    expect(bare?.skills).toEqual([]);
    expect(bare?.priority).toBe(false);
  });

  it('reports every problem of a record, each with its path, in one error', () => {
    const bad = {
      ...candidate,
      id: 'c-0002',
      hoursPerWeek: { min: 12, max: 70 }, // above 60
      wageValue: 1.4, // not a fraction
      home: { ...hilversum, lat: 48.85 }, // Paris: outside the Netherlands
    };
    const error = issuesOf(() => parseCandidates([candidate, bad]));
    expect(error.code).toBe('VALIDATION');
    const paths = error.issues.map((i) => formatPath(i.path));
    expect(paths).toEqual(expect.arrayContaining(['[1].hoursPerWeek.max', '[1].wageValue', '[1].home.lat']));
    expect(error.issues).toHaveLength(3);
    for (const issue of error.issues) expect(issue.message).toContain('c-0002');
  });

  it('rejects duplicate ids, naming the first occurrence', () => {
    const error = issuesOf(() => parseCandidates([candidate, { ...candidate }]));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.code).toBe('duplicate_id');
    expect(error.issues[0]?.path).toEqual([1, 'id']);
  });

  it('rejects min above max hours and an unknown target group', () => {
    const error = issuesOf(() =>
      parseCandidates([{ ...candidate, targetGroup: 'unknown', hoursPerWeek: { min: 30, max: 20 } }]),
    );
    expect(error.issues.map((i) => formatPath(i.path)).sort()).toEqual([
      '[0].hoursPerWeek.min',
      '[0].targetGroup',
    ]);
  });

  it('rejects unknown FML items and codes outside an item, without echoing the code', () => {
    const error = issuesOf(() =>
      parseCandidates([{ ...candidate, capabilities: { 'IV.99': 1, 'IV.13': 9, 'I.8': [4] } }]),
    );
    const paths = error.issues.map((i) => formatPath(i.path));
    expect(paths).toEqual(expect.arrayContaining(['[0].capabilities.IV.99', '[0].capabilities.IV.13']));
    for (const issue of error.issues) expect(issue.message).not.toMatch(/\b9\b/);
  });

  it('safe twin returns a result instead of throwing', () => {
    const ok = safeParseCandidates([candidate]);
    expect(ok.success).toBe(true);
    const bad = safeParseCandidates({ not: 'an array' });
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(isValidationError(bad.error)).toBe(true);
      expect(isBanenmatchError(bad.error)).toBe(true);
    }
  });

  it('never puts a BSN-like value from the record into the message', () => {
    const error = issuesOf(() =>
      parseCandidates([{ ...candidate, id: 'c-9', bsn: '111222333', hoursPerWeek: 'x' }]),
    );
    expect(error.message).not.toContain('111222333');
  });
});

describe('parseVacancies', () => {
  it('accepts the input contract example', () => {
    const [v] = parseVacancies([vacancy]);
    expect(v?.tasks?.[0]?.core).toBe(false);
    expect(v?.positions).toBe(1);
  });

  it('reports a task path like vacancies[3].tasks[1].hoursPerWeek', () => {
    const list = [0, 1, 2, 3].map((i) => ({ ...vacancy, id: `v-${i}` }));
    list[3] = {
      ...vacancy,
      id: 'v-3',
      tasks: [vacancy.tasks[0]!, { ...vacancy.tasks[1]!, hoursPerWeek: -8 }],
    };
    const error = issuesOf(() => parseVacancies(list));
    expect(error.issues.map((i) => formatPath(i.path, 'vacancies'))).toContain(
      'vacancies[3].tasks[1].hoursPerWeek',
    );
  });

  it('checks that task hours sum to the vacancy hours within the tolerance', () => {
    const off = (delta: number) => ({
      ...vacancy,
      tasks: [vacancy.tasks[0]!, { ...vacancy.tasks[1]!, hoursPerWeek: 8 + delta }],
    });
    expect(safeParseVacancies([off(TASK_HOURS_TOLERANCE)]).success).toBe(true);
    const r = safeParseVacancies([off(TASK_HOURS_TOLERANCE + 0.25)]);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.path).toEqual([0, 'tasks']);
  });

  it('rejects duplicate task ids, zero positions and zero hours', () => {
    const bad = {
      ...vacancy,
      positions: 0,
      tasks: [vacancy.tasks[0]!, { ...vacancy.tasks[1]!, id: 't1' }],
    };
    const error = issuesOf(() =>
      parseVacancies([bad, { ...vacancy, id: 'v-2', hoursPerWeek: 0, tasks: [] }]),
    );
    const paths = error.issues.map((i) => formatPath(i.path));
    expect(paths).toEqual(expect.arrayContaining(['[0].positions', '[0].tasks[1].id', '[1].hoursPerWeek']));
  });

  it('accepts a vacancy without tasks (they are derived later)', () => {
    const { tasks: _tasks, ...noTasks } = vacancy;
    expect(parseVacancies([noTasks])[0]?.tasks).toBeUndefined();
  });
});

describe('parseRegion', () => {
  it('checks that vacancies name known employers', () => {
    const employers = [{ id: 'e-002', name: 'Bakkerij', sector: 'market' }];
    const error = issuesOf(() => parseRegion({ employers, candidates: [candidate], vacancies: [vacancy] }));
    expect(error.issues[0]?.code).toBe('unknown_reference');
    expect(error.issues[0]?.path).toEqual(['vacancies', 0, 'employerId']);
  });
});

describe('properties', () => {
  it('hours outside [0, 60] are always rejected, inside always accepted', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (h) => {
        const r = safeParseCandidates([{ ...candidate, hoursPerWeek: { min: 0, max: h } }]);
        expect(r.success).toBe(h >= 0 && h <= 60);
      }),
    );
  });

  it('every issue of a record with k independent problems is reported', () => {
    const problems = [
      (c: Record<string, unknown>) => ({ ...c, wageValue: 2 }),
      (c: Record<string, unknown>) => ({ ...c, maxCommuteKm: -1 }),
      (c: Record<string, unknown>) => ({ ...c, targetGroup: 'x' }),
      (c: Record<string, unknown>) => ({ ...c, skills: 'schoonmaken' }),
      (c: Record<string, unknown>) => ({ ...c, home: { ...hilversum, lon: 12 } }),
    ];
    fc.assert(
      fc.property(fc.subarray([0, 1, 2, 3, 4], { minLength: 1 }), (chosen) => {
        let c: Record<string, unknown> = { ...candidate };
        for (const k of chosen) c = problems[k]!(c);
        const r = safeParseCandidates([c]);
        expect(r.success).toBe(false);
        if (!r.success) expect(r.error.issues).toHaveLength(chosen.length);
      }),
    );
  });

  it('arbitrary JSON never throws anything but a ValidationError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        for (const parse of [parseCandidates, parseVacancies]) {
          try {
            parse(json);
          } catch (e) {
            expect(isValidationError(e)).toBe(true);
          }
        }
      }),
    );
  });
});
