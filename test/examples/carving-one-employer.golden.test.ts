import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../examples/carving-one-employer.js';

describe('carving example', () => {
  it('prints the stored text', () => {
    const expected = readFileSync(new URL('./__golden__/carving-one-employer.txt', import.meta.url), 'utf8');
    expect(`${main()}\n`).toBe(expected);
  });

  it('carves the hand-checked optimum: food prep (10 h × 0.7) + mail (8 h × 0.8) = 13.4 productive hours', () => {
    expect(main()).toContain('18 hours a week');
    expect(main()).toContain('Hours back to the qualified staff: kok-1 10 h, facilitair-1 8 h');
  });
});
