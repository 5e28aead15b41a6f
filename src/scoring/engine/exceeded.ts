import { EXCEEDED_ITEM_IDS } from '../../capability/compiled.js';
import { LAYOUT_STRIDE } from '../tables/vacancies.js';
import type { Engine } from './state.js';

/** The FML item id of an item code of `exceededCompiled` (`EXCEEDED_ITEM_IDS`). */
export function exceededItemId(code: number): string {
  return EXCEEDED_ITEM_IDS[code]!;
}

/**
 * @internal Forgets what candidate `ci`'s caches hold for the vacancies of `pairs` (stamps back to 0):
 * every entry an evaluation of `ci` with one of them reads (its job shape, job content, skill
 * signature, occupation and the demand classes of its layout) and the marks on the candidate's
 * skills. Around a changed copy of the candidate written over its columns and evaluated with those
 * vacancies only (`whyNot` sizing a change of hours or skills): the copy does not read the
 * candidate's results, nor the candidate later the copy's, and the rest of its caches stay.
 */
export function forgetPairs(e: Engine, ci: number, pairs: readonly { readonly vi: number }[]): void {
  const stamp = ci + 1;
  const rows = e.layouts.data;
  for (const { vi } of pairs) {
    const sid = e.vShape.data[vi]!;
    // Stryker disable next-line ConditionalExpression: true reads no stamp at −1 (undefined) and writes none
    if (sid >= 0) {
      // Stryker disable next-line ConditionalExpression: true also forgets another candidate's entry, which it computes again the same
      if (e.shapeStamp[sid] === stamp) e.shapeStamp[sid] = 0;
      // Stryker disable next-line ConditionalExpression: true also forgets another candidate's mark (it only prunes earlier)
      if (e.shapeCarveOnly[sid] === stamp) e.shapeCarveOnly[sid] = 0;
    }
    const content = e.vContent.data[vi]!;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: true or || forget another candidate's entry too, or none at −1
    if (content >= 0 && e.contentStamp[content] === stamp) e.contentStamp[content] = 0;
    const signature = e.vSkillSignature.data[vi]!;
    // Stryker disable next-line ConditionalExpression: true also forgets another candidate's entry, which it computes again the same
    if (e.signatureStamp[signature] === stamp) e.signatureStamp[signature] = 0;
    const occupation = e.vOccupation.data[vi]!;
    // Stryker disable next-line all: the copy keeps the candidate's preferences (CandidateTable.put), so the entry is the copy's too
    if (e.occupationStamp[occupation] === stamp) e.occupationStamp[occupation] = 0;
    // The demand classes below: the copy keeps the candidate's FML profile (CandidateTable.put), so a
    // class's status and margin are the copy's too; forgotten all the same, as every entry the copy reads.
    // Stryker disable next-line all: see above
    const head = e.vLayout.data[vi]! * LAYOUT_STRIDE;
    // Stryker disable next-line all: see above
    const m = e.vTaskEnd.data[vi]! - e.vTaskStart.data[vi]!;
    // Stryker disable next-line all: see above
    for (let a = 1; a <= m; a++) {
      // Stryker disable next-line all: see above
      const cls = rows[head + a * LAYOUT_STRIDE + 1]!;
      // Stryker disable next-line all: see above
      if (e.classStamp[cls] === stamp) e.classStamp[cls] = 0;
      // Stryker disable next-line all: see above
      if (e.marginStamp[cls] === stamp) e.marginStamp[cls] = 0;
    }
  }
  const skills = e.cSkills[ci]!;
  // Stryker disable next-line EqualityOperator,ConditionalExpression: <= reads no mark past the end (undefined); true also clears another candidate's, re-marked as markedFor is reset
  for (let k = 0; k < skills.length; k++) if (e.skillMark[skills[k]!] === stamp) e.skillMark[skills[k]!] = 0;
  e.markedFor = -1;
}
