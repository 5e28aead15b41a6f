import { describe, expect, it } from 'vitest';
import { main as backtest } from '../../examples/national-backtest.js';
import { main as walkthrough } from '../../examples/wage-value-walkthrough.js';

// Golden tests of these two live with their modules (test/quota, test/wage-value); here only that
// every example in examples/ runs in the test suite too.
describe('examples run', () => {
  it('national backtest and wage-value walk-through produce text', () => {
    expect(backtest().length).toBeGreaterThan(200);
    expect(walkthrough().length).toBeGreaterThan(200);
  });
});
