import { describe, expect, it } from 'vitest';
import { lineOf, type ReasonLine, ReasonTexts } from '../../src/scoring/explain/texts.js';

// `ReasonTexts`' numeric keys at their far ends: the capability key is signals × 65,536 + unassessed
// items, so many signals (65,536 of them) stay apart from one unassessed item; a carved job's key is
// content × 2³² + the task mask.

/** A writer that counts its calls and writes `text` plus the call's number. */
function writer(text: string) {
  let calls = 0;
  const write = (): ReasonLine => lineOf('x', `${text} ${++calls}`);
  return write;
}

describe('ReasonTexts keys', () => {
  it('keeps 65,536 signals apart from one unassessed item (keys 2³² and 1), and each kept', () => {
    const texts = new ReasonTexts();
    const write = writer('t');
    texts.during(() => {
      expect(texts.capabilityLine(65_536, 0, 0.5, write).reason).toBe('t 1');
      expect(texts.capabilityLine(0, 1, 0.5, write).reason).toBe('t 2');
      expect(texts.capabilityLine(65_536, 0, 0.5, write).reason).toBe('t 1');
      expect(texts.capabilityLine(0, 1, 0.5, write).reason).toBe('t 2');
      // 64 unassessed items (every FML item) stay apart from one signal and none.
      expect(texts.capabilityLine(0, 64, 0.5, write).reason).toBe('t 3');
      expect(texts.capabilityLine(1, 0, 0.5, write).reason).toBe('t 4');
      expect(texts.capabilityLine(1, 64, 0.5, write).reason).toBe('t 5');
      expect(texts.capabilityLine(0, 64, 0.5, write).reason).toBe('t 3');
    });
  });

  it('keeps the largest content below 2²¹ with every task apart from the next lower content', () => {
    const texts = new ReasonTexts();
    const write = writer('t');
    const all = new Uint8Array(32).fill(1);
    const none = new Uint8Array(32);
    const record = {};
    texts.during(() => {
      expect(texts.skillsLine(record, true, 0, 2 ** 21 - 1, all, write).reason).toBe('t 1');
      expect(texts.skillsLine(record, true, 0, 2 ** 21 - 1, none, write).reason).toBe('t 2');
      expect(texts.skillsLine(record, true, 0, 2 ** 21 - 2, all, write).reason).toBe('t 3');
      expect(texts.skillsLine(record, true, 0, 2 ** 21 - 1, all.slice(), write).reason).toBe('t 1');
      expect(texts.skillsLine(record, true, 0, 2 ** 21 - 2, all.slice(), write).reason).toBe('t 3');
    });
  });
});
