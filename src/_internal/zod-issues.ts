import type { z } from 'zod';
import type { ValidationIssue } from '../errors.js';

/**
 * @internal Turns zod issues into ours: `prefix` before each path, and the record's id after each
 * message when given (an id, never a value from the record).
 */
export function zodIssues(
  error: z.ZodError,
  prefix: readonly (string | number)[] = [],
  recordId?: string,
): ValidationIssue[] {
  return error.issues.map((i) => ({
    path: [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: recordId === undefined ? i.message : `${i.message} (record "${recordId}")`,
    code: i.code,
  }));
}
