import { isValidBsn, MIN_PSEUDONYM_KEY_BYTES, pseudonymizeBsn } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const KEY = 'a-secret-key-of-32-characters!!!';

/** Any 9-digit string that passes the eleven-test, built by choosing 8 digits and solving for the last. */
const validBsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((d) => {
    const sum = d.reduce((s, x, i) => s + (9 - i) * x, 0);
    return { d, last: sum % 11 };
  })
  .filter(({ d, last }) => last <= 9 && !(last === 0 && d.every((x) => x === 0)))
  .map(({ d, last }) => `${d.join('')}${last}`);

async function webCryptoHmacHex(key: string, data: string): Promise<string> {
  const enc = new TextEncoder();
  const k = await globalThis.crypto.subtle.importKey(
    'raw',
    enc.encode(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const sig = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', k, enc.encode(data)));
  return Array.from(sig, (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('isValidBsn (eleven-test)', () => {
  it('accepts hand-checked BSNs and rejects others', () => {
    // 1·9+1·8+1·7+2·6+2·5+2·4+3·3+3·2−3 = 66 = 6·11
    expect(isValidBsn('111222333')).toBe(true);
    // 9+16+21+24+25+24+21+16−2 = 154 = 14·11
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123 456 782')).toBe(true);
    expect(isValidBsn('1234.56.782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('1234567820')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
    expect(isValidBsn('')).toBe(false);
    expect(isValidBsn(123456782 as never)).toBe(false);
  });

  it('treats 8 digits as 9 with a leading zero', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), (d) => {
        expect(isValidBsn(d)).toBe(isValidBsn(`0${d}`));
      }),
    );
  });

  it('detects every single-digit error and every swap of two different neighbours', () => {
    fc.assert(
      fc.property(
        validBsn,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (bsn, i, delta) => {
          expect(isValidBsn(bsn)).toBe(true);
          const changed = `${bsn.slice(0, i)}${(Number(bsn[i]) + delta) % 10}${bsn.slice(i + 1)}`;
          expect(isValidBsn(changed)).toBe(false);
          if (i < 8 && bsn[i] !== bsn[i + 1]) {
            const swapped = `${bsn.slice(0, i)}${bsn[i + 1]}${bsn[i]}${bsn.slice(i + 2)}`;
            expect(isValidBsn(swapped)).toBe(false);
          }
        },
      ),
    );
  });
});

describe('pseudonymizeBsn', () => {
  it('equals HMAC-SHA256 of the 9 digits computed with Web Crypto', async () => {
    const got = pseudonymizeBsn('123 456 782', KEY);
    expect(got).toMatch(/^[0-9a-f]{64}$/);
    expect(got).toBe(await webCryptoHmacHex(KEY, '123456782'));
    const bytes = new Uint8Array(16).map((_, i) => i * 7);
    expect(pseudonymizeBsn('123456782', bytes, { encoding: 'base64url' })).toBe(
      Buffer.from(pseudonymizeBsn('123456782', bytes), 'hex').toString('base64url'),
    );
  });

  it('is deterministic, ignores formatting and separates keys and numbers', () => {
    fc.assert(
      fc.property(validBsn, validBsn, (a, b) => {
        const pa = pseudonymizeBsn(a, KEY);
        expect(pseudonymizeBsn(`${a.slice(0, 4)}.${a.slice(4, 6)}.${a.slice(6)}`, KEY)).toBe(pa);
        expect(pseudonymizeBsn(a, `${KEY}x`)).not.toBe(pa);
        if (a !== b) expect(pseudonymizeBsn(b, KEY)).not.toBe(pa);
        if (a.startsWith('0')) expect(pseudonymizeBsn(a.slice(1), KEY)).toBe(pa);
      }),
    );
  });

  it('rejects bad input and short keys with INVALID_ARGUMENT', () => {
    const bad = expect.objectContaining({ code: 'INVALID_ARGUMENT' });
    expect(MIN_PSEUDONYM_KEY_BYTES).toBe(16);
    expect(() => pseudonymizeBsn('123456789', KEY)).toThrow(bad);
    expect(() => pseudonymizeBsn('1234567', KEY)).toThrow(bad);
    expect(() => pseudonymizeBsn('123456782', 'x'.repeat(15))).toThrow(bad);
    expect(() => pseudonymizeBsn('123456782', new Uint8Array(15))).toThrow(bad);
    expect(() => pseudonymizeBsn('123456782', 'x'.repeat(16))).not.toThrow();
    expect(() => pseudonymizeBsn('123456782', KEY, { encoding: 'base32' as never })).toThrow(bad);
  });
});
