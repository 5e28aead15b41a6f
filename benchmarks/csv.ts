/**
 * Reading 250,000 candidates from CSV (issue 16): the CSV reader of the command line (papaparse's
 * tokeniser, our lines, dialect and row checks), beside the hand-written reader of 0.1.0 and
 * csv-parse on the same text, and the whole path a file takes in `banenmatch match` (tokenise, read
 * the layout, validate with the schema), in the plain and the Dutch Excel dialect.
 *
 * Run: node --expose-gc --import tsx benchmarks/csv.ts [candidates]
 */
import { parse as csvParse } from 'csv-parse/sync';
import { candidatesFromCsv, candidatesToCsv } from '../src/cli/candidates-csv.js';
import { CSV_WRITE_DIALECTS, parseCsv } from '../src/cli/csv.js';
import { safeParseCandidates } from '../src/domain/parse.js';
import { generateRegion } from '../src/synthetic/generate.js';
import { parseCsvOld } from './_csv-0.1.js';
import { machine, median } from './_util.js';

const gc = (globalThis as { gc?: () => void }).gc;
const n = Number(process.argv[2] ?? 250_000);
const region = generateRegion({ seed: 7, candidates: n, vacancies: 10 });
const plain = candidatesToCsv(region.candidates);
const excel = candidatesToCsv(region.candidates, CSV_WRITE_DIALECTS['excel-nl']);

/** Median time of `rounds` runs and the heap the result holds (after a collection), MB. */
function measure<T>(f: () => T, rounds = 3): { ms: number; heapMb: number; result: T } {
  let result = f();
  const ms: number[] = [];
  let heap = 0;
  for (let r = 0; r < rounds; r++) {
    (result as unknown) = undefined;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    result = f();
    ms.push(performance.now() - t0);
    gc?.();
    heap = (process.memoryUsage().heapUsed - before) / 1e6;
  }
  return { ms: median(ms), heapMb: heap, result };
}

const rows: [string, string, number, number, number][] = [];
const add = (what: string, text: string, f: () => { length: number } | number) => {
  const m = measure(f);
  const count = typeof m.result === 'number' ? m.result : m.result.length;
  rows.push([what, `${(text.length / 1e6).toFixed(1)} MB`, count, m.ms, m.heapMb]);
};

add('tokenise: 0.1.0 hand-written reader (comma only)', plain, () => parseCsvOld(plain).rows);
add('tokenise: csv-parse 6 (sync, with line info)', plain, () =>
  csvParse(plain, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }),
);
add('tokenise: parseCsv (papaparse + lines and checks), plain', plain, () => parseCsv(plain).rows);
add('tokenise: parseCsv, Dutch Excel (; CRLF BOM)', excel, () => parseCsv(excel).rows);
add('read layout: candidatesFromCsv, plain', plain, () => candidatesFromCsv(plain).records);
add('read layout: candidatesFromCsv, Dutch Excel', excel, () => candidatesFromCsv(excel).records);
add('whole path: candidatesFromCsv + safeParseCandidates, plain', plain, () => {
  const r = safeParseCandidates(candidatesFromCsv(plain).records);
  return r.success ? r.data : [];
});

console.log(`${machine()}\n`);
console.log(`| what (${n.toLocaleString('en')} candidates) | text | rows | median ms | heap held, MB |`);
console.log('|---|---|---|---|---|');
for (const [what, size, count, ms, heap] of rows) {
  console.log(`| ${what} | ${size} | ${count} | ${ms.toFixed(0)} | ${heap.toFixed(0)} |`);
}
const old = rows[0]![3];
const ours = rows[2]![3];
console.log(`\nparseCsv / 0.1.0 reader: ${(ours / old).toFixed(2)}× the time`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
