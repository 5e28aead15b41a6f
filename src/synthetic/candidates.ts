import { integer, normal, type Random, weightedIndex } from '../_internal/random.js';
import { taskKind } from '../catalogue/task-kinds.js';
import type { CandidateInput, TargetGroup } from '../domain/schemas.js';
import { REGION_INDUSTRIES, REGION_SUPPORT_KINDS, regionOccupationsIn } from './catalogue-slice.js';
import { pad, pick, placeNear, round } from './draw.js';
import type { Municipality } from './municipalities.js';
import { drawExtraNeeds, meetableProfile } from './needs.js';

// The people of the synthetic region (see `generateRegion` for the assumptions).

const TARGET_GROUPS: readonly { group: TargetGroup; weight: number }[] = [
  { group: 'participatiewet', weight: 40 },
  { group: 'wajong', weight: 30 },
  { group: 'praktijkroute', weight: 8 },
  { group: 'wsw', weight: 9 },
  { group: 'vso-pro', weight: 9 },
  { group: 'beschut', weight: 2 },
  { group: 'other', weight: 2 },
];

/** Probability of each limitation pattern, and a severity shift, by target group. */
const PATTERNS: Record<
  TargetGroup,
  { physical: number; cognitive: number; psychological: number; hours: number; severity: number }
> = {
  participatiewet: { physical: 0.35, cognitive: 0.2, psychological: 0.45, hours: 0.35, severity: 0 },
  praktijkroute: { physical: 0.3, cognitive: 0.25, psychological: 0.35, hours: 0.2, severity: -0.3 },
  wajong: { physical: 0.2, cognitive: 0.55, psychological: 0.35, hours: 0.4, severity: 0.2 },
  wsw: { physical: 0.4, cognitive: 0.45, psychological: 0.2, hours: 0.3, severity: 0.2 },
  'vso-pro': { physical: 0.1, cognitive: 0.7, psychological: 0.3, hours: 0.15, severity: 0 },
  beschut: { physical: 0.5, cognitive: 0.6, psychological: 0.5, hours: 0.6, severity: 0.6 },
  other: { physical: 0.3, cognitive: 0.3, psychological: 0.3, hours: 0.3, severity: 0 },
};

/**
 * The region's occupations a person may have worked in or trained for, each with its supporting task
 * kinds (largest share first) and a weight: the industry's weight shared by its occupations, the way
 * vacancies are drawn. People have mostly worked in the jobs a region has, so a cleaner's experience
 * (skills, per-kind performance) is cleaning work.
 */
const OCCUPATIONS_KNOWN: readonly { kinds: readonly string[]; weight: number }[] = REGION_INDUSTRIES.flatMap(
  (industry) => {
    const occupations = regionOccupationsIn(industry.id);
    return occupations.map((o) => ({
      kinds: [...o.tasks]
        .filter((t) => REGION_SUPPORT_KINDS.includes(t.kind))
        .sort((a, b) => b.share - a.share)
        .map((t) => t.kind),
      weight: industry.weight / occupations.length,
    }));
  },
).filter((o) => o.kinds.length > 0);
const OCCUPATION_WEIGHTS = OCCUPATIONS_KNOWN.map((o) => o.weight);

/** Task kinds a person knows: the main supporting tasks of one occupation (30%: two) they worked in. */
function experience(random: Random): string[] {
  const count = random() < 0.3 ? 2 : 1;
  const kinds = new Set<string>();
  for (let i = 0; i < count; i++) {
    const o = OCCUPATIONS_KNOWN[weightedIndex(random, OCCUPATION_WEIGHTS)]!;
    for (const k of o.kinds.slice(0, integer(random, 1, Math.min(3, o.kinds.length)))) kinds.add(k);
  }
  return [...kinds].sort();
}

/** Level of a limitation: 1..max, shifted up by the group's severity. */
function level(random: Random, max: number, severity: number): number {
  const x = random() + severity * random();
  return Math.min(max, 1 + Math.floor(x * max * 0.75));
}

function subset(random: Random, codes: readonly number[], p: number): number[] {
  return codes.filter(() => random() < p);
}

