import { parseOptions } from '../_internal/options.js';
import { BanenmatchError, ValidationError, type ValidationIssue } from '../errors.js';
import { normalCdf } from './normal-cdf.js';
import { fairnessAuditOptionsSchema } from './report-options.js';

/** The outcome of a match run as the audit needs it: who was placed (with the score) and who was not. */
export interface AuditedRun {
  placements: readonly { candidateId: string; score: number }[];
  unplaced: readonly { candidateId: string }[];
}

/**
 * Protected attributes per candidate id (age band, gender, migration background, disability kind):
 * attributes that never enter the score. A candidate without an attribute counts as `missing` for it.
 */
export type GroupAttributes = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Options of {@link fairnessAudit}. */
export interface FairnessAuditOptions {
  /**
   * Groups with fewer candidates than this are marked `tooSmall` and are neither flagged nor used as the
   * best group. The Uniform Guidelines on Employee Selection Procedures (29 CFR §1607.4 D) allow
   * disregarding differences from small numbers that are not statistically significant; 20 is a common
   * floor in adverse-impact practice (a rate then moves by ≥ 5 points per person).
   * @default 20
   */
  minGroupSize?: number | undefined;
  /**
   * Ratio to the best group below which a group is flagged (four-fifths rule, 29 CFR §1607.4 D). Read
   * as the decimal it is written as (0.8 is exactly 4/5) and compared with the counts in integers, so
   * 16 of 25 against 20 of 25 is exactly 4/5 and not below it.
   * @default 0.8
   */
  threshold?: number | undefined;
  /** Two-sided p-value below which a difference counts as significant in the verdicts. @default 0.05 */
  alpha?: number | undefined;
}

/** Selection figures of one group (one value of one attribute). */
export interface GroupFairness {
  value: string;
  /** Candidates in the group. */
  n: number;
  /** Candidates of the group that were placed. */
  selected: number;
  selectionRate: number;
  /** Selection rate divided by the best group's; `null` when the best rate is 0 or there is no best group. */
  ratioToBest: number | null;
  /** Ratio exactly below the threshold (in integers) while this group and the best group are both large enough. */
  fourFifthsFlag: boolean;
  /** Mean score of the group's placed candidates; `null` when none was placed. */
  meanScore: number | null;
  /** Fewer candidates than `minGroupSize`: too small to judge. */
  tooSmall: boolean;
  /**
   * Two-sided p-value of the pooled two-proportion z-test against the best group; `null` for the best
   * group itself, a too-small group, or when both rates are 0 or 1.
   */
  pValue: number | null;
}

/** The audit of one attribute. */
export interface AttributeFairness {
  attribute: string;
  /** The large-enough group with the highest selection rate, or `null` when every group is too small. */
  bestGroup: string | null;
  /** Groups sorted by value. */
  groups: GroupFairness[];
  /** Candidates in the run without this attribute. */
  missing: number;
}

/** Result of {@link fairnessAudit}: counts and rates only, never a candidate id. */
export interface FairnessAudit {
  candidates: number;
  selected: number;
  minGroupSize: number;
  threshold: number;
  /** Attributes sorted by name. */
  attributes: AttributeFairness[];
  /** Findings in words (English), one a line. */
  verdicts: string[];
}

/** Outcome per candidate: score when placed, NaN when not. Rejects duplicates and bad scores. */
function outcomes(run: AuditedRun): Map<string, number> {
  const issues: ValidationIssue[] = [];
  const out = new Map<string, number>();
  if (!Array.isArray(run?.placements) || !Array.isArray(run?.unplaced)) {
    throw new BanenmatchError('INVALID_ARGUMENT', 'fairnessAudit: run needs placements and unplaced arrays');
  }
  const add = (id: unknown, score: number, path: (string | number)[]): void => {
    if (typeof id !== 'string' || id === '') {
      issues.push({
        path: [...path, 'candidateId'],
        message: 'must be a non-empty string',
        code: 'invalid_type',
      });
    } else if (out.has(id)) {
      issues.push({
        path: [...path, 'candidateId'],
        message: `candidate "${id}" appears twice`,
        code: 'duplicate_id',
      });
    } else out.set(id, score);
  };
  run.placements.forEach((p, i) => {
    if (typeof p.score !== 'number' || !Number.isFinite(p.score)) {
      issues.push({
        path: ['placements', i, 'score'],
        message: 'must be a finite number',
        code: 'invalid_type',
      });
    }
    add(p.candidateId, p.score, ['placements', i]);
  });
  run.unplaced.forEach((u, i) => {
    add(u.candidateId, Number.NaN, ['unplaced', i]);
  });
  if (issues.length > 0) throw new ValidationError('fairnessAudit', issues);
  return out;
}

