import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { whyNotSummary } from '../../src/scoring/why-not/summary-nl.js';

type Tally = Parameters<typeof whyNotSummary>[1];
const COUNTS = ['fits', 'commute', 'capability', 'qualification', 'hours', 'minScore'] as const;
/** A tally with every count 0 and no items, but those given. */
const tally = (t: Partial<Tally>): Tally =>
  ({ ...Object.fromEntries(COUNTS.map((k) => [k, 0])), capabilityItems: {}, ...t }) as Tally;

describe('whyNotSummary: the tally in one line a job coach can add up', () => {
  it('counts each shut vacancy once and names the most frequent FML items in brackets, overlap said', () => {
    const t = tally({
      fits: 4,
      capability: 20,
      hours: 5,
      minScore: 2,
      capabilityItems: { 'IV.13': 18, 'VI.3': 6, 'II.5': 6, 'I.8': 1 },
    });
    expect(whyNotSummary(31, t)).toBe(
      '31 vacatures binnen bereik; 20 vallen af op mogelijkheden (IV.13 tillen 18, II.5 lezen 6, VI.3 ' +
        'uren per week 6, …; een vacature kan op meer items afvallen), 5 op uren, 2 op de minimumscore; 4 passen',
    );
  });

  it('one vacancy, one item: singular words, no overlap note', () => {
    const t = tally({ capability: 1, capabilityItems: { 'IV.13': 1 } });
    expect(whyNotSummary(1, t)).toBe(
      '1 vacature binnen bereik; 1 valt af op mogelijkheden (IV.13 tillen 1); 0 passen',
    );
  });

  it('exactly three items: all named, no ellipsis; an item the FML does not know by its id; no items, no brackets', () => {
    const three = tally({ capability: 3, capabilityItems: { 'IV.13': 3, 'X.1': 2, 'VI.3': 1 } });
    expect(whyNotSummary(3, three)).toBe(
      '3 vacatures binnen bereik; 3 vallen af op mogelijkheden (IV.13 tillen 3, X.1 2, VI.3 uren per week 1; ' +
        'een vacature kan op meer items afvallen); 0 passen',
    );
    expect(whyNotSummary(2, tally({ capability: 2 }))).toBe(
      '2 vacatures binnen bereik; 2 vallen af op mogelijkheden; 0 passen',
    );
  });

  it('each rule in its words, the first with its verb; nothing shut: only what fits', () => {
    const all = tally({ fits: 1, commute: 1, qualification: 2, hours: 1, minScore: 1 });
    expect(whyNotSummary(6, all)).toBe(
      '6 vacatures binnen bereik; 1 valt af op reisafstand, 2 op diploma, 1 op uren, 1 op de minimumscore; 1 past',
    );
    expect(whyNotSummary(0, tally({}))).toBe('0 vacatures binnen bereik; 0 passen');
    expect(whyNotSummary(2, tally({ fits: 2 }))).toBe('2 vacatures binnen bereik; 2 passen');
  });

  it('the counts outside the brackets add up to the vacancies in reach', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 50 }), { minLength: 6, maxLength: 6 }), (c) => {
        const [fits, commute, capability, qualification, hours, minScore] = c as [
          number,
          number,
          number,
          number,
          number,
          number,
        ];
        const items = capability > 0 ? { 'IV.13': capability, 'VI.3': Math.ceil(capability / 2) } : {};
        const inReach = c.reduce((a, b) => a + b, 0);
        const line = whyNotSummary(
          inReach,
          tally({ fits, commute, capability, qualification, hours, minScore, capabilityItems: items }),
        );
        const outside = line.replace(/\([^)]*\)/g, '').replace(/^\d+ vacatures? binnen bereik/, '');
        const sum = (outside.match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);
        expect(sum).toBe(inReach);
      }),
    );
  });
});
