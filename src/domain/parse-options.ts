import { z } from 'zod';
import { parseOptions } from '../_internal/options.js';
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

/**
 * The parsers' options, checked by one schema. Strict: an unknown option name is refused (a misspelled
 * `unknownField` would otherwise be ignored and the parser would drop fields the caller meant to see).
 */
const parseOptionsSchema = z.strictObject({
  unknownFields: z.enum(['warn', 'error', 'ignore']).default('warn'),
  allowBsnLikeIds: z.boolean().default(false),
});

/**
 * @internal Checks the options object of the parser `fn` (an object or `undefined`; known keys only,
 * so a misspelled option is not ignored either) and fills in the defaults.
 *
 * @throws BanenmatchError `INVALID_ARGUMENT` naming the option, or the unknown one
 */
export function resolveParseOptions(options: unknown, fn: string): ResolvedParseOptions {
  return parseOptions(parseOptionsSchema, options, fn);
}
