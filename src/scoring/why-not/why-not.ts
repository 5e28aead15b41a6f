import type { NearMissChange } from '../../advice/change.js';
import { describeChange } from '../../advice/describe-change.js';
import { adaptationsLifting } from '../../advice/lift.js';
import { DEFAULT_DAYS_PER_WEEK, maxHoursFromProfile } from '../../capability/hours.js';
import { type Adaptation, adaptation } from '../../catalogue/adaptations.js';
import { normaliseSkill } from '../../catalogue/normalise-skill.js';
import {
  type Training,
  training,
  trainingsForQualification,
  trainingsForSkill,
} from '../../catalogue/trainings.js';
import type { Candidate, Vacancy } from '../../domain/schemas.js';
import { MAX_HOURS_PER_WEEK } from '../../domain/schemas.js';
import { EARTH_RADIUS_KM } from '../../geo/distance.js';
import { evaluate } from '../engine/evaluator.js';
import { exceededItemId } from '../engine/exceeded.js';
import type { Engine } from '../engine/state.js';
import type { ResolvedMatcherOptions } from '../options.js';
import { askedQualification } from '../qualification-rule.js';
import type { VerdictCode } from '../reference/verdicts.js';
import { EXCLUDED_CAPABILITY, EXCLUDED_COMMUTE, EXCLUDED_HOURS, EXCLUDED_QUALIFICATION } from '../rules.js';
import type { CandidateTable } from '../tables/candidates.js';
import { VGRID_STRIDE as GRID_STRIDE, type VacancyTable } from '../tables/vacancies.js';
import { PendingChanges } from './pending.js';
import { havOfKm, type Probe } from './probe.js';
import type { WhyNotScratch } from './scratch.js';
import { whyNotSummary } from './summary-nl.js';
import { NearMissTop } from './top.js';
import type { NearMiss, NearMissPayer, WhyNot, WhyNotTally } from './types.js';

/** @internal What `whyNot` reads: the engine, the tables, the probe that sizes changes and its buffers. */
export interface WhyNotContext {
  readonly engine: Engine;
  readonly opts: ResolvedMatcherOptions;
  readonly candidates: CandidateTable;
  readonly vacancies: VacancyTable;
  readonly probe: Probe;
  readonly scratch: WhyNotScratch;
}

// The grid's stride as this module's own constant (see `Search`).
const VGRID_STRIDE = GRID_STRIDE;
/** Slack on the upper-bound tests, as the engine's (scores are sums of a few products ≤ 1). */
const PRUNE_EPS = 1e-9;

/** Offers a sized change (`ok`: it fits; its score in `e.ev`), the change made only when it is kept. */
type Offer = (
  vi: number,
  shutBy: VerdictCode,
  base: number,
  change: () => NearMissChange,
  ok: boolean,
) => void;

/** Who pays for the change, from the catalogues. */
function payersOf(change: NearMissChange): NearMissPayer[] {
  if (change.kind === 'adaptation')
    return (adaptation(change.adaptationId)?.payers ?? []).map((p) => ({ ...p }));
  if (change.kind === 'training')
    return (training(change.trainingId)?.funders ?? []).map((f) => ({
      who: f.who,
      basis: `${f.instrument} (${f.basis})`,
      when: f.when,
    }));
  return [];
}

// The catalogues are constant: their answers per question are remembered.
const forQualification = new Map<string, readonly Training[]>();
const forSkill = new Map<string, readonly Training[]>();
const lifting = new Map<string, readonly Adaptation[]>();

function remembered<T>(memo: Map<string, T>, key: string, find: () => T): T {
  let found = memo.get(key);
  if (found === undefined) {
    found = find();
    memo.set(key, found);
  }
  return found;
}

/** The commute component's distance in km from hav(d/R), as the engine computes it. */
function kmOfHav(hav: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(hav)));
}

/**
 * @internal Why candidate `ci` has no (or few) matches: every vacancy within the commute limit +
 * `extraKm` tallied by the rule that shut it (from the engine's verdict per job shape where the
 * candidate met the shape before), and the changes that would make a shut pair fit, each sized on the
 * engine (see `Probe`). Vacancies are visited nearest cells first, so the best near misses come early
 * and raise the floor a change must reach; a change whose pair's upper bound stays below it is not
 * sized. The near misses do not depend on that order: ties on one vacancy go by the order its own
 * changes were tried, and the candidate changes are tried last, by first vacancy. See `Matcher.whyNot`.
 */
