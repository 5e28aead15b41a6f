import { isRecord } from '../_internal/guard.js';
import { BanenmatchError, type ValidationIssueCode } from '../errors.js';
import { type FmlItem, fmlItem } from './fml.js';

/** One problem in an FML map: where, what (naming the item, never the person's code), and a rule code. */
export interface FmlIssue {
  /** Path relative to the map: `['IV.13']`, or `['I.8', 1]` for the second entry of a list. */
  path: (string | number)[];
  message: string;
  /**
   * `unknown_fml_item`, `invalid_fml_code`, `duplicate_fml_code`, `fml_number_expected`,
   * `fml_list_expected` or `fml_item_not_demandable`.
   */
  code: ValidationIssueCode;
}

// Number.isInteger is false for every value that is not a number, so no typeof check before it.
function isCode(value: unknown, lowest: number, item: FmlItem): boolean {
  return Number.isInteger(value) && (value as number) >= lowest && (value as number) < item.levels.length;
}

function range(item: FmlItem, lowest: number): string {
  return `${lowest}–${item.levels.length - 1}`;
}

function listIssues(id: string, item: FmlItem, list: readonly unknown[], what: string): FmlIssue[] {
  const issues: FmlIssue[] = [];
  const seen = new Set<unknown>();
  list.forEach((code, index) => {
    if (!isCode(code, 1, item)) {
      issues.push({
        path: [id, index],
        message: `entry is not one of item ${id}'s ${what} codes ${range(item, 1)}`,
        code: 'invalid_fml_code',
      });
    } else if (seen.has(code)) {
      issues.push({
        path: [id, index],
        message: `item ${id} lists the same code twice`,
        code: 'duplicate_fml_code',
      });
    }
    seen.add(code);
  });
  return issues;
}

/**
 * Checks an FML map (a profile or a task's demands) against the catalogue and returns every problem.
 *
 * The accepted shapes per item kind:
 * - `ordinal` and `flag` items: one integer code `0..max` (a person's level; for demands the highest
 *   person code the task tolerates);
 * - `nominal` items (kinds of limitation, e.g. I.5, IV.3, VI.1): one code `0..max`, or a list of kind
 *   codes `1..max` (a person may have several kinds; a task may tolerate several kinds). IV.1 and
 *   IV.2 only describe sides and take one code, and only in a profile;
 * - `conditions` items (I.8, II.12): a list of condition codes `1..max` without repeats (the
 *   conditions the person needs, or that the task meets); the empty list is *nee*.
 *
 * Messages name the item and the expected codes, never the code that was given (health data).
 *
 * @param entries - Item id → code or list of codes.
 * @param side - `'profile'` for a person's capabilities, `'demands'` for a task's demands.
 * @returns Every issue found; an empty array when the map is valid.
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when `side` is neither `'profile'` nor `'demands'`.
 * @example
 * fmlIssues({ 'IV.13': 2, 'I.8': [4] }, 'profile'); // []
 * fmlIssues({ 'IV.99': 1 }, 'demands')[0]?.code;  // 'unknown_fml_item'
 */
export function fmlIssues(
  entries: Readonly<Record<string, number | readonly number[]>>,
  side: 'profile' | 'demands',
): FmlIssue[] {
  if (side !== 'profile' && side !== 'demands') {
    throw new BanenmatchError('INVALID_ARGUMENT', "fmlIssues: expected `side` to be 'profile' or 'demands'");
  }
  if (!isRecord(entries)) {
    return [{ path: [], message: 'expected an object of FML item ids and codes', code: 'invalid_type' }];
  }
  const issues: FmlIssue[] = [];
  for (const [id, value] of Object.entries(entries)) {
    const item = fmlItem(id);
    if (item === undefined) {
      issues.push({ path: [id], message: `"${id}" is not an FML item id`, code: 'unknown_fml_item' });
      continue;
    }
    if (!item.compared && side === 'demands') {
      issues.push({
        path: [id],
        message: `item ${id} describes a side, tasks make no demands on it`,
        code: 'fml_item_not_demandable',
      });
      continue;
    }
    const listAllowed = item.kind === 'conditions' || (item.kind === 'nominal' && item.compared);
    if (Array.isArray(value)) {
      if (!listAllowed) {
        issues.push({
          path: [id],
          message: `item ${id} takes one code ${range(item, 0)}, not a list`,
          code: 'fml_number_expected',
        });
      } else {
        issues.push(...listIssues(id, item, value, item.kind === 'conditions' ? 'condition' : 'kind'));
      }
    } else if (item.kind === 'conditions') {
      issues.push({
        path: [id],
        message: `item ${id} takes a list of condition codes ${range(item, 1)}`,
        code: 'fml_list_expected',
      });
    } else if (!isCode(value, 0, item)) {
      issues.push({
        path: [id],
        message: `code is not one of item ${id}'s codes ${range(item, 0)}`,
        code: 'invalid_fml_code',
      });
    }
  }
  return issues;
}
