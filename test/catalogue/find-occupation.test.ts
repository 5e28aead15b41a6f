import {
  findOccupation,
  isBanenmatchError,
  matchOccupation,
  OCCUPATIONS,
  type Occupation,
  type OccupationMatch,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { decomposeOptionsSchema } from '../../src/catalogue/decompose.js';
import { occupationsOption } from '../../src/catalogue/find-occupation.js';
import { MAX_TITLE_LENGTH, normaliseTitle } from '../../src/catalogue/normalise-title.js';

const entries = OCCUPATIONS.flatMap((o) => [o.name, ...o.synonyms].map((text) => ({ id: o.id, text })));
const idOf = (r: OccupationMatch): string | null => r.occupation?.id ?? null;
const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return isBanenmatchError(e) ? e.code : 'not a BanenmatchError';
  }
  return undefined;
};

const ANNOTATIONS = [
  ' (m/v)',
  ' (m/v/x)',
  ' M/V',
  ' - Hilversum',
  ' | 20 uur',
  ' parttime',
  ' gezocht',
  ' 24-32 uur',
  ' (16 uur per week)',
  ', fulltime',
  ' vacature',
];

describe('findOccupation', () => {
  it('gives the results its doc comment shows', () => {
    const r = findOccupation('Schoonmaakster gezocht - Hilversum');
    expect(r).toMatchObject({ industry: 'cleaning', score: 1, matchedOn: 'schoonmaker', how: 'normalised' });
    expect(r.occupation?.id).toBe('cleaner');
    expect(findOccupation('Senior software engineer')).toEqual({
      occupation: null,
      reason: 'no-match',
      nearest: [],
    });
  });

  it('finds the examples of the issue', () => {
    expect(idOf(findOccupation('Medewerker schoonmaak'))).toBe('cleaner');
    expect(idOf(findOccupation('Allround schoonmaker'))).toBe('cleaner');
    expect(idOf(findOccupation('Medewerker groenvoorziening'))).toBe('gardener');
    expect(idOf(findOccupation('Kassamedewerker'))).toBe('cashier');
    expect(idOf(findOccupation('Pakketbezorger'))).toBe('parcel-deliverer');
  });

  it('says how it matched: exact, normalised, compound, typo, words', () => {
    expect(findOccupation('schoonmaker')).toMatchObject({ score: 1, how: 'exact', matchedOn: 'schoonmaker' });
    expect(findOccupation('Schoonmaakster (m/v)')).toMatchObject({ score: 1, how: 'normalised' });
    const compound = findOccupation('Schoonmaak medewerker');
    expect(compound).toMatchObject({ how: 'compound', score: 0.97, industry: 'cleaning' });
    expect(findOccupation('Groenvoorzienings medewerker')).toMatchObject({ how: 'compound' });
    const typo = findOccupation('Schoonmaaker');
    expect(typo).toMatchObject({ how: 'typo', matchedOn: 'schoonmaker' });
    expect(typo.occupation === null ? 0 : typo.score).toBeLessThan(0.97);
    expect(findOccupation('Schoonmaker kantoren Hilversum')).toMatchObject({
      how: 'words',
      industry: 'cleaning',
    });
  });

  it('prefers no answer to a wrong one, and says why', () => {
    expect(findOccupation('Senior software engineer')).toEqual({
      occupation: null,
      reason: 'no-match',
      nearest: [],
    });
    expect(findOccupation('(m/v) 20 uur')).toEqual({ occupation: null, reason: 'empty', nearest: [] });
    const below = findOccupation('Medewerker klantenservice');
    expect(below.occupation).toBeNull();
    if (below.occupation === null) {
      expect(below.reason).toBe('below-threshold');
      expect(below.nearest.length).toBeLessThanOrEqual(3);
    }
    // Cleaning and green at once: two industries within the margin.
    const ambiguous = findOccupation('Medewerker schoonmaak en groen');
    expect(ambiguous.occupation).toBeNull();
    if (ambiguous.occupation === null) {
      expect(ambiguous.reason).toBe('ambiguous');
      expect(new Set(ambiguous.nearest.slice(0, 2).map((n) => n.industry))).toEqual(
        new Set(['cleaning', 'green']),
      );
    }
    // Not a typo: a short word must keep its first letter.
    expect(findOccupation('Kapper').occupation).toBeNull();
  });

  it('honours minScore and minMargin', () => {
    expect(findOccupation('Schoonmaker Hilversum').occupation).not.toBeNull();
    expect(findOccupation('Schoonmaker Hilversum', { minScore: 0.9 }).occupation).toBeNull();
    expect(findOccupation('Medewerker schoonmaak en groen', { minMargin: 0 }).occupation).not.toBeNull();
    expect(findOccupation('Schoonmaaker', { maxTypoDistance: 0 }).occupation).toBeNull();
  });

  it('searches the occupations it is given', () => {
    const own: Occupation[] = [
      {
        id: 'x',
        name: 'fietskoerier',
        synonyms: ['bakfietskoerier'],
        industry: 'logistics',
        tasks: [],
        wageFactor: 1,
      },
    ];
    expect(idOf(findOccupation('Bakfietskoerier (m/v)', { occupations: own }))).toBe('x');
    expect(idOf(findOccupation('Schoonmaker', { occupations: own }))).toBeNull();
  });

  it('rejects a title that is not a string and options of the wrong type with INVALID_ARGUMENT', () => {
    const call = findOccupation as (...args: unknown[]) => unknown;
    expect(codeOf(() => call(42))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => call(undefined))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => call('kok', 'fast'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => call('kok', { minScore: 2 }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => call('kok', { minMargin: -0.1 }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => call('kok', { maxTypoDistance: Number.NaN }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => call('kok', { occupations: [{ name: 'kok' }] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => call('kok', { occupations: 'kok' }))).toBe('INVALID_ARGUMENT');
  });

  it('has a typed result: narrowing on occupation gives the candidate or the reason', () => {
    const r = findOccupation('kok');
    if (r.occupation === null)
      expectTypeOf(r.reason).toEqualTypeOf<'empty' | 'no-match' | 'below-threshold' | 'ambiguous'>();
    else {
      expectTypeOf(r.industry).toEqualTypeOf<string>();
      expectTypeOf(r.how).toEqualTypeOf<'exact' | 'normalised' | 'compound' | 'typo' | 'words'>();
    }
  });
});

describe('findOccupation (properties)', () => {
  it('finds every catalogue name and synonym as its own occupation (exact)', () => {
    for (const e of entries) {
      const r = findOccupation(e.text);
      expect(idOf(r), e.text).toBe(e.id);
      expect(r.occupation === null ? null : r.how, e.text).toBe('exact');
    }
  });

  it('metamorphic: annotations and case never change the answer', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...entries),
        fc.subarray(ANNOTATIONS, { maxLength: 3 }),
        fc.constantFrom<(s: string) => string>(
          (s) => s.toUpperCase(),
          (s) => s.toLowerCase(),
          (s) => s.replace(/(^|\s)\S/g, (c) => c.toUpperCase()),
        ),
        (e, annotations, recase) => {
          const plain = idOf(findOccupation(e.text));
          expect(idOf(findOccupation(recase(e.text + annotations.join(''))))).toBe(plain);
          expect(idOf(findOccupation(`Allround ${e.text}`))).toBe(plain);
        },
      ),
    );
  });

  it('metamorphic: the order of the words of a two-word title does not change the occupation', () => {
    for (const e of entries) {
      const words = e.text.split(' ');
      if (words.length !== 2) continue;
      const swapped = `${words[1]} ${words[0]}`;
      expect(idOf(findOccupation(swapped)), `${e.text} → ${swapped}`).toBe(e.id);
    }
  });

  it('validity: any string gives a result with a score in [0, 1] and at most 3 nearest; deterministic', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.constantFrom(...entries.map((e) => e.text)),
        ),
        (title) => {
          const a = findOccupation(title);
          const b = findOccupation(title);
          expect(b).toEqual(a);
          const scores = a.occupation === null ? a.nearest.map((n) => n.score) : [a.score];
          for (const s of scores) {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(1);
          }
          if (a.occupation === null) expect(a.nearest.length).toBeLessThanOrEqual(3);
          else expect(a.industry).toBe(a.occupation.industry);
        },
      ),
    );
  });

  it('oracle: a title that normalises to an entry’s words is that entry’s occupation (linear scan)', () => {
    const normal = (t: string): string[] => normaliseTitle(t).map((words) => words.join(' '));
    const scanned = entries.map((x) => ({ id: x.id, key: normal(x.text).join(' ') }));
    fc.assert(
      fc.property(
        fc.constantFrom(...entries),
        fc.subarray(ANNOTATIONS, { maxLength: 3 }),
        (e, annotations) => {
          const title = e.text + annotations.join('');
          const keys = normal(title);
          const owners = new Set(scanned.filter((x) => keys.includes(x.key)).map((x) => x.id));
          expect(owners.size).toBe(1);
          expect(idOf(findOccupation(title))).toBe([...owners][0]);
        },
      ),
    );
  });

  it('decision rule: an answer is the best-scoring occupation; no answer is a low score or a close rival industry', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...entries),
        fc.constantFrom('', ' Hilversum', ' kantoren', ' zorg', ' en groen', ' bezorging'),
        (e, tail) => {
          const title = e.text + tail;
          const r = findOccupation(title);
          const best = findOccupation(title, { minScore: 0, minMargin: 0 });
          if (r.occupation !== null) expect(best.occupation?.id).toBe(r.occupation.id);
          else if (r.reason === 'ambiguous') {
            const [first, second] = r.nearest;
            expect(first!.score).toBeGreaterThanOrEqual(0.75);
            expect(first!.score - second!.score).toBeLessThan(0.1);
          } else if (r.reason === 'below-threshold') expect(r.nearest[0]!.score).toBeLessThan(0.75);
        },
      ),
    );
  });
});

