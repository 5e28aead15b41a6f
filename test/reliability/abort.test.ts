import { describe, expect, it } from 'vitest';
import { codeOf } from '../helpers/errors.js';
import { batchCases } from './batch-cases.js';

// Long work: every batch function takes an AbortSignal and onProgress; an aborted signal throws
// ABORTED before any work (no progress reported), an abort fired during the run (from onProgress: the
// work is synchronous) stops it before its next progress step, and progress reports a non-decreasing
// `done` ≤ `total`. Counted in progress steps, not milliseconds, so a busy machine cannot fail it; the
// time an abort takes is measured in benchmarks/abort.ts.

describe('abort and progress of every batch function', () => {
  for (const c of batchCases()) {
    describe(c.name, () => {
      // Intermediate progress calls of a full run, counted by the progress test (tests run in order).
      let intermediate = 0;
      it('throws ABORTED before any work on an already-aborted signal', () => {
        const controller = new AbortController();
        controller.abort();
        const run = c.make();
        let progress = 0;
        expect(codeOf(() => run({ signal: controller.signal, onProgress: () => progress++ }))).toBe(
          'ABORTED',
        );
        expect(progress, 'progress reported after the signal was already aborted').toBe(0);
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
        it(`stops before its next progress step after an abort fired at the ${when} intermediate progress call`, () => {
          const target = when === 'first' || intermediate === 0 ? 1 : intermediate;
          const controller = new AbortController();
          let seen = 0;
          let fired = false;
          let afterAbort = 0;
          const run = c.make();
          const code = codeOf(() =>
            run({
              signal: controller.signal,
              onProgress: (done, total) => {
                if (fired) afterAbort++;
                else if (done > 0 && done < total && ++seen === target) {
                  fired = true;
                  controller.abort();
                }
              },
            }),
          );
          expect(fired, 'onProgress reported no intermediate step to abort from').toBe(true);
          expect(code).toBe('ABORTED');
          expect(afterAbort, 'progress steps done after the abort').toBe(0);
        });
      }
    });
  }
});
