import type { z } from 'zod';
import type { ValidationIssue } from '../errors.js';
import { looksLikeBsn } from '../privacy/bsn.js';

/**
 * @internal How a message names a record: `record "c1"` by its id, or `record at index 3` when the id
 * looks like a BSN (which must never be echoed) and the index is known.
 */
export function recordLabel(recordId: string, index: unknown): string | undefined {
  if (!looksLikeBsn(recordId)) return `record "${recordId}"`;
  return typeof index === 'number' ? `record at index ${index}` : undefined;
}

/**
 * @internal Turns zod issues into ours: `prefix` before each path, and the record's id after each
 * message when given (an id, never a value from the record; an id that looks like a BSN is replaced by
 * the record's index, the last element of `prefix`).
 */
export function zodIssues(
  error: z.ZodError,
  prefix: readonly (string | number)[] = [],
  recordId?: string,
): ValidationIssue[] {
  const label = recordId === undefined ? undefined : recordLabel(recordId, prefix[prefix.length - 1]);
  return error.issues.map((i) => ({
    path: [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: label === undefined ? i.message : `${i.message} (${label})`,
    code: i.code,
  }));
}
