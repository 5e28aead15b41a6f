import { pct } from '../_internal/words-nl.js';
import { findOccupation } from '../catalogue/find-occupation.js';
import type { Candidate, Vacancy } from '../domain/schemas.js';
import { JOB_HOURS_PER_WEEK } from '../quota/jobs.js';
import type { Match } from '../scoring/matcher.js';
import { nl } from './format.js';

/**
 * The parts of the market analysis that covenant art. 2.4 (UWV c) footnote 14 asks for beyond art. 2.3
 * a–c: the supply by age, education level, income support and benefit (14.V), a SWOT per sector in
 * figures (14.VI) and steering options (14.VII).
 */

/** The supply broken down as footnote 14.V asks; `onbekend` counts candidates without the field. */
export interface SupplyBreakdown {
  byAgeBand: Record<string, number>;
  byEducationLevel: Record<string, number>;
  byBenefit: Record<string, number>;
  /** With income support (any benefit), without (`benefit: 'none'`), and not known. */
  incomeSupport: { yes: number; no: number; unknown: number };
}

/**
 * A sector (*branche*, the industry of the vacancy's occupation in the catalogue; `onbekend` when the
 * title is not found) in SWOT figures (covenant art. 2.4, UWV c, footnote 14.VI).
 */
export interface SectorSwot {
  industry: string;
  vacancies: number;
  /** Hours a week of all positions. */
  hoursPerWeek: number;
  /**
   * Supply that fits: candidates who can do one of the sector's vacancies whole, counted among each
   * vacancy's and each candidate's best matches (a lower bound), and the hours of those vacancies.
   */
  strengths: { fittingCandidates: number; fitNowVacancies: number; fitNowHours: number };
  /** Vacancies without a fitting candidate: nobody in reach can do them whole nor a carved part. */
  weaknesses: { unmatchedVacancies: number; unmatchedHours: number };
  /** Carvable hours: the best carved job of each vacancy nobody can do whole, in hours and jobs of 25.5. */
  opportunities: { carvableVacancies: number; carvableHours: number; carvableJobs: number };
  /** Dependence on one employer: the largest employer's share of the sector's vacancy hours. */
  threats: { largestEmployer: string; largestEmployerShare: number };
  /** Steering options in words, derived from the figures (footnote 14.VII). */
  steering: string[];
}

/** Share of the vacancies that fit now or can be carved from which a sector counts as promising. */
const PROMISING_SHARE = 0.5;
/** Share of a sector's hours at one employer from which the dependence is named as a threat. */
const DEPENDENCE_SHARE = 0.5;

function tally(counts: Record<string, number>, key: string | undefined): void {
  const k = key ?? 'onbekend';
  counts[k] = (counts[k] ?? 0) + 1;
}

/** The supply by age band, education level and benefit (footnote 14.V). O(n). */
export function supplyBreakdown(candidates: readonly Candidate[]): SupplyBreakdown {
  const out: SupplyBreakdown = {
    byAgeBand: {},
    byEducationLevel: {},
    byBenefit: {},
    incomeSupport: { yes: 0, no: 0, unknown: 0 },
  };
  for (const c of candidates) {
    tally(out.byAgeBand, c.ageBand);
    tally(out.byEducationLevel, c.educationLevel);
    tally(out.byBenefit, c.benefit);
    if (c.benefit === undefined) out.incomeSupport.unknown++;
    else if (c.benefit === 'none') out.incomeSupport.no++;
    else out.incomeSupport.yes++;
  }
  return out;
}

function steering(s: Omit<SectorSwot, 'steering'>): string[] {
  const out: string[] = [];
  const open = s.strengths.fitNowVacancies + s.opportunities.carvableVacancies;
  const promising = s.vacancies > 0 && open / s.vacancies >= PROMISING_SHARE;
  if (promising) {
    out.push(
      `kansrijk: ${open} van de ${s.vacancies} vacatures passen nu of na jobcarving; benut dit met snelle vacaturevervulling en vaste contactpersonen`,
    );
  } else {
    out.push(
      `minder kansrijk: ${open} van de ${s.vacancies} vacatures passen nu of na jobcarving; stimuleer met proefplaatsingen, werkplekaanpassing of scholing`,
    );
  }
  if (s.opportunities.carvableVacancies > 0) {
    out.push(
      `jobcarving: ${s.opportunities.carvableVacancies} ${s.opportunities.carvableVacancies === 1 ? 'vacature biedt' : 'vacatures bieden samen'} ${nl(s.opportunities.carvableHours)} uur per week (${nl(s.opportunities.carvableJobs)} ${s.opportunities.carvableJobs === 1 ? 'baan' : 'banen'}); bespreek herontwerp met de werkgevers`,
    );
  }
  if (s.weaknesses.unmatchedVacancies > 0) {
    out.push(
      `${s.weaknesses.unmatchedVacancies} ${s.weaknesses.unmatchedVacancies === 1 ? 'vacature' : 'vacatures'} (${nl(s.weaknesses.unmatchedHours)} uur per week) zonder passende kandidaat; verbind met kandidaten uit andere sectoren of onderzoek wat hen ontbreekt`,
    );
  }
  if (s.threats.largestEmployerShare >= DEPENDENCE_SHARE && s.vacancies > 1) {
    out.push(
      `afhankelijk van één werkgever (${s.threats.largestEmployer}: ${pct(s.threats.largestEmployerShare)} van de uren); werf meer werkgevers in deze sector`,
    );
  }
  return out;
}

