import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../examples/region-demo.js';

// The demo (npm run demo) is deterministic: the same seed gives the same text, byte for byte.
describe('region demo', () => {
  it('prints the stored text for seed 42', () => {
    const expected = readFileSync(new URL('./__golden__/region-demo.txt', import.meta.url), 'utf8');
    expect(`${main(42)}\n`).toBe(expected);
  });
});
