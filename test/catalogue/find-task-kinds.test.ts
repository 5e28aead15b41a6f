import { isBanenmatchError, taskKind } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { findTaskKinds } from '../../src/catalogue/find-task-kinds.js';
import { TASK_WORDS } from '../../src/catalogue/task-words.js';

describe('task words of vacancy descriptions', () => {
  it('names only supporting task kinds of the catalogue, with phrases in folded lower case', () => {
    for (const { kind, phrases } of TASK_WORDS) {
      expect(taskKind(kind)?.core, kind).toBe(false);
      for (const p of phrases) expect(p, kind).toMatch(/^[a-z0-9 *…]+$/);
    }
  });

  it('finds the kinds in order of first mention, each once', () => {
    expect(findTaskKinds('schoonmaken van kantoren en vouwen van linnengoed')).toEqual([
      'cleaning',
      'laundry',
    ]);
    expect(
      findTaskKinds('Orderpicken, inpakken en het laden en lossen van vrachtwagens. Orderpicken!'),
    ).toEqual(['order-picking', 'packing', 'loading']);
    expect(findTaskKinds('Vakken vullen & spiegelen, af en toe achter de kassa.')).toEqual([
      'shelf-stocking',
      'cashier',
    ]);
    expect(findTaskKinds('Je werkt in de spoelkeuken en helpt met afwassen.')).toEqual(['dishwashing']);
  });

  it('reads separable verbs, accents and case ("maakt … schoon", "Kopiëren")', () => {
    expect(findTaskKinds('Je maakt kantoren schoon in Huizen.')).toEqual(['cleaning']);
    expect(findTaskKinds('KOPIËREN en archiveren')).toEqual(['filing']);
  });

  it('lets longer phrases win: car washing is not cleaning, post delivery is not parcel delivery', () => {
    expect(findTaskKinds("Poetsen van auto's in de wasstraat")).toEqual(['car-washing']);
    expect(findTaskKinds('Je gaat post bezorgen in de wijk')).toEqual(['mail-delivery']);
    expect(findTaskKinds('Schoonhouden van de openbare ruimte')).toEqual(['litter-picking']);
  });

  it('does not read work in words that only look alike', () => {
    expect(findTaskKinds('Je werkt onder toezicht van de voorman en lost problemen op.')).toEqual([]);
    expect(findTaskKinds('Wij bieden een goed salaris en reiskostenvergoeding.')).toEqual([]);
    expect(findTaskKinds('')).toEqual([]);
  });

  it('rejects text that is not a string with INVALID_ARGUMENT', () => {
    try {
      (findTaskKinds as (t: unknown) => unknown)(42);
      expect.unreachable();
    } catch (e) {
      expect(isBanenmatchError(e) && e.code).toBe('INVALID_ARGUMENT');
    }
  });
});
