import { parseOptions } from '../_internal/options.js';
import { fmlItem } from '../capability/fml.js';
import type { Candidate, CandidateInput, Sector, TargetGroup, VacancyInput } from '../domain/schemas.js';
import { JOB_HOURS_PER_WEEK } from '../quota/jobs.js';
import { createMatcher } from '../scoring/matcher.js';
import { type MatcherOptions, resolveMatcherOptions } from '../scoring/options.js';
import { caseloadGaps } from './caseload-gaps.js';
import type { CaseloadGaps } from './caseload-gaps-types.js';
import { type SectorSwot, type SupplyBreakdown, sectorSwot, supplyBreakdown } from './market-swot.js';
import { marketAnalysisOptionsSchema } from './report-options.js';

/**
 * Limitation patterns over FML items, the way job coaches group them (domain notes Part A, and the
 * carving criteria of Inclusief Herontwerp Werk): physical (rubrieken IV and V), cognitive
 * (attention, memory, effective and independent acting, tempo, reading), psychological (specific
 * conditions, emotions, conflicts, cooperation, social conditions) and working hours (VI.2, VI.3).
 */
export const CAPABILITY_PATTERNS: Readonly<
  Record<'physical' | 'cognitive' | 'psychological' | 'hours', readonly string[]>
> = {
  physical: [
    'IV.3',
    'IV.4',
    'IV.5',
    'IV.6',
    'IV.7',
    'IV.8',
    'IV.9',
    'IV.10',
    'IV.11',
    'IV.12',
    'IV.13',
    'IV.14',
    'IV.15',
    'IV.16',
    'IV.17',
    'IV.18',
    'IV.19',
    'IV.20',
    'IV.21',
    'V.1',
    'V.2',
    'V.3',
    'V.4',
    'V.5',
    'V.6',
    'V.7',
    'V.8',
    'V.9',
    'V.10',
  ],
  cognitive: ['I.1', 'I.2', 'I.3', 'I.5', 'I.6', 'I.7', 'I.9', 'II.4', 'II.5'],
  psychological: ['I.4', 'I.8', 'II.6', 'II.7', 'II.8', 'II.9', 'II.12'],
  hours: ['VI.2', 'VI.3'],
};

/** Options of {@link marketAnalysis}. */
export interface MarketAnalysisOptions {
  /** Matcher options (weights do not matter here; carving, commute defaults and date do). */
  matcher?: MatcherOptions | undefined;
  /** How many most-limited FML items to list. @default 10 */
  topItems?: number | undefined;
  /**
   * The changes that would open most placements (`caseloadGaps`): a result to show as given, or `true`
   * to count them over the whole caseload here (one `whyNot` per candidate). @default none (no `gaps`)
   */
  gaps?: CaseloadGaps | true | undefined;
}

/** Demand side of one sector or employer: vacancies, and what the caseload can take on. */
export interface DemandFigures {
  vacancies: number;
  positions: number;
  /** Hours a week of all positions. */
  hoursPerWeek: number;
  /** Vacancies that at least one candidate in reach can do whole. */
  fitNow: number;
  /** Hours a week of those vacancies (one position each). */
  fitNowHours: number;
  /** Vacancies nobody can do whole but from which a job can be carved for someone in reach. */
  carvable: number;
  /** Hours a week of the best carved job in each of those. */
  carvableHours: number;
  /** fitNowHours + carvableHours in banenafspraak jobs (÷ 25.5). */
  jobs: number;
}

/**
 * The yearly market analysis (covenant art. 2.3 a–c, and art. 2.4 UWV c footnote 14.V–VII): supply and
 * its breakdown, what it can do, demand that fits, a SWOT per sector and steering options.
 */
