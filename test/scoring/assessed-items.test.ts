import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssessedItems } from '../../src/scoring/assessed-items.js';

const demands = fc.dictionary(
  fc.constantFrom('IV.13', 'IV.14', 'II.8', 'VI.1', 'I.8', 'VI.3', 'X.1'),
  fc.integer({ min: 0, max: 4 }),
  { maxKeys: 4 },
);

describe('AssessedItems', () => {
  it('wouldUnjudge says whether counting a task out changes the judged items', () => {
    fc.assert(
      fc.property(fc.array(demands, { minLength: 1, maxLength: 6 }), (tasks) => {
        const items = new AssessedItems();
        for (const d of tasks) items.add(d);
        const last = tasks[tasks.length - 1]!;
        const would = items.wouldUnjudge(items.slotsOf(last));
        const version = items.version;
        items.remove(last);
        expect(items.version !== version).toBe(would);
      }),
    );
  });

  it('addSlots counts a task in as add does: the same judged items and the same version after each (property)', () => {
    fc.assert(
      fc.property(
        fc.array(demands, { maxLength: 8 }),
        fc.array(demands, { maxLength: 3 }),
        (tasks, profiles) => {
          const byDemands = new AssessedItems();
          const bySlots = new AssessedItems();
          for (const d of tasks) {
            byDemands.add(d);
            bySlots.addSlots(byDemands.slotsOf(d));
            expect(bySlots.version).toBe(byDemands.version);
            expect(bySlots.stated()).toEqual(byDemands.stated());
          }
          for (const p of profiles) expect(bySlots.unassessed(p)).toEqual(byDemands.unassessed(p));
          // Counted, not only marked: a task counted in twice stays judged after one is counted out.
          for (const d of tasks) byDemands.remove(d);
          for (const d of tasks) bySlots.remove(d);
          expect(bySlots.stated()).toEqual([]);
        },
      ),
    );
  });

  it('addSlots of a task stating IV.13 twice over: judged until both are counted out, the version moving at 0 only', () => {
    const items = new AssessedItems();
    const slots = items.slotsOf({ 'IV.13': 1, 'X.1': 2 });
    expect(slots.length).toBe(1);
    items.addSlots(slots);
    expect(items.version).toBe(1);
    expect(items.stated()).toEqual(['IV.13']);
    items.addSlots(slots);
    expect(items.version).toBe(1);
    items.remove({ 'IV.13': 1 });
    expect(items.stated()).toEqual(['IV.13']);
    expect(items.version).toBe(1);
    items.remove({ 'IV.13': 1 });
    expect(items.stated()).toEqual([]);
    expect(items.version).toBe(2);
  });
});
