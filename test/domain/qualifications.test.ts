import { meetsQualification } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const met = (required: string, held: string[]) => meetsQualification(required, held).met;

describe('meetsQualification: education levels', () => {
  it('a higher level in the same field meets a lower one; the same level too', () => {
    expect(met('MBO-2 logistiek', ['MBO-3 logistiek'])).toBe(true);
    expect(met('MBO-3 logistiek', ['MBO-3 logistiek'])).toBe(true);
    expect(met('MBO-4 logistiek', ['HBO logistiek'])).toBe(true);
  });

  it('a lower level does not, and the reason says so', () => {
    const r = meetsQualification('MBO-3 schoonmaak', ['MBO-2 schoonmaak']);
    expect(r.met).toBe(false);
    expect(r.reason).toBe('MBO-2 schoonmaak is een lager niveau dan gevraagd (MBO-3 schoonmaak)');
    expect(met('MBO-2', ['VMBO-tl'])).toBe(false);
  });

  it('a level in another field does not count', () => {
    const r = meetsQualification('MBO-2 logistiek', ['MBO-4 zorg']);
    expect(r.met).toBe(false);
    expect(r.reason).toContain('andere richting');
  });

  it('reads the ways a level is written: case, spacing, punctuation, "niveau", accents', () => {
    for (const held of [
      'mbo 3 logistiek',
      'MBO niveau 3 Logistiek',
      'Mbo3 logistiek',
      'niveau 3 logistiek',
    ]) {
      expect(met('MBO-3 logistiek', [held]), held).toBe(true);
    }
    expect(met('MBO-2 hygiëne', ['mbo-2 HYGIENE'])).toBe(true);
    expect(met('MBO-3 financieel administratief', ['MBO 4 administratie'])).toBe(true);
    expect(met('MBO-1', ['Entree-opleiding'])).toBe(true);
  });

  it('a missing field on either side: the level alone decides, and the reason asks to check the field', () => {
    const r = meetsQualification('MBO-3 verzorgende IG', ['MBO-3']);
    expect(r.met).toBe(true);
    expect(r.reason).toContain('na te gaan');
    expect(met('MBO-2', ['MBO-2 logistiek'])).toBe(true);
    expect(met('MBO-3', ['MBO-2 logistiek'])).toBe(false);
  });

  it('alternatives: one is enough; an alternative without a level takes the one before it', () => {
    expect(met('MBO-3 schoonmaak / vakdiploma', ['vakdiploma schoonmaak'])).toBe(true);
    expect(met('MBO-3 hovenier / groene ruimte', ['MBO-3 groene ruimte'])).toBe(true);
    expect(met('MBO-3 hovenier / groene ruimte', ['MBO-2 groene ruimte'])).toBe(false);
    // A field alone never meets a level asked.
    expect(met('MBO-3 schoonmaak', ['schoonmaak'])).toBe(false);
  });
});

describe('meetsQualification: certificates', () => {
  it('by normalised name, word order or a typo', () => {
    expect(met('heftruckcertificaat', ['Heftruck-certificaat'])).toBe(true);
    expect(met('heftruckcertificaat', ['heftruckcertificat'])).toBe(true);
    expect(met('heftruckcertificaat', ['certificaat heftruck'])).toBe(true);
    expect(met('VCA', ['vca'])).toBe(true);
  });

  it('a broader certificate meets a narrower requirement, not the other way round', () => {
    expect(met('VCA', ['VCA basis'])).toBe(true);
    expect(met('VCA VOL', ['VCA'])).toBe(false);
    expect(met('VCA', ['BHV'])).toBe(false);
  });

  it('nothing asked is met; nothing held meets nothing asked', () => {
    expect(meetsQualification('  ', [])).toEqual({
      met: true,
      reason: 'geen diploma of certificaat gevraagd',
    });
    const r = meetsQualification('MBO-3 kok', []);
    expect(r).toEqual({
      met: false,
      reason: "geen diploma's of certificaten opgegeven; gevraagd: MBO-3 kok",
    });
  });
});

describe('meetsQualification: properties', () => {
  const words = fc.constantFrom(
    'MBO-2',
    'MBO-3',
    'mbo 4',
    'HBO',
    'VCA',
    'logistiek',
    'schoonmaak',
    'kok',
    'zorg',
  );
  const text = fc.array(words, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
  it('holding more never takes a met requirement away, and the order of what is held does not matter', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), text, (required, held, more) => {
        const before = met(required, held);
        if (before) expect(met(required, [...held, more])).toBe(true);
        expect(met(required, [...held].reverse())).toBe(before);
      }),
    );
  });

  it('a requirement meets itself as written', () => {
    fc.assert(
      fc.property(text, (q) => {
        expect(met(q, [q])).toBe(true);
      }),
    );
  });
});

describe('meetsQualification with arguments of the wrong type', () => {
  it('throws INVALID_ARGUMENT naming the argument, never a bare TypeError (arguments swapped)', () => {
    const swapped = () => meetsQualification(['MBO-2 schoonmaak'] as never, 'MBO-3 schoonmaak' as never);
    expect(swapped).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(swapped).toThrow(/meetsQualification.*required/);
    expect(() => meetsQualification('VCA', ['VCA', 3 as never])).toThrow(/held\[1\]/);
  });
});