describe('matchOccupation uses findOccupation', () => {
  it('keeps its shape and reads titles the old matcher did not know', () => {
    expect(matchOccupation('Schoonmaakster')).toEqual({ occupation: OCCUPATIONS[0], distance: 0 });
    expect(matchOccupation('Medewerker schoonmaak - Hilversum')?.occupation.id).toBe('cleaner');
    expect(matchOccupation('Allround medewerker groenvoorziening')?.occupation.id).toBe('gardener');
    expect(matchOccupation('Kassamedewerker 16 uur')?.occupation.id).toBe('cashier');
    expect(matchOccupation('Senior software engineer')).toBeUndefined();
    // maxRelativeDistance 0: exact and normalised only.
    expect(matchOccupation('Schoonmaak medewerker', { maxRelativeDistance: 0 })).toBeUndefined();
    expect(matchOccupation('Schoonmaak medewerker')?.distance).toBeCloseTo(0.03, 10);
  });
});

describe('findOccupation on hostile input', () => {
  // The bound that keeps it fast (the time is measured in benchmarks/catalogue.ts): only the first
  // MAX_TITLE_LENGTH characters of a title are read.
  it('reads only the first MAX_TITLE_LENGTH characters of a very long title', () => {
    for (const long of ['schoonmaak'.repeat(5000), 'medewerker '.repeat(5000), `x${'ab'.repeat(3000)}`]) {
      expect(findOccupation(long)).toEqual(findOccupation(long.slice(0, MAX_TITLE_LENGTH)));
    }
  });
});

describe('the occupations option keeps its list (the title index is cached per list)', () => {
  // zod's `.default(OCCUPATIONS)` handed out a copy on every parse, so the cache keyed by the list
  // missed and every findOccupation, fromJobPosting and decomposeVacancy without the option built the
  // built-in catalogue's index again (≈ 15 ms a call; benchmarks/catalogue.ts: 12,076 µs a title).
  it('passes the built-in catalogue and a caller’s list through as the same array', () => {
    expect(occupationsOption.parse(undefined)).toBe(OCCUPATIONS);
    expect(decomposeOptionsSchema.parse({}).occupations).toBe(OCCUPATIONS);
    const own = [{ name: 'Hovenier', synonyms: ['tuinman'], industry: 'groen' }] as unknown as Occupation[];
    expect(occupationsOption.parse(own)).toBe(own);
    expect(decomposeOptionsSchema.parse({ occupations: own }).occupations).toBe(own);
  });
});
