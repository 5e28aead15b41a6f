/**
 * What the command line needs from the outside world, passed in so `runCli` is a pure function of its
 * arguments and this object: tests give it a fake, `bin.ts` the real process.
 */
export interface CliIo {
  /** Writes text to standard output (the command's result). */
  stdout(text: string): void;
  /** Writes text to standard error (errors, the progress bar). */
  stderr(text: string): void;
  /** Reads a file's bytes; rejects with a Node error (`code` `ENOENT`, `EACCES`, …) when it cannot. */
  readFile(path: string): Promise<Uint8Array>;
  /** Writes a UTF-8 text file, replacing it; rejects with a Node error when it cannot. */
  writeFile(path: string, data: string): Promise<void>;
  /** Creates a folder and its parents; succeeds when it exists. */
  makeDirectory(path: string): Promise<void>;
  /**
   * True when standard error is a terminal: then long runs draw a progress bar on it; else they
   * write a progress line at most every few seconds.
   */
  isTTY: boolean;
  /** The clock of the progress lines, in milliseconds. @default Date.now */
  now?: (() => number) | undefined;
}

/**
 * Exit codes of `banenmatch`: 0 done; 1 an unexpected error (a bug: please report it with `--debug`);
 * 2 a usage or validation error (bad option, invalid input: every problem is listed with its place);
 * 3 a file that cannot be read or written.
 */
export const EXIT_CODES: { readonly ok: 0; readonly unexpected: 1; readonly usage: 2; readonly file: 3 } = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  file: 3,
};

/** An error meant for a shell user: a one-line message, optional detail lines, and the exit code. */
export class CliError extends Error {
  readonly exitCode: number;
  readonly details: readonly string[];

  constructor(exitCode: number, message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.details = details;
  }
}