export interface MarketAnalysis {
  supply: SupplyBreakdown & {
    candidates: number;
    byTargetGroup: Partial<Record<TargetGroup, number>>;
    byMunicipality: Record<string, number>;
    /** Hours a week the candidates want at most: quartiles. */
    maxHoursWanted: { q1: number; median: number; q3: number };
    /** Share with a measured wage value, and their median. */
    measuredWageValue: { share: number; median: number | undefined };
  };
  capabilities: {
    /** Per pattern: candidates limited on at least one of its items, and their share. */
    patterns: { pattern: keyof typeof CAPABILITY_PATTERNS; candidates: number; share: number }[];
    /** The FML items most often limited, with their Dutch names. */
    items: { itemId: string; name: string; candidates: number; share: number }[];
    /** Candidates limited on no item at all (FML all normal). */
    unlimited: number;
  };
  demand: {
    total: DemandFigures;
    bySector: Record<Sector, DemandFigures>;
    /** Per employer, most jobs first. */
    byEmployer: ({ employerId: string } & DemandFigures)[];
  };
  /** Per sector (branche), most vacancy hours first: SWOT figures and steering options (footnote 14.VI–VII). */
  sectors: SectorSwot[];
  /** What would open more placements (`caseloadGaps`); only with the option `gaps`. */
  gaps?: CaseloadGaps | undefined;
}

