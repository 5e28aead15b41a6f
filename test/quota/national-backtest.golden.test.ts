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
    // Five origins are too few for the Diebold–Mariano rule: auto keeps the blend benchmark (issue 17,
    // session 13; weighted, the earlier default, scored 0.247 here and loses to drift on simulated series).
    expect(text).toContain('auto chooses **blend**: MASE 0.254 vs naive 1.177');
    expect(text).toContain('MASE 0.254, better than naive, better than drift');
    expect(text).toContain('market conformal: 9 out-of-sample errors');
    expect(text).toContain('too few to tell models apart');
  });
});
