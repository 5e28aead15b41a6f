import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../examples/wage-value-walkthrough.js';

// Regenerate after an intended change with:
//   node --import tsx examples/wage-value-walkthrough.ts > test/wage-value/__golden__/walkthrough.txt
const golden = readFileSync(new URL('./__golden__/walkthrough.txt', import.meta.url), 'utf8');

describe('wage-value walk-through', () => {
  it('prints the stored text', () => {
    expect(main()).toBe(golden);
  });

  it('shows the hand-checked figures', () => {
    const text = main();
    // Measured: 2/3 × 0.8 × 0.95 × 0.9 + 1/4 × 0.6 × 0.9 + 1/12 × 1 × 0.9 = 0.456 + 0.135 + 0.075 = 0.666
    expect(text).toContain('Wage value: 66.6%');
    // LKS: 2,477.952 × 0.334 × 1.235 × 24/36 = 681.42
    expect(text).toContain('€681.42 a month');
  });
});
