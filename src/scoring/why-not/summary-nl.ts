import { fmlItem } from '../../capability/fml.js';
import type { WhyNotTally } from './types.js';

/** How many FML items the summary names, most frequent first. */
const ITEMS_NAMED = 3;

/**
 * @internal The tally in one Dutch line, each shut vacancy counted once, so the counts add up to the
 * vacancies in reach: "31 vacatures binnen bereik; 18 vallen af op mogelijkheden (IV.13 tillen 18),
 * 7 op uren, 2 op de minimumscore; 4 passen". The capability count names its most frequent FML items
 * in brackets; a vacancy can ask too much on several items, so those figures overlap (said so when
 * more than one item is named).
 */
export function whyNotSummary(inReach: number, t: WhyNotTally): string {
  const items = Object.entries(t.capabilityItems)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id, count]) => `${`${id} ${fmlItem(id)?.name ?? ''}`.trimEnd()} ${count}`);
  const named = items.slice(0, ITEMS_NAMED).join(', ') + (items.length > ITEMS_NAMED ? ', …' : '');
  const overlap = items.length > 1 ? '; een vacature kan op meer items afvallen' : '';
  const parts: [number, string][] = [];
  if (t.capability > 0) {
    parts.push([t.capability, items.length > 0 ? `mogelijkheden (${named}${overlap})` : 'mogelijkheden']);
  }
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
