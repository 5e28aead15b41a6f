import { euroText, hoursText, pct } from '../../_internal/words-nl.js';
import { checkCompiled, STATUS_EXCEEDS } from '../../capability/compiled.js';
import { taskName } from '../../catalogue/task-kinds.js';
import { kmOfHav } from '../../geo/distance.js';
import { type EconomicsCore, economicsCore } from '../../wage-value/economics.js';
import { qualificationStory } from '../qualification-rule.js';
import { carveFloorHours, checkFactor, EXCLUDED_COMMUTE, occupationMatches, wageOrNone } from '../rules.js';
import type { ExplainContext, PairSnapshot } from './context.js';
import { skillOrder } from './memo.js';

/**
 * @internal The matcher's reasons in the Dutch a job coach reads, each a pure function of an
 * evaluation's snapshot and the matcher's read-only context.
 */

/** @internal The capability component's reason: the room left, or the points to check. */
export function capabilityReason(s: PairSnapshot): string {
  const checks = s.signals + s.unassessed;
  return checks === 0
    ? `past bij de functionele mogelijkheden (ruimte ${pct(2 * s.capability - 1)})`
    : `past, met ${checks} ${checks === 1 ? 'punt' : 'punten'} om na te gaan (${[
        s.signals > 0 ? `${s.signals} op de grens` : '',
        s.unassessed > 0 ? `${s.unassessed} niet beoordeeld` : '',
      ]
        .filter((x) => x !== '')
        .join(', ')}; ruimte op de andere punten ${pct(2 * (s.capability / checkFactor(checks)) - 1)})`;
}

/** @internal The hours component's reason: the job's hours against the candidate's wished hours. */
export function hoursReason(x: ExplainContext, s: PairSnapshot): string {
  const minH = x.cMin.data[s.ci]!;
  return s.hours === 1
    ? `${hoursText(s.jobHours)} uur past in ${hoursText(minH)}–${hoursText(x.cMax.data[s.ci]!)} uur`
    : `${hoursText(s.jobHours)} uur, minder dan de gewenste ${hoursText(minH)} uur`;
}

/**
 * @internal The employer's cost and support of a pair, as the economics' reason writes them (the
 * wage-value module's scratch result: read it before the next `economicsCore` call).
 */
export function economicsOf(x: ExplainContext, s: PairSnapshot): EconomicsCore {
  return economicsCore(
    x.econ,
    x.cGroup[s.ci]!,
    s.wageValue,
    s.jobHours,
    wageOrNone(x.vWage.data[s.vi]!),
    undefined,
  );
}

/** Whole percentages and euros the economics' keys hold apart (below 10⁵). */
const KEY_PCT = 100_000;
const KEY_EURO = 100_000;

/**
 * @internal The numbers the economics' reason of a pair is written from (`e` its `economicsOf`), as
 * two whole numbers: [the regime, no-risk policy, measured or estimated wage value, their
 * percentages; the subsidies' euros], or −1 when one is out of the keys' range. Pairs with the same
 * keys get the same text (see `ReasonTexts.economicsLine`).
 */
export function economicsKey(x: ExplainContext, s: PairSnapshot, e: EconomicsCore): number {
  const flags =
    // Stryker disable next-line ArithmeticOperator,EqualityOperator: `/ 8`, a `-` between the flags and `!==` (regimes 0 and 2 swapped) keep every set of flags its own number: the same texts shared (a text per key is what the tests check)
    (e.regime === 'wage-cost-subsidy' ? 1 : e.regime === 'wage-dispensation' ? 2 : 0) * 8 +
    // Stryker disable next-line EqualityOperator: `<= 0` swaps the flag's two values: each set of flags still its own number
    ((x.rules.noRiskMonths[x.cGroup[s.ci]!] ?? 0) > 0 ? 4 : 0) +
    // Stryker disable next-line EqualityOperator: `!==` swaps the flag's two values, as above
    (x.cRecords[s.ci]!.wageValue === undefined ? 2 : 0) +
    (Number.isFinite(e.ratio) ? 1 : 0);
  const ratio = Number.isFinite(e.ratio) ? Math.round(e.ratio * 100) : 0;
  const value = Math.round(s.wageValue * 100);
  // A wage value is a share (at most 100%); ratios of up to 1,000 are keyed.
  if (!(ratio >= 0 && ratio < KEY_PCT && value >= 0 && value <= 100)) return -1;
  // Stryker disable next-line ArithmeticOperator: `- ratio` and `- value` keep the keys apart too (each below KEY_PCT; with `/ 8` above, the regimes 12,500 apart)
  return (flags * KEY_PCT + value) * KEY_PCT + ratio;
}

