import {
  addPlacement,
  carveAll,
  carveJob,
  createLedger,
  createMatcher,
  endPlacement,
  formatPath,
  generateRegion,
  isBanenmatchError,
  isValidationError,
  isValidBsn,
  parseCandidates,
  parseLedger,
  parseRegion,
  safeParseCandidates,
  safeParseLedger,
  safeParseRegion,
  type ValidationIssue,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Candidate ids that are BSNs (they pass the eleven-test) in the forms a municipal export writes them.
const BSN9 = '111222333';
const BSN8 = '12345672'; // 0·9 + 1·8 + 2·7 + 3·6 + 4·5 + 5·4 + 6·3 + 7·2 − 2 = 110 = 10·11
const DOTTED = '1234.56.782';
const SPACED = ' 123 456 782 ';
const BSN_IDS = [BSN9, BSN8, DOTTED, SPACED];
/** Every form a BSN may be recognised in: as written, its bare digits, padded to 9. */
const MARKERS = [
  ...new Set(BSN_IDS.flatMap((b) => [b.trim(), b.replace(/\D/g, ''), b.replace(/\D/g, '').padStart(9, '0')])),
];

const region = JSON.parse(JSON.stringify(generateRegion({ seed: 3, candidates: 8, vacancies: 6 })));
const candidates: Record<string, unknown>[] = region.candidates;
const vacancies: Record<string, unknown>[] = region.vacancies;

/** Candidates whose ids are BSNs, with other problems in the same records, and one BSN twice. */
const bsnCandidates: unknown[] = [
  { ...candidates[0], id: BSN9, hoursPerWeek: { min: 30, max: 20 }, preferedSectors: ['market'] },
  { ...candidates[1], id: BSN8, wageValue: 3, capabilities: { 'IV.99': 1 } },
  { ...candidates[2], id: DOTTED, targetGroup: 'x', home: { lat: 0, lon: 0, muncipality: 'x' } },
  { ...candidates[3], id: SPACED },
  { ...candidates[4], id: BSN9 },
  { ...candidates[5], id: Number(BSN9), skills: 'x' },
  candidates[6],
];

/** Every text an error or result can show: message, stack, each issue's message and path; each warning too. */
function textsOf(error: unknown, warnings: readonly ValidationIssue[] = []): string[] {
  const issues: readonly ValidationIssue[] = isValidationError(error) ? error.issues : [];
  return [
    String(error),
    (error as Error).message,
    (error as Error).stack ?? '',
    ...[...issues, ...warnings].flatMap((i) => [i.message, formatPath(i.path), JSON.stringify(i.path)]),
  ];
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

function expectNoBsn(texts: readonly string[]): void {
  expect(texts.length).toBeGreaterThan(3);
  for (const text of texts) for (const marker of MARKERS) expect(text).not.toContain(marker);
}

describe('candidate ids that look like a BSN are refused, never echoed', () => {
  it('are issues at [i, "id"] with code bsn_like_id and the fixed message', () => {
    const r = safeParseCandidates(bsnCandidates);
    expect(r.success).toBe(false);
    if (r.success) return;
    const bsn = r.error.issues.filter((i) => i.code === 'bsn_like_id');
    expect(bsn.map((i) => i.path)).toEqual([0, 1, 2, 3, 4, 5].map((i) => [i, 'id']));
    for (const i of bsn)
      expect(i.message).toBe('looks like a BSN: pseudonymise it with pseudonymizeBsn first');
    // The other problems of the same records are still listed: the record is refused whole.
    const paths = r.error.issues.map((i) => formatPath(i.path));
    expect(paths).toEqual(
      expect.arrayContaining([
        '[0].hoursPerWeek.min',
        '[1].wageValue',
        '[2].targetGroup',
        '[4].id',
        '[5].skills',
      ]),
    );
    expect(r.error.issues.find((i) => i.code === 'duplicate_id')?.message).toBe(
      'duplicate id (the same as at index 0)',
    );
  });

  it('are never shown by any parser, in errors or warnings, whatever the unknownFields mode', () => {
    const texts: string[] = [];
    for (const unknownFields of ['warn', 'error', 'ignore'] as const) {
      const c = safeParseCandidates(bsnCandidates, { unknownFields });
      texts.push(...textsOf(c.success ? undefined : c.error, c.warnings));
      const input = {
        ...region,
        candidates: bsnCandidates,
        vacancies: [{ ...vacancies[0], employerId: 'nope' }],
      };
      const r = safeParseRegion(input, { unknownFields });
      texts.push(...textsOf(r.success ? undefined : r.error, r.warnings));
      texts.push(...textsOf(thrown(() => parseCandidates(bsnCandidates, { unknownFields }))));
      texts.push(...textsOf(thrown(() => parseRegion(input, { unknownFields }))));
    }
    // Allowed, they are still not shown: not in the duplicate, nor in the other issues of their records.
    const allowed = safeParseCandidates(bsnCandidates, { allowBsnLikeIds: true });
    expect(allowed.success).toBe(false);
    if (!allowed.success) expect(allowed.error.issues.some((i) => i.code === 'bsn_like_id')).toBe(false);
    texts.push(...textsOf(allowed.success ? undefined : allowed.error, allowed.warnings));
    expectNoBsn(texts);
  });

  it('are refused by createMatcher, carveJob and carveAll without being shown', () => {
    const texts = [
      thrown(() => createMatcher({ candidates: bsnCandidates, vacancies })),
      thrown(() => createMatcher({ candidates: [{ ...candidates[0], id: BSN9 }], vacancies })),
      thrown(() => carveJob({ ...candidates[0], id: DOTTED } as never, vacancies.slice(0, 1) as never)),
      thrown(() => carveAll(bsnCandidates as never, vacancies as never)),
    ].flatMap((e) => {
      expect(isValidationError(e) && e.issues.some((i) => i.code === 'bsn_like_id')).toBe(true);
      return textsOf(e);
    });
    expectNoBsn(texts);
  });

  it('a BSN passed to a matcher lookup is not shown in its NOT_FOUND error', () => {
    const matcher = createMatcher({ candidates: candidates.slice(0, 2), vacancies });
    const errors = [
      thrown(() => matcher.rank(BSN9)),
      thrown(() => matcher.score(DOTTED, (vacancies[0] as { id: string }).id)),
    ];
    for (const e of errors) expect(isBanenmatchError(e) && e.code).toBe('NOT_FOUND');
    expectNoBsn(errors.flatMap((e) => textsOf(e)));
    expect(thrown(() => matcher.rank('c-unknown'))).toMatchObject({
      message: 'candidate "c-unknown" is not in this matcher',
    });
  });

  it('accept ids that fail the eleven-test or are not 8–9 digits', () => {
    const ids = [
      '123456789',
      '12345678',
      '111222334',
      '1112223330',
      'c-111222333',
      '111222333a',
      '000000000',
      'K 111.222.333',
    ];
    for (const id of ids) expect(isValidBsn(id)).toBe(false);
    const r = safeParseCandidates(ids.map((id, i) => ({ ...candidates[i % candidates.length], id })));
    expect(r.success).toBe(true);
    expect(r.success && r.data.map((c) => c.id)).toEqual(ids);
  });

  it('property: any 9-digit id passing the eleven-test is refused at [i, "id"] and never shown', () => {
    const validBsn = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
      .map((d) => ({ d, last: d.reduce((s, x, i) => s + (9 - i) * x, 0) % 11 }))
      .filter(({ d, last }) => last <= 9 && d.some((x) => x > 0))
      .map(({ d, last }) => `${d.join('')}${last}`);
    fc.assert(
      fc.property(validBsn, fc.nat(candidates.length - 1), fc.boolean(), (bsn, i, broken) => {
        expect(isValidBsn(bsn)).toBe(true);
        const list = candidates.map((c, k) =>
          k === i ? { ...c, id: bsn, ...(broken ? { wageValue: -1 } : {}) } : c,
        );
        const error = thrown(() => parseCandidates(list));
        expect(isValidationError(error)).toBe(true);
        if (!isValidationError(error)) return;
        expect(error.issues.filter((x) => x.code === 'bsn_like_id').map((x) => x.path)).toEqual([[i, 'id']]);
        for (const text of textsOf(error)) expect(text).not.toContain(bsn);
      }),
    );
  });
});

describe('the ledger: a candidateId that looks like a BSN is refused, never echoed', () => {
  const base = {
    id: 'p1',
    candidateId: 'c1',
    sector: 'market',
    hoursPerWeek: 20,
    start: '2024-01-01',
  } as const;

  it('refuses it also in a record with other problems, listing every issue', () => {
    const r = safeParseLedger([{ ...base, candidateId: DOTTED, hoursPerWeek: -1, end: 'x' }]);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => formatPath(i.path)).sort()).toEqual([
      '[0].candidateId',
      '[0].end',
      '[0].hoursPerWeek',
    ]);
    expect(r.error.issues[0]?.message).toBe(
      'candidateId looks like a BSN: pseudonymise it with pseudonymizeBsn first',
    );
  });

  it('never shows a BSN-like candidate or placement id, in any message of any entry', () => {
    const allowed = createLedger([{ ...base, candidateId: BSN9 }], { allowBsnLikeIds: true });
    const texts = [
      thrown(() => parseLedger(BSN_IDS.map((b, i) => ({ ...base, id: `p${i}`, candidateId: b })))),
      thrown(() =>
        createLedger([
          { ...base, id: BSN9 },
          { ...base, id: BSN9 },
        ]),
      ),
      thrown(() => createLedger([{ ...base, id: BSN8, start: '2024-02-01', end: '2024-01-01' }])),
      thrown(() => createLedger([{ ...base, id: BSN8, hoursPerWeek: 'x' } as never])),
      thrown(() => addPlacement(createLedger([base]), { ...base, id: 'p2', candidateId: SPACED })),
      thrown(() =>
        addPlacement(
          allowed,
          { ...base, id: 'p2', candidateId: BSN9, hoursPerWeek: 50 },
          { allowBsnLikeIds: true },
        ),
      ),
      thrown(() => endPlacement(allowed, BSN8, '2024-05-01')),
      thrown(() =>
        addPlacement(createLedger([{ ...base, id: BSN8 }]), { ...base, id: BSN9, hoursPerWeek: 50 }),
      ),
      thrown(() =>
        endPlacement(
          endPlacement(createLedger([{ ...base, id: BSN8 }]), BSN8, '2024-02-01'),
          BSN8,
          '2024-03-01',
        ),
      ),
    ].flatMap((e) => textsOf(e));
    expectNoBsn(texts);
  });
});
