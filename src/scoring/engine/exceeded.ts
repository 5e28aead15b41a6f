import { EXCEEDED_ITEM_IDS } from '../../capability/compiled.js';
import type { Engine } from './state.js';

/** The FML item id of an item code of `exceededCompiled` (`EXCEEDED_ITEM_IDS`). */
export function exceededItemId(code: number): string {
  return EXCEEDED_ITEM_IDS[code]!;
}

/**
 * @internal Forgets every cache of candidate `ci` (their stamps back to 0): after the candidate's
 * columns were written over for a changed copy, and again when they are put back.
 */
export function forgetCandidate(e: Engine, ci: number): void {
  const stamp = ci + 1;
  const caches = [
    e.classStamp,
    e.marginStamp,
    e.occupationStamp,
    e.shapeStamp,
    e.shapeCarveOnly,
    e.contentStamp,
    e.signatureStamp,
    e.skillMark,
  ];
  for (const s of caches) for (let k = 0; k < s.length; k++) if (s[k] === stamp) s[k] = 0;
  e.markedFor = -1;
}