/** Pooled two-proportion z-test, two-sided (e.g. Agresti, Categorical Data Analysis, 3rd ed., §2.1.3). */
function twoProportionP(x1: number, n1: number, x2: number, n2: number): number | null {
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return null;
  const z = (x1 / n1 - x2 / n2) / se;
  // The erfc fit is off by ~1e-7 near 0; keep p a probability.
  return Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
}

const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;

/** A positive decimal as the fraction it is written as: 0.8 → 8/10, 1e-3 → 1/1000. */
function asFraction(x: number): { num: bigint; den: bigint } {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (m === null)
    throw new BanenmatchError('INVALID_ARGUMENT', 'fairnessAudit: threshold must be a decimal number');
  const digits = m[2] ?? '';
  const exponent = Number(m[3] ?? 0) - digits.length;
  const num = BigInt(`${m[1]}${digits}`);
  return exponent >= 0
    ? { num: num * 10n ** BigInt(exponent), den: 1n }
    : { num, den: 10n ** BigInt(-exponent) };
}

/** Whether the rate a/b is above c/d, exactly (b, d > 0). */
const rateAbove = (a: number, b: number, c: number, d: number): boolean =>
  BigInt(a) * BigInt(d) > BigInt(c) * BigInt(b);

/** The ratio (a/b) / (c/d) rounded down to 2 decimals, exactly (b, c, d > 0): never shown above what it is. */
function ratioText(a: number, b: number, c: number, d: number): string {
  const hundredths = (100n * BigInt(a) * BigInt(d)) / (BigInt(b) * BigInt(c));
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}

/**
 * Audits a match run for adverse impact: per protected attribute and group, the selection rate, its
 * ratio to the best group (the four-fifths rule of the Uniform Guidelines, 29 CFR §1607.4 D), the mean
 * score of those placed, a two-proportion z-test p-value, and whether the group is too small to judge.
 * Matching people to jobs is a high-risk use under the EU AI Act (Annex III point 4); the output holds
 * counts and rates only, never a candidate id.
 *
 * Complexity: O(candidates × attributes + groups log groups).
 *
 * @param run - `placements` (candidate id and score) and `unplaced` (candidate id) of an assignment
 * @param groups - candidate id → attribute → group value; attributes that never enter the score
 * @param options - `minGroupSize` (@default 20), `threshold` (@default 0.8), `alpha` (@default 0.05)
 * @returns per attribute the group figures, and verdicts in words
 * @throws ValidationError for a candidate listed twice or a non-finite score; BanenmatchError `INVALID_ARGUMENT` for bad options
 * @example
 * fairnessAudit({ placements: [{ candidateId: 'c1', score: 0.8 }], unplaced: [{ candidateId: 'c2' }] },
 *   { c1: { gender: 'v' }, c2: { gender: 'm' } }, { minGroupSize: 1 }).attributes[0].groups
 */
