/**
 * The main signatures as users see them (issue 21). `expectTypeOf` checks types only: `npm test` runs
 * `tsc --noEmit` over this file (a wrong signature fails there), and vitest runs the few values.
 */
import {
  type AssignInParallelOptions,
  type AssignOptions,
  type AssignResult,
  assessWageValue,
  assign,
  assignInParallel,
  type Candidate,
  type CarveOptions,
  type CarveResult,
  carveJob,
  createMatcher,
  type ExtraJobs,
  extraJobs,
  type ForecastQuotaOptions,
  forecastQuota,
  generateRegion,
  type Match,
  type Matcher,
  type MatcherOptions,
  type Placement,
  type ProposedPlacement,
  type QuotaForecast,
  type RankOptions,
  type RunOptions,
  type Vacancy,
  type ValidationIssueCode,
  type WageValueAssessment,
  type WageValueInput,
} from 'banenmatch';
import { describe, expect, expectTypeOf, it } from 'vitest';

describe('public signatures', () => {
  it('createMatcher takes records and options and gives a Matcher that ranks', () => {
    expectTypeOf(createMatcher).parameter(0).toEqualTypeOf<{
      candidates: readonly unknown[];
      vacancies: readonly unknown[];
    }>();
    expectTypeOf(createMatcher).parameter(1).toEqualTypeOf<(MatcherOptions & RunOptions) | undefined>();
    expectTypeOf(createMatcher).returns.toEqualTypeOf<Matcher>();
    expectTypeOf<Matcher['rank']>().parameters.toEqualTypeOf<
      [candidate: string | Candidate, options?: RankOptions]
    >();
    expectTypeOf<Matcher['rank']>().returns.toEqualTypeOf<Match[]>();
    expectTypeOf<Matcher['rankCandidates']>().parameter(0).toEqualTypeOf<string | Vacancy>();
  });

  it('assign and assignInParallel give the same result, one at once and one as a promise', () => {
    expectTypeOf(assign).parameters.toEqualTypeOf<[matcher: Matcher, given?: AssignOptions | null]>();
    expectTypeOf(assign).returns.toEqualTypeOf<AssignResult>();
    expectTypeOf(assignInParallel).returns.toEqualTypeOf<Promise<AssignResult>>();
    expectTypeOf<AssignInParallelOptions>().toMatchTypeOf<AssignOptions>();
    expectTypeOf<AssignResult['placements']>().toEqualTypeOf<ProposedPlacement[]>();
    expectTypeOf<AssignResult['extraJobs']>().toEqualTypeOf<ExtraJobs>();
    // A mode outside the union does not type-check.
    // @ts-expect-error 'greedy' is not a mode
    expectTypeOf<AssignOptions>().toMatchTypeOf<{ mode: 'greedy' }>();
  });

  it('carveJob, assessWageValue and forecastQuota', () => {
    expectTypeOf(carveJob).parameters.toEqualTypeOf<
      [candidate: Candidate, vacancies: readonly Vacancy[], options?: CarveOptions]
    >();
    expectTypeOf(carveJob).returns.toEqualTypeOf<CarveResult>();
    expectTypeOf(assessWageValue).parameters.toEqualTypeOf<[input: WageValueInput]>();
    expectTypeOf(assessWageValue).returns.toEqualTypeOf<WageValueAssessment>();
    expectTypeOf(forecastQuota).parameters.toEqualTypeOf<[options: ForecastQuotaOptions]>();
    expectTypeOf(forecastQuota).returns.toEqualTypeOf<QuotaForecast>();
  });

  it('a ValidationIssue code is one of a closed union', () => {
    expectTypeOf<'required'>().toMatchTypeOf<ValidationIssueCode>();
    expectTypeOf<'missing'>().not.toMatchTypeOf<ValidationIssueCode>();
  });

  it("extraJobs takes proposed and realised placements, and gives an assignment's own figure", () => {
    expectTypeOf(extraJobs).parameter(0).toEqualTypeOf<readonly Placement[]>();
    expectTypeOf<ProposedPlacement[]>().toMatchTypeOf<readonly Placement[]>();
    expectTypeOf(extraJobs).returns.toEqualTypeOf<ExtraJobs>();
    const region = generateRegion({ seed: 11, candidates: 40, vacancies: 30 });
    const run = assign(createMatcher(region));
    expect(run.placements.length).toBeGreaterThan(0);
    // Proposed placements (sheltered work counts 0) give the run's own figure, as do plain ones.
    expect(extraJobs(run.placements)).toEqual(run.extraJobs);
    const plain: Placement[] = run.placements.map((p) => ({
      sector: p.sector,
      hoursPerWeek: p.hoursPerWeek,
      extraJobs: p.extraJobs,
    }));
    expect(extraJobs(plain)).toEqual(run.extraJobs);
  });
});
