import {
  compareCapabilities,
  decomposeVacancy,
  formatPath,
  parseVacancies,
  safeParseVacancies,
  taskKind,
} from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { vacanciesFromCsv, vacanciesToCsv } from '../../src/cli/vacancies-csv.js';

// Conditions a vacancy states for all its tasks (issue 18): shift times, working alone.

const vacancy = {
  id: 'v-nacht',
  employerId: 'e-1',
  sector: 'market',
  occupation: 'schoonmaker',
  location: { municipality: 'Hilversum', lat: 52.2233, lon: 5.1764 },
  hoursPerWeek: 20,
  // cleaning a depot at night, alone
  conditions: { 'VI.1': [], 'II.12': [1, 4, 5] },
  tasks: [
    { id: 't1', kind: 'cleaning', hoursPerWeek: 16, demands: { 'IV.13': 1, 'II.12': [1, 3], 'VI.1': [2] } },
    { id: 't2', kind: 'filing', hoursPerWeek: 4, demands: { 'V.2': 1 } },
  ],
};

describe('vacancy conditions', () => {
  it('are merged into every task: the vacancy value replaces the task value of the item, other items stay', () => {
    const [v] = parseVacancies([vacancy]);
    expect(v?.conditions).toEqual({ 'VI.1': [], 'II.12': [1, 4, 5] });
    expect(v?.tasks?.[0]?.demands).toEqual({ 'IV.13': 1, 'II.12': [1, 4, 5], 'VI.1': [] });
    expect(v?.tasks?.[1]?.demands).toEqual({ 'V.2': 1, 'VI.1': [], 'II.12': [1, 4, 5] });
    // the engine sees the merged demands: a person who cannot work nights cannot do the cleaning,
    // a person who needs to work without direct contact with colleagues can
    const cleaning = v!.tasks![0]!.demands;
    expect(compareCapabilities({ 'VI.1': [2] }, cleaning).fits).toBe(false);
    expect(compareCapabilities({ 'II.12': [4] }, cleaning).fits).toBe(true);
    expect(compareCapabilities({ 'II.12': [3] }, cleaning).fits).toBe(false);
  });

  it('parse again to the same vacancy (merging is idempotent)', () => {
    const once = parseVacancies([vacancy]);
    expect(parseVacancies(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });

  it('hold for tasks derived from the occupation too', () => {
    const { tasks: _tasks, ...noTasks } = vacancy;
    const [v] = parseVacancies([noTasks]);
    const derived = decomposeVacancy(v!);
    expect(derived.map((t) => t.kind)).toContain('cleaning');
    for (const t of derived) {
      expect(t.demands['VI.1']).toEqual([]);
      expect(t.demands['II.12']).toEqual([1, 4, 5]);
    }
    expect(derived.find((t) => t.kind === 'cleaning')?.demands['IV.13']).toBe(
      taskKind('cleaning')!.demands['IV.13'],
    );
  });

  it('are validated as FML demands, with paths', () => {
    const r = safeParseVacancies([
      vacancy,
      { ...vacancy, id: 'v-2', conditions: { 'VI.1': [5], 'II.12': 4, 'IV.99': 0, 'IV.1': 1 } },
    ]);
    expect(r.success).toBe(false);
    if (r.success) return;
    const found = r.error.issues.map((i) => [formatPath(i.path, 'vacancies'), i.message]);
    expect(found).toEqual([
      ['vacancies[1].conditions.VI.1[0]', expect.stringContaining("not one of item VI.1's kind codes 1–2")],
      ['vacancies[1].conditions.II.12', expect.stringContaining('takes a list of condition codes 1–6')],
      ['vacancies[1].conditions.IV.99', expect.stringContaining('is not an FML item id')],
      ['vacancies[1].conditions.IV.1', expect.stringContaining('tasks make no demands on it')],
    ]);
  });

  it('go through the CSV layout and back', () => {
    const parsed = parseVacancies([vacancy]);
    const csv = vacanciesToCsv(parsed);
    expect(csv.split('\n')[1]).toContain(',VI.1=;II.12=1|4|5,');
    const read = vacanciesFromCsv(csv);
    expect(read.problems).toEqual([]);
    expect(parseVacancies(read.records)).toEqual(parsed);
  });
});
