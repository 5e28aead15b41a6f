import type { NearMissChange } from '../../advice/change.js';
import type { VerdictCode } from '../reference/verdicts.js';

/** @internal A near miss before it is put in words (only the best k are). */
export interface Offer {
  vi: number;
  vacancyId: string;
  shutBy: VerdictCode;
  change: NearMissChange;
  score: number;
  gain: number;
  /** Order in which the changes were tried (deterministic), the last tie-break. */
  order: number;
}

const KIND_ORDER: Record<NearMissChange['kind'], number> = {
  adaptation: 0,
  dropTask: 1,
  hours: 2,
  commute: 3,
  training: 4,
};

/** True when near miss `a` ranks before `b`: more gain, a higher score, the vacancy id, the kind, then the order tried. */
export function before(a: Offer, b: Offer): boolean {
  // Stryker disable next-line EqualityOperator: `a.gain >= b.gain` is `>` where the gains differ, as the test before it ensures (the other two, `===` and `<=`, are killed)
  if (a.gain !== b.gain) return a.gain > b.gain;
  // Stryker disable next-line EqualityOperator: `a.score >= b.score` is `>` where the scores differ (`===` and `<=` are killed)
  if (a.score !== b.score) return a.score > b.score;
  // Stryker disable next-line EqualityOperator: `<=` is `<` between distinct ids (`===` and `>=` are killed)
  if (a.vacancyId !== b.vacancyId) return a.vacancyId < b.vacancyId;
  const ka = KIND_ORDER[a.change.kind];
  const kb = KIND_ORDER[b.change.kind];
  // Stryker disable next-line EqualityOperator: `ka <= kb` is `<` where the kinds differ (`ka === kb`, `ka >= kb` and both of `a.order < b.order` are killed)
  return ka !== kb ? ka < kb : a.order < b.order;
}

/**
 * @internal The best near miss per vacancy, and a floor for sizing more: once k vacancies have one,
 * a change whose pair cannot gain as much as the k-th of them cannot enter the top k, so the engine
 * may skip it (its `floor`, as the top-k searches use it).
 */
export class NearMissTop {
  readonly best = new Map<number, Offer>();
  /** The best gain of up to k vacancies (each a vacancy's own best so far): a lower bound of the k-th best. */
  private readonly gains: number[] = [];
  private readonly gainVacancy: number[] = [];
  /** The smallest of `gains` once k are known (else −∞), kept as they change. */
  private low = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly k: number,
    private readonly minScore: number,
  ) {}

  /** The score a changed pair with score `base` today must reach to matter. */
  floor(base: number): number {
    if (this.k === 0) return Number.POSITIVE_INFINITY;
    // Stryker disable next-line ConditionalExpression: `false` gives max(minScore, −∞ + base) = minScore, `low` being −∞ until k vacancies are known (`true` is killed)
    if (this.gains.length < this.k) return this.minScore;
    return Math.max(this.minScore, this.low + base);
  }

  /**
   * False when a near miss gaining `gain` cannot enter the top k: k vacancies already gain more (the
   * k-th of them only rises), so {@link NearMissTop.offer} would change nothing the top k shows.
   */
  mayEnter(gain: number): boolean {
    // Stryker disable next-line ConditionalExpression: `gains.length < k` → false leaves `!(gain < −∞)`, true for every gain until k vacancies are known (the whole test's `true` and `false`, and `gain < low`'s, are killed)
    return this.gains.length < this.k || !(gain < this.low);
  }

  offer(o: Offer): void {
    const known = this.best.get(o.vi);
    if (known !== undefined && !before(o, known)) return;
    this.best.set(o.vi, o);
    const at = this.gainVacancy.indexOf(o.vi);
    if (at >= 0) {
      this.gains[at] = Math.max(this.gains[at]!, o.gain);
    } else if (this.gains.length < this.k) {
      this.gains.push(o.gain);
      this.gainVacancy.push(o.vi);
    } else {
      let low = 0;
      // Stryker disable next-line EqualityOperator: `q <= length` also compares `gains[length]`, undefined, never below a gain: the same slot (`>=`, which loops for ever, timed out)
      for (let q = 1; q < this.gains.length; q++) {
        // Stryker disable next-line EqualityOperator: between equal gains either slot is the lowest: the gains stay the same values, so does the floor (`>=` is killed)
        if (this.gains[q]! < this.gains[low]!) low = q;
      }
      // Stryker disable next-line EqualityOperator: replacing a gain by an equal one leaves the same values (`<=` is killed)
      if (!(o.gain > this.gains[low]!)) return;
      this.gains[low] = o.gain;
      this.gainVacancy[low] = o.vi;
    }
    // Stryker disable next-line ConditionalExpression: `true` also sets `low` before k vacancies are known, where `floor` and `mayEnter` do not read it (`false` is killed)
    if (this.gains.length === this.k) {
      let low = Number.POSITIVE_INFINITY;
      // Stryker disable next-line EqualityOperator: `g <= low` finds the same smallest gain (`>=` is killed)
      for (const g of this.gains) if (g < low) low = g;
      this.low = low;
    }
  }

  /** The best k, best first. */
  top(): Offer[] {
    return [...this.best.values()]
      .sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))
      .slice(0, this.k);
  }
}