export function fairnessAudit(
  run: AuditedRun,
  groups: GroupAttributes,
  options?: FairnessAuditOptions,
): FairnessAudit {
  const { minGroupSize, threshold, alpha } = parseOptions(
    fairnessAuditOptionsSchema,
    options,
    'fairnessAudit',
  );
  const limit = asFraction(threshold);
  const outcome = outcomes(run);
  const names = new Set<string>();
  for (const id of outcome.keys()) {
    const attributes = groups[id];
    if (attributes !== undefined) for (const name of Object.keys(attributes)) names.add(name);
  }
  let selected = 0;
  for (const score of outcome.values()) if (!Number.isNaN(score)) selected++;

  const attributes: AttributeFairness[] = [];
  const verdicts: string[] = [];
  for (const attribute of [...names].sort()) {
    const tally = new Map<string, { n: number; selected: number; scoreSum: number }>();
    let missing = 0;
    for (const [id, score] of outcome) {
      const value = groups[id]?.[attribute];
      if (typeof value !== 'string') {
        missing++;
        continue;
      }
      let t = tally.get(value);
      if (t === undefined) {
        t = { n: 0, selected: 0, scoreSum: 0 };
        tally.set(value, t);
      }
      t.n++;
      if (!Number.isNaN(score)) {
        t.selected++;
        t.scoreSum += score;
      }
    }
    const values = [...tally.keys()].sort();
    let best: string | null = null;
    let bestRate = 0;
    for (const value of values) {
      const t = tally.get(value)!;
      const current = best === null ? undefined : tally.get(best);
      if (
        t.n >= minGroupSize &&
        (current === undefined || rateAbove(t.selected, t.n, current.selected, current.n))
      ) {
        best = value;
        bestRate = t.selected / t.n;
      }
    }
    const bestTally = best === null ? undefined : tally.get(best);
    const rows: GroupFairness[] = values.map((value) => {
      const t = tally.get(value)!;
      const rate = t.selected / t.n;
      const tooSmall = t.n < minGroupSize;
      const ratio = bestTally === undefined || bestRate <= 0 ? null : rate / bestRate;
      const pValue =
        bestTally === undefined || value === best || tooSmall
          ? null
          : twoProportionP(t.selected, t.n, bestTally.selected, bestTally.n);
      return {
        value,
        n: t.n,
        selected: t.selected,
        selectionRate: rate,
        ratioToBest: ratio,
        // rate / bestRate < num / den, in integers: selected · best.n · den < num · best.selected · n.
        fourFifthsFlag:
          !tooSmall &&
          ratio !== null &&
          bestTally !== undefined &&
          BigInt(t.selected) * BigInt(bestTally.n) * limit.den <
            limit.num * BigInt(bestTally.selected) * BigInt(t.n),
        meanScore: t.selected > 0 ? t.scoreSum / t.selected : null,
        tooSmall,
        pValue,
      };
    });
    attributes.push({ attribute, bestGroup: best, groups: rows, missing });

    if (best === null) {
      verdicts.push(
        `${attribute}: every group has fewer than ${minGroupSize} candidates; too small to judge.`,
      );
      continue;
    }
    const flagged = rows.filter((r) => r.fourFifthsFlag);
    for (const r of flagged) {
      const significance =
        r.pValue === null
          ? ''
          : r.pValue < alpha
            ? `, significant (p = ${r.pValue.toPrecision(2)})`
            : `, not significant (p = ${r.pValue.toPrecision(2)})`;
      const b = tally.get(best)!;
      verdicts.push(
        `${attribute}: group "${r.value}" selection rate ${pct(r.selectionRate)} (${r.selected} of ${r.n}) is ${ratioText(r.selected, r.n, b.selected, b.n)} of group "${best}" (${pct(bestRate)}, ${b.selected} of ${b.n}), below ${threshold}${significance}.`,
      );
    }
    if (flagged.length === 0) {
      verdicts.push(`${attribute}: no large-enough group below ${threshold} of the best group "${best}".`);
    }
    const small = rows.filter((r) => r.tooSmall).map((r) => `"${r.value}"`);
    if (small.length > 0) {
      verdicts.push(`${attribute}: ${small.join(', ')} too small to judge (fewer than ${minGroupSize}).`);
    }
  }
  return { candidates: outcome.size, selected, minGroupSize, threshold, attributes, verdicts };
}
