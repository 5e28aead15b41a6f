import { compareCapabilities, TASK_KINDS, taskKind } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { COMPARED_ITEMS } from '../../src/capability/compare.js';

// Coverage of the FML by the task-kind catalogue (issue 18): every item a task can load is assessed by
// some task kind, and no limitation a person can have is unmatchable by construction.

/** Items the task kinds do not assess, with the reason. */
const NOT_ASSESSED: Readonly<Record<string, string>> = {
  'VI.2': 'uren per dag: compared with the job hours (compareHours), not a demand of a task',
  'VI.3': 'uren per week: compared with the job hours (compareHours), not a demand of a task',
};

/** Limitations no catalogue task kind can meet, with the reason. */
const UNMEETABLE: Readonly<Record<string, string>> = {
  // "Overige voorwaarden" is free text on the form ("namelijk: …"): a catalogue cannot know which
  // condition is meant, so no typical task claims to meet it; a vacancy may (then a signal says: check).
  'I.8:7': 'overige voorwaarden persoonlijk functioneren: free text, unknown to a catalogue',
  'II.12:6': 'overige voorwaarden sociaal functioneren: free text, unknown to a catalogue',
};

/** A profile with just this one limitation, in the shape the item takes. */
function oneLimitation(kind: string, id: string, code: number): Record<string, number | number[]> {
  return { [id]: kind === 'conditions' || kind === 'nominal' ? [code] : code };
}

describe('FML coverage of the task-kind catalogue', () => {
  it('assesses every compared FML item in at least one task kind, except the hours items', () => {
    const assessed = new Set(TASK_KINDS.flatMap((k) => Object.keys(k.demands)));
    const missing = COMPARED_ITEMS.map((i) => i.id).filter((id) => !assessed.has(id));
    expect(missing).toEqual(Object.keys(NOT_ASSESSED));
  });

  it('has, for every code a person can have on an item, a task kind that tolerates or meets it', () => {
    const unmatchable: string[] = [];
    for (const item of COMPARED_ITEMS) {
      for (let code = 1; code < item.levels.length; code++) {
        const profile = oneLimitation(item.kind, item.id, code);
        if (!TASK_KINDS.some((k) => compareCapabilities(profile, k.demands).fits))
          unmatchable.push(`${item.id}:${code}`);
      }
    }
    expect(unmatchable).toEqual(Object.keys(UNMEETABLE));
  });

  it('lets solitary work meet II.12 code 4 (no direct contact with colleagues)', () => {
    const solitary = TASK_KINDS.filter((k) => compareCapabilities({ 'II.12': [4] }, k.demands).fits).map(
      (k) => k.id,
    );
    expect(solitary).toEqual([
      'litter-picking',
      'filing',
      'street-sweeping',
      'surveillance',
      'mail-delivery',
    ]);
  });

  it('keeps people who cannot work nights out of night work, not out of evening office cleaning', () => {
    const noNights = { 'VI.1': [2] };
    expect(compareCapabilities(noNights, taskKind('baking')!.demands).fits).toBe(false);
    expect(compareCapabilities(noNights, taskKind('surveillance')!.demands).fits).toBe(false);
    const cleaning = compareCapabilities(noNights, taskKind('cleaning')!.demands);
    expect(cleaning.fits).toBe(true);
    expect(cleaning.signals.map((s) => s.itemId)).toEqual(['VI.1']);
    // not every evening: office cleaning in the evening is out, day work in a warehouse packing is in
    expect(compareCapabilities({ 'VI.1': [1] }, taskKind('cleaning')!.demands).fits).toBe(false);
    expect(compareCapabilities({ 'VI.1': [1] }, taskKind('packing')!.demands).fits).toBe(true);
  });

  it('gives rubriek III limitations a reason on the tasks that expose people to them', () => {
    const dust = compareCapabilities({ 'III.5': 1 }, taskKind('cleaning')!.demands);
    expect(dust.fits).toBe(false);
    expect(dust.exceedances[0]?.reason).toBe('stof, rook, gassen en dampen: beperkt, taak vraagt normaal');
    expect(compareCapabilities({ 'III.7': 1 }, taskKind('green-maintenance')!.demands).fits).toBe(false);
    expect(compareCapabilities({ 'III.1': [1] }, taskKind('baking')!.demands).fits).toBe(false);
    expect(compareCapabilities({ 'III.1': [2] }, taskKind('baking')!.demands).fits).toBe(true);
    expect(compareCapabilities({ 'IV.3': [9] }, taskKind('data-entry')!.demands).fits).toBe(false);
    expect(compareCapabilities({ 'IV.3': [7] }, taskKind('assembly')!.demands).fits).toBe(false);
    expect(compareCapabilities({ 'IV.3': [8] }, taskKind('packing')!.demands).fits).toBe(false);
    expect(compareCapabilities({ 'III.5': 1, 'IV.3': [7] }, taskKind('filing')!.demands).fits).toBe(true);
  });
});
