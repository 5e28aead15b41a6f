import {
  addPlacement,
  createLedger,
  endPlacement,
  extraJobsAt,
  extraJobsByYear,
  ledgerToJSON,
  type PlacementRecord,
  parseLedger,
  safeParseLedger,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';

// Covenant art. 2.4.d.v: trial placements and (group) secondments. A person employed by a market
// company (employer of record) and seconded to the municipality (hirer, government), and a trial
// placement at a market employer.
const records: PlacementRecord[] = [
  {
    id: 's1',
    candidateId: 'c1',
    employerId: 'detacheerder',
    sector: 'market',
    kind: 'secondment',
    hirerId: 'gemeente-hilversum',
    hirerSector: 'government',
    hoursPerWeek: 25.5,
    start: '2024-01-01',
  },
  {
    id: 't1',
    candidateId: 'c2',
    employerId: 'bakkerij',
    sector: 'market',
    kind: 'trial',
    hoursPerWeek: 20,
    start: '2024-02-01',
    end: '2024-03-31',
  },
  {
    id: 'r1',
    candidateId: 'c2',
    employerId: 'bakkerij',
    sector: 'market',
    hoursPerWeek: 12.75,
    start: '2024-04-01',
  },
];

describe('secondments and trial placements (covenant art. 2.4.d.v)', () => {
  it('art. 2.4.d.v: a secondment counts in the hirer’s sector by default; a trial placement does not count', () => {
    const ledger = createLedger(records);
    expect(ledger.secondmentsCountAt).toBe('hirer');
    // March: the secondment (1 government job); the trial placement counts nothing.
    expect(extraJobsAt(ledger, '2024-03-15')).toEqual({ market: 0, government: 1, total: 1 });
    // After the trial the bakery hires c2 for 12.75 hours: half a market job.
    expect(extraJobsAt(ledger, '2024-12-31')).toEqual({ market: 0.5, government: 1, total: 1.5 });
  });

  it('art. 2.4.d.v: parameterised — counted at the employer of record when asked', () => {
    const ledger = createLedger(records, { secondmentsCountAt: 'employer-of-record' });
    expect(extraJobsByYear(ledger, { from: 2024, to: 2024 })[0]).toMatchObject({
      market: 1.5,
      government: 0,
    });
    // The setting survives adding and ending placements.
    const next = endPlacement(
      addPlacement(ledger, { ...records[0]!, id: 's2', candidateId: 'c3', start: '2024-06-01' }),
      's1',
      '2024-09-30',
    );
    expect(next.secondmentsCountAt).toBe('employer-of-record');
    expect(extraJobsAt(next, '2024-12-31')).toEqual({ market: 1.5, government: 0, total: 1.5 });
  });

  it('round trip through JSON keeps kind and hirer', () => {
    const ledger = createLedger(records);
    expect(parseLedger(ledgerToJSON(ledger)).placements).toEqual(ledger.placements);
  });

  it('refuses a secondment without the hirer’s sector, hirer fields on another kind, and a bad setting', () => {
    const bad = safeParseLedger([
      { ...records[0]!, hirerSector: undefined },
      { ...records[2]!, id: 'r2', candidateId: 'c9', hirerId: 'x' },
    ]);
    expect(bad.success).toBe(false);
    if (!bad.success)
      expect(bad.error.issues.map((i) => i.path)).toEqual([
        [0, 'hirerSector'],
        [1, 'hirerId'],
      ]);
    expect(() => createLedger(records, { secondmentsCountAt: 'inlener' as never })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