export function whyNot(x: WhyNotContext, ci: number, options: { extraKm: number; k: number }): WhyNot {
  const { engine: e, candidates: c, vacancies: vt, probe, scratch } = x;
  const minScore = x.opts.minScore;
  const record = c.cRecords[ci]!;
  const limitKm = c.cLimit.data[ci]!;
  const reachKm = limitKm + options.extraKm;
  const havReach = havOfKm(reachKm);
  const havLimit = c.cHavLimit.data[ci]!;
  scratch.begin(e);
  const nearby = gatherReach(x, ci, reachKm, havReach);
  const reach = scratch.reach;

  const tally: WhyNotTally = {
    fits: 0,
    commute: 0,
    capability: 0,
    qualification: 0,
    hours: 0,
    minScore: 0,
    capabilityItems: {},
  };
  const top = new NearMissTop(options.k, minScore);
  let tried = 0;
  const offer = (
    vi: number,
    shutBy: VerdictCode,
    base: number,
    change: () => NearMissChange,
    ok: boolean,
  ): void => {
    const score = e.ev.score;
    tried++;
    if (!ok || score < minScore) return;
    top.offer({
      vi,
      vacancyId: vt.vRecords[vi]!.id,
      shutBy,
      change: change(),
      score,
      gain: score - base,
      order: tried,
    });
  };
  const { itemCount, itemSeen } = scratch;
  const pending = new PendingChanges();
  const candidateId = record.id;
  const fml = maxHoursFromProfile(record.capabilities);
  const fmlMax = Math.min(fml.perWeek, fml.perDay * DEFAULT_DAYS_PER_WEEK, MAX_HOURS_PER_WEEK);
  const maxH = c.cMax.data[ci]!;
  const own = new Set(record.skills.map(normaliseSkill));
  const stamp = ci + 1;
  const cp = e.cPos.data;
  const vp = e.vPos.data;

  for (let r = 0; r < nearby; r++) {
    const vi = reach[r]!;
    const dx = cp[3 * ci]! - vp[3 * vi]!;
    const dy = cp[3 * ci + 1]! - vp[3 * vi + 1]!;
    const dz = cp[3 * ci + 2]! - vp[3 * vi + 2]!;
    const hav = 0.25 * (dx * dx + dy * dy + dz * dz);
    // The engine's verdict: commute first, then the candidate's outcome on the job shape when known.
    let code: number;
    if (hav > havLimit) code = EXCLUDED_COMMUTE;
    else {
      const sid = e.vShape.data[vi]!;
      if (sid >= 0 && e.shapeStamp[sid] === stamp && (e.shapeOutcome[sid] !== 0 || minScore <= 0))
        code = e.shapeOutcome[sid]!;
      else if (evaluate(e, ci, vi)) {
        if (e.ev.score >= minScore) code = 0;
        else code = -1;
      } else code = e.ev.excluded;
    }
    if (code === 0) {
      tally.fits++;
      continue;
    }
    // A vacancy's changes are sized only while its upper bound can reach the floor.
    const bound = probe.upperBound(ci, vi);
    if (code === -1) {
      tally.minScore++;
      const v = vt.vRecords[vi]!;
      const pair = pending.pair(vi, 'minScore', e.ev.score);
      if (e.ev.hours < 1 && e.ev.jobHours > 0)
        pending.later(
          { kind: 'hours', candidateId, minHoursPerWeek: e.ev.jobHours },
          `h-${e.ev.jobHours}`,
          pair,
        );
      for (const skill of missingSkills(v, own))
        for (const t of remembered(forSkill, skill, () => trainingsForSkill(skill)))
          pending.later({ kind: 'training', candidateId, trainingId: t.id, skill }, `t-${t.id}`, pair);
    } else if (code === EXCLUDED_COMMUTE) {
      tally.commute++;
      let extraKm = Math.max(1, Math.ceil(kmOfHav(hav) - limitKm));
      if (bound < top.floor(0) - PRUNE_EPS) continue;
      let ok = probe.commute(ci, vi, limitKm + extraKm, top.floor(0));
      // Rounding at the limit: one km more.
      if (!ok && e.ev.excluded === EXCLUDED_COMMUTE)
        ok = probe.commute(ci, vi, limitKm + ++extraKm, top.floor(0));
      if (limitKm + extraKm > 300) continue;
      const km = extraKm;
      offer(vi, 'commute', 0, () => ({ kind: 'commute', candidateId, extraKm: km }), ok);
    } else if (code === EXCLUDED_CAPABILITY) {
      tally.capability++;
      const layout = e.vLayout.data[vi]!;
      const at = scratch.exceeded(e, ci, vi, layout);
      const n = scratch.count(layout);
      const { tasks: taskOf, items: itemOf } = scratch;
      const pairStamp = ++scratch.pairStamp;
      let single = n > 0;
      for (let k = at; k < at + n; k++) {
        const item = itemOf[k]!;
        if (itemSeen[item] !== pairStamp) {
          itemSeen[item] = pairStamp;
          itemCount[item]!++;
        }
        if (taskOf[k] !== taskOf[at]) single = false;
      }
      if (!single || bound < top.floor(0) - PRUNE_EPS) continue;
      const a = taskOf[at]!;
      if (n === 1) {
        const code = itemOf[at]!;
        const lifts =
          scratch.liftsOf(layout) ?? scratch.setLifts(layout, liftsFor(record, vt.vRecords[vi]!, a, code));
        for (let q = 0; q < lifts.length; q++) {
          const ok =
            bound >= top.floor(0) - PRUNE_EPS && probe.adapted(ci, vi, a, code, lifts[q]!, top.floor(0));
          offer(vi, 'capability', 0, () => probe.adaptation(vi, a, code, lifts[q]!), ok);
        }
      }
      dropTask(x, ci, vi, a, bound, 'capability', offer, top);
    } else if (code === EXCLUDED_QUALIFICATION) {
      tally.qualification++;
      const asked = askedQualification(vt.vRecords[vi]!);
      if (asked === undefined) continue;
      const pair = pending.pair(vi, 'qualification', 0);
      for (const t of remembered(forQualification, asked, () => trainingsForQualification(asked)))
        pending.later({ kind: 'training', candidateId, trainingId: t.id }, `t-${t.id}`, pair);
    } else if (code === EXCLUDED_HOURS) {
      tally.hours++;
      const v = vt.vRecords[vi]!;
      const jobHours = v.hoursPerWeek;
      if (jobHours <= fmlMax)
        pending.later(
          { kind: 'hours', candidateId, maxHoursPerWeek: jobHours },
          `H-${jobHours}`,
          pending.pair(vi, 'hours', 0),
        );
      if (bound < top.floor(0) - PRUNE_EPS) continue;
      const tasks = v.tasks ?? [];
      for (let a = 0; a < tasks.length; a++)
        if (jobHours - tasks[a]!.hoursPerWeek <= maxH) dropTask(x, ci, vi, a, bound, 'hours', offer, top);
    }
  }
  itemCount.forEach((count, code) => {
    if (count > 0) tally.capabilityItems[exceededItemId(code)] = count;
  });
  for (const { change, pairs } of pending.inOrder()) {
    // Every pair below the floor: the candidate is not changed at all.
    if (!pairs.some((p) => probe.upperBound(ci, p.vi) >= top.floor(p.base) - PRUNE_EPS)) continue;
    probe.withCandidate(ci, change, () => {
      for (const p of pairs)
        offer(p.vi, p.shutBy, p.base, () => change, evaluate(e, ci, p.vi, top.floor(p.base)));
    });
  }

  const nearMisses = top.top().map(
    (o): NearMiss => ({
      vacancyId: o.vacancyId,
      shutBy: o.shutBy,
      change: o.change,
      description: describeChange(o.change, { vacancies: [vt.vRecords[o.vi]!] }),
      score: o.score,
      gain: o.gain,
      payers: payersOf(o.change),
    }),
  );
  return {
    candidateId,
    inReach: nearby,
    tally,
    summary: whyNotSummary(nearby, tally),
    nearMisses,
  };
}

