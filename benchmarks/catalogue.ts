/**
 * Occupation lookup (issue 16): `findOccupation` on every catalogue name and synonym with the
 * annotations job sites add, once the title index is built, and on hostile very long titles.
 *
 * Run: node --expose-gc --import tsx benchmarks/catalogue.ts
 */
import { findOccupation } from '../src/catalogue/find-occupation.js';
import { OCCUPATIONS } from '../src/catalogue/occupations.js';
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

console.log(`${machine()}\n`);
console.log('| what | figure | goal |');
console.log('|---|---|---|');
console.log(`| build the title index (first call) | ${indexMs.toFixed(1)} ms | — |`);
console.log(
  `| lookup, ${titles.length} annotated titles | ${((1000 * lookup.ms) / titles.length).toFixed(1)} µs a title | < 500 µs |`,
);
console.log(`| three hostile titles of 6,000–55,000 characters | ${hostile.ms.toFixed(1)} ms | < 500 ms |`);
