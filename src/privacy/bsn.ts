import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { BanenmatchError, parseOptions } from '../errors.js';

/** Shortest HMAC key accepted, in bytes (128 bits; RFC 2104 §3 asks for at least the hash's output length, 32). */
export const MIN_PSEUDONYM_KEY_BYTES = 16;

/** How a pseudonym is written: lower-case hex (64 characters) or base64url without padding (43). */
export type PseudonymEncoding = 'hex' | 'base64url';

/** Options of {@link pseudonymizeBsn}. */
/** The options of {@link pseudonymizeBsn}, checked by one schema. */
const pseudonymizeOptionsSchema = z.object({ encoding: z.enum(['hex', 'base64url']).default('hex') });

export interface PseudonymizeOptions {
  /** Text form of the digest. @default 'hex' */
  encoding?: PseudonymEncoding | undefined;
}

/**
 * Digits of a BSN written with optional spaces or dots, left-padded to 9; `undefined` when the text is
 * not 8 or 9 digits. Never returns or reports the value to a caller outside this module.
 */
function bsnDigits(bsn: unknown): string | undefined {
  if (typeof bsn !== 'string') return undefined;
  const digits = bsn.replace(/[\s.]/g, '');
  if (!/^\d{8,9}$/.test(digits)) return undefined;
  return digits.padStart(9, '0');
}

/** The eleven-test on 9 digits: weights 9..2 and −1 for the last, sum divisible by 11, not all zeros. */
function passesElevenTest(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0 && digits !== '000000000';
}

/**
 * Tells whether a text is a valid Dutch citizen service number (*burgerservicenummer*, BSN): 8 or 9
 * digits (spaces and dots allowed; 8 digits are left-padded with 0) that pass the eleven-test
 * (*elfproef*: Σ wᵢ·dᵢ with weights 9..2 and −1 for the last digit is divisible by 11, and not all
 * zeros). Source: Wet algemene bepalingen burgerservicenummer; the test as published by the
 * Rijksdienst voor Identiteitsgegevens (Logisch Ontwerp BSN).
 *
 * @param bsn - the text to check
 * @returns true when it is a well-formed BSN
 * @example
 * isValidBsn('111222333') // true
 * isValidBsn('123456789') // false
 */
export function isValidBsn(bsn: string): boolean {
  const digits = bsnDigits(bsn);
  return digits !== undefined && passesElevenTest(digits);
}

/**
 * @internal True when an id looks like a BSN: text that {@link isValidBsn} accepts (8 or 9 digits, spaces
 * and dots allowed anywhere, the eleven-test passed), or a whole number whose 8 or 9 digits pass it (JSON
 * exports often write the BSN as a number). Used to refuse such ids and to keep them out of messages.
 */
export function looksLikeBsn(value: unknown): boolean {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 && isValidBsn(String(value));
  return typeof value === 'string' && isValidBsn(value);
}

function keyBytes(key: string | Uint8Array): number {
  if (typeof key === 'string') return Buffer.byteLength(key, 'utf8');
  if (key instanceof Uint8Array) return key.byteLength;
  return -1;
}

/**
 * Replaces a BSN by a keyed pseudonym: HMAC-SHA256 (RFC 2104, FIPS 198-1) of its 9 digits under a
 * secret key, so the same BSN and key always give the same pseudonym and nobody without the key can
 * link it back (a plain hash of 10⁹ possible numbers is reversed by trying them all). Uses synchronous
 * `node:crypto` (the package targets Node ≥ 20.19). No error message contains the BSN (GDPR art. 87,
 * Uitvoeringswet AVG art. 46: the BSN is used only where a law allows it).
 *
 * @param bsn - the BSN as text, 8 or 9 digits, spaces or dots allowed
 * @param key - the secret key, text (UTF-8) or bytes, at least {@link MIN_PSEUDONYM_KEY_BYTES} bytes
 * @param options - `encoding` of the result (@default 'hex')
 * @returns the pseudonym: 64 hex characters, or 43 base64url characters
 * @throws BanenmatchError `INVALID_ARGUMENT` when the BSN has not 8 or 9 digits, fails the eleven-test, or the key is too short
 * @example
 * pseudonymizeBsn('111222333', process.env.BSN_KEY!) // 'a3f0…' (64 hex characters)
 */
export function pseudonymizeBsn(
  bsn: string,
  key: string | Uint8Array,
  options: PseudonymizeOptions = {},
): string {
  const { encoding } = parseOptions(pseudonymizeOptionsSchema, options, 'pseudonymizeBsn');
  const bytes = keyBytes(key);
  if (bytes < MIN_PSEUDONYM_KEY_BYTES) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `pseudonymizeBsn: key must be a string or Uint8Array of at least ${MIN_PSEUDONYM_KEY_BYTES} bytes`,
    );
  }
  const digits = bsnDigits(bsn);
  if (digits === undefined) {
    throw new BanenmatchError('INVALID_ARGUMENT', 'pseudonymizeBsn: BSN must have 8 or 9 digits');
  }
  if (!passesElevenTest(digits)) {
    throw new BanenmatchError('INVALID_ARGUMENT', 'pseudonymizeBsn: BSN fails the eleven-test');
  }
  return createHmac('sha256', key).update(digits, 'utf8').digest(encoding);
}
