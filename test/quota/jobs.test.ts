import { extraJobs, JOB_HOURS_PER_WEEK, jobsFromHours } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('jobsFromHours', () => {
  it('counts 25.5 paid hours a week as one job, pro rata', () => {
    expect(JOB_HOURS_PER_WEEK).toBe(25.5);
    expect(jobsFromHours(25.5)).toBe(1);
    expect(jobsFromHours(12.75)).toBe(0.5);
    expect(jobsFromHours(36)).toBeCloseTo(1.4117647, 6);
    expect(jobsFromHours(0)).toBe(0);
    expect(jobsFromHours(20, 40)).toBe(0.5);
  });

  it('rejects NaN, negative and infinite hours and a bad unit with codes', () => {
    expect(() => jobsFromHours(Number.NaN)).toThrow(expect.objectContaining({ code: 'NAN_INPUT' }));
    expect(() => jobsFromHours(-1)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => jobsFromHours(Number.POSITIVE_INFINITY)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => jobsFromHours(10, 0)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('extraJobs', () => {
  it('adds placements up market and government apart, weighted by probability', () => {
    const jobs = extraJobs([
      { sector: 'market', hoursPerWeek: 25.5 },
      { sector: 'market', hoursPerWeek: 12.75, probability: 0.5 },
      { sector: 'government', hoursPerWeek: 12.75 },
    ]);
    expect(jobs).toEqual({ market: 1.25, government: 0.5, total: 1.75 });
    expect(extraJobs([])).toEqual({ market: 0, government: 0, total: 0 });
  });

  it('names the index of a bad placement through its code', () => {
    expect(() => extraJobs([{ sector: 'market', hoursPerWeek: 10, probability: 2 }])).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => extraJobs([{ sector: 'market', hoursPerWeek: Number.NaN }])).toThrow(
      expect.objectContaining({ code: 'NAN_INPUT' }),
    );
  });

  it('is additive: the jobs of a concatenation are the sum of the jobs of the parts (metamorphic)', () => {
    const placement = fc.record({
      sector: fc.constantFrom('market' as const, 'government' as const),
      hoursPerWeek: fc.double({ min: 0, max: 40, noNaN: true }),
      probability: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(placement), fc.array(placement), (a, b) => {
        const whole = extraJobs([...a, ...b]);
        const pa = extraJobs(a);
        const pb = extraJobs(b);
        expect(whole.market).toBeCloseTo(pa.market + pb.market, 9);
        expect(whole.government).toBeCloseTo(pa.government + pb.government, 9);
        expect(whole.total).toBeCloseTo(whole.market + whole.government, 9);
      }),
    );
  });
});