/** @internal The second key of {@link economicsKey}: the subsidies' whole euros, or −1 out of range. */
export function economicsSubKey(e: EconomicsCore): number {
  const lks = e.regime === 'wage-cost-subsidy' ? Math.round(e.lksPerMonth) : 0;
  // LKV's euros a year + 1, 0 when it does not apply.
  const lkv = e.lkvApplies ? Math.round(12 * e.lkvPerMonth) + 1 : 0;
  if (!(lks >= 0 && lks < KEY_EURO && lkv >= (e.lkvApplies ? 1 : 0) && lkv < KEY_EURO)) return -1;
  // Stryker disable next-line ArithmeticOperator: `lks / KEY_EURO + lkv` keeps the keys apart too (a whole lkv plus a fraction below 1)
  return lks * KEY_EURO + lkv;
}

/** @internal The economics component's reason (`e` the pair's `economicsOf`): the employer's cost per productive hour and the support. */
export function economicsText(x: ExplainContext, s: PairSnapshot, e: EconomicsCore): string {
  const group = x.cGroup[s.ci]!;
  const support: string[] = [];
  if (e.regime === 'wage-cost-subsidy')
    support.push(`loonkostensubsidie ~${euroText(e.lksPerMonth)} per maand`);
  if (e.regime === 'wage-dispensation') support.push('loondispensatie (UWV)');
  if (e.lkvApplies) support.push(`LKV ~${euroText(12 * e.lkvPerMonth)} per jaar`);
  if ((x.rules.noRiskMonths[group] ?? 0) > 0) support.push('no-riskpolis');
  const basis = x.cRecords[s.ci]!.wageValue === undefined ? 'geschatte' : 'gemeten';
  return Number.isFinite(e.ratio)
    ? `kost de werkgever per productief uur ${pct(e.ratio)} van een reguliere kracht (${
        support.length === 0 ? 'zonder loonsubsidie' : support.join(', ')
      }; ${basis} loonwaarde ${pct(s.wageValue)})`
    : `${basis} loonwaarde 0: geen productieve uren`;
}

/**
 * @internal The skills of positive weight of the pair's job, heaviest first, then by name: the full
 * job's by its skill signature, a carved job's from the tasks in it (remembered by the job's content
 * and tasks while a ranking is explained, see `ReasonTexts.carvedSkillOrder`).
 */
export function jobSkillOrder(x: ExplainContext, s: PairSnapshot): Int32Array {
  // Stryker disable next-line ConditionalExpression: the signature holds the same skills and hours as the full job's tasks, so the carved branch over every task gives the same order (`true` is killed)
  if (!s.carved) return x.memo.signatureOrder(x.vSkillSignature.data[s.vi]!);
  return x.texts.carvedSkillOrder(x.vContent.data[s.vi]!, s.inJob, () => carvedSkillOrder(x, s));
}

/** The skills of the carved job's tasks (`s.inJob`), each weighed by the hours of the tasks that ask it. */
function carvedSkillOrder(x: ExplainContext, s: PairSnapshot): Int32Array {
  const ids: number[] = [];
  const weights: number[] = [];
  const at = new Map<number, number>();
  const first = x.vTaskStart.data[s.vi]!;
  const m = x.vTaskEnd.data[s.vi]! - first;
  for (let a = 0; a < m; a++) {
    if (s.inJob[a] === 0) continue;
    const t = first + a;
    for (let k = x.tSkillStart.data[t]!; k < x.tSkillStart.data[t + 1]!; k++) {
      const id = x.tSkillIds.data[k]!;
      let p = at.get(id);
      if (p === undefined) {
        p = ids.length;
        at.set(id, p);
        ids.push(id);
        weights.push(0);
      }
      weights[p] = weights[p]! + Math.max(x.tHours.data[t]!, 0);
    }
  }
  return skillOrder(x.skillNames, ids, weights);
}

