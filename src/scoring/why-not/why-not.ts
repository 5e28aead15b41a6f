import type { NearMissChange } from '../../advice/change.js';
import { describeChange } from '../../advice/describe-change.js';
import { adaptationsLifting } from '../../advice/lift.js';
import { EXCEEDED_ITEM_IDS } from '../../capability/compiled.js';
import { DEFAULT_DAYS_PER_WEEK, maxHoursFromProfile } from '../../capability/hours.js';
import { type Adaptation, adaptation } from '../../catalogue/adaptations.js';
import { normaliseSkill } from '../../catalogue/normalise-skill.js';
import {
  type Training,
  training,
  trainingsForQualification,
  trainingsForSkill,
} from '../../catalogue/trainings.js';
import type { Vacancy } from '../../domain/schemas.js';
import { MAX_HOURS_PER_WEEK } from '../../domain/schemas.js';
import { EARTH_RADIUS_KM } from '../../geo/distance.js';
import { evaluate } from '../engine/evaluator.js';
import { exceededItemId, exceededItems } from '../engine/exceeded.js';
import type { Engine } from '../engine/state.js';
import type { ResolvedMatcherOptions } from '../options.js';
import { askedQualification } from '../qualification-rule.js';
import type { VerdictCode } from '../reference/verdicts.js';
import { EXCLUDED_CAPABILITY, EXCLUDED_COMMUTE, EXCLUDED_HOURS, EXCLUDED_QUALIFICATION } from '../rules.js';
import type { CandidateTable } from '../tables/candidates.js';
import type { VacancyTable } from '../tables/vacancies.js';
import { havOfKm, type Probe } from './probe.js';
import { whyNotSummary } from './summary-nl.js';
import { NearMissTop } from './top.js';
import type { NearMiss, NearMissPayer, WhyNot, WhyNotTally } from './types.js';

/** @internal What `whyNot` reads: the engine, the tables and the probe that sizes changes. */
export interface WhyNotContext {
  readonly engine: Engine;
  readonly opts: ResolvedMatcherOptions;
  readonly candidates: CandidateTable;
  readonly vacancies: VacancyTable;
  readonly probe: Probe;
}

type CandidateChange = Extract<NearMissChange, { kind: 'hours' | 'commute' | 'training' }>;
/** A shut pair waiting for a candidate change to be sized. */
interface Pending {
  vi: number;
  shutBy: VerdictCode;
  base: number;
}

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

/**
 * @internal Why candidate `ci` has no (or few) matches: every vacancy within the commute limit +
 * `extraKm` evaluated once and tallied by the rule that shut it, and the changes that would make a
 * shut pair fit, each sized on the engine (see `Probe`). See `Matcher.whyNot`.
 */
