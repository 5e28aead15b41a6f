import { isRecord } from '../_internal/guard.js';
import { noteId } from '../domain/parse.js';
import type { ValidationIssue } from '../errors.js';

/** Duplicate ids in the whole list (as `createMatcher` reports them: the id trimmed, path `[what, i, 'id']`). */
export function duplicateIds(list: readonly unknown[], what: string, issues: ValidationIssue[]): void {
  const first = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const record = list[i];
    const id = isRecord(record) ? record.id : undefined;
    if (typeof id !== 'string') continue;
    const key = id.trim();
    if (key.length <= 200) noteId(first, key, [what, i], issues);
  }
}

/** Where an issue stands in createMatcher's order: candidates, then vacancies, each by index. */
export function issueRank(issue: ValidationIssue): number {
  const [what, index] = issue.path;
  const i = typeof index === 'number' ? index : -1;
  return what === 'candidates' ? i : what === 'vacancies' ? 2 ** 31 + i : 2 ** 33;
}
