import type { Engine } from './state.js';

/**
 * @internal The skills component of a pair, remembered per candidate: per skill signature for the
 * full job, per job content for a carved job.
 */

/**
 * Sets `ev.skills` for the carved job in `e.inJob` (`m` tasks): the carved job's tasks of the
 * content's first vacancy (the same skills, rows other candidates read too), or of `vi` without a
 * content; remembered per content.
 */
export function carvedJobSkills(e: Engine, ci: number, vi: number, m: number, content: number): void {
  const stamp = ci + 1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a content's vacancies have the same tasks (false, > 0); true and < 0 go with them (killed by the 32-task case of engine-carving)
  const from = e.vTaskStart.data[content >= 0 ? e.contentVacancy.data[content]! : vi]!;
  // Stryker disable next-line ConditionalExpression: true marks the same skills again
  if (e.markedFor !== ci) markSkills(e, ci);
  const inJob = e.inJob;
  const skillMark = e.skillMark;
  let dot = 0;
  let jobWeight = 0;
  const hoursOf = e.tHours.data;
  const acc = e.skillAcc;
  const touchedIds = e.skillTouched;
  const skillStart = e.tSkillStart.data;
  const skillIds = e.tSkillIds.data;
  let touched = 0;
  for (let a = 0; a < m; a++) {
    if (inJob[a] === 0) continue;
    const t = from + a;
    const h = Math.max(hoursOf[t]!, 0);
    const end = skillStart[t + 1]!;
    for (let k = skillStart[t]!; k < end; k++) {
      const id = skillIds[k]!;
      // Stryker disable next-line ConditionalExpression: true lists a skill again, which then adds its sum, reset to 0
      if (acc[id] === 0) touchedIds[touched++] = id;
      acc[id] = acc[id]! + h;
    }
  }
  // Stryker disable next-line EqualityOperator: <= reads one more listed skill (an earlier one or 0), its sum 0
  for (let k = 0; k < touched; k++) {
    const id = touchedIds[k]!;
    if (skillMark[id] === stamp) dot += acc[id]!;
    jobWeight += acc[id]!;
    acc[id] = 0;
  }
  const skills = skillsCoverage(e, dot, jobWeight);
  e.ev.skills = skills;
  // Stryker disable next-line all: a carved job's skills not remembered are computed again the same (no write at −1)
  if (content >= 0) {
    e.contentStamp[content] = stamp;
    e.contentSkills[content] = skills;
  }
}

/**
 * The share of a job's hours-weighted skills (total weight `jobWeight`) the candidate has (`dot`):
 * a broad CV is not punished, and a candidate with no known skill scores as one with unrelated
 * skills; `unknownSkills` only when the job names none (the same for every candidate).
 */
function skillsCoverage(e: Engine, dot: number, jobWeight: number): number {
  return jobWeight > 0 ? Math.min(1, dot / jobWeight) : e.unknownSkills;
}

/** Marks the candidate's skills in `skillMark` with its stamp (index + 1). */
function markSkills(e: Engine, ci: number): void {
  const own = e.cSkills[ci]!;
  const skillMark = e.skillMark;
  // Stryker disable next-line EqualityOperator: <= writes one property named undefined, never read as a mark
  for (let k = 0; k < own.length; k++) skillMark[own[k]!] = ci + 1;
  e.markedFor = ci;
}

/** Sets `ev.skills` for a full job with skill signature `sig` and candidate `ci` (cached). */
export function loadSignatureSkills(e: Engine, ci: number, sig: number): void {
  const stamp = ci + 1;
  // Stryker disable next-line ConditionalExpression: true computes the remembered skills again, the same
  if (e.signatureStamp[sig] !== stamp) {
    // Stryker disable next-line ConditionalExpression: true marks the same skills again
    if (e.markedFor !== ci) markSkills(e, ci);
    const skillMark = e.skillMark;
    let dot = 0;
    const pairs = e.signaturePairs.data;
    const end = 2 * e.signatureStart.data[sig + 1]!;
    for (let k = 2 * e.signatureStart.data[sig]!; k < end; k += 2)
      if (skillMark[pairs[k]!] === stamp) dot += pairs[k + 1]!;
    e.signatureStamp[sig] = stamp;
    e.signatureSkills[sig] = skillsCoverage(e, dot, e.signatureWeight.data[sig]!);
  }
  e.ev.skills = e.signatureSkills[sig]!;
}
