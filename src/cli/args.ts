import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError, EXIT_CODES } from './io.js';

/** The option specifications of one command, as `node:util` `parseArgs` takes them. */
export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** The parsed values of a command's options. */
export type OptionValues = Record<string, string | boolean | undefined>;

/** Options every command takes: `--help`/`-h`, `--debug`, `--json` and `--quiet`/`-q`. */
const COMMON_OPTIONS: OptionSpecs = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
};

/**
 * Parses a command's arguments strictly (unknown options and stray arguments are errors).
 *
 * @throws CliError exit 2 naming the bad argument and pointing to `--help`
 */
export function parseCommand(command: string, argv: readonly string[], options: OptionSpecs): OptionValues {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: { ...COMMON_OPTIONS, ...options },
      strict: true,
      allowPositionals: false,
    });
    return values as OptionValues;
  } catch (error) {
    const [head = '', ...more] = (error as Error).message.split('\n');
    // Node's first sentence says what is wrong; the rest of that line explains `--` escaping, and
    // further lines (an ambiguous value) say how to pass a value that starts with a dash.
    const first = head.split(/\.\s/)[0] ?? head;
    throw new CliError(EXIT_CODES.usage, first.replace(/\.$/, ''), [
      ...more,
      `Run 'banenmatch ${command} --help' for the options.`,
    ]);
  }
}

/** A required text option. @throws CliError exit 2 `--name is required` */
export function requiredOption(values: OptionValues, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') {
    throw new CliError(EXIT_CODES.usage, `--${name} is required`);
  }
  return value;
}

/** An optional text option. */
export function textOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** An optional whole-number option in [min, max]. @throws CliError exit 2 when it is not one */
export function integerOption(
  values: OptionValues,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const value = textOption(values, name);
  if (value === undefined) return undefined;
  const n = /^-?\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new CliError(
      EXIT_CODES.usage,
      `--${name} must be a whole number from ${min} to ${max}, got '${value}'`,
    );
  }
  return n;
}

/** An optional option with a fixed set of values. @throws CliError exit 2 listing the allowed values */
export function choiceOption<T extends string>(
  values: OptionValues,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = textOption(values, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliError(EXIT_CODES.usage, `--${name} must be one of ${allowed.join(', ')}, got '${value}'`);
  }
  return value as T;
}
