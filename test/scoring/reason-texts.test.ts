import { createMatcher, generateRegion } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { lineOf, type ReasonLine, ReasonTexts } from '../../src/scoring/explain/texts.js';

// `ReasonTexts`: the reasons of one ranking's explanations written once per the numbers they are a
// function of, inside `during` only; and rankAll, which explains with them, against rank and
// rankCandidates, which write every text afresh.

/** A writer that counts its calls and writes `text` plus the call's number. */
function writer(text: string) {
  let calls = 0;
  const write = (): ReasonLine => lineOf('x', `${text} ${++calls}`);
  return { write, calls: () => calls };
}

describe('ReasonTexts', () => {
  it('writes a line as `name: reason`', () => {
    expect(lineOf('vaardigheden', 'alle gevraagde')).toEqual({
      reason: 'alle gevraagde',
      line: 'vaardigheden: alle gevraagde',
    });
  });

  it('writes every text afresh outside `during`', () => {
    const texts = new ReasonTexts();
    const w = writer('t');
    const record = {};
    expect(texts.capabilityLine(1, 2, 0.5, w.write).reason).toBe('t 1');
    expect(texts.capabilityLine(1, 2, 0.5, w.write).reason).toBe('t 2');
    expect(texts.preferencesLine(3, w.write).reason).toBe('t 3');
    expect(texts.preferencesLine(3, w.write).reason).toBe('t 4');
    expect(texts.hoursLine(record, 20, w.write).reason).toBe('t 5');
    expect(texts.hoursLine(record, 20, w.write).reason).toBe('t 6');
    const order = Int32Array.of(4, 2);
    expect(texts.skillsLine(order, 1, w.write).reason).toBe('t 7');
    expect(texts.skillsLine(order, 1, w.write).reason).toBe('t 8');
    let made = 0;
    const make = (): Int32Array => Int32Array.of(++made);
    expect(texts.carvedSkillOrder(4, new Uint8Array(1), make)[0]).toBe(1);
    expect(texts.carvedSkillOrder(4, new Uint8Array(1), make)[0]).toBe(2);
  });

  it('remembers each text by its own numbers inside `during`, nested runs sharing the outer one, and forgets after', () => {
    const texts = new ReasonTexts();
    const w = writer('t');
    const value = texts.during(() => {
      // Capability: by signals, unassessed items and value; signals × 65,536 + unassessed keeps
      // (1, 0) apart from (0, 1) and from (0, 65,536 + …).
      expect(texts.capabilityLine(1, 0, 0.5, w.write).reason).toBe('t 1');
      expect(texts.capabilityLine(1, 0, 0.5, w.write).reason).toBe('t 1');
      expect(texts.capabilityLine(0, 1, 0.5, w.write).reason).toBe('t 2');
      expect(texts.capabilityLine(1, 0, 0.25, w.write).reason).toBe('t 3');
      expect(texts.capabilityLine(2, 0, 0.5, w.write).reason).toBe('t 4');
      expect(texts.capabilityLine(0, 2, 0.5, w.write).reason).toBe('t 5');
      expect(texts.capabilityLine(0, 1, 0.5, w.write).reason).toBe('t 2');
      // Preferences: by code.
      expect(texts.preferencesLine(0, w.write).reason).toBe('t 6');
      expect(texts.preferencesLine(3, w.write).reason).toBe('t 7');
      expect(texts.preferencesLine(0, w.write).reason).toBe('t 6');
      expect(texts.preferencesLine(3, w.write).reason).toBe('t 7');
      // A nested run keeps what the outer one remembered, and does not forget it at its end.
      texts.during(() => expect(texts.preferencesLine(3, w.write).reason).toBe('t 7'));
      expect(texts.preferencesLine(3, w.write).reason).toBe('t 7');
      return 'done';
    });
    expect(value).toBe('done');
    // After the run: written afresh, and a new run starts empty.
    expect(texts.preferencesLine(3, w.write).reason).toBe('t 8');
    expect(texts.capabilityLine(1, 0, 0.5, w.write).reason).toBe('t 9');
    texts.during(() => {
      expect(texts.preferencesLine(3, w.write).reason).toBe('t 10');
      expect(texts.capabilityLine(1, 0, 0.5, w.write).reason).toBe('t 11');
    });
  });

  it('says whether it remembers: inside `during` (nested too), not before, after, or after a throw', () => {
    const texts = new ReasonTexts();
    expect(texts.remembering).toBe(false);
    texts.during(() => {
      expect(texts.remembering).toBe(true);
      texts.during(() => expect(texts.remembering).toBe(true));
      expect(texts.remembering).toBe(true);
    });
    expect(texts.remembering).toBe(false);
    expect(() =>
      texts.during(() => {
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(texts.remembering).toBe(false);
  });

  it('forgets after a run that throws', () => {
    const texts = new ReasonTexts();
    const w = writer('t');
    expect(() =>
      texts.during(() => {
        texts.preferencesLine(1, w.write);
        throw new Error('stop');
      }),
    ).toThrow('stop');
    texts.during(() => expect(texts.preferencesLine(1, w.write).reason).toBe('t 2'));
  });

  it('keeps the hours texts per candidate: another record starts afresh, the same one keeps them', () => {
    const texts = new ReasonTexts();
    const w = writer('t');
    const a = {};
    const b = {};
    texts.during(() => {
      expect(texts.hoursLine(a, 20, w.write).reason).toBe('t 1');
      expect(texts.hoursLine(a, 20, w.write).reason).toBe('t 1');
      expect(texts.hoursLine(a, 24, w.write).reason).toBe('t 2');
      expect(texts.hoursLine(b, 20, w.write).reason).toBe('t 3');
      expect(texts.hoursLine(a, 20, w.write).reason).toBe('t 4');
      expect(texts.hoursLine(a, 20, w.write).reason).toBe('t 4');
    });
    // After the run the record is forgotten too: the same record starts afresh in the next.
    texts.during(() => {
      expect(texts.hoursLine(a, 20, w.write).reason).toBe('t 5');
    });
  });

  it('keeps the skills texts by the skill order and what the candidate has of it, across candidates', () => {
    const texts = new ReasonTexts();
    const w = writer('t');
    const order = Int32Array.of(7, 3, 9);
    const same = Int32Array.of(7, 3, 9);
    texts.during(() => {
      expect(texts.skillsLine(order, 0b101, w.write).reason).toBe('t 1');
      expect(texts.skillsLine(order, 0b101, w.write).reason).toBe('t 1');
      expect(texts.skillsLine(order, 0b001, w.write).reason).toBe('t 2');
      // No skills at all (−1) is not "none of these" (0).
      expect(texts.skillsLine(order, -1, w.write).reason).toBe('t 3');
      expect(texts.skillsLine(order, 0, w.write).reason).toBe('t 4');
      expect(texts.skillsLine(order, -1, w.write).reason).toBe('t 3');
      // Another order is another key, even with the same skills (orders are remembered, so one per job).
      expect(texts.skillsLine(same, 0b101, w.write).reason).toBe('t 5');
      // Below −1 (more skills than a mask holds): written afresh each time.
      expect(texts.skillsLine(order, -2, w.write).reason).toBe('t 6');
      expect(texts.skillsLine(order, -2, w.write).reason).toBe('t 7');
    });
    texts.during(() => expect(texts.skillsLine(order, 0b101, w.write).reason).toBe('t 8'));
  });

  it('keeps a whole job’s line per candidate and hours inside `during` only', () => {
    const texts = new ReasonTexts();
    let calls = 0;
    const write = (): string => `regel ${++calls}`;
    const a = {};
    const b = {};
    expect(texts.wholeJobStory(a, 20, write)).toBe('regel 1');
    expect(texts.wholeJobStory(a, 20, write)).toBe('regel 2');
    texts.during(() => {
      expect(texts.wholeJobStory(a, 20, write)).toBe('regel 3');
      expect(texts.wholeJobStory(a, 20, write)).toBe('regel 3');
      expect(texts.wholeJobStory(a, 24, write)).toBe('regel 4');
      expect(texts.wholeJobStory(b, 20, write)).toBe('regel 5');
      expect(texts.wholeJobStory(a, 20, write)).toBe('regel 6');
    });
    texts.during(() => expect(texts.wholeJobStory(a, 20, write)).toBe('regel 7'));
  });

  it('keeps a carved job’s skill order by its content and the tasks in it', () => {
    const texts = new ReasonTexts();
    let made = 0;
    const make = (): Int32Array => Int32Array.of(++made);
    const order = (content: number, inJob: Uint8Array) => texts.carvedSkillOrder(content, inJob, make)[0];
    const tasks = (...inJob: number[]) => Uint8Array.from(inJob);
    texts.during(() => {
      expect(order(5, tasks(1, 0, 1))).toBe(1);
      expect(order(5, tasks(1, 0, 1))).toBe(1);
      expect(order(5, tasks(1, 1, 1))).toBe(2);
      expect(order(5, tasks(0, 0, 1))).toBe(3);
      expect(order(5, tasks(1, 0, 0))).toBe(4);
      expect(order(6, tasks(1, 0, 1))).toBe(5);
      expect(order(5, tasks(1, 0, 1))).toBe(1);
      expect(order(0, tasks(1))).toBe(6);
      expect(order(0, tasks(1))).toBe(6);
      // Task 31 in the job (the sign bit of the mask) is a key of its own, read unsigned: content 5
      // with it is not content 4 with it (5 × 2³² − 2³¹ = 4 × 2³² + 2³¹).
      const last = new Uint8Array(32);
      last[31] = 1;
      expect(order(4, last)).toBe(7);
      expect(order(5, last)).toBe(8);
      expect(order(5, last.slice())).toBe(8);
      // The same tasks in the job by their mask (task 0 of 32, as of 3 above): the same order.
      const first = new Uint8Array(32);
      first[0] = 1;
      expect(order(5, first)).toBe(4);
      // Content past 2²¹, below 0, or more than 32 tasks: made each time.
      expect(order(2 ** 21, tasks(1))).toBe(9);
      expect(order(2 ** 21, tasks(1))).toBe(10);
      expect(order(2 ** 21 - 1, tasks(1))).toBe(11);
      expect(order(2 ** 21 - 1, tasks(1))).toBe(11);
      expect(order(-1, tasks(1))).toBe(12);
      expect(order(-1, tasks(1))).toBe(13);
      expect(order(5, new Uint8Array(33))).toBe(14);
      expect(order(5, new Uint8Array(33))).toBe(15);
      expect(order(5, new Uint8Array(32))).toBe(16);
      expect(order(5, new Uint8Array(32))).toBe(16);
    });
  });
});

describe('rankAll explains with remembered texts, as rank and rankCandidates do without', () => {
  it('gives each candidate’s and each vacancy’s list as rank and rankCandidates give them (carving on and off)', () => {
    const region = generateRegion({ seed: 11, candidates: 120, vacancies: 160 });
    for (const options of [{}, { carving: false as const }]) {
      const m = createMatcher(region, options);
      const all = m.rankAll({ k: 6 });
      region.candidates.forEach((c, ci) => {
        expect(all.byCandidate[ci]).toEqual(m.rank(c.id, { k: 6 }));
      });
      region.vacancies.forEach((v, vi) => {
        expect(all.byVacancy[vi]).toEqual(m.rankCandidates(v.id, { k: 6 }));
      });
      const carved = all.byCandidate.flat().filter((x) => x.job !== 'full').length;
      if (options.carving === undefined) expect(carved).toBeGreaterThan(0);
    }
  });
});
