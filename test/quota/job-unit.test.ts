import { extraJobs, jobsFromHours } from 'banenmatch';
import { describe, expect, it } from 'vitest';

const fails = (f: () => unknown, code: string, message: unknown) =>
  expect(f).toThrow(expect.objectContaining({ code, message }));

describe('jobsFromHours: the unit and its checks', () => {
  it('divides by the unit given, any finite unit > 0', () => {
    expect(jobsFromHours(36, 36)).toBe(1);
    expect(jobsFromHours(10, 0.5)).toBe(20);
    expect(jobsFromHours(0, 36)).toBe(0);
  });

  it('refuses bad hours and units, word for word', () => {
    fails(() => jobsFromHours(Number.NaN), 'NAN_INPUT', 'jobsFromHours: hoursPerWeek is NaN');
    fails(
      () => jobsFromHours(-0.01),
      'INVALID_ARGUMENT',
      'jobsFromHours: hoursPerWeek must be a finite number ≥ 0',
    );
    fails(
      () => jobsFromHours(Number.POSITIVE_INFINITY),
      'INVALID_ARGUMENT',
      'jobsFromHours: hoursPerWeek must be a finite number ≥ 0',
    );
    const unit = 'jobsFromHours: unitHours must be a finite number > 0';
    fails(() => jobsFromHours(10, 0), 'INVALID_ARGUMENT', unit);
    fails(() => jobsFromHours(10, -25.5), 'INVALID_ARGUMENT', unit);
    fails(() => jobsFromHours(10, Number.NaN), 'INVALID_ARGUMENT', unit);
    fails(() => jobsFromHours(10, Number.POSITIVE_INFINITY), 'INVALID_ARGUMENT', unit);
    fails(() => jobsFromHours(10, '25.5' as unknown as number), 'INVALID_ARGUMENT', unit);
  });
});

describe('extraJobs: the options and each placement rule', () => {
  it('counts by a custom unitHours (36 hours = one job), market and government alike', () => {
    const placements = [
      { sector: 'market' as const, hoursPerWeek: 36 },
      { sector: 'government' as const, hoursPerWeek: 18 },
    ];
    expect(extraJobs(placements, { unitHours: 36 })).toEqual({ market: 1, government: 0.5, total: 1.5 });
    // the default is 25.5
    expect(extraJobs(placements).market).toBeCloseTo(36 / 25.5, 12);
    expect(extraJobs(placements, {}).government).toBeCloseTo(18 / 25.5, 12);
    expect(extraJobs(placements, { unitHours: undefined }).market).toBeCloseTo(36 / 25.5, 12);
    const unit = expect.stringMatching(/^extraJobs: `unitHours`: /);
    fails(() => extraJobs(placements, { unitHours: 0 }), 'INVALID_ARGUMENT', unit);
    // checked even when nothing counts: an empty list, or sheltered work alone
    fails(() => extraJobs([], { unitHours: -1 }), 'INVALID_ARGUMENT', unit);
    fails(
      () => extraJobs([{ sector: 'market', hoursPerWeek: 10, extraJobs: 0 }], { unitHours: Number.NaN }),
      'INVALID_ARGUMENT',
      unit,
    );
  });

  it('weights by probability, 0 and 1 included, and keeps the sectors apart', () => {
    expect(
      extraJobs([
        { sector: 'government', hoursPerWeek: 25.5, probability: 0 },
        { sector: 'government', hoursPerWeek: 25.5, probability: 1 },
        { sector: 'market', hoursPerWeek: 25.5, probability: 0.25 },
      ]),
    ).toEqual({ market: 0.25, government: 1, total: 1.25 });
  });

  it('counts nothing for a placement that says it counts no job (sheltered work), any other value by its hours', () => {
    expect(
      extraJobs([
        { sector: 'market', hoursPerWeek: 25.5, extraJobs: 0 },
        { sector: 'government', hoursPerWeek: 25.5, extraJobs: 0 },
        { sector: 'market', hoursPerWeek: 12.75, extraJobs: 7 },
      ]),
    ).toEqual({ market: 0.5, government: 0, total: 0.5 });
  });

  it('refuses placements that are not a list of objects and options that are not an object, naming them', () => {
    fails(() => extraJobs(5 as never), 'INVALID_ARGUMENT', 'extraJobs: expected `placements` to be an array');
    expect(() => extraJobs([5] as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('extraJobs: expected `placements[0]`'),
      }),
    );
    expect(() => extraJobs([], 5 as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('extraJobs: `options`: '),
      }),
    );
  });

  it('names the index and field of a bad placement, word for word', () => {
    const ok = { sector: 'market' as const, hoursPerWeek: 10 };
    fails(
      () => extraJobs([ok, { sector: 'market', hoursPerWeek: Number.NaN }]),
      'NAN_INPUT',
      'extraJobs: placements[1]: hoursPerWeek is NaN',
    );
    fails(
      () => extraJobs([{ sector: 'market', hoursPerWeek: -1 }]),
      'INVALID_ARGUMENT',
      'extraJobs: placements[0]: hoursPerWeek must be a finite number ≥ 0',
    );
    const probability = 'extraJobs: placements[1].probability must be in 0..1';
    for (const p of [-0.01, 1.01, Number.NaN, '0.5']) {
      fails(() => extraJobs([ok, { ...ok, probability: p as number }]), 'INVALID_ARGUMENT', probability);
    }
    fails(
      () => extraJobs([ok, ok, { ...ok, extraJobs: '0' as unknown as number }]),
      'INVALID_ARGUMENT',
      'extraJobs: placements[2].extraJobs must be a number',
    );
    fails(
      () => extraJobs([ok, { sector: 'private' as 'market', hoursPerWeek: 10 }]),
      'INVALID_ARGUMENT',
      'extraJobs: placements[1].sector must be market or government',
    );
    // sheltered work too must name a sector the quota knows
    fails(
      () => extraJobs([{ sector: 'private' as 'market', hoursPerWeek: 10, extraJobs: 0 }]),
      'INVALID_ARGUMENT',
      'extraJobs: placements[0].sector must be market or government',
    );
  });
});
