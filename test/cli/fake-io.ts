import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';

/** A CLI io over the real file system that captures standard output and error. */
export interface FakeIo extends CliIo {
  out: string;
  err: string;
}

/** A fake io; its clock stands still unless `now` is given, so progress lines appear only when a test asks. */
export function fakeIo(isTTY = false, now: () => number = () => 0): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    isTTY,
    now,
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
    readFile: (path) => readFile(path),
    writeFile: (path, data) => writeFile(path, data, 'utf8'),
    makeDirectory: async (path) => {
      await mkdir(path, { recursive: true });
    },
  };
  return io;
}

/** Runs the CLI with a fresh fake io. */
export async function run(
  argv: readonly string[],
  isTTY = false,
  now?: () => number,
): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo(isTTY, now);
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

/** A fresh temporary folder and a function to remove it. */
export async function tempDir(): Promise<{
  dir: string;
  path: (name: string) => string;
  remove: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'banenmatch-cli-'));
  return { dir, path: (name) => join(dir, name), remove: () => rm(dir, { recursive: true, force: true }) };
}