/** Skill orders up to this length key their texts by a mask of the skills the candidate has (a small integer). */
const MASKED_SKILLS = 30;

/**
 * @internal What {@link skillStory} of candidate `ci` and `order` is a function of, besides the order:
 * −1 when the candidate has no skills, else the mask of the places in `order` of the skills the
 * candidate has; −2 (not a key) for an order of more than 30 skills.
 */
export function skillsMatchKey(x: ExplainContext, ci: number, order: Int32Array): number {
  if (x.cSkills[ci]!.length === 0) return -1;
  if (order.length > MASKED_SKILLS) return -2;
  const { marks, stamp } = x.memo.marks(ci);
  let mask = 0;
  // Stryker disable next-line EqualityOperator: `<=` reads one past the order, undefined, whose mark is undefined, never the stamp
  for (let r = 0; r < order.length; r++) if (marks[order[r]!] === stamp) mask |= 1 << r;
  return mask;
}

/** @internal The job's skills `order` (see {@link jobSkillOrder}) split into candidate `ci`'s and the missing. */
export function skillStory(x: ExplainContext, ci: number, order: Int32Array): string {
  // No skill of positive weight (tasks of 0 hours name none that counts): the score is `unknownSkills`.
  if (order.length === 0) return 'de vacature noemt geen vaardigheden: voor iedereen gelijk gewaardeerd';
  if (x.cSkills[ci]!.length === 0)
    return 'geen vaardigheden of ervaring bekend: telt als geen van de gevraagde';
  const { marks, stamp } = x.memo.marks(ci);
  const matched: string[] = [];
  const missing: string[] = [];
  for (let r = 0; r < order.length; r++) {
    const id = order[r]!;
    (marks[id] === stamp ? matched : missing).push(x.skillLabels[id]!);
  }
  return `heeft ${matched.length === 0 ? 'geen van de gevraagde vaardigheden' : matched.join(', ')}${
    missing.length === 0 ? '' : `; mist ${missing.join(', ')}`
  }`;
}

/**
 * @internal The preferences' mismatches as a code for {@link preferenceText}: bit 0 another sector,
 * bit 1 another occupation, bit 2 avoided tasks (only when neither of the others).
 */
export function preferenceCode(x: ExplainContext, s: PairSnapshot): number {
  let code = (x.cSector.data[s.ci]! & (1 << x.vSector.data[s.vi]!)) === 0 ? 1 : 0;
  const occ = x.cOccupationPref[s.ci];
  if (occ !== undefined && !occupationMatches(occ, x.occupationNames[x.vOccupation.data[s.vi]!]!)) code |= 2;
  if (s.preferences < 1 && code === 0) code = 4;
  return code;
}

/** @internal The preferences component's reason from its code (see {@link preferenceCode}). */
export function preferenceText(code: number): string {
  const parts: string[] = [];
  if ((code & 1) !== 0) parts.push('andere sector dan de voorkeur');
  if ((code & 2) !== 0) parts.push('ander beroep dan de voorkeur');
  if ((code & 4) !== 0) parts.push('bevat taken die de kandidaat liever niet doet');
  return parts.length === 0 ? 'past bij de voorkeuren' : parts.join('; ');
}

/**
 * @internal {@link qualificationStory} of candidate `ci` and vacancy `vi`, the check remembered in the
 * matcher's qualification memo (a pure function of the two texts).
 */
function diplomaStory(x: ExplainContext, ci: number, vi: number): { met: boolean; text: string } | undefined {
  const memo = x.qualifications;
  const list = x.cHeld.data[ci]!;
  return qualificationStory(x.vRecords[vi]!, x.cRecords[ci]!.qualifications, (asked) =>
    memo.check(list, memo.text(asked)),
  );
}

