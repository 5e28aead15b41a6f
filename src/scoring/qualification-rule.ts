import { taskName } from '../catalogue/task-kinds.js';
import { meetsQualification, type QualificationCheck } from '../domain/qualifications.js';
import type { Vacancy } from '../domain/schemas.js';

/**
 * @internal The qualification a whole vacancy asks of a candidate: its `qualification` (trimmed) when
 * it states one and has a core task, else undefined (nothing asked: today's rules). Carved jobs never
 * hold core tasks, so they never need it.
 */
export function askedQualification(v: Vacancy): string | undefined {
  const q = v.qualification?.trim() ?? '';
  // Stryker disable next-line ArrayDeclaration: a list without tasks has no core task either
  return q !== '' && (v.tasks ?? []).some((t) => t.core) ? q : undefined;
}

/**
 * @internal The qualification rule on the whole vacancy in words: whether the candidate's `held`
 * diplomas meet what the vacancy's core tasks need, and the sentence for the reasons ("de hele vacature
 * vraagt MBO-3 schoonmaak (kerntaak teamleiding); de kandidaat heeft dat niet: …"); undefined when the
 * vacancy asks nothing (see {@link askedQualification}). `meets` answers as `meetsQualification` on
 * `held` (a memo of it may be given).
 */
export function qualificationStory(
  v: Vacancy,
  held: readonly string[],
  meets: (asked: string) => QualificationCheck = (asked) => meetsQualification(asked, held),
): { met: boolean; text: string } | undefined {
  const asked = askedQualification(v);
  if (asked === undefined) return undefined;
  // Stryker disable next-line ArrayDeclaration: unreachable: a vacancy that asks a qualification has tasks
  const tasks = v.tasks ?? [];
  const core = [...new Set(tasks.filter((t) => t.core).map((t) => taskName(t)))];
  const coreText = `${core.length === 1 ? 'kerntaak' : 'kerntaken'} ${core.join(', ')}`;
  const check = meets(asked);
  return check.met
    ? { met: true, text: `diploma voor de ${coreText}: ${check.reason}` }
    : {
        met: false,
        text: `de hele vacature vraagt ${asked} (${coreText}); de kandidaat heeft dat niet (${check.reason})`,
      };
}
