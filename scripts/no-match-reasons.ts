/**
 * Counts the candidates of a synthetic region who get no match at all (`rank(id, { k: 1 })` empty) and
 * says why, for RESULTS.md (issue 18): no vacancy within the commute limit; no task in reach fits the
 * FML profile (a task elsewhere in the region does, or none in the whole region: a catalogue gap, with
 * the items whose limitation alone blocks); a maximum below the 12-hour carving minimum; or tasks fit
 * but no job is made of them (qualification, hours of the whole job, too few hours to carve).
 *
 * Run: node --import tsx scripts/no-match-reasons.ts [seed] (default 42; 2,000 × 3,000; a few minutes)
 */
import {
  type Candidate,
  commuteLimitKm,
  compareCapabilities,
  createMatcher,
  generateRegion,
  haversineKm,
  meetsQualification,
  type Task,
  type Vacancy,
} from '../src/index.js';

const seed = Number(process.argv[2] ?? 42);
const matcher = createMatcher(generateRegion({ seed }));
const vacancies = matcher.vacancies;
const reasons = new Map<string, number>();
const blocking = new Map<string, number>();
const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const fits = (c: Candidate, t: Task) => compareCapabilities(c.capabilities, t.demands).fits;
const tasksOf = (list: readonly Vacancy[]) => list.flatMap((v) => v.tasks ?? []);

function whyNoJob(c: Candidate, reach: readonly Vacancy[]): string {
  if (c.hoursPerWeek.max < 12) return 'hours: maximum below 12 (the carving minimum)';
  const why = new Set<string>();
  for (const v of reach) {
    const tasks = v.tasks ?? [];
    const fit = tasks.map((t) => fits(c, t));
    if (fit.every(Boolean)) {
      const hours = v.hoursPerWeek >= c.hoursPerWeek.min && v.hoursPerWeek <= c.hoursPerWeek.max;
      const q = v.qualification?.trim();
      const qualified = !q || !tasks.some((t) => t.core) || meetsQualification(q, c.qualifications).met;
      why.add(hours ? (qualified ? 'other' : 'qualification') : 'hours of the whole job');
    } else if (v.carvable) {
      const h = tasks.filter((t, i) => fit[i] && !t.core).reduce((s, t) => s + t.hoursPerWeek, 0);
      if (h > 0)
        why.add(h < 12 ? 'fitting tasks under 12 h in every carvable vacancy' : 'carving (hours window)');
    }
  }
  return `tasks fit, no job: ${[...why].sort().join(' + ') || 'whole jobs do not fit, not carvable'}`;
}

let none = 0;
for (const c of matcher.candidates) {
  if (matcher.rank(c.id, { k: 1 }).length > 0) continue;
  none++;
  const limit = commuteLimitKm(c);
  const reach = vacancies.filter(
    (v) => haversineKm(c.home.lat, c.home.lon, v.location.lat, v.location.lon) <= limit,
  );
  if (reach.length === 0) {
    add(reasons, 'no vacancy within the commute limit');
    continue;
  }
  const inReach = tasksOf(reach);
  if (inReach.some((t) => fits(c, t))) {
    add(reasons, whyNoJob(c, reach));
    continue;
  }
  const elsewhere = tasksOf(vacancies).some((t) => fits(c, t));
  add(
    reasons,
    `capability: no task in reach fits (${elsewhere ? 'one elsewhere does' : 'none in the region'})`,
  );
  const items = Object.keys(c.capabilities).filter((id) => {
    const { [id]: _dropped, ...rest } = c.capabilities;
    return inReach.some((t) => compareCapabilities(rest, t.demands).fits);
  });
  for (const id of items.length > 0 ? items : ['(a combination of items)']) add(blocking, id);
}
console.log(
  `seed ${seed}: ${matcher.candidates.length} candidates, ${vacancies.length} vacancies, ${none} without a match`,
);
for (const [k, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${k}`);
if (blocking.size > 0) console.log('  items whose limitation alone blocks every task in reach:');
for (const [k, n] of [...blocking].sort((a, b) => b[1] - a[1])) console.log(`    ${n}\t${k}`);
