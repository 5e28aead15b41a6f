/**
 * What a job coach would count on a region's proposals (issue 18): the candidates without any match
 * and why, the share of best matches whose skills component is 0, and the points to check. Run:
 * `node --import tsx scripts/region-quality.ts [seed]` (default seed 42, the default region).
 *
 * A candidate without a match is put in the first class that explains it: a need no task of the
 * whole region meets (a catalogue gap, with the FML items); no vacancy within their commute limit; no
 * task in reach that fits the whole FML profile; tasks that fit but no job within their hours; else
 * another rule (a diploma).
 */
import {
  commuteLimitKm,
  compareCapabilities,
  createMatcher,
  generateRegion,
  haversineKm,
  type Match,
} from '../src/index.js';

const seed = Number(process.argv[2] ?? 42);
const region = generateRegion({ seed });
const matcher = createMatcher(region);

/** The distinct FML demand maps of the region's tasks. */
const demandSets = [
  ...new Map(
    region.vacancies.flatMap((v) => (v.tasks ?? []).map((t) => [JSON.stringify(t.demands), t.demands])),
  ).values(),
];
const classes = new Map<string, number>();
const items = new Map<string, number>();
let unmatched = 0;
let skillsZero = 0;
let checks = 0;
let best = 0;
for (const c of region.candidates) {
  const top = matcher.rank(c.id, { k: 1 })[0] as Match | undefined;
  if (top !== undefined) {
    best++;
    if (top.components.find((x) => x.name === 'skills')!.value === 0) skillsZero++;
    if (top.signals.length > 0) checks++;
    continue;
  }
  unmatched++;
  const limit = commuteLimitKm(c);
  const inReach = region.vacancies.filter(
    (v) => haversineKm(c.home.lat, c.home.lon, v.location.lat, v.location.lon) <= limit,
  );
  // A need no task of the whole region meets is a gap in the catalogue, not in this person's reach.
  const gaps = Object.entries(c.capabilities)
    .filter(([id, value]) => !demandSets.some((d) => compareCapabilities({ [id]: value }, d).fits))
    .map(([id]) => id);
  let why: string;
  if (gaps.length > 0) {
    why = `een behoefte die geen taak in de regio vervult (${gaps.join(', ')})`;
    for (const id of gaps) items.set(id, (items.get(id) ?? 0) + 1);
  } else if (inReach.length === 0) why = 'geen vacature binnen reisafstand';
  else if (
    !inReach.some((v) => (v.tasks ?? []).some((t) => compareCapabilities(c.capabilities, t.demands).fits))
  )
    why = 'geen taak binnen reisafstand past bij het hele profiel';
  else {
    const text = inReach.map((v) => matcher.score(c.id, v.id).reasons.join(' ')).join(' ');
    why = /uur is te veel|tussen [\d,]+ en [\d,]+ uur/.test(text)
      ? 'taken passen, maar geen baan binnen de uren'
      : 'taken passen, maar geen baan (diploma of andere regel)';
  }
  classes.set(why, (classes.get(why) ?? 0) + 1);
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;
console.log(
  `region seed ${seed}: ${region.candidates.length} candidates, ${region.vacancies.length} vacancies`,
);
console.log('\n| candidates | count |\n|---|---|');
console.log(`| with at least one match | ${best} |`);
console.log(`| without a match | ${unmatched} |`);
for (const [why, n] of [...classes].sort((a, b) => b[1] - a[1])) console.log(`| — ${why} | ${n} |`);
console.log(`\nbest match with skills component 0: ${skillsZero} of ${best} (${pct(skillsZero, best)})`);
console.log(`best match with a point to check (signal): ${checks} of ${best} (${pct(checks, best)})`);
const gapItems = [...items].sort((a, b) => b[1] - a[1]);
console.log(
  `needs no task of the region meets (candidates): ${gapItems.map(([i, n]) => `${i} ${n}`).join(', ') || 'none'}`,
);
