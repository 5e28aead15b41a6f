import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../examples/national-backtest.js';

// Stored as .txt so the formatter leaves it alone. Regenerate after an intended change: node --import tsx examples/national-backtest.ts > test/quota/__golden__/national-backtest.txt
describe('examples/national-backtest.ts', () => {
  it('prints the stored backtest table and outlook', () => {
    const expected = readFileSync(new URL('./__golden__/national-backtest.txt', import.meta.url), 'utf8');
    expect(`${main()}\n`).toBe(expected);
  });

  it('reports the auto model against naive and drift on the total series', () => {
    const text = main();
    expect(text).toContain('auto chooses **combination**: MASE 0.174 vs naive 1.177');
    expect(text).toContain('MASE 0.532, better than naive, worse than drift');
  });
});