/** Writes the vacancies within `reachKm` of candidate `ci` into `scratch.reach` (nearest cells first); returns how many. */
function gatherReach(x: WhyNotContext, ci: number, reachKm: number, havReach: number): number {
  const c = x.candidates;
  const cx = c.cPos.data[3 * ci]!;
  const cy = c.cPos.data[3 * ci + 1]!;
  const cz = c.cPos.data[3 * ci + 2]!;
  let n = 0;
  x.vacancies.vGrid.forEachCellNear(c.cLat.data[ci]!, c.cLon.data[ci]!, reachKm, (cell) => {
    const ids = cell.ids;
    const data = cell.data;
    const reach = x.scratch.reachRoom(n + ids.length);
    for (let q = 0; q < ids.length; q++) {
      const o = q * VGRID_STRIDE;
      const dx = cx - data[o]!;
      const dy = cy - data[o + 1]!;
      const dz = cz - data[o + 2]!;
      if (0.25 * (dx * dx + dy * dy + dz * dz) <= havReach) reach[n++] = ids[q]!;
    }
  });
  return n;
}

/** The adaptations that lift item `code` on task `a` of vacancy `v` for the candidate (remembered per question). */
function liftsFor(record: Candidate, v: Vacancy, a: number, code: number): readonly Adaptation[] {
  const task = (v.tasks ?? [])[a]!;
  const item = exceededItemId(code);
  const person = record.capabilities[item];
  const demand = task.demands[item];
  const key = `${item}|${String(person)}|${String(demand)}|${task.kind}`;
  return remembered(lifting, key, () => adaptationsLifting(item, person, demand, task.kind));
}

/** Offers dropping task `a` of vacancy `vi` (when the vacancy is open to carving and keeps a task). */
function dropTask(
  x: WhyNotContext,
  ci: number,
  vi: number,
  a: number,
  bound: number,
  shutBy: VerdictCode,
  offer: Offer,
  top: NearMissTop,
): void {
  const v = x.vacancies.vRecords[vi]!;
  const tasks = v.tasks ?? [];
  if (!v.carvable || tasks.length < 2 || !(tasks[a]!.hoursPerWeek > 0)) return;
  const floor = top.floor(0);
  const ok = bound >= floor - PRUNE_EPS && x.probe.dropped(ci, vi, a, floor);
  offer(vi, shutBy, 0, () => x.probe.dropTask(vi, a), ok);
}

/** The skills of the vacancy's tasks the candidate does not name (catalogue form, lower case). */
function missingSkills(v: Vacancy, own: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const t of v.tasks ?? [])
    for (const s of t.skills) if (!own.has(normaliseSkill(s))) out.add(s.trim().toLowerCase());
  return [...out];
}
