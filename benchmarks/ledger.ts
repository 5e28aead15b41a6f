/**
 * Placement ledger and privacy at national scale: 250,000 candidates with one or two consecutive
 * placements each (≈ 330,000 placements, 2013–2025, seeded). Times validation (createLedger), the
 * counts (a day, 52 quarter ends, 52 quarter averages, 13 year ends), retention (6 and 12 months,
 * both scopes), toObserved, BSN pseudonyms and a run record over the whole ledger. No JS peer
 * exists for these, so there is no ratio.
 * Run: node --expose-gc --import tsx benchmarks/ledger.ts
 */
import { createRandom, integer } from '../src/_internal/random.js';
import {
  createLedger,
  extraJobsAt,
  extraJobsByQuarter,
  extraJobsByYear,
  ledgerToJSON,
  type PlacementRecord,
  retention,
  toObserved,
} from '../src/ledger/index.js';
import { createRunRecord, pseudonymizeBsn } from '../src/privacy/index.js';
import { machine, peakRssMb, time } from './_util.js';

const CANDIDATES = 250_000;
const DAY = 86_400_000;
const FIRST = Date.UTC(2013, 0, 1) / DAY;
const LAST = Date.UTC(2025, 11, 31) / DAY;
const iso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

const random = createRandom(42);
const records: PlacementRecord[] = [];
for (let c = 0; c < CANDIDATES; c++) {
  let start = integer(random, FIRST, LAST);
  const jobs = random() < 0.3 ? 2 : 1;
  for (let j = 0; j < jobs && start <= LAST; j++) {
    const r: PlacementRecord = {
      id: `p${records.length}`,
      candidateId: `c${c}`,
      sector: random() < 0.8 ? 'market' : 'government',
      hoursPerWeek: integer(random, 32, 144) / 4,
      start: iso(start),
    };
    if (random() < 0.45) {
      const end = start + integer(random, 30, 1500);
      if (end <= LAST) {
        r.end = iso(end);
        start = end + integer(random, 1, 200);
      } else j = jobs;
    } else j = jobs;
    records.push(r);
  }
}

const rows: [string, number, string][] = [];
let sink = 0;
const ledgerRun = time(() => createLedger(records), 3);
rows.push([`createLedger (${records.length.toLocaleString('en')} records, all checks)`, ledgerRun.ms, '']);
const ledger = ledgerRun.result;
const cases: [string, () => number][] = [
  ['extraJobsAt (one day)', () => extraJobsAt(ledger, '2024-12-31').total],
  [
    'extraJobsByQuarter, 52 quarter ends',
    () => extraJobsByQuarter(ledger, { from: '2013Q1', to: '2025Q4' }).length,
  ],
  [
    'extraJobsByQuarter, 52 quarter averages',
    () => extraJobsByQuarter(ledger, { from: '2013Q1', to: '2025Q4', measure: 'average' }).length,
  ],
  ['extraJobsByYear, 13 year ends', () => extraJobsByYear(ledger, { from: 2013, to: 2025 }).length],
  ['retention 6 + 12 months, placement scope', () => retention(ledger, { asOf: '2025-12-31' })[0]!.cohort],
  [
    'retention 6 + 12 months, candidate scope',
    () => retention(ledger, { asOf: '2025-12-31', scope: 'candidate' })[0]!.cohort,
  ],
  ['toObserved, quarterly 2013Q1–2025Q4', () => toObserved(ledger, { frequency: 'quarter' }).length],
  [
    'createRunRecord over ledgerToJSON (digest of all records)',
    () =>
      createRunRecord({ operation: 'ledger', parameters: {}, input: ledgerToJSON(ledger), output: [] }).counts
        .input!,
  ],
];
for (const [name, f] of cases) {
  // Extra warm-up: one call per case is too few for the JIT to settle on these loops.
  for (let w = 0; w < 3; w++) sink += f();
  const r = time(f, 7);
  sink += r.result;
  rows.push([name, r.ms, '']);
}
const key = 'benchmark-key-of-at-least-16-bytes';
const bsns = ['111222333', '123456782'];
const n = 10_000;
const pseudo = time(() => {
  let length = 0;
  for (let i = 0; i < n; i++) length += pseudonymizeBsn(bsns[i & 1]!, key).length;
  return length;
}, 5);
sink += pseudo.result;
rows.push([
  `pseudonymizeBsn × ${n.toLocaleString('en')}`,
  pseudo.ms,
  `${((pseudo.ms * 1000) / n).toFixed(2)} µs each`,
]);

console.log(`Machine: ${machine()}; peak RSS ${peakRssMb().toFixed(0)} MB; checksum ${sink.toFixed(3)}\n`);
console.log('| case | median ms | note |');
console.log('|---|---:|---|');
for (const [name, ms, note] of rows) console.log(`| ${name} | ${ms.toFixed(1)} | ${note} |`);