function makeProfile(random: Random, group: TargetGroup): Record<string, number | number[]> {
  const p = PATTERNS[group];
  const s = p.severity;
  const profile: Record<string, number | number[]> = {};
  const needsI8 = new Set<number>();
  const needsII12 = new Set<number>();
  const set = (item: string, code: number) => {
    if (code > 0) profile[item] = Math.max(code, (profile[item] as number | undefined) ?? 0);
  };
  if (random() < p.physical) {
    set('IV.13', level(random, 3, s));
    set('IV.14', level(random, 3, s));
    set('IV.10', level(random, 3, s) - (random() < 0.4 ? 1 : 0));
    if (random() < 0.6) set('IV.16', level(random, 2, s));
    if (random() < 0.6) set('IV.17', level(random, 2, s));
    if (random() < 0.5) set('V.3', level(random, 2, s));
    if (random() < 0.5) set('V.4', level(random, 2, s));
    if (random() < 0.4) set('IV.20', level(random, 3, s));
    if (random() < 0.3) set('IV.12', level(random, 2, s));
  }
  if (random() < p.cognitive) {
    set('I.9', level(random, 2, s));
    if (random() < 0.6) set('I.1', 1);
    if (random() < 0.5) set('I.3', 1);
    if (random() < 0.5) set('I.7', 1);
    if (random() < 0.6) set('I.2', level(random, 2, s));
    if (random() < 0.4) set('II.5', 1);
    if (random() < 0.5) set('II.11', 1);
    if (random() < 0.25) set('II.10', 1);
    needsI8.add(2);
    for (const c of subset(random, [5, 6], 0.4)) needsI8.add(c);
    if (random() < 0.6) needsII12.add(3);
  }
  if (random() < p.psychological) {
    for (const c of subset(random, [1, 3, 4], 0.5)) needsI8.add(c);
    for (const c of subset(random, [1, 4, 5], 0.35)) needsII12.add(c);
    if (random() < 0.5) set('II.8', level(random, 2, s));
    if (random() < 0.4) set('II.9', level(random, 2, s));
    if (random() < 0.2) set('II.10', 1);
  }
  if (random() < p.hours) {
    const week = level(random, 4, s) + (random() < 0.5 ? 1 : 0);
    set('VI.3', Math.min(4, Math.max(2, week)));
    set('VI.2', Math.min(4, Math.max(1, week - 1)));
  }
  if (needsI8.size > 0) profile['I.8'] = [...needsI8].sort((a, b) => a - b);
  if (needsII12.size > 0) profile['II.12'] = [...needsII12].sort((a, b) => a - b);
  return profile;
}

/** Weekly hours the FML VI.3 code allows ("ongeveer" read as the number, CRvB 30-03-2007). */
const VI3_HOURS = [40, 40, 30, 20, 10];

/**
 * @internal One candidate of the synthetic region, drawn from `random` (the people's stream) and
 * `needs` (the stream of the limitations added with issue 18, so the patterns' draws stay as they were).
 */
export function makeCandidate(
  random: Random,
  needs: Random,
  index: number,
  places: readonly Municipality[],
  placeWeights: readonly number[],
): CandidateInput {
  const group =
    TARGET_GROUPS[
      weightedIndex(
        random,
        TARGET_GROUPS.map((g) => g.weight),
      )
    ]!.group;
  const home = placeNear(random, places, placeWeights);
  const drawn = makeProfile(random, group);
  drawExtraNeeds(needs, drawn);
  const capabilities = meetableProfile(drawn);
  const limitedItems = Object.keys(capabilities).length;
  const capHours = VI3_HOURS[(capabilities['VI.3'] as number | undefined) ?? 0]!;
  const max = Math.min(capHours, pick(random, [16, 20, 24, 24, 28, 32, 36, 38]));
  // A window, never one number: a wished minimum at or above the maximum becomes max − min(8, max/2).
  const wished = pick(random, [8, 12, 12, 16, 20]);
  const min = wished < max ? wished : max - Math.min(8, max / 2);
  // Limited in travelling on one's own (II.10): within cycling distance or one bus line, 5–10 km (the
  // matcher's default for them is 5); others 10–25 km around the Dutch median commute (CBS: 10–12 km).
  const travelLimited = capabilities['II.10'] !== undefined;
  const maxCommuteKm = travelLimited ? integer(random, 5, 10) : integer(random, 10, 25);
  const kinds = experience(random);
  const skills = [
    ...new Set(kinds.flatMap((k) => taskKind(k)!.skills.slice(0, integer(random, 1, 3)))),
  ].sort();
  // Performance falls with the number of limited items: about 0.75 with none, 0.45 with many.
  const base = Math.max(0.15, Math.min(0.95, 0.78 - 0.035 * limitedItems + 0.12 * normal(random)));
  const taskPerformance: Record<string, number> = {};
  for (const k of kinds)
    taskPerformance[k] = round(Math.max(0.1, Math.min(1, base + 0.08 * normal(random))), 2);
  const candidate: CandidateInput = {
    id: `c-${pad(index, 5)}`,
    targetGroup: group,
    home,
    maxCommuteKm,
    hoursPerWeek: { min, max },
    capabilities,
    skills,
    taskPerformance,
    priority: (group === 'wajong' || group === 'wsw') && random() < 0.25,
  };
  if ((group === 'participatiewet' || group === 'praktijkroute') && random() < 0.5) {
    candidate.wageValue = round(Math.max(0.1, Math.min(0.95, base + 0.05 * normal(random))), 2);
    candidate.wageValueDate = `2025-${String(integer(random, 1, 12)).padStart(2, '0')}-15`;
  }
  const year = integer(random, 2015, 2025);
  candidate.registeredSince = `${year}-${String(integer(random, 1, 12)).padStart(2, '0')}-01`;
  const sectorPref = random();
  if (sectorPref < 0.3) {
    candidate.preferences = { sectors: [sectorPref < 0.05 ? 'government' : 'market'] };
  }
  return candidate;
}
