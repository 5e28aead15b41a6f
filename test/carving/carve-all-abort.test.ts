import { type CandidateInput, carveAll, parseCandidates, parseVacancies } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { facility, kitchen, person } from './employer.js';

// carveAll looks at its signal before it starts, once every 256 candidates while it finds who can
// reach which employer, and once every 256 steps of the greedy: a signal that turns aborted after
// the first look stops it there, with the typed error.

/** A real AbortSignal whose `aborted` is false for the first `reads` looks, then true. */
function abortAfter(reads: number): { signal: AbortSignal; looks: () => number } {
  const signal = new AbortController().signal;
  let n = 0;
  Object.defineProperty(signal, 'aborted', { get: () => ++n > reads });
  return { signal, looks: () => n };
}

const date = '2026-01-01';
const vacancies = parseVacancies([kitchen, facility]);
const maastricht = { municipality: 'Maastricht', lat: 50.8514, lon: 5.691 };
const many = (n: number, over: Partial<CandidateInput> = {}) =>
  parseCandidates(Array.from({ length: n }, (_, i) => ({ ...person, id: `c${i}`, ...over })));
const aborted = expect.objectContaining({ code: 'ABORTED' });

describe('carveAll: cancellation during the run', () => {
  it('looks again at the first candidate of the reach phase', () => {
    const s = abortAfter(1);
    expect(() => carveAll(many(1), vacancies, { date, signal: s.signal })).toThrowError(aborted);
    expect(s.looks()).toBe(2);
    // not aborted: one look at the start, one at the first candidate, none in a short greedy
    const quiet = abortAfter(10);
    expect(carveAll(many(1), vacancies, { date, signal: quiet.signal }).jobs).toHaveLength(1);
    expect(quiet.looks()).toBe(2);
  });

  it('looks once every 256 candidates in the reach phase: at the 257th', () => {
    // 257 candidates out of reach: no pair enters the greedy, so the looks are the reach phase's
    const far = many(257, { home: maastricht });
    const s = abortAfter(2);
    expect(() => carveAll(far, vacancies, { date, signal: s.signal })).toThrowError(aborted);
    expect(s.looks()).toBe(3);
    const quiet = abortAfter(10);
    expect(carveAll(far, vacancies, { date, signal: quiet.signal }).unplaced).toHaveLength(257);
    expect(quiet.looks()).toBe(3);
  });

  it('looks once every 256 steps of the greedy', () => {
    // 200 candidates who reach e1: 200 bounds popped, re-evaluated and pushed again, then one job
    // commits the tasks and the rest find none left: between 256 and 511 steps, so one look
    const near = many(200);
    const quiet = abortAfter(100);
    const r = carveAll(near, vacancies, { date, signal: quiet.signal });
    expect(quiet.looks()).toBe(3);
    expect(r.jobs).toHaveLength(1);
    expect(r.unplaced).toHaveLength(199);
    const s = abortAfter(2);
    expect(() => carveAll(near, vacancies, { date, signal: s.signal })).toThrowError(aborted);
    expect(s.looks()).toBe(3);
  });
});
