import fc from 'fast-check';
import { afterEach, beforeEach, expect, vi } from 'vitest';

// Replay a failing property with FC_SEED=<seed> (printed by fast-check on failure).
const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
fc.configureGlobal({
  numRuns: Number(process.env.FC_NUM_RUNS ?? 100),
  ...(seed === undefined ? {} : { seed }),
});

// Library code must not write to the console: a stray console call fails the test.
const spies: ReturnType<typeof vi.spyOn>[] = [];
beforeEach(() => {
  for (const m of ['log', 'info', 'debug', 'warn', 'error'] as const) {
    spies.push(vi.spyOn(console, m));
  }
});
afterEach(() => {
  for (const s of spies) {
    const calls = s.mock.calls.length;
    s.mockRestore();
    expect(calls, 'library code wrote to the console').toBe(0);
  }
  spies.length = 0;
});
