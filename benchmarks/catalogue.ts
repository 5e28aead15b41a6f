/**
 * Occupation lookup (issue 16): `findOccupation` on every catalogue name and synonym with the
 * annotations job sites add, once the title index is built, and on hostile very long titles; what
 * rests on it (session 21): `fromJobPosting` a posting, and `createMatcher` on 1,000 of the default
 * region's vacancies without their tasks (each decomposed from its title).
 *
 * Run: node --expose-gc --import tsx benchmarks/catalogue.ts
 */
import { readFileSync } from 'node:fs';
import { findOccupation } from '../src/catalogue/find-occupation.js';
import { OCCUPATIONS } from '../src/catalogue/occupations.js';
import { createMatcher, fromJobPosting, generateRegion } from '../src/index.js';
import { machine, time } from './_util.js';

const t0 = performance.now();
findOccupation('warm-up');
const indexMs = performance.now() - t0;
const titles = OCCUPATIONS.flatMap((o) => [o.name, ...o.synonyms]).map((t) => `${t} (m/v) - Utrecht`);
const lookup = time(() => titles.map((t) => findOccupation(t).occupation !== null), 5);
const hostile = time(() => {
  findOccupation('schoonmaak'.repeat(5000));
  findOccupation('medewerker '.repeat(5000));
  return findOccupation(`x${'ab'.repeat(3000)}`);
}, 5);
const posting = readFileSync(
  new URL('../test/job-posting/fixtures/gemeente-groen.json', import.meta.url),
  'utf8',
);
const postings = time(() => {
  for (let i = 0; i < 200; i++) fromJobPosting({ ...JSON.parse(posting), workHours: `${1 + (i % 40)} uur` });
}, 5);
const region = generateRegion({ seed: 42 });
const titled = region.vacancies.slice(0, 1000).map(({ tasks: _tasks, ...v }) => v);
const decomposed = time(() => createMatcher({ candidates: region.candidates, vacancies: titled }), 3);

console.log(`${machine()}\n`);
console.log('| what | figure | goal |');
console.log('|---|---|---|');
console.log(`| build the title index (first call) | ${indexMs.toFixed(1)} ms | — |`);
console.log(
  `| lookup, ${titles.length} annotated titles | ${((1000 * lookup.ms) / titles.length).toFixed(1)} µs a title | < 500 µs |`,
);
console.log(`| three hostile titles of 6,000–55,000 characters | ${hostile.ms.toFixed(1)} ms | < 500 ms |`);
console.log(`| fromJobPosting, one JSON-LD posting | ${((1000 * postings.ms) / 200).toFixed(0)} µs | — |`);
console.log(
  `| createMatcher, 2,000 candidates × 1,000 vacancies without tasks (decomposed from their titles) | ${decomposed.ms.toFixed(0)} ms | — |`,
);
