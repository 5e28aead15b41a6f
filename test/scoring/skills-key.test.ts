import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExplainContext } from '../../src/scoring/explain/context.js';
import { ExplainMemo, type MemoColumns } from '../../src/scoring/explain/memo.js';
import { skillStory, skillsMatchKey } from '../../src/scoring/explain/reasons-nl.js';

// The skills reason is remembered during a ranking by the job's skill order and `skillsMatchKey`, one
// text for all candidates: pairs with equal keys must get the same text, or a ranking would show one
// candidate's skills under another. The key and the story read only the context's candidates' skills,
// skill labels and the memo's marks: the context here holds just those.

/** A context of candidates with the skill ids `skills`, over a vocabulary of `n` skills named s0, s1, … */
function contextOf(skills: readonly (readonly number[])[], n: number): ExplainContext {
  const cSkills = skills.map((list) => Int32Array.from(list));
  const skillNames = Array.from({ length: n }, (_, i) => `s${i}`);
  const memo = new ExplainMemo({ cSkills, skillNames } as unknown as MemoColumns);
  return {
    cSkills,
    skillLabels: skillNames.map((s) => `vaardigheid ${s}`),
    memo,
  } as unknown as ExplainContext;
}

describe('the skills reason’s key', () => {
  it('is the mask of the order’s places the candidate has; −1 without skills; −2 past 30 skills', () => {
    const x = contextOf([[3, 9], [], [5]], 40);
    const order = Int32Array.of(7, 3, 9);
    expect(skillsMatchKey(x, 0, order)).toBe(0b110);
    expect(skillStory(x, 0, order)).toBe('heeft vaardigheid s3, vaardigheid s9; mist vaardigheid s7');
    expect(skillsMatchKey(x, 1, order)).toBe(-1);
    expect(skillStory(x, 1, order)).toBe(
      'geen vaardigheden of ervaring bekend: telt als geen van de gevraagde',
    );
    // Skills, but none of these: 0, another text than no skills at all.
    expect(skillsMatchKey(x, 2, order)).toBe(0);
    expect(skillStory(x, 2, order)).toBe(
      'heeft geen van de gevraagde vaardigheden; mist vaardigheid s7, vaardigheid s3, vaardigheid s9',
    );
    // 30 skills still fit a mask (place 29 the highest bit); 31 do not.
    const thirty = Int32Array.from({ length: 30 }, (_, i) => i + 10);
    const last = contextOf([[39]], 40);
    expect(skillsMatchKey(last, 0, thirty)).toBe(2 ** 29);
    expect(
      skillsMatchKey(
        last,
        0,
        Int32Array.from({ length: 31 }, (_, i) => i + 9),
      ),
    ).toBe(-2);
  });

  it('pairs with equal keys get the same text, other keys another one (property: candidates and orders over a small vocabulary)', () => {
    const n = 8;
    const skills = fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: n });
    const order = fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: n });
    fc.assert(
      fc.property(skills, skills, order, (a, b, o) => {
        const x = contextOf([a, b], n);
        const ord = Int32Array.from(o);
        const [ka, kb] = [skillsMatchKey(x, 0, ord), skillsMatchKey(x, 1, ord)];
        expect(ka).toBeGreaterThanOrEqual(-1);
        expect(ka === -1).toBe(a.length === 0);
        if (ka === kb) expect(skillStory(x, 1, ord)).toBe(skillStory(x, 0, ord));
        // And no finer than the text: a job that names skills writes other keys otherwise.
        else if (o.length > 0) expect(skillStory(x, 1, ord)).not.toBe(skillStory(x, 0, ord));
      }),
      { numRuns: 2000 },
    );
  });
});