/**
 * SWOT figures and steering options per sector (branche), most vacancy hours first. A vacancy fits now
 * when one of its best candidates can do it whole; else it is carvable when one can do a carved part.
 * O(vacancies × k + candidates × k) over the ranked lists.
 *
 * @internal Called by `marketAnalysis` with the matcher's parsed records and `rankAll` lists.
 */
export function sectorSwot(
  candidates: readonly Candidate[],
  vacancies: readonly Vacancy[],
  ranked: { byCandidate: readonly (readonly Match[])[]; byVacancy: readonly (readonly Match[])[] },
): SectorSwot[] {
  const industryOfTitle = new Map<string, string>();
  const industryOf = (v: Vacancy): string => {
    let found = industryOfTitle.get(v.occupation);
    if (found === undefined) {
      const m = findOccupation(v.occupation);
      found = m.occupation === null ? 'onbekend' : m.industry;
      industryOfTitle.set(v.occupation, found);
    }
    return found;
  };
  const industryOfVacancy = new Map<string, string>();
  const rows = new Map<
    string,
    { s: Omit<SectorSwot, 'steering'>; fitting: Set<string>; hours: Map<string, number> }
  >();
  vacancies.forEach((v, vi) => {
    const industry = industryOf(v);
    industryOfVacancy.set(v.id, industry);
    let row = rows.get(industry);
    if (row === undefined) {
      row = {
        s: {
          industry,
          vacancies: 0,
          hoursPerWeek: 0,
          strengths: { fittingCandidates: 0, fitNowVacancies: 0, fitNowHours: 0 },
          weaknesses: { unmatchedVacancies: 0, unmatchedHours: 0 },
          opportunities: { carvableVacancies: 0, carvableHours: 0, carvableJobs: 0 },
          threats: { largestEmployer: '', largestEmployerShare: 0 },
        },
        fitting: new Set(),
        hours: new Map(),
      };
      rows.set(industry, row);
    }
    const { s } = row;
    const hours = v.positions * v.hoursPerWeek;
    s.vacancies++;
    s.hoursPerWeek += hours;
    row.hours.set(v.employerId, (row.hours.get(v.employerId) ?? 0) + hours);
    const matches = ranked.byVacancy[vi] ?? [];
    const full = matches.filter((m) => m.job === 'full');
    for (const m of full) row.fitting.add(m.candidateId);
    if (full.length > 0) {
      s.strengths.fitNowVacancies++;
      s.strengths.fitNowHours += v.hoursPerWeek;
      return;
    }
    let carved = 0;
    for (const m of matches) carved = Math.max(carved, m.hoursPerWeek);
    if (carved > 0) {
      s.opportunities.carvableVacancies++;
      s.opportunities.carvableHours += carved;
      s.opportunities.carvableJobs = s.opportunities.carvableHours / JOB_HOURS_PER_WEEK;
    } else {
      s.weaknesses.unmatchedVacancies++;
      s.weaknesses.unmatchedHours += v.hoursPerWeek;
    }
  });
  candidates.forEach((c, ci) => {
    for (const m of ranked.byCandidate[ci] ?? []) {
      if (m.job !== 'full') continue;
      rows.get(industryOfVacancy.get(m.vacancyId) ?? '')?.fitting.add(c.id);
    }
  });
  const out: SectorSwot[] = [];
  for (const { s, fitting, hours } of rows.values()) {
    s.strengths.fittingCandidates = fitting.size;
    for (const [employerId, h] of [...hours.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const share = s.hoursPerWeek === 0 ? 0 : h / s.hoursPerWeek;
      if (share > s.threats.largestEmployerShare)
        s.threats = { largestEmployer: employerId, largestEmployerShare: share };
    }
    out.push({ ...s, steering: steering(s) });
  }
  return out.sort((a, b) => b.hoursPerWeek - a.hoursPerWeek || (a.industry < b.industry ? -1 : 1));
}
