import type { NearMissChange } from '../../advice/change.js';
import { describeChange } from '../../advice/describe-change.js';
import { adaptation } from '../../catalogue/adaptations.js';
import { training } from '../../catalogue/trainings.js';
import { evaluate, verdict } from '../engine/evaluator.js';
import { exceededItemId } from '../engine/exceeded.js';
import type { Engine } from '../engine/state.js';
import { EXCLUDED_CAPABILITY, EXCLUDED_COMMUTE, EXCLUDED_HOURS, EXCLUDED_QUALIFICATION } from '../rules.js';
import { CandidateRun, type WhyNotContext } from './candidate-run.js';
import { gatherReach } from './reach.js';
import { whyNotSummary } from './summary-nl.js';
import type { NearMiss, NearMissPayer, WhyNot } from './types.js';

export type { WhyNotContext } from './candidate-run.js';

/** The verdict of a pair that passes the hard rules but scores below `minScore`. */
const BELOW_MIN_SCORE = -1;

/**
 * The engine's verdict on pair (`ci`, `vi`) at hav(d/R) = `hav`: the commute limit first, then the other
 * hard rules, then the minimum score when one is asked (`BELOW_MIN_SCORE`); 0 when the pair fits.
 */
function verdictOf(
  e: Engine,
  ci: number,
  vi: number,
  hav: number,
  havLimit: number,
  minScore: number,
): number {
  // Stryker disable next-line ConditionalExpression: `false` is equivalent: a shortcut, `verdict` and `evaluate` test the commute limit first and give EXCLUDED_COMMUTE too (`true` is killed)
  if (hav > havLimit) return EXCLUDED_COMMUTE;
  // With no minimum score, a pair that passes the hard rules fits: its score is not needed.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: `false` and `< 0` are equivalent: at a minimum score of 0 `evaluate` gives the same verdict (every score is ≥ 0); `true` and `> 0` are killed
  if (minScore <= 0) return verdict(e, ci, vi);
  if (!evaluate(e, ci, vi)) return e.ev.excluded;
  return e.ev.score >= minScore ? 0 : BELOW_MIN_SCORE;
}

/** Who pays for the change, from the catalogues. */
function payersOf(change: NearMissChange): NearMissPayer[] {
  if (change.kind === 'adaptation')
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: unreachable: a near miss names a catalogue adaptation
    return (adaptation(change.adaptationId)?.payers ?? []).map((p) => ({ ...p }));
  // Stryker disable next-line ConditionalExpression: `false` is equivalent: the catalogue has no training without an id, so no payers, as here (`true` is killed)
  if (change.kind !== 'training') return [];
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: unreachable: a near miss names a catalogue training
  return (training(change.trainingId)?.funders ?? []).map((f) => ({
    who: f.who,
    basis: `${f.instrument} (${f.basis})`,
    when: f.when,
  }));
}

/**
 * @internal Why candidate `ci` has no (or few) matches: every vacancy within the commute limit +
 * `extraKm` tallied by the rule that shut it (the engine's verdict, scored only when a minimum score
 * asks for it), and the changes that would make a shut pair fit, each sized on the
 * engine (see `Probe`). Vacancies are visited nearest cells first, so the best near misses come early
 * and raise the floor a change must reach; a change whose pair's upper bound stays below it is not
 * sized. The near misses do not depend on that order: ties on one vacancy go by the order its own
 * changes were tried, and the candidate changes are tried last, by first vacancy. See `Matcher.whyNot`.
 */
export function whyNot(x: WhyNotContext, ci: number, options: { extraKm: number; k: number }): WhyNot {
  const { engine: e, candidates: c, vacancies: vt, scratch } = x;
  const minScore = x.opts.minScore;
  const limitKm = c.cLimit.data[ci]!;
  const havLimit = c.cHavLimit.data[ci]!;
  scratch.begin(e);
  const nearby = gatherReach(x, ci, limitKm + options.extraKm);
  const reach = scratch.reach;
  const run = new CandidateRun(x, ci, options.k);
  const tally = run.tally;
  const cp = e.cPos.data;
  for (let r = 0; r < nearby; r++) {
    const vi = reach[r]!;
    const vp = e.vPos.data;
    const dx = cp[3 * ci]! - vp[3 * vi]!;
    const dy = cp[3 * ci + 1]! - vp[3 * vi + 1]!;
    const dz = cp[3 * ci + 2]! - vp[3 * vi + 2]!;
    const hav = 0.25 * (dx * dx + dy * dy + dz * dz);
    const code = verdictOf(e, ci, vi, hav, havLimit, minScore);
    if (code === 0) tally.fits++;
    else if (code === EXCLUDED_COMMUTE) {
      tally.commute++;
      run.commute(vi, hav);
    } else if (code === EXCLUDED_CAPABILITY) {
      tally.capability++;
      run.capability(vi);
    } else if (code === EXCLUDED_QUALIFICATION) {
      tally.qualification++;
      run.qualification(vi);
    } else if (code === EXCLUDED_HOURS) {
      tally.hours++;
      run.hours(vi);
    } else {
      // BELOW_MIN_SCORE, the only verdict left: `evaluate` with no floor never prunes (PRUNED).
      tally.minScore++;
      run.belowMinScore(vi);
    }
  }
  scratch.itemCount.forEach((count, item) => {
    if (count > 0) tally.capabilityItems[exceededItemId(item)] = count;
  });
  run.candidateChanges();

  const nearMisses = run.top.top().map(
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
    candidateId: run.candidateId,
    inReach: nearby,
    tally,
    summary: whyNotSummary(nearby, tally),
    nearMisses,
  };
}
