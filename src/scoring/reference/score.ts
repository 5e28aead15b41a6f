import { decomposeVacancy } from '../../catalogue/decompose-vacancy.js';
import type { Candidate, Vacancy } from '../../domain/schemas.js';
import { employerEconomics, MINIMUM_WAGE_TABLE } from '../../wage-value/index.js';
import { type MatcherOptions, type ResolvedMatcherOptions, resolveMatcherOptions } from '../options.js';
import { checkFactor, occupationMatches } from '../rules.js';
import { compareSkills, createSkillVocabulary, type SkillVocabulary } from '../skills.js';
import type { ComponentName } from '../types.js';
import {
  commuteRule,
  type HoursWindow,
  hoursRule,
  hoursWindow,
  judgedItems,
  qualificationRule,
  type TaskFit,
  taskFit,
  unassessedItems,
} from './hard-rules.js';
import { type FoundJob, findJob } from './job.js';
import type { ReferenceJob, ReferenceResult, Verdict } from './verdicts.js';

/** What the reference scorer needs besides the pair: the options and what the region's vacancies judge. */
export interface ReferenceContext {
  options: ResolvedMatcherOptions;
  /** FML items some task of the region states (see `judgedItems`). */
  judged: ReadonlySet<string>;
  vocabulary: SkillVocabulary;
  /** The day of the economics. */
  date: string;
}

/**
 * The context of {@link referenceScore} for a region: the matcher's options resolved, and the FML
 * items the region's vacancies judge (tasks derived from the occupation where absent).
 *
 * @param vacancies - every vacancy of the region (the matcher's `vacancies`)
 * @param options - the matcher's options
 * @example
 * const context = referenceContext(matcher.vacancies, matcher.options);
 */
export function referenceContext(
  vacancies: readonly Vacancy[],
  options: MatcherOptions = {},
): ReferenceContext {
  const resolved = resolveMatcherOptions(options);
  return {
    options: resolved,
    judged: judgedItems(vacancies.map(withTasks)),
    vocabulary: createSkillVocabulary(undefined, resolved.skillDistance),
    date: resolved.date ?? MINIMUM_WAGE_TABLE[MINIMUM_WAGE_TABLE.length - 1]!.validFrom,
  };
}

function withTasks(v: Vacancy): Vacancy {
  return { ...v, tasks: decomposeVacancy(v) };
}

/**
 * Scores one candidate–vacancy pair the slow, obvious way, from the library's public modules
 * (`compareCapabilities`, `carveJob`, `compareSkills`, `commuteLimitKm`, `haversineKm`,
 * `meetsQualification`, `maxHoursFromProfile`, `employerEconomics`), by the rules the matcher documents:
 * the hard rules (commute, capability, qualification, hours, with carving), the six components and
 * the score, with a structured verdict for every rule the pair breaks. An oracle for the matcher, and
 * the verdicts for tools that say why a pair does not fit. O(tasks × FML items + a bundle).
 *
 * @param context - from {@link referenceContext}
 * @param candidate - a parsed candidate
 * @param vacancy - a parsed vacancy (tasks derived from the occupation when absent)
 * @returns the verdicts, the job, its components and the score
 * @example
 * const r = referenceScore(referenceContext(matcher.vacancies), candidate, vacancy);
 * r.excluded ? r.shutBy : r.score; // 'commute' | 'capability' | … or the score in [0, 1]
 */
export function referenceScore(
  context: ReferenceContext,
  candidate: Candidate,
  vacancy: Vacancy,
): ReferenceResult {
  const v = withTasks(vacancy);
  const c = candidate;
  const { options } = context;
  const commute = commuteRule(c, v, options);
  const window = hoursWindow(c);
  // Stryker disable next-line ArrayDeclaration: unreachable: withTasks gives every vacancy its tasks
  const fits = (v.tasks ?? []).map((t) => taskFit(c.capabilities, t));
  const exceedances = fits.flatMap((f) => f.exceedances);
  const qualification = qualificationRule(c, v);
  const hours = hoursRule(v, window);
  const verdicts: Verdict[] = [];
  if (commute.verdict !== undefined) verdicts.push(commute.verdict);
  if (exceedances.length > 0) verdicts.push({ code: 'capability', exceedances });
  if (qualification !== undefined) verdicts.push(qualification);
  if (hours !== undefined) verdicts.push(hours);
  const found = findJob(c, v, fits, window, qualification === undefined, options);
  const job =
    found.job === undefined
      ? undefined
      : scoreJob(context, c, v, found.job, fits, window, commute.distanceKm);
  const excluded = commute.verdict !== undefined || job === undefined;
  const shutBy = excluded ? (verdicts[0]!.code as ReferenceResult['shutBy']) : undefined;
  const score = excluded ? 0 : job!.score;
  if (!excluded && score < options.minScore)
    verdicts.push({ code: 'minScore', score, minScore: options.minScore });
  return {
    candidateId: c.id,
    vacancyId: v.id,
    excluded,
    shutBy,
    ranked: !excluded && score >= options.minScore,
    verdicts,
    carving: found.carving,
    job,
    distanceKm: commute.distanceKm,
    score,
  };
}