/** @internal The qualification the whole job's core tasks need, met, as a clause of the job's line ('' when none asked). */
export function qualificationNote(x: ExplainContext, ci: number, vi: number): string {
  const diploma = diplomaStory(x, ci, vi);
  return diploma === undefined ? '' : `; ${diploma.text}`;
}

/** @internal Why the whole vacancy does not fit the candidate, or undefined. */
export function fullStory(x: ExplainContext, ci: number, vi: number): string | undefined {
  const c = x.cRecords[ci]!;
  const v = x.vRecords[vi]!;
  const out: string[] = [];
  const first = x.vTaskStart.data[vi]!;
  // Stryker disable next-line ArrayDeclaration: unreachable: the matcher's vacancies have their tasks (derived when absent)
  (v.tasks ?? []).forEach((t, a) => {
    const cls = x.tClass.data[first + a]!;
    if (checkCompiled(x.profiles, ci, x.demands, cls) !== STATUS_EXCEEDS) return;
    out.push(`${taskName(t)} niet: ${x.memo.reasons(c, t, cls).exceed}`);
  });
  if (v.hoursPerWeek > x.cMax.data[ci]!)
    out.push(`${hoursText(v.hoursPerWeek)} uur is te veel (${x.cMaxWhy[ci]})`);
  const diploma = diplomaStory(x, ci, vi);
  const parts = diploma === undefined || diploma.met ? [] : [diploma.text];
  if (out.length > 0) parts.push(`de hele vacature past niet (${out.join('; ')})`);
  // Stryker disable next-line ConditionalExpression: a pair explained by fullStory has at least one reason (an exclusion other than the commute, or a carved job: the whole vacancy did not fit)
  return parts.length === 0 ? undefined : parts.join('; ');
}

/** @internal Why an excluded pair is out: the commute, or the whole vacancy and why no carved job fits. */
export function exclusionReasons(x: ExplainContext, s: PairSnapshot): string[] {
  const { ci, vi } = s;
  const v = x.vRecords[vi]!;
  if (s.excluded === EXCLUDED_COMMUTE) {
    const d = kmOfHav(-s.distance);
    return [
      `woon-werkafstand ${hoursText(d)} km, meer dan de ${hoursText(x.cLimit.data[ci]!)} km die de kandidaat kan reizen`,
    ];
  }
  const reasons: string[] = [];
  const why = fullStory(x, ci, vi);
  // Stryker disable next-line ConditionalExpression: an excluded pair other than on commute always has a reason from fullStory (see there)
  if (why !== undefined) reasons.push(why);
  const maxH = x.cMax.data[ci]!;
  if (x.opts.carving === false) reasons.push('jobcarving staat uit');
  else if (!v.carvable) reasons.push('de werkgever stelt deze vacature niet open voor jobcarving');
  else {
    const floor = carveFloorHours(x.opts.carving, maxH, x.cMin.data[ci]!);
    reasons.push(
      floor > maxH
        ? `ook een gecreëerde baan lukt niet: de kandidaat kan ten hoogste ${hoursText(maxH)} uur werken, minder dan een kwartier per week`
        : `ook een gecreëerde baan lukt niet: geen combinatie van passende taken (geen kerntaken) tussen ${hoursText(floor)} en ${hoursText(maxH)} uur`,
    );
  }
  return reasons;
}

/**
 * @internal What a job under the UWV job coach's minimum hours means for the funding (domain notes
 * §6: UWV job coach only with a contract of ≥ 12 h a week; the municipality's coaching, Pwet art.
 * 10da, follows its own verordening); '' for a job at or above it.
 */
export function jobCoachNote(x: ExplainContext, s: PairSnapshot): string {
  if (s.jobHours >= x.rules.jobCoachMinHoursPerWeek) return '';
  const limit = hoursText(x.rules.jobCoachMinHoursPerWeek);
  return x.rules.uwvCoachingTargetGroups.includes(x.cGroup[s.ci]!)
    ? `; onder ${limit} uur per week: geen jobcoach van UWV (voorwaarde contract ≥ ${limit} uur)`
    : `; onder ${limit} uur per week: geen jobcoach van UWV, jobcoaching via de gemeente (Pwet art. 10da) volgens haar verordening`;
}
