import type { CliIo } from './io.js';

/** A progress bar on standard error; see {@link progressBar}. */
export interface ProgressBar {
  /** Redraws the bar (an `onProgress` callback). */
  update(done: number, total: number): void;
  /** Clears the bar's line. */
  finish(): void;
}

const WIDTH = 30;

/**
 * A one-line progress bar on standard error, redrawn in place with `\r` whenever the whole percentage
 * changes (at most 101 writes), and cleared when done. It is drawn at 0% at once, so a phase that
 * reports no progress still shows what runs. Draws nothing when standard error is not a terminal, so
 * logs and pipes stay clean.
 *
 * @param io - the command line's io
 * @param label - what is running, e.g. `assigning`
 * @returns the bar; pass `update` as `onProgress`
 * @example
 * const bar = progressBar(io, 'assigning');
 * try { assign(matcher, { onProgress: bar.update }) } finally { bar.finish() }
 */
export function progressBar(io: CliIo, label: string): ProgressBar {
  let last = -1;
  const bar: ProgressBar = {
    update(done, total) {
      if (!io.isTTY || !(total > 0)) return;
      const percent = Math.min(100, Math.max(0, Math.floor((100 * done) / total)));
      if (percent === last) return;
      last = percent;
      const filled = Math.round((WIDTH * percent) / 100);
      io.stderr(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)}%`,
      );
    },
    finish() {
      if (last >= 0) io.stderr('\r\u001b[K');
      last = -1;
    },
  };
  bar.update(0, 1);
  return bar;
}
