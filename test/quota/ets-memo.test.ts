// Internal memo of ETS fits, tested directly: the rolling origins of forecastSeries, forecastQuota and
// backtest take their ETS fits through it.
import { backtest, forecastSeries } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitsHash, EtsMemo, sameBits } from '../../src/quota/ets-memo.js';
import { fitEts } from '../../src/quota/exponential-smoothing.js';
import { fitTheta } from '../../src/quota/theta.js';

const kinds = ['ses', 'holt', 'damped'] as const;
const arbitrarySeries = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), {
  minLength: 4,
  maxLength: 16,
});

describe('bitsHash and sameBits: series equal bit for bit', () => {
  it('worked example: 0 and −0 differ, a copy and a subarray of the same values do not', () => {
    const y = Float64Array.of(1, 0, 2.5);
    const inside = Float64Array.of(9, 1, 0, 2.5).subarray(1);
    expect(sameBits(y.slice(), y)).toBe(true);
    expect(sameBits(inside, y)).toBe(true);
    expect(bitsHash(inside)).toBe(bitsHash(y));
    expect(sameBits(Float64Array.of(1, -0, 2.5), y)).toBe(false);
    expect(sameBits(y.subarray(0, 2), y)).toBe(false);
    expect(bitsHash(Float64Array.of(1, -0, 2.5))).not.toBe(bitsHash(y));
    // FNV-1a of the length and the words: an unsigned 32-bit number
    expect(bitsHash(new Float64Array(0))).toBe(0x811c9dc5);
    expect(Number.isInteger(bitsHash(y)) && bitsHash(y) >= 0 && bitsHash(y) < 2 ** 32).toBe(true);
  });

  it('property: sameBits exactly when every value is the same double (Object.is), and then equal hashes', () => {
    fc.assert(
      fc.property(arbitrarySeries, arbitrarySeries, (a, b) => {
        const x = Float64Array.from(a);
        const y = Float64Array.from(b);
        const same = x.length === y.length && x.every((v, i) => Object.is(v, y[i]));
        expect(sameBits(x, y)).toBe(same);
        if (same) expect(bitsHash(x)).toBe(bitsHash(y));
        expect(sameBits(x, x.slice())).toBe(true);
      }),
    );
  });
});

describe('EtsMemo: one fit per distinct series, kind and fixed parameters', () => {
  it('worked example: the same values in another array give the same fit object', () => {
    const memo = new EtsMemo();
    const y = Float64Array.of(3, 5, 4, 6, 7);
    const holt = memo.fit(y, 'holt');
    expect(memo.fit(y.slice(), 'holt')).toBe(holt);
    expect(memo.size).toBe(1);
    // another kind, other fixed parameters, other values: new fits
    expect(memo.fit(y, 'damped')).not.toBe(holt);
    expect(memo.fit(y, 'holt', { alpha: 0.5 })).not.toBe(holt);
    expect(memo.fit(y, 'holt', { alpha: 0.5 })).toBe(memo.fit(y, 'holt', { alpha: 0.5 }));
    expect(memo.fit(Float64Array.of(3, 5, 4, 6, 8), 'holt')).not.toBe(holt);
    expect(memo.size).toBe(4);
    // a fixed 0 and a fixed −0 are told apart, as the series' values are, and from a free parameter
    expect(memo.fit(y, 'holt', { trend0: -0 })).not.toBe(memo.fit(y, 'holt', { trend0: 0 }));
    expect(memo.fit(y, 'holt', { trend0: -0 })).not.toBe(holt);
    expect(memo.fit(y, 'holt', { trend0: -0 })).toBe(memo.fit(y, 'holt', { trend0: -0 }));
    // the second fit of the same values (another kind) is remembered beside the first
    expect(memo.fit(y, 'damped')).toBe(memo.fit(y, 'damped'));
    expect(memo.size).toBe(6);
  });

  it('keeps its own copy of the values: an array written into after a fit gets a fit of its new values', () => {
    const memo = new EtsMemo();
    const y = Float64Array.of(3, 5, 4, 6, 7);
    const first = memo.fit(y, 'ses');
    y[4] = 9;
    const second = memo.fit(y, 'ses');
    expect(second).not.toBe(first);
    expect(second.params).toEqual(fitEts(Float64Array.of(3, 5, 4, 6, 9), 'ses').params);
    expect(memo.fit(Float64Array.of(3, 5, 4, 6, 7), 'ses')).toBe(first);
  });

  it('property: a remembered fit equals a fresh fitEts (parameters, fitted values, forecasts)', () => {
    fc.assert(
      fc.property(arbitrarySeries, fc.constantFrom(...kinds), (values, kind) => {
        const memo = new EtsMemo();
        const y = Float64Array.from(values);
        memo.fit(y, kind);
        const remembered = memo.fit(Float64Array.from(values), kind);
        const fresh = fitEts(y, kind);
        expect(remembered.params).toEqual(fresh.params);
        expect(remembered.fitted).toEqual(fresh.fitted);
        expect(remembered.sigma2).toBe(fresh.sigma2);
        expect(remembered.mean(4)).toEqual(fresh.mean(4));
        expect(memo.size).toBe(1);
      }),
      { numRuns: 40 },
    );
  });

  it('Theta on a remembered SES fit is Theta fitting its own', () => {
    const y = Float64Array.of(12, 17, 24, 27, 33, 39, 47);
    const memo = new EtsMemo();
    const shared = fitTheta(y, {}, memo.fit(y, 'ses'));
    const own = fitTheta(y);
    expect(shared.params).toEqual(own.params);
    expect(shared.mean(3)).toEqual(own.mean(3));
  });

  it('forecasts and backtests through the memo are deterministic: two runs agree exactly', () => {
    const quarterly = Array.from(
      { length: 24 },
      (_, t) => 100 + 3 * t + [-6, 1, 2, 3][t % 4]! + ((t * 7) % 5),
    );
    const options = { horizon: 6, seasonLength: 4 } as const;
    expect(forecastSeries(quarterly, options)).toEqual(forecastSeries(quarterly, options));
    const yearly = [21057, 22554, 36904, 51957, 61615, 66097, 72809, 81117, 85665];
    expect(backtest(yearly, { horizon: 3 })).toEqual(backtest(yearly, { horizon: 3 }));
  });
});
