import { isRecord } from '../_internal/guard.js';
import { BanenmatchError } from '../errors.js';
import type { UnknownFieldsMode } from './unknown-fields.js';

/** Options of the `parse*` and `safeParse*` functions of the input contract. */
export interface ParseOptions {
  /**
   * What to do with a field the schema does not know (a misspelling such as `preferedSectors` would
   * otherwise be dropped): `'warn'` lists it in `warnings` (code `unknown_field`), `'error'` makes it
   * an issue of the `ValidationError`, `'ignore'` drops it without a word. @default 'warn'
   */
  unknownFields?: UnknownFieldsMode | undefined;
  /**
   * Accept a candidate id that looks like a BSN (8–9 digits passing the eleven-test). Off by default:
   * such an id is most likely a BSN, which must not be used here (use `pseudonymizeBsn`). Turn it on
   * only for numeric client numbers known not to be BSNs; such an id is still never shown in a
   * message. Only candidates have this check. @default false
   */
  allowBsnLikeIds?: boolean | undefined;
}

/** The options with their defaults. */
export interface ResolvedParseOptions {
  unknownFields: UnknownFieldsMode;
  allowBsnLikeIds: boolean;
}

const MODES: readonly UnknownFieldsMode[] = ['warn', 'error', 'ignore'];
const OPTION_NAMES: readonly string[] = ['unknownFields', 'allowBsnLikeIds'];

/**
 * @internal Checks the options object of the parser `fn` (an object or `undefined`; known keys only,
 * so a misspelled option is not ignored either) and fills in the defaults.
 *
 * @throws BanenmatchError `INVALID_ARGUMENT` for anything else
 */
export function resolveParseOptions(options: unknown, fn: string): ResolvedParseOptions {
  if (options === undefined) return { unknownFields: 'warn', allowBsnLikeIds: false };
  if (!isRecord(options)) {
    throw new BanenmatchError('INVALID_ARGUMENT', `${fn}: expected \`options\` to be an object`);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_NAMES.includes(key)) {
      const name = key.length > 40 ? `${key.slice(0, 40)}…` : key;
      throw new BanenmatchError(
        'INVALID_ARGUMENT',
        `${fn}: unknown option ${JSON.stringify(name)}; the options are ${OPTION_NAMES.join(', ')}`,
      );
    }
  }
  const { unknownFields = 'warn', allowBsnLikeIds = false } = options;
  if (!MODES.includes(unknownFields as UnknownFieldsMode)) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `${fn}: expected \`options.unknownFields\` to be 'warn', 'error' or 'ignore'`,
    );
  }
  if (typeof allowBsnLikeIds !== 'boolean') {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `${fn}: expected \`options.allowBsnLikeIds\` to be a boolean`,
    );
  }
  return { unknownFields: unknownFields as UnknownFieldsMode, allowBsnLikeIds };
}
