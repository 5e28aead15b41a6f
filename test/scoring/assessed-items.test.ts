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
});
