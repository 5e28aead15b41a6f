import { CliError, type CliIo, EXIT_CODES } from './io.js';

/**
 * Writes a command's result to `--out` or, without it, to standard output.
 *
 * @throws CliError exit 3 when the file cannot be written
 */
export async function writeResult(io: CliIo, out: string | undefined, text: string): Promise<void> {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  try {
    await io.writeFile(out, text);
  } catch (error) {
    throw writeError(out, error);
  }
}

/** A shell user's error for a file or folder that cannot be written (exit 3). */
export function writeError(path: string, error: unknown): CliError {
  const code = (error as { code?: unknown } | null)?.code;
  const why =
    code === 'ENOENT'
      ? 'its folder does not exist'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR' || code === 'EEXIST' || code === 'ENOTDIR'
          ? 'a file or folder of that name is in the way'
          : typeof code === 'string'
            ? code
            : 'not writable';
  return new CliError(EXIT_CODES.file, `cannot write '${path}': ${why}`);
}
