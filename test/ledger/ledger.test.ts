import {
  addPlacement,
  createLedger,
  endPlacement,
  isValidationError,
  LEDGER_MAX_HOURS_PER_WEEK,
  ledgerToJSON,
  type PlacementRecord,
  parseLedger,
  safeParseLedger,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placementRecords } from './arbitraries.js';

const base: PlacementRecord = {
  id: 'p1',
  candidateId: 'c1',
  sector: 'market',
  hoursPerWeek: 20,
  start: '2024-01-01',
};

function issuesOf(input: unknown, options = {}) {
  const r = safeParseLedger(input, options);
  if (r.success) throw new Error('expected a validation error');
  expect(r.error.code).toBe('VALIDATION');
  return r.error.issues;
}

describe('parseLedger: validation', () => {
  it('accepts valid records, normalising end null to an open placement', () => {
    const ledger = parseLedger([
      { ...base, end: null, vacancyId: 'v1', employerId: 'e1' },
      {
        id: 'p2',
        candidateId: 'c2',
        sector: 'government',
        hoursPerWeek: 12,
        start: '2024-02-29',
        end: '2024-12-31',
      },
    ]);
    expect(ledger.maxHoursPerWeek).toBe(LEDGER_MAX_HOURS_PER_WEEK);
    expect(ledger.placements[0]).toEqual({ ...base, vacancyId: 'v1', employerId: 'e1' });
    expect('end' in ledger.placements[0]!).toBe(false);
    expect(ledger.placements[1]!.end).toBe('2024-12-31');
  });

  it('reports every bad field with its path', () => {
    const issues = issuesOf([
      { ...base, hoursPerWeek: 0, start: '2024-02-30' },
      { ...base, id: 'p2', sector: 'private', end: '2023-13-01' },
      { ...base, id: 'p3', start: '1989-12-31', hoursPerWeek: 61 },
    ]);
    const paths = issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['0.hoursPerWeek', '0.start', '1.sector', '1.end', '2.start', '2.hoursPerWeek']),
    );
    expect(issuesOf({ placements: [] })[0]!.code).toBe('invalid_type');
  });

  it('rejects an end before the start and duplicate ids with their own codes', () => {
    const issues = issuesOf([
      { ...base, end: '2023-12-31' },
      { ...base, candidateId: 'c2' },
    ]);
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['0.end', 'end_before_start'],
      ['1.id', 'duplicate_id'],
    ]);
    // A one-day placement (end = start) is fine.
    expect(() => createLedger([{ ...base, end: base.start }])).not.toThrow();
  });

  it('rejects overlapping placements of one candidate above the weekly maximum, naming the candidate and date', () => {
    const records: PlacementRecord[] = [
      { ...base, id: 'a', hoursPerWeek: 40, end: '2024-06-30' },
      { ...base, id: 'b', hoursPerWeek: 25, start: '2024-06-01' },
    ];
    const issues = issuesOf(records);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('hours_overlap');
    expect(issues[0]!.path).toEqual([1, 'hoursPerWeek']);
    expect(issues[0]!.message).toContain('"c1"');
    expect(issues[0]!.message).toContain('2024-06-01');
    // Back to back (the next starts the day after the end) is no overlap; neither is another candidate.
    expect(() => createLedger([records[0]!, { ...records[1]!, start: '2024-07-01' }])).not.toThrow();
    expect(() => createLedger([records[0]!, { ...records[1]!, candidateId: 'c2' }])).not.toThrow();
    expect(() => createLedger(records, { maxHoursPerWeek: 65 })).not.toThrow();
    expect(() => createLedger(records, { maxHoursPerWeek: 0 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('finds an overlap above the maximum exactly when a brute-force day-by-day sum does', () => {
    fc.assert(
      fc.property(placementRecords({ hours: { min: 5, max: 30 } }), (records) => {
        const max = 40;
        let over = false;
        const byCandidate = new Map<string, PlacementRecord[]>();
        for (const r of records)
          byCandidate.set(r.candidateId, [...(byCandidate.get(r.candidateId) ?? []), r]);
        for (let t = Date.UTC(2023, 0, 1); t <= Date.UTC(2027, 5, 30) && !over; t += 86_400_000) {
          const day = new Date(t).toISOString().slice(0, 10);
          for (const list of byCandidate.values()) {
            let sum = 0;
            for (const r of list)
              if (r.start <= day && (typeof r.end !== 'string' || day <= r.end)) sum += r.hoursPerWeek;
            if (sum > max + 1e-9) over = true;
          }
        }
        const result = safeParseLedger(records, { maxHoursPerWeek: max });
        expect(result.success).toBe(!over);
        if (!result.success) expect(result.error.issues.every((i) => i.code === 'hours_overlap')).toBe(true);
      }),
    );
  });

  it('rejects a candidate id that looks like a BSN unless allowed', () => {
    const issues = issuesOf([{ ...base, candidateId: '123456782' }]);
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['0.candidateId', 'bsn_like_id']]);
    expect(() =>
      createLedger([{ ...base, candidateId: '123456782' }], { allowBsnLikeIds: true }),
    ).not.toThrow();
    expect(() => createLedger([{ ...base, candidateId: '123456789' }])).not.toThrow();
  });
});

describe('ledger: immutability, add, end, JSON round trip', () => {
  it('addPlacement and endPlacement return new ledgers and leave the old one alone', () => {
    const l0 = createLedger([base]);
    const l1 = addPlacement(l0, {
      id: 'p2',
      candidateId: 'c1',
      sector: 'government',
      hoursPerWeek: 30,
      start: '2024-03-01',
    });
    expect(l0.placements).toHaveLength(1);
    expect(l1.placements.map((p) => p.id)).toEqual(['p1', 'p2']);
    const l2 = endPlacement(l1, 'p1', '2024-04-30');
    expect(l1.placements[0]!.end).toBeUndefined();
    expect(l2.placements[0]!.end).toBe('2024-04-30');
    expect(Object.isFrozen(l2)).toBe(true);
    expect(Object.isFrozen(l2.placements)).toBe(true);
  });

  it('checks what it adds or ends, with codes', () => {
    const l0 = createLedger([base]);
    const overlap = () =>
      addPlacement(l0, {
        id: 'p2',
        candidateId: 'c1',
        sector: 'market',
        hoursPerWeek: 41,
        start: '2024-03-01',
      });
    expect(overlap).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    try {
      overlap();
    } catch (e) {
      expect(isValidationError(e) && e.issues.map((i) => i.code)).toEqual(['hours_overlap']);
    }
    expect(() => addPlacement(l0, { ...base })).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => addPlacement(l0, { ...base, id: 'p2', candidateId: '123456782' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
    expect(() => endPlacement(l0, 'nope', '2024-05-01')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => endPlacement(l0, 'p1', '2023-05-01')).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
    const ended = endPlacement(l0, 'p1', '2024-05-01');
    expect(() => endPlacement(ended, 'p1', '2024-06-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('keeps an allowed BSN-like id when adding another placement', () => {
    const l0 = createLedger([{ ...base, candidateId: '123456782' }], { allowBsnLikeIds: true });
    expect(addPlacement(l0, { ...base, id: 'p2', candidateId: 'c2' }).placements).toHaveLength(2);
  });

  it('round-trips through JSON: parseLedger(JSON of ledgerToJSON) equals the ledger', () => {
    fc.assert(
      fc.property(placementRecords(), (records) => {
        const ledger = createLedger(records, { maxHoursPerWeek: 1e6 });
        const text = JSON.stringify(ledgerToJSON(ledger));
        const again = parseLedger(JSON.parse(text), { maxHoursPerWeek: ledger.maxHoursPerWeek });
        expect(again).toEqual(ledger);
        expect(JSON.stringify(ledgerToJSON(again))).toBe(text);
      }),
    );
  });
});
