import { describe, expect, it } from 'vitest';
import { isBanenmatchError } from '../../src/errors.js';
import { batchCases } from './batch-cases.js';

// Long work: every batch function takes an AbortSignal and onProgress; an aborted signal throws
// ABORTED at once, an abort fired during the run (from onProgress: the work is synchronous) stops it
// within 100 ms, and progress reports a non-decreasing `done` ≤ `total`.

const LIMIT_MS = 100;

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return isBanenmatchError(e) ? e.code : `non-library error: ${String(e)}`;
  }
  return 'no error';
}

describe('abort and progress of every batch function', () => {
  for (const c of batchCases()) {
    describe(c.name, () => {
      // Intermediate progress calls of a full run, counted by the progress test (tests run in order).
      let intermediate = 0;
      it('throws ABORTED at once on an already-aborted signal', () => {
        const controller = new AbortController();
        controller.abort();
        const run = c.make();
        const t0 = performance.now();
        expect(codeOf(() => run({ signal: controller.signal }))).toBe('ABORTED');
        expect(performance.now() - t0).toBeLessThan(LIMIT_MS);
      });

      it('reports non-decreasing progress with done ≤ total, ending at total', () => {
        const events: [number, number][] = [];
        c.make()({ onProgress: (done, total) => events.push([done, total]) });
        expect(events.length).toBeGreaterThan(0);
        for (let i = 0; i < events.length; i++) {
          const [done, total] = events[i]!;
          expect(done).toBeGreaterThanOrEqual(0);
          expect(done).toBeLessThanOrEqual(total);
          if (i > 0) expect(done).toBeGreaterThanOrEqual(events[i - 1]![0]);
        }
        intermediate = events.filter(([done, total]) => done > 0 && done < total).length;
        const [lastDone, lastTotal] = events[events.length - 1]!;
        expect(lastDone).toBe(lastTotal);
      });

      // Abort at the first intermediate progress call, and at the last one (a later phase must check too).
      for (const when of ['first', 'last'] as const) {
        it(`stops within ${LIMIT_MS} ms of an abort fired at the ${when} intermediate progress call`, () => {
          const target = when === 'first' || intermediate === 0 ? 1 : intermediate;
          const controller = new AbortController();
          let seen = 0;
          let firedAt = -1;
          const run = c.make();
          const code = codeOf(() =>
            run({
              signal: controller.signal,
              onProgress: (done, total) => {
                if (done > 0 && done < total && ++seen === target) {
                  firedAt = performance.now();
                  controller.abort();
                }
              },
            }),
          );
          const stoppedAfter = performance.now() - firedAt;
          expect(firedAt, 'onProgress reported no intermediate step to abort from').toBeGreaterThan(0);
          expect(code).toBe('ABORTED');
          expect(stoppedAfter).toBeLessThan(LIMIT_MS);
        });
      }
    });
  }
});
