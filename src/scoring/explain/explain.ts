import { hoursText } from '../../_internal/words-nl.js';
import { checkCompiled, STATUS_SIGNAL } from '../../capability/compiled.js';
import { taskName } from '../../catalogue/task-kinds.js';
import type { Task } from '../../domain/schemas.js';
import { JOB_HOURS_PER_WEEK } from '../../quota/jobs.js';
import { askedQualification } from '../qualification-rule.js';
import { quarter } from '../rules.js';
import type { Match, PairResult, ScoreComponent } from '../types.js';
import type { ExplainContext, PairSnapshot } from './context.js';
import {
  capabilityReason,
  economicsKey,
  economicsOf,
  economicsSubKey,
  economicsText,
  exclusionReasons,
  fullStory,
  hoursReason,
  jobCoachNote,
  jobSkillOrder,
  preferenceCode,
  preferenceText,
  qualificationNote,
  skillStory,
  skillsMatchKey,
} from './reasons-nl.js';
import { lineOf } from './texts.js';

/** @internal The signals of a job: borderline FML points of its tasks, and items no task judges. */
function signalsOf(x: ExplainContext, s: PairSnapshot): string[] {
  const c = x.cRecords[s.ci]!;
  const v = x.vRecords[s.vi]!;
  const signals: string[] = [];
  const first = x.vTaskStart.data[s.vi]!;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut: the loop below names only the job's tasks on the limit, none when the job has no signal (`false` is killed)
  if (s.signals > 0) {
    // Stryker disable next-line ArrayDeclaration: unreachable: a job with a signal has tasks
    (v.tasks ?? []).forEach((t, a) => {
      const cls = x.tClass.data[first + a]!;
      // Stryker disable next-line ConditionalExpression: a task of the job that is not on the limit has no signal reasons, so `checkCompiled(…) !== STATUS_SIGNAL` → false adds nothing (the other two, the whole test and `s.inJob[a] === 0` → false, are killed)
      if (s.inJob[a] === 0 || checkCompiled(x.profiles, s.ci, x.demands, cls) !== STATUS_SIGNAL) return;
      for (const reason of x.memo.reasons(c, t, cls).signals)
        signals.push(`${taskName(t)} (${t.id}): ${reason}`);
    });
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut: `unassessed` lists the items the count counts, none when it is 0 (`false` is killed)
  if (s.unassessed > 0)
    for (const item of x.assessed.unassessed(c.capabilities))
      signals.push(
        `${item.name} (${item.id}): niet beoordeeld bij deze taken (geen vacature noemt een eis op dit punt): nagaan`,
      );
  return signals;
}

/**
 * @internal The full, explained result of an evaluated pair: the exclusion and its reasons, or the
 * match with its job, components and reasons. Reads only the snapshot and the read-only context.
 */
export function explainPair(x: ExplainContext, s: PairSnapshot): PairResult {
  const { ci, vi } = s;
  const c = x.cRecords[ci]!;
  const v = x.vRecords[vi]!;
  if (s.excluded !== 0)
    return {
      excluded: true,
      candidateId: c.id,
      vacancyId: v.id,
      score: 0,
      reasons: exclusionReasons(x, s),
    };
  const W = x.opts.weights;
  // Stryker disable next-line ArrayDeclaration: the vacancy's tasks are there (the matcher derives them), and a full job reads no task of this list
  const tasks: Task[] = s.carved ? (v.tasks ?? []).filter((_t, a) => s.inJob[a] === 1) : [];
  const signals = signalsOf(x, s);
  // The components' reasons and their lines (remembered while a ranking is explained, see `ReasonTexts`).
  const r = x.texts;
  const capability = r.capabilityLine(s.signals, s.unassessed, s.capability, () =>
    lineOf('capability', capabilityReason(s)),
  );
  const order = jobSkillOrder(x, s);
  const writeSkills = () => lineOf('skills', skillStory(x, ci, order));
  const skills = r.remembering
    ? r.skillsLine(order, skillsMatchKey(x, ci, order), writeSkills)
    : writeSkills();
  const limitKm = x.cLimit.data[ci]!;
  const commute = r.commuteLine(s.distance, limitKm, () =>
    lineOf('commute', `${hoursText(s.distance)} km van huis (grens ${hoursText(limitKm)} km)`),
  );
  const hours = r.hoursLine(c, s.jobHours, () => lineOf('hours', hoursReason(x, s)));
  const core = economicsOf(x, s);
  const writeEconomics = () => lineOf('economics', economicsText(x, s, core));
  // The keys only while texts are remembered (a ranking's explanations), not for one pair's.
  const economics = r.remembering
    ? r.economicsLine(economicsKey(x, s, core), economicsSubKey(core), writeEconomics)
    : writeEconomics();
  const code = preferenceCode(x, s);
  const preferences = r.preferencesLine(code, () => lineOf('preferences', preferenceText(code)));
  const components: ScoreComponent[] = [
    { name: 'capability', value: s.capability, weight: W.capability, reason: capability.reason },
    { name: 'skills', value: s.skills, weight: W.skills, reason: skills.reason },
    { name: 'commute', value: s.commute, weight: W.commute, reason: commute.reason },
    { name: 'hours', value: s.hours, weight: W.hours, reason: hours.reason },
    { name: 'economics', value: s.economics, weight: W.economics, reason: economics.reason },
    { name: 'preferences', value: s.preferences, weight: W.preferences, reason: preferences.reason },
  ];
  // The whole vacancy at fewer hours, as the evaluation decided: every task pro rata, so that the
  // tasks add up to the job's hours (as the reference's `findJob`), also when the vacancy's tasks add
  // up to less than its hours (then scaled up); tasks of 0 h stay at 0 h.
  const taskHours = tasks.reduce((sum, t) => sum + quarter(t.hoursPerWeek), 0);
  const share = !s.reduced ? 1 : taskHours > 0 ? s.jobHours / taskHours : 0;
  const job: Match['job'] = s.carved
    ? {
        kind: 'carved',
        tasks: tasks.map((t) => ({
          taskId: t.id,
          kind: t.kind,
          hoursPerWeek: quarter(t.hoursPerWeek * share),
        })),
        hoursPerWeek: s.jobHours,
        freedHoursPerWeek: s.reduced ? 0 : s.jobHours,
        ...(s.reduced ? { reducedFromHoursPerWeek: v.hoursPerWeek } : {}),
      }
    : 'full';
  // The whole job's line, where the vacancy asks no diploma, is one candidate's for the job's hours.
  const story =
    // Stryker disable next-line ConditionalExpression: `false` is equivalent: not remembering writes the same line afresh (`true`, and `true` of the diploma test, are killed: explain-remeasure)
    !s.carved && askedQualification(v) === undefined
      ? r.wholeJobStory(c, s.jobHours, () => storyOf(x, s, tasks.length))
      : storyOf(x, s, tasks.length);
  return {
    excluded: false,
    candidateId: c.id,
    vacancyId: v.id,
    score: s.score,
    job,
    hoursPerWeek: s.jobHours,
    sector: v.sector,
    extraJobs: x.cCounts.data[ci] === 1 ? s.jobHours / JOB_HOURS_PER_WEEK : 0,
    distanceKm: s.distance,
    priority: x.cPriority.data[ci] === 1,
    components,
    reasons: [
      story,
      capability.line,
      skills.line,
      commute.line,
      hours.line,
      economics.line,
      preferences.line,
    ],
    signals,
  };
}

/** @internal The job's line of a match: the whole vacancy, at fewer hours, or the carved job of `carvedTasks` tasks. */
function storyOf(x: ExplainContext, s: PairSnapshot, carvedTasks: number): string {
  const { ci, vi } = s;
  const v = x.vRecords[vi]!;
  return (
    (!s.carved
      ? `de hele vacature (${hoursText(s.jobHours)} uur)${qualificationNote(x, ci, vi)}`
      : s.reduced
        ? `de hele vacature voor ${hoursText(s.jobHours)} in plaats van ${hoursText(v.hoursPerWeek)} uur (alle taken naar verhouding; de andere uren blijven open): ${
            // Stryker disable next-line StringLiteral: a carved job exists because the whole vacancy did not fit: fullStory names why, never undefined here
            fullStory(x, ci, vi) ?? ''
          }`
        : `gecreëerde baan van ${carvedTasks} ${carvedTasks === 1 ? 'taak' : 'taken'}, ${hoursText(s.jobHours)} uur: ${
            // Stryker disable next-line StringLiteral: a carved job exists because the whole vacancy did not fit: fullStory names why, never undefined here
            fullStory(x, ci, vi) ?? ''
          }`) +
    jobCoachNote(x, s) +
    (x.cCounts.data[ci] === 0
      ? '; beschut werk (Pwet art. 10b) telt geen baan voor de banenafspraak: bij een vacature komt de kandidaat na wie wel meetelt'
      : '')
  );
}