/** The components and the score of a job (the commute component from the distance, limit or not). */
function scoreJob(
  context: ReferenceContext,
  c: Candidate,
  v: Vacancy,
  job: FoundJob,
  fits: readonly TaskFit[],
  window: HoursWindow,
  distanceKm: number,
): ReferenceJob {
  const { options } = context;
  const inJob = fits.filter((f) => job.tasks.includes(f.task));
  // Capability: room on the tightest item of the job's tasks, less 5% a point to check (at most 4).
  const signalTasks = inJob.filter((f) => f.signal).map((f) => f.task.id);
  const unassessed = unassessedItems(c.capabilities, context.judged);
  const room = Math.min(1, ...inJob.map((f) => f.room));
  const capability = (0.5 + 0.5 * room) * checkFactor(signalTasks.length + unassessed.length);
  // Skills: coverage of the job's hours-weighted skills (the vacancy's skills stand for tasks that name none).
  // Stryker disable next-line ArrayDeclaration: unreachable: withTasks gives every vacancy its tasks
  const anyTaskSkills = (v.tasks ?? []).some((t) => t.skills.length > 0);
  const skills =
    compareSkills(
      context.vocabulary,
      c.skills,
      job.tasks.map((t) => ({
        skills: anyTaskSkills ? t.skills : v.skills,
        hoursPerWeek: t.hoursPerWeek,
        kind: t.kind,
      })),
      Object.keys(c.taskPerformance ?? {}),
    ).coverage ?? options.unknownSkills;
  const commute = Math.max(0, 1 - distanceKm / (options.commute.scoreKm ?? options.commute.defaultKm));
  // Hours: the share of the candidate's minimum the job gives, 1 from the minimum on (and without one:
  // a job has at least a quarter hour, `MIN_JOB_HOURS`, so at a minimum of 0 the share is +∞, capped to 1).
  const hours = Math.min(1, job.hoursPerWeek / window.min);
  // Economics: the employer's net cost per productive hour against a regular hire.
  const economicsOf = employerEconomics(
    c,
    {
      hoursPerWeek: job.hoursPerWeek,
      tasks: job.tasks.map((t) => ({ kind: t.kind, hoursPerWeek: t.hoursPerWeek })),
      wagePerHour: v.wagePerHour,
    },
    context.date,
  );
  const ratio = economicsOf.ratio;
  // 1 up to a ratio of 1, then 1 / ratio.
  const economics = Number.isFinite(ratio) ? 1 / Math.max(1, ratio) : 0;
  const preferences = preferenceFactor(c, v, job);
  const components: Record<ComponentName, number> = {
    capability,
    skills,
    commute,
    hours,
    economics,
    preferences,
  };
  const W = options.weights;
  let sum = 0;
  let weights = 0;
  for (const name of Object.keys(components) as ComponentName[]) {
    sum += W[name] * components[name];
    weights += W[name];
  }
  const total = (sum / weights) * (job.kind === 'full' ? 1 : options.carvedFactor);
  return {
    kind: job.kind,
    tasks: job.shown,
    hoursPerWeek: job.hoursPerWeek,
    freedHoursPerWeek: job.kind === 'carved' ? job.hoursPerWeek : 0,
    reducedFromHoursPerWeek: job.kind === 'reduced-hours' ? v.hoursPerWeek : undefined,
    signalTasks,
    unassessedItems: unassessed,
    wageValue: economicsOf.wageValue,
    components,
    score: Math.min(1, Math.max(0, total)),
  };
}

/** Preferences: another sector × 0.5, another occupation × 0.7, avoided tasks' share of the hours halved. */
function preferenceFactor(c: Candidate, v: Vacancy, job: FoundJob): number {
  const sectors = c.preferences?.sectors ?? [];
  const occupations = c.preferences?.occupations ?? [];
  // Stryker disable next-line ArrayDeclaration: no task is of kind "Stryker was here"
  const avoid = new Set(c.preferences?.avoidTaskKinds ?? []);
  let factor = 1;
  if (sectors.length > 0 && !sectors.includes(v.sector)) factor *= 0.5;
  if (occupations.length > 0 && !occupationMatches(occupations, v.occupation)) factor *= 0.7;
  let avoided = 0;
  for (const t of job.tasks) if (avoid.has(t.kind)) avoided += t.hoursPerWeek;
  // A job has at least a quarter hour (`MIN_JOB_HOURS`), and 0 avoided hours multiply by 1.
  factor *= 1 - 0.5 * Math.min(1, avoided / job.hoursPerWeek);
  return factor;
}
