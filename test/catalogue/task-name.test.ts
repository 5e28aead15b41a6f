import { createMatcher, taskName } from 'banenmatch';
import { describe, expect, it } from 'vitest';

describe('taskName: Dutch task names in reasons', () => {
  it('the catalogue’s Dutch name, the vacancy’s own description, or the kind as written', () => {
    expect(taskName({ kind: 'tree-care' })).toBe('boomverzorging');
    expect(taskName({ kind: 'care-support' })).not.toBe('care-support');
    expect(taskName({ kind: 'cleaning', description: 'kantoren stofzuigen' })).toBe('kantoren stofzuigen');
    expect(taskName({ kind: 'koffie zetten' })).toBe('koffie zetten');
  });

  it('an exclusion names the task in Dutch', () => {
    const home = { municipality: 'Hilversum', lat: 52.2233, lon: 5.1764 };
    const matcher = createMatcher({
      candidates: [
        {
          id: 'c-1',
          targetGroup: 'wajong',
          home,
          hoursPerWeek: { min: 8, max: 24 },
          capabilities: { 'IV.13': 3 },
        },
      ],
      vacancies: [
        {
          id: 'v-1',
          employerId: 'e-1',
          sector: 'market',
          occupation: 'magazijnmedewerker',
          location: home,
          hoursPerWeek: 12,
          carvable: false,
          tasks: [{ id: 't1', kind: 'order-picking', hoursPerWeek: 12, demands: { 'IV.13': 0 } }],
        },
      ],
    });
    const r = matcher.score('c-1', 'v-1');
    expect(r.reasons.join(' ')).toMatch(/orderpicken niet: /);
    expect(r.reasons.join(' ')).not.toContain('order-picking');
  });
});
