/**
 * Digests of the matcher's outputs, to show a refactor leaves them bit-identical (issue 21): on the
 * default region (seed 42) and a small one (seed 7, 300 candidates × 500 vacancies), the sha256 of
 * `rankAll({ k: 10 })` as JSON, of `shortlist({ k: 10 })`'s typed arrays, of `rankCandidates` for
 * every vacancy (k = 5), of `assign` in optimal and stable mode, and of `score` on a fixed sample of
 * pairs (exclusions and their reasons included). Run:
 * `node --import tsx scripts/compare-matcher.ts --write <file>` before a change and
 * `node --import tsx scripts/compare-matcher.ts --check <file>` after it: it exits 1 naming every
 * digest that differs.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { assign, createMatcher, generateRegion } from '../src/index.js';

const sha = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
/** The bytes of a typed array (its own view only). */
const bytes = (a: Int32Array | Float64Array): Uint8Array =>
  new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

function digests(name: string, options: Parameters<typeof generateRegion>[0]): Record<string, string> {
  const region = generateRegion(options);
  const m = createMatcher(region);
  const out: Record<string, string> = {};
  out[`${name}.rankAll`] = sha(JSON.stringify(m.rankAll({ k: 10 })));
  const s = m.shortlist({ k: 10 });
  out[`${name}.shortlist`] = sha(
    [bytes(s.offsets), bytes(s.vacancies), bytes(s.scores)].map((b) => sha(b)).join(':'),
  );
  const h = createHash('sha256');
  for (const v of m.vacancies) h.update(JSON.stringify(m.rankCandidates(v.id, { k: 5 })));
  out[`${name}.rankCandidates`] = h.digest('hex');
  out[`${name}.assign.optimal`] = sha(JSON.stringify(assign(m, { mode: 'optimal' })));
  out[`${name}.assign.stable`] = sha(JSON.stringify(assign(m, { mode: 'stable' })));
  const p = createHash('sha256');
  const nC = m.candidates.length;
  const nV = m.vacancies.length;
  for (let i = 0; i < 3000; i++) {
    const c = m.candidates[(i * 7919) % nC]!;
    const v = m.vacancies[(i * 104_729) % nV]!;
    p.update(JSON.stringify(m.score(c.id, v.id)));
  }
  out[`${name}.score`] = p.digest('hex');
  return out;
}

const [flag, file] = process.argv.slice(2);
if ((flag !== '--write' && flag !== '--check') || file === undefined) {
  console.error('usage: compare-matcher.ts --write <file> | --check <file>');
  process.exit(2);
}
const now = {
  ...digests('seed42', { seed: 42 }),
  ...digests('seed7', { seed: 7, candidates: 300, vacancies: 500 }),
};
if (flag === '--write') {
  writeFileSync(file, `${JSON.stringify(now, null, 2)}\n`);
  console.log(`wrote ${Object.keys(now).length} digests to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(now)])];
  const differ = keys.filter((k) => before[k] !== now[k]);
  if (differ.length > 0) {
    console.error(`differs: ${differ.join(', ')}`);
    process.exit(1);
  }
  console.log(`identical: ${keys.length} digests`);
}
