import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CANDIDATE_CSV_COLUMNS } from '../../src/cli/candidates-csv.js';
import { runCli } from '../../src/cli/main.js';
import { VACANCY_CSV_COLUMNS } from '../../src/cli/vacancies-csv.js';
import { fakeIo, run } from './fake-io.js';

const COMMANDS = ['demo', 'match', 'forecast', 'report'];

describe('banenmatch help and usage', () => {
  it('prints the top help on --help and -h, naming every command, exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await run([flag]);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(r.out).toMatch(/^Usage: banenmatch <command>/);
      for (const c of COMMANDS) expect(r.out).toMatch(new RegExp(`^  ${c} `, 'm'));
    }
  });

  it('prints the top help on standard error and exits 2 without a command', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^Usage: banenmatch <command>/);
  });

  it('has --help, -h and `help <command>` on every command, all alike', async () => {
    for (const c of COMMANDS) {
      const long = await run([c, '--help']);
      const short = await run([c, '-h']);
      const topic = await run(['help', c]);
      expect(long.code).toBe(0);
      expect(long.out.startsWith(`Usage: banenmatch ${c}`)).toBe(true);
      expect(short).toEqual(long);
      expect(topic).toEqual(long);
    }
  });

  it('documents every CSV column of the match layouts', async () => {
    const r = await run(['match', '--help']);
    for (const column of [...CANDIDATE_CSV_COLUMNS, ...VACANCY_CSV_COLUMNS]) expect(r.out).toContain(column);
  });

  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    for (const flag of ['--version', '-v']) expect((await run([flag])).out).toBe(`${pkg.version}\n`);
  });

  it('rejects an unknown command and an unknown option with exit 2, without a stack trace', async () => {
    const command = await run(['matsh']);
    expect(command.code).toBe(2);
    expect(command.err).toMatch(/^banenmatch: unknown command 'matsh'/);
    const option = await run(['forecast', '--plna', 'x']);
    expect(option.code).toBe(2);
    expect(option.err).toMatch(/^banenmatch forecast: Unknown option '--plna'/);
    expect(option.err).toContain('banenmatch forecast --help');
    for (const r of [command, option]) expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('explains how to pass a value that starts with a dash', async () => {
    const r = await run(['demo', '--seed', '-5']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^banenmatch demo: Option '--seed' argument is ambiguous\n/);
    expect(r.err).toContain("'--seed=-XYZ'");
    expect((await run(['demo', '--seed=-5', '--candidates', '20', '--vacancies', '30'])).code).toBe(0);
  });

  it('names a missing required option', async () => {
    const r = await run(['forecast', '--observed', 'x.json']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('banenmatch forecast: --plan is required\n');
  });

  it('rejects a bad number with the option name', async () => {
    const r = await run(['demo', '--seed', '4.5']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^banenmatch demo: --seed must be a whole number/);
  });

  it('rejects `help` with an unknown topic', async () => {
    const r = await run(['help', 'matsh']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^banenmatch: unknown command 'matsh'/);
  });

  it('reports an unexpected error with exit 1: a hint without --debug, the stack trace with it', async () => {
    const broken = (debug: boolean) => {
      const io = fakeIo();
      io.stdout = () => {
        throw new Error('stdout is gone');
      };
      return { io, code: runCli(['demo', '--help', ...(debug ? ['--debug'] : [])], io) };
    };
    const plain = broken(false);
    expect(await plain.code).toBe(1);
    expect(plain.io.err).toBe(
      'banenmatch demo: unexpected error: stdout is gone\nRun again with --debug to see where it happened, and report it.\n',
    );
    const debug = broken(true);
    expect(await debug.code).toBe(1);
    expect(debug.io.err).toMatch(
      /^banenmatch demo: unexpected error: stdout is gone\nError: stdout is gone\n\s+at /,
    );
  });
});
