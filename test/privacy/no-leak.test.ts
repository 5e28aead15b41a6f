import {
  canonicalJson,
  createRunRecord,
  isValidBsn,
  parseCandidates,
  parseLedger,
  parseVacancies,
  pseudonymizeBsn,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';

// Marked personal values: a BSN that passes the eleven-test, one that fails it, and a name.
const BSN = '111222333';
const BAD_BSN = '111222334';
const NAME = 'MARKER-Jansen';
const MARKERS = [BSN, BAD_BSN, NAME, '111 222 333'];

/** The messages of what `f` throws (with any issues); fails when it does not throw. */
function messagesOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    const issues = (e as { issues?: { message: string }[] }).issues ?? [];
    return [String(e), (e as Error).message, (e as Error).stack ?? '', ...issues.map((i) => i.message)];
  }
  throw new Error('expected an error');
}

describe('no personal value in any error message', () => {
  it('holds for pseudonymizeBsn, the ledger, the domain parsers, canonicalJson and run records', () => {
    expect(isValidBsn(BSN)).toBe(true);
    expect(isValidBsn(BAD_BSN)).toBe(false);
    const messages = [
      ...messagesOf(() => pseudonymizeBsn(BAD_BSN, 'k'.repeat(32))),
      ...messagesOf(() => pseudonymizeBsn(`${BSN}0`, 'k'.repeat(32))),
      ...messagesOf(() => pseudonymizeBsn(BSN, 'short')),
      ...messagesOf(() => pseudonymizeBsn(BSN, NAME)),
      ...messagesOf(() =>
        parseLedger([
          { id: 'p1', candidateId: BSN, sector: 'market', hoursPerWeek: 20, start: '2024-01-01' },
          { id: 'p2', candidateId: '111 222 333', sector: 'market', hoursPerWeek: 20, start: '2024-01-01' },
          {
            id: 'p3',
            candidateId: 'c3',
            sector: NAME,
            hoursPerWeek: NAME,
            start: NAME,
            end: BSN,
            targetGroup: NAME,
          },
          { id: 'p4', candidateId: 'c4', sector: 'market', hoursPerWeek: Number(BSN), start: '2024-01-01' },
        ]),
      ),
      ...messagesOf(() =>
        parseCandidates([
          {
            id: 'c1',
            targetGroup: NAME,
            home: { municipality: NAME, lat: NAME, lon: Number(BSN) },
            hoursPerWeek: { min: BSN, max: Number(BSN) },
            skills: NAME,
            wageValue: Number(BSN),
            registeredSince: BSN,
          },
        ]),
      ),
      ...messagesOf(() =>
        parseVacancies([
          {
            id: 'v1',
            employerId: 'e1',
            sector: NAME,
            occupation: 5,
            location: { lat: Number(BSN), lon: NAME },
            hoursPerWeek: Number(BSN),
            tasks: [
              { id: 't1', kind: NAME, hoursPerWeek: NAME, demands: { 'IV.13': Number(BSN), 'I.8': NAME } },
            ],
          },
          // Valid but for its FML demands, so the cross-field checks run too.
          {
            id: 'v2',
            employerId: 'e1',
            sector: 'market',
            occupation: 'schoonmaker',
            location: { municipality: 'Huizen', lat: 52.2992, lon: 5.2417 },
            hoursPerWeek: 20,
            tasks: [
              {
                id: 't1',
                kind: 'cleaning',
                hoursPerWeek: 20,
                demands: { 'IV.13': Number(BSN), 'X.99': NAME },
              },
            ],
          },
        ]),
      ),
      ...messagesOf(() => canonicalJson({ byBsn: { [BSN]: Number.NaN } })),
      ...messagesOf(() =>
        createRunRecord({ operation: 'x', parameters: { [BSN]: () => NAME }, input: [], output: [] }),
      ),
    ];
    expect(messages.length).toBeGreaterThan(20);
    for (const message of messages) {
      for (const marker of MARKERS) expect(message).not.toContain(marker);
    }
  });

  it('keeps input and output out of a run record: only digests', () => {
    const record = createRunRecord({
      operation: 'assign',
      parameters: { mode: 'optimal' },
      input: [{ id: 'c1', bsn: BSN, name: NAME }],
      output: [{ candidate: NAME, bsn: BSN }],
    });
    const text = JSON.stringify(record);
    for (const marker of MARKERS) expect(text).not.toContain(marker);
  });
});
