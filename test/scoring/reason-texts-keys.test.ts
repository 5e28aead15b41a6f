import { describe, expect, it } from 'vitest';
import { lineOf, type ReasonLine, ReasonTexts } from '../../src/scoring/explain/texts.js';

// `ReasonTexts`' numeric keys at their far ends: the capability key is signals × 65,536 + unassessed
// items, so many signals (65,536 of them) stay apart from one unassessed item; a carved job's skill
// order is kept by content × 2³² + the task mask.

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
    let made = 0;
    const make = (): Int32Array => Int32Array.of(++made);
    const all = new Uint8Array(32).fill(1);
    const none = new Uint8Array(32);
    const order = (content: number, inJob: Uint8Array) => texts.carvedSkillOrder(content, inJob, make)[0];
    texts.during(() => {
      expect(order(2 ** 21 - 1, all)).toBe(1);
      expect(order(2 ** 21 - 1, none)).toBe(2);
      expect(order(2 ** 21 - 2, all)).toBe(3);
      expect(order(2 ** 21 - 1, all.slice())).toBe(1);
      expect(order(2 ** 21 - 2, all.slice())).toBe(3);
    });
  });
});

describe('ReasonTexts commute and economics keys', () => {
  it('keeps a commute line per distance and limit as written (hundredths of a km)', () => {
    const texts = new ReasonTexts();
    const write = writer('t');
    const line = ([km, limit]: readonly [number, number]) => texts.commuteLine(km, limit, write).reason;
    expect(line([4.691, 22])).toBe('t 1');
    expect(line([4.691, 22])).toBe('t 2');
    // [distance, limit] and the text, in order: 4.691 and 4.694 are both written 4,69, 4.696 is 4,7;
    // distance and limit stay apart at the keys' far end (hundredths below 10⁶); out of range, NaN
    // included, each is written afresh.
    const calls: [readonly [number, number], string][] = [
      [[4.691, 22], 't 3'],
      [[4.694, 22], 't 3'],
      [[4.696, 22], 't 4'],
      [[4.691, 22.01], 't 5'],
      [[0, 9_999.99], 't 6'],
      [[0.01, 0], 't 7'],
      [[9_999.99, 9_999.99], 't 8'],
      [[9_999.99, 9_999.99], 't 8'],
      [[10_000, 22], 't 9'],
      [[10_000, 22], 't 10'],
      [[1, 10_000], 't 11'],
      [[1, 10_000], 't 12'],
      [[Number.NaN, 22], 't 13'],
      [[Number.NaN, 22], 't 14'],
      [[4.691, 22], 't 3'],
    ];
    texts.during(() => {
      for (const [args, text] of calls) expect(line(args)).toBe(text);
    });
    texts.during(() => expect(line([4.691, 22])).toBe('t 15'));
  });

  it('keeps an economics line per pair of keys, and writes it afresh for a key of −1', () => {
    const texts = new ReasonTexts();
    const write = writer('t');
    const line = ([key, sub]: readonly [number, number]) => texts.economicsLine(key, sub, write).reason;
    expect(line([1, 2])).toBe('t 1');
    expect(line([1, 2])).toBe('t 2');
    const calls: [readonly [number, number], string][] = [
      [[1, 2], 't 3'],
      [[1, 2], 't 3'],
      [[2, 1], 't 4'],
      [[1, 3], 't 5'],
      [[0, 0], 't 6'],
      [[-1, 2], 't 7'],
      [[-1, 2], 't 8'],
      [[1, -1], 't 9'],
      [[1, -1], 't 10'],
      [[1, 2], 't 3'],
    ];
    texts.during(() => {
      for (const [args, text] of calls) expect(line(args)).toBe(text);
    });
    texts.during(() => expect(line([1, 2])).toBe('t 11'));
  });
});
