import type { Candidate, Vacancy } from '../../domain/schemas.js';
import type { EconomicsContext } from '../../wage-value/economics.js';
import type { WageRules } from '../../wage-value/rules.js';
import type { AssessedItems } from '../assessed-items.js';
import type { ResolvedMatcherOptions } from '../options.js';
import type { QualificationMemo } from '../qualification-memo.js';
import type { ByteColumn, FloatColumn, GrowableDemands, GrowableProfiles, IntColumn } from '../store.js';
import type { CandidateTable } from '../tables/candidates.js';
import type { VacancyTable } from '../tables/vacancies.js';
import type { Vocabulary } from '../tables/vocabulary.js';
import { ExplainMemo } from './memo.js';
import { ReasonTexts } from './texts.js';

/**
 * @internal What one evaluation of a pair found, copied out of the engine's scratch state when (and
 * only when) the pair is explained: the explanation reads this and the read-only context, nothing the
 * next evaluation overwrites.
 */
export interface PairSnapshot {
  /** Internal indices of the candidate and the vacancy. */
  ci: number;
  vi: number;
  /** 0, or the exclusion code (see `rules.ts`). */
  excluded: number;
  /** Distance in km; while excluded on commute, −hav(d/R). */
  distance: number;
  carved: boolean;
  /** The carved job is the whole vacancy at fewer hours, every task pro rata. */
  reduced: boolean;
  jobHours: number;
  capability: number;
  skills: number;
  commute: number;
  hours: number;
  preferences: number;
  economics: number;
  wageValue: number;
  signals: number;
  unassessed: number;
  score: number;
  /** Tasks of the vacancy (in its order): 1 = in the evaluated job. */
  inJob: Uint8Array;
}

/**
 * @internal The matcher's compiled records and columns as the explanation reads them (never writes):
 * columns by object, so that one that grows is read at its current storage.
 */
export interface ExplainContext {
  opts: ResolvedMatcherOptions;
  econ: EconomicsContext;
  rules: WageRules;
  assessed: AssessedItems;
  profiles: GrowableProfiles;
  demands: GrowableDemands;
  cRecords: readonly (Candidate | undefined)[];
  vRecords: readonly (Vacancy | undefined)[];
  cGroup: readonly Candidate['targetGroup'][];
  /** Skill ids of each candidate. */
  cSkills: readonly Int32Array[];
  cSector: ByteColumn;
  cOccupationPref: readonly (readonly string[] | undefined)[];
  cLimit: FloatColumn;
  cMin: FloatColumn;
  cMax: FloatColumn;
  cMaxWhy: readonly string[];
  cCounts: ByteColumn;
  cPriority: ByteColumn;
  /** Each candidate's list of diplomas, interned in `qualifications`. */
  cHeld: IntColumn;
  /** The matcher's qualification answers (lists and texts interned). */
  qualifications: QualificationMemo;
  vWage: FloatColumn;
  vSector: ByteColumn;
  vOccupation: IntColumn;
  occupationNames: readonly string[];
  vTaskStart: IntColumn;
  vTaskEnd: IntColumn;
  vSkillSignature: IntColumn;
  vContent: IntColumn;
  signatureStart: IntColumn;
  signaturePairs: FloatColumn;
  tHours: FloatColumn;
  tClass: IntColumn;
  tSkillStart: IntColumn;
  tSkillIds: IntColumn;
  skillNames: readonly string[];
  skillLabels: readonly string[];
  /** What one candidate's explanations share (see `ExplainMemo`). */
  memo: ExplainMemo;
  /** The components' reasons, remembered while a ranking is explained. */
  texts: ReasonTexts;
}

/** @internal The explanation's view of the matcher's tables (the same column objects, read only). */
export function explainContextOf(
  opts: ResolvedMatcherOptions,
  econ: EconomicsContext,
  rules: WageRules,
  assessed: AssessedItems,
  candidates: CandidateTable,
  vacancies: VacancyTable,
  vocabulary: Vocabulary,
  qualifications: QualificationMemo,
): ExplainContext {
  const c = candidates;
  const v = vacancies;
  return {
    opts,
    econ,
    rules,
    assessed,
    profiles: c.profiles,
    demands: v.demands,
    cRecords: c.cRecords,
    vRecords: v.vRecords,
    cGroup: c.cGroup,
    cSkills: c.cSkills,
    cSector: c.cSector,
    cOccupationPref: c.cOccupationPref,
    cLimit: c.cLimit,
    cMin: c.cMin,
    cMax: c.cMax,
    cMaxWhy: c.cMaxWhy,
    cCounts: c.cCounts,
    cPriority: c.cPriority,
    cHeld: c.cHeld,
    qualifications,
    vWage: v.vWage,
    vSector: v.vSector,
    vOccupation: v.vOccupation,
    occupationNames: v.occupationNames,
    vTaskStart: v.vTaskStart,
    vTaskEnd: v.vTaskEnd,
    vSkillSignature: v.vSkillSignature,
    vContent: v.vContent,
    signatureStart: v.signatureStart,
    signaturePairs: v.signaturePairs,
    tHours: v.tHours,
    tClass: v.tClass,
    tSkillStart: v.tSkillStart,
    tSkillIds: v.tSkillIds,
    skillNames: vocabulary.skillNames,
    skillLabels: vocabulary.skillLabels,
    memo: new ExplainMemo({
      cSkills: c.cSkills,
      signatureStart: v.signatureStart,
      signaturePairs: v.signaturePairs,
      skillNames: vocabulary.skillNames,
    }),
    texts: new ReasonTexts(),
  };
}
