import { placementRecordSchema, safeParseLedger } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zodIssues } from '../../src/_internal/zod-issues.js';
import { breaksSecondmentRules } from '../../src/ledger/schema.js';

// The ledger checks a record by its fields alone and takes the whole schema, secondment rules
// included, only for a record that breaks those rules (session 22: the rules on every record cost a
// third of `createLedger`). Its issues must be the whole schema's, for any record.

const ISSUE_CODES_OF_THE_LEDGER = new Set(['end_before_start', 'bsn_like_id', 'duplicate_id']);

/** A field drawn as absent, a valid value or one of a few invalid ones. */
const field = <T>(valid: fc.Arbitrary<T>, invalid: unknown[]) =>
  fc.oneof(fc.constant(undefined), valid, fc.constantFrom(...invalid));

const record = fc
  .record({
    id: fc.constantFrom('p1', ' p1 ', ''),
    candidateId: fc.constantFrom('c1', ''),
    sector: field(fc.constantFrom('market', 'government'), ['markt', 3]),
    hoursPerWeek: field(fc.constantFrom(8, 25.5, 60), [0, 61, -1, 'x', Number.NaN]),
    start: field(fc.constantFrom('2024-01-01'), ['2024-02-30', 'x', 20240101]),
    end: field(fc.constantFrom('2023-12-31', '2024-06-30', null), ['x']),
    kind: field(fc.constantFrom('employment', 'secondment', 'trial'), ['Secondment', 1, null]),
    hirerId: field(fc.constantFrom('h1', '  '), ['', 5, null]),
    hirerSector: field(fc.constantFrom('market', 'government'), ['x', null]),
  })
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));

describe('the ledger’s secondment rules', () => {
  it('a record’s issues are the whole schema’s, the rules included (property)', () => {
    fc.assert(
      fc.property(record, (r) => {
        const full = placementRecordSchema.safeParse(r);
        const id = typeof r.id === 'string' ? r.id.trim() : undefined;
        const expected = full.success ? [] : zodIssues(full.error, [0], id);
        const got = safeParseLedger([r]);
        const issues = got.success
          ? []
          : got.error.issues.filter((i) => !ISSUE_CODES_OF_THE_LEDGER.has(i.code));
        expect(issues).toEqual(expected);
      }),
      { numRuns: 2000, seed: 20261207 },
    );
  });

  it('names each broken rule at its field (worked records)', () => {
    const base = { id: 'p1', candidateId: 'c1', sector: 'market', hoursPerWeek: 20, start: '2024-01-01' };
    const issuesOf = (r: object) => {
      const got = safeParseLedger([r]);
      return got.success ? [] : got.error.issues;
    };
    expect(issuesOf({ ...base, kind: 'secondment' })).toEqual([
      {
        path: [0, 'hirerSector'],
        message: 'a secondment needs the hirer’s sector (market or government) (record "p1")',
        code: 'custom',
      },
    ]);
    expect(issuesOf({ ...base, kind: 'trial', hirerId: 'h', hirerSector: 'government' })).toEqual([
      {
        path: [0, 'hirerId'],
        message: 'hirerId belongs to a secondment only (kind: \'secondment\') (record "p1")',
        code: 'custom',
      },
      {
        path: [0, 'hirerSector'],
        message: 'hirerSector belongs to a secondment only (kind: \'secondment\') (record "p1")',
        code: 'custom',
      },
    ]);
    expect(issuesOf({ ...base, hirerSector: 'government' }).map((i) => i.path)).toEqual([[0, 'hirerSector']]);
    expect(issuesOf({ ...base, kind: 'secondment', hirerId: 'h', hirerSector: 'government' })).toEqual([]);
  });

  it('breaksSecondmentRules: a secondment without a hirer’s sector, a hirer’s field on another kind', () => {
    expect(breaksSecondmentRules({ kind: 'secondment', hirerSector: 'market' })).toBe(false);
    expect(breaksSecondmentRules({ kind: 'secondment', hirerId: 'h' })).toBe(true);
    expect(breaksSecondmentRules({ kind: 'secondment' })).toBe(true);
    expect(breaksSecondmentRules({})).toBe(false);
    expect(breaksSecondmentRules({ kind: 'trial' })).toBe(false);
    expect(breaksSecondmentRules({ kind: 'trial', hirerId: 'h' })).toBe(true);
    expect(breaksSecondmentRules({ hirerSector: 'government' })).toBe(true);
    expect(breaksSecondmentRules({ kind: 'Secondment', hirerSector: 'government' })).toBe(true);
    expect(breaksSecondmentRules({ hirerId: null })).toBe(true);
  });
});
