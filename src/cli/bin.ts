import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { type CliIo, EXIT_CODES } from './io.js';
import { runCli } from './main.js';

/**
 * The `banenmatch` executable: runs {@link runCli} with the real process. Built by tsup to
 * `dist/cli.js` with a `#!/usr/bin/env node` banner.
 */
const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path),
  writeFile: (path, data) => writeFile(path, data, 'utf8'),
  makeDirectory: async (path) => {
    await mkdir(path, { recursive: true });
  },
  isTTY: process.stderr.isTTY === true,
  now: Date.now,
};

// A closed pipe (`banenmatch match ... | head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_CODES.ok);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), io);
