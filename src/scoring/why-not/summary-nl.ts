import { fmlItem } from '../../capability/fml.js';
import type { WhyNotTally } from './types.js';

/**
 * @internal The tally in one Dutch line: "31 vacatures binnen bereik; 18 vallen af op IV.13 tillen,
 * 7 op uren, 2 op de minimumscore; 4 passen". Capability items by count, most first (a vacancy can
 * count for several items).
 */
export function whyNotSummary(inReach: number, t: WhyNotTally): string {
  const parts: [number, string][] = Object.entries(t.capabilityItems)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id, count]) => [count, `${id} ${fmlItem(id)?.name ?? ''}`.trimEnd()]);
  if (t.commute > 0) parts.push([t.commute, 'reisafstand']);
  if (t.qualification > 0) parts.push([t.qualification, 'diploma']);
  if (t.hours > 0) parts.push([t.hours, 'uren']);
  if (t.minScore > 0) parts.push([t.minScore, 'de minimumscore']);
  const words = parts.map(([count, what], k) =>
    k === 0 ? `${count} ${count === 1 ? 'valt' : 'vallen'} af op ${what}` : `${count} op ${what}`,
  );
  const head = `${inReach} ${inReach === 1 ? 'vacature' : 'vacatures'} binnen bereik`;
  return [
    head,
    ...(words.length > 0 ? [words.join(', ')] : []),
    `${t.fits} ${t.fits === 1 ? 'past' : 'passen'}`,
  ].join('; ');
}