export function whyNot(x: WhyNotContext, ci: number, options: { extraKm: number; k: number }): WhyNot {
  const { engine: e, candidates: c, vacancies: vt, probe } = x;
  const minScore = x.opts.minScore;
  const record = c.cRecords[ci]!;
  const limitKm = c.cLimit.data[ci]!;
  const reachKm = limitKm + options.extraKm;
  const havReach = havOfKm(reachKm);
  const inReach: number[] = [];
  const cp = c.cPos.data;
  vt.vGrid.forEachNear(c.cLat.data[ci]!, c.cLon.data[ci]!, reachKm, (vi) => {
    const vp = vt.vPos.data;
    const dx = cp[3 * ci]! - vp[3 * vi]!;
    const dy = cp[3 * ci + 1]! - vp[3 * vi + 1]!;
    const dz = cp[3 * ci + 2]! - vp[3 * vi + 2]!;
    if (0.25 * (dx * dx + dy * dy + dz * dz) <= havReach) inReach.push(vi);
  });
  inReach.sort((a, b) => a - b);

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
    change: NearMissChange,
    ok: boolean,
  ): void => {
    const score = e.ev.score;
    tried++;
    if (!ok || score < minScore) return;
    top.offer({
      vi,
      vacancyId: vt.vRecords[vi]!.id,
      shutBy,
      change,
      score,
      gain: score - base,
      order: tried,
    });
  };
  // Per FML item: the capability-shut vacancies asking too much on it; a stamp counts each once a pair.
  const itemCount = new Int32Array(EXCEEDED_ITEM_IDS.length);
  const itemSeen = new Int32Array(EXCEEDED_ITEM_IDS.length);
  let pairStamp = 0;
  const pending = new Map<string, { change: CandidateChange; pairs: Pending[] }>();
  const later = (change: CandidateChange, key: string, pair: Pending): void => {
    const at = pending.get(key);
    if (at === undefined) pending.set(key, { change, pairs: [pair] });
    else at.pairs.push(pair);
  };
  const candidateId = record.id;
  const fml = maxHoursFromProfile(record.capabilities);
  const fmlMax = Math.min(fml.perWeek, fml.perDay * DEFAULT_DAYS_PER_WEEK, MAX_HOURS_PER_WEEK);
  const own = new Set(record.skills.map(normaliseSkill));
  let most = 0;
  for (const vi of inReach) most = Math.max(most, vt.vTaskEnd.data[vi]! - vt.vTaskStart.data[vi]!);
  const room = most * EXCEEDED_ITEM_IDS.length;
  const tasksOut = new Int32Array(room);
  const itemsOut = new Int32Array(room);

  for (const vi of inReach) {
    const v = vt.vRecords[vi]!;
    const tasks = v.tasks ?? [];
    if (evaluate(e, ci, vi)) {
      if (e.ev.score >= minScore) {
        tally.fits++;
        continue;
      }
      tally.minScore++;
      const pair = { vi, shutBy: 'minScore' as const, base: e.ev.score };
      if (e.ev.hours < 1 && e.ev.jobHours > 0)
        later({ kind: 'hours', candidateId, minHoursPerWeek: e.ev.jobHours }, `h-${e.ev.jobHours}`, pair);
      for (const skill of missingSkills(v, own))
        for (const t of remembered(forSkill, skill, () => trainingsForSkill(skill)))
          later({ kind: 'training', candidateId, trainingId: t.id, skill }, `t-${t.id}`, pair);
      continue;
    }
    const code = e.ev.excluded;
    if (code === EXCLUDED_COMMUTE) {
      tally.commute++;
      const d = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(-e.ev.distance)));
      let extraKm = Math.max(1, Math.ceil(d - limitKm));
      let ok = probe.commute(ci, vi, limitKm + extraKm, top.floor(0));
      // Rounding at the limit: one km more.
      if (!ok && e.ev.excluded === EXCLUDED_COMMUTE)
        ok = probe.commute(ci, vi, limitKm + ++extraKm, top.floor(0));
      if (limitKm + extraKm > 300) continue;
      offer(vi, 'commute', 0, { kind: 'commute', candidateId, extraKm }, ok);
    } else if (code === EXCLUDED_CAPABILITY) {
      tally.capability++;
      const n = exceededItems(e, ci, vi, tasksOut, itemsOut);
      pairStamp++;
      let single = n > 0;
      for (let k = 0; k < n; k++) {
        const code = itemsOut[k]!;
        if (itemSeen[code] !== pairStamp) {
          itemSeen[code] = pairStamp;
          itemCount[code]!++;
        }
        if (tasksOut[k] !== tasksOut[0]) single = false;
      }
      if (!single) continue;
      const task = tasks[tasksOut[0]!]!;
      if (n === 1) {
        const item = exceededItemId(itemsOut[0]!);
        const person = record.capabilities[item];
        const demand = task.demands[item];
        const key = `${item}|${String(person)}|${String(demand)}|${task.kind}`;
        for (const a of remembered(lifting, key, () => adaptationsLifting(item, person, demand, task.kind))) {
          const change = {
            kind: 'adaptation' as const,
            vacancyId: v.id,
            taskId: task.id,
            item,
            adaptationId: a.id,
          };
          offer(vi, 'capability', 0, change, probe.vacancy(ci, vi, change, top.floor(0)));
        }
      }
      dropTask(x, ci, vi, task.id, task.hoursPerWeek, 'capability', offer, top.floor(0));
    } else if (code === EXCLUDED_QUALIFICATION) {
      tally.qualification++;
      const asked = askedQualification(v);
      if (asked === undefined) continue;
      for (const t of remembered(forQualification, asked, () => trainingsForQualification(asked)))
        later({ kind: 'training', candidateId, trainingId: t.id }, `t-${t.id}`, {
          vi,
          shutBy: 'qualification',
          base: 0,
        });
    } else if (code === EXCLUDED_HOURS) {
      tally.hours++;
      const jobHours = v.hoursPerWeek;
      if (jobHours <= fmlMax)
        later({ kind: 'hours', candidateId, maxHoursPerWeek: jobHours }, `H-${jobHours}`, {
          vi,
          shutBy: 'hours',
          base: 0,
        });
      const maxH = c.cMax.data[ci]!;
      for (const t of tasks)
        if (jobHours - t.hoursPerWeek <= maxH)
          dropTask(x, ci, vi, t.id, t.hoursPerWeek, 'hours', offer, top.floor(0));
    }
  }
  itemCount.forEach((count, code) => {
    if (count > 0) tally.capabilityItems[exceededItemId(code)] = count;
  });
  for (const { change, pairs } of pending.values())
    probe.withCandidate(ci, change, () => {
      for (const p of pairs) offer(p.vi, p.shutBy, p.base, change, evaluate(e, ci, p.vi, top.floor(p.base)));
    });

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
    inReach: inReach.length,
    tally,
    summary: whyNotSummary(inReach.length, tally),
    nearMisses,
  };
}

/** Offers dropping one task of vacancy `vi` (when the vacancy is open to carving and keeps a task). */
function dropTask(
  x: WhyNotContext,
  ci: number,
  vi: number,
  taskId: string,
  hoursPerWeek: number,
  shutBy: VerdictCode,
  offer: (vi: number, shutBy: VerdictCode, base: number, change: NearMissChange, ok: boolean) => void,
  floor: number,
): void {
  const v = x.vacancies.vRecords[vi]!;
  if (!v.carvable || (v.tasks ?? []).length < 2 || !(hoursPerWeek > 0)) return;
  const change = { kind: 'dropTask' as const, vacancyId: v.id, taskId, hoursPerWeek };
  offer(vi, shutBy, 0, change, x.probe.vacancy(ci, vi, change, floor));
}

/** The skills of the vacancy's tasks the candidate does not name (catalogue form, lower case). */
function missingSkills(v: Vacancy, own: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const t of v.tasks ?? [])
    for (const s of t.skills) if (!own.has(normaliseSkill(s))) out.add(s.trim().toLowerCase());
  return [...out];
}
