import { getal } from './dutch.js';
import type { CliIo } from './io.js';

/** Progress on standard error; see {@link progressBar}. */
export interface ProgressBar {
  /** Shows the progress (an `onProgress` callback). */
  update(done: number, total: number): void;
  /** Clears the bar's line, or ends the progress lines with the time taken. */
  finish(): void;
}

const WIDTH = 30;
/** At most one progress line this often (milliseconds) when standard error is not a terminal. */
export const LINE_EVERY_MS = 5000;

/**
 * Progress of a long run on standard error. On a terminal: a one-line bar redrawn in place with `\r`
 * whenever the whole percentage changes (at most 101 writes), drawn at 0% at once and cleared when
 * done. Elsewhere (a pipe, a log): a line such as `toewijzen: 37% na 5 s` at most every
 * {@link LINE_EVERY_MS} milliseconds over all the phases of one command (one `io`), the seconds
 * counted from its first phase, and `toewijzen: klaar na 41 s` at the end of a phase that wrote a
 * line, so a short run leaves the log clean. `quiet` shows nothing.
 *
 * @param io - the command line's io
 * @param label - what is running, in Dutch, e.g. `toewijzen`
 * @param quiet - `--quiet`: no progress at all
 * @returns the progress; pass `update` as `onProgress`
 * @example
 * const bar = progressBar(io, 'toewijzen', values.quiet === true);
 * try { assign(matcher, { onProgress: bar.update }) } finally { bar.finish() }
 */
export function progressBar(io: CliIo, label: string, quiet = false): ProgressBar {
  if (quiet) return { update() {}, finish() {} };
  return io.isTTY ? terminalBar(io, label) : progressLines(io, label);
}

function terminalBar(io: CliIo, label: string): ProgressBar {
  let last = -1;
  const bar: ProgressBar = {
    update(done, total) {
      if (!(total > 0)) return;
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

/** The timeline of one command's progress lines, shared by its phases (one `io` per command run). */
const timelines = new WeakMap<CliIo, { start: number; lastLine: number }>();

function progressLines(io: CliIo, label: string): ProgressBar {
  const now = io.now ?? Date.now;
  let timeline = timelines.get(io);
  if (timeline === undefined) {
    const start = now();
    timeline = { start, lastLine: start };
    timelines.set(io, timeline);
  }
  const line = timeline;
  let wrote = false;
  const seconds = (t: number) => getal((t - line.start) / 1000);
  return {
    update(done, total) {
      const t = now();
      if (!(total > 0) || t - line.lastLine < LINE_EVERY_MS) return;
      line.lastLine = t;
      wrote = true;
      const percent = Math.min(100, Math.max(0, Math.floor((100 * done) / total)));
      io.stderr(`${label}: ${percent}% na ${seconds(t)} s\n`);
    },
    finish() {
      if (wrote) io.stderr(`${label}: klaar na ${seconds(now())} s\n`);
      wrote = false;
    },
  };
}

/**
 * Runs one phase of a command with its progress: `run` gets the `onProgress` callback; the bar is
 * cleared (or the phase's last line written) also when `run` throws.
 *
 * @example
 * const matcher = withProgress(io, 'voorbereiden', quiet, (onProgress) => createMatcher(region, { onProgress }));
 */
export function withProgress<T>(
  io: CliIo,
  label: string,
  quiet: boolean,
  run: (onProgress: (done: number, total: number) => void) => T,
): T {
  const bar = progressBar(io, label, quiet);
  try {
    return run(bar.update);
  } finally {
    bar.finish();
  }
}