function limited(value: number | readonly number[] | undefined): boolean {
  return typeof value === 'number' ? value > 0 : Array.isArray(value) && value.length > 0;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function emptyDemand(): DemandFigures {
  return {
    vacancies: 0,
    positions: 0,
    hoursPerWeek: 0,
    fitNow: 0,
    fitNowHours: 0,
    carvable: 0,
    carvableHours: 0,
    jobs: 0,
  };
}

/**
 * The market analysis a region makes each year for its plan (covenant art. 2.3 a–c): the target
 * group's counts and characteristics, what they can do (limitation patterns on the FML), and per
 * sector and employer the vacancies that fit someone now or from which a job can be carved, in hours
 * and in banenafspraak jobs of 25.5 hours. "Fit" is the matcher's: within commute, capability and
 * hours, with carving inside the vacancy. Beyond a–c, as art. 2.4 (UWV c) footnote 14 asks: the
 * supply by age band, education level, income support and benefit (14.V), per sector (branche) a SWOT
 * in figures (14.VI) and steering options in words (14.VII). With `gaps`, also the changes that would
 * open most placements (`caseloadGaps`: adaptations, trainings, commute, hours), for the market plan.
 *
 * Complexity: one pass over the pairs in reach (as `rankAll`).
 *
 * @param candidates - the caseload (JSON in the input contract, or parsed)
 * @param vacancies - the vacancies (JSON in the input contract, or parsed)
 * @param options - matcher options, how many items to list, and `gaps`
 * @returns supply, capability patterns and demand per sector and employer
 * @throws ValidationError for invalid candidates or vacancies; BanenmatchError `INVALID_ARGUMENT` for bad options
 * @example
 * const m = marketAnalysis(region.candidates, region.vacancies);
 * m.demand.bySector.market.jobs // jobs of 25.5 h the caseload could fill or carve in the market sector
 * m.sectors[0]?.steering // e.g. ['kansrijk: 12 van de 20 vacatures passen nu of na jobcarving; …']
 * marketAnalysis(region.candidates, region.vacancies, { gaps: true }).gaps?.trainings[0]?.market
 * // e.g. 'heftruckcertificaat: 14 kandidaten, 22 vacatures (voor heftruck rijden)'
 */
export function marketAnalysis(
  candidates: readonly (Candidate | CandidateInput)[],
  vacancies: readonly VacancyInput[],
  options?: MarketAnalysisOptions,
): MarketAnalysis {
  const {
    topItems,
    matcher: given,
    gaps,
  } = parseOptions(marketAnalysisOptionsSchema, options, 'marketAnalysis');
  const matcherOptions = resolveMatcherOptions(given, 'marketAnalysis', ['matcher']);
  const matcher = createMatcher({ candidates, vacancies }, matcherOptions);
  const cs = matcher.candidates;
  const vs = matcher.vacancies;
  const n = cs.length;

  const byTargetGroup: Partial<Record<TargetGroup, number>> = {};
  const byMunicipality: Record<string, number> = {};
  const maxHours: number[] = [];
  const measured: number[] = [];
  const itemCounts = new Map<string, number>();
  const patternCounts = { physical: 0, cognitive: 0, psychological: 0, hours: 0 };
  let unlimited = 0;
  for (const c of cs) {
    byTargetGroup[c.targetGroup] = (byTargetGroup[c.targetGroup] ?? 0) + 1;
    const m = c.home.municipality ?? 'onbekend';
    byMunicipality[m] = (byMunicipality[m] ?? 0) + 1;
    maxHours.push(c.hoursPerWeek.max);
    if (c.wageValue !== undefined) measured.push(c.wageValue);
    let any = false;
    for (const [id, value] of Object.entries(c.capabilities)) {
      if (!limited(value)) continue;
      any = true;
      itemCounts.set(id, (itemCounts.get(id) ?? 0) + 1);
    }
    if (!any) unlimited++;
    for (const pattern of Object.keys(patternCounts) as (keyof typeof patternCounts)[]) {
      if (CAPABILITY_PATTERNS[pattern].some((id) => limited(c.capabilities[id]))) patternCounts[pattern]++;
    }
  }
  maxHours.sort((a, b) => a - b);
  measured.sort((a, b) => a - b);
  const share = (k: number) => (n === 0 ? 0 : k / n);

  // Demand: per vacancy, whether someone can do it whole, or else the best carved job's hours.
  const ranked = matcher.rankAll({ k: 5 });
  const total = emptyDemand();
  const bySector: Record<Sector, DemandFigures> = { market: emptyDemand(), government: emptyDemand() };
  const byEmployer = new Map<string, DemandFigures>();
  vs.forEach((v, vi) => {
    const matches = ranked.byVacancy[vi]!;
    const full = matches.some((m) => m.job === 'full');
    let carved = 0;
    if (!full) for (const m of matches) if (m.job !== 'full') carved = Math.max(carved, m.hoursPerWeek);
    let employer = byEmployer.get(v.employerId);
    if (employer === undefined) {
      employer = emptyDemand();
      byEmployer.set(v.employerId, employer);
    }
    for (const f of [total, bySector[v.sector], employer]) {
      f.vacancies++;
      f.positions += v.positions;
      f.hoursPerWeek += v.positions * v.hoursPerWeek;
      if (full) {
        f.fitNow++;
        f.fitNowHours += v.hoursPerWeek;
      } else if (carved > 0) {
        f.carvable++;
        f.carvableHours += carved;
      }
      f.jobs = (f.fitNowHours + f.carvableHours) / JOB_HOURS_PER_WEEK;
    }
  });

  return {
    supply: {
      candidates: n,
      ...supplyBreakdown(cs),
      byTargetGroup,
      byMunicipality,
      maxHoursWanted: {
        q1: quantile(maxHours, 0.25),
        median: quantile(maxHours, 0.5),
        q3: quantile(maxHours, 0.75),
      },
      measuredWageValue: {
        share: share(measured.length),
        median: measured.length === 0 ? undefined : quantile(measured, 0.5),
      },
    },
    capabilities: {
      patterns: (Object.keys(patternCounts) as (keyof typeof patternCounts)[]).map((pattern) => ({
        pattern,
        candidates: patternCounts[pattern],
        share: share(patternCounts[pattern]),
      })),
      items: [...itemCounts.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, topItems)
        .map(([itemId, count]) => ({
          itemId,
          name: fmlItem(itemId)?.name ?? itemId,
          candidates: count,
          share: share(count),
        })),
      unlimited,
    },
    demand: {
      total,
      bySector,
      byEmployer: [...byEmployer.entries()]
        .map(([employerId, f]) => ({ employerId, ...f }))
        .sort((a, b) => b.jobs - a.jobs || (a.employerId < b.employerId ? -1 : 1)),
    },
    sectors: sectorSwot(cs, vs, ranked),
    ...(gaps === undefined ? {} : { gaps: gaps === true ? caseloadGaps(matcher) : gaps }),
  };
}
