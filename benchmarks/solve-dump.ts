/**
 * A test bed for the solve phase (issue 24): the national-shaped region of `benchmarks/national.ts` at
 * a scale, shortlisted top-50 per candidate, written to a folder as the solver receives it (the
 * shortlist, each vacancy's positions, each candidate's tier and waiting day, the options). Then
 * `benchmarks/solve-national.ts` solves it again and again without the minutes of shortlisting.
 * Run: node --max-old-space-size=8192 --import tsx benchmarks/solve-dump.ts [scale] [folder]
 *      (default 0.25 and /tmp/banenmatch-solve-0.25)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRegion } from '../src/index.js';
import { placementData } from '../src/placement/assign.js';
import { resolveAssignOptions } from '../src/placement/assign-options.js';
import { createMatcher } from '../src/scoring/matcher.js';
import { nationalRegionOptions } from './_towns.js';

const scale = Number(process.argv[2] ?? 0.25);
const folder = process.argv[3] ?? `/tmp/banenmatch-solve-${scale}`;
const t0 = performance.now();
const region = generateRegion(nationalRegionOptions(scale));
const matcher = createMatcher(region);
const o = resolveAssignOptions({ k: 50 }, matcher.options, 'solve-dump');
const list = matcher.shortlist({ k: o.k });
const data = placementData(matcher);
mkdirSync(folder, { recursive: true });
const put = (name: string, a: ArrayBufferView) =>
  writeFileSync(join(folder, name), new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
put('offsets.i32', list.offsets);
put('vacancies.i32', list.vacancies);
put('scores.f64', list.scores);
put('positions.i32', data.positions as Int32Array);
put('priority.u8', data.priority as Uint8Array);
put('waiting.f64', data.waiting as Float64Array);
writeFileSync(
  join(folder, 'options.json'),
  JSON.stringify({ scale, minScore: o.minScore, priorityFirst: o.priorityFirst }),
);
console.log(
  `${folder}: ${data.priority.length} candidates, ${data.positions.length} vacancies, ${list.vacancies.length} pairs, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
