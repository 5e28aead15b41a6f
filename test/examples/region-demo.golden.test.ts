import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../examples/region-demo.js';

// The demo (npm run demo) is deterministic: the same seed gives the same text, byte for byte.
// Regenerate after an intended change: node --import tsx -e "import('./examples/region-demo.ts').then(m => console.log(m.main(42)))" > test/examples/__golden__/region-demo.txt
describe('region demo', () => {
  it('prints the stored text for seed 42', () => {
    const expected = readFileSync(new URL('./__golden__/region-demo.txt', import.meta.url), 'utf8');
    expect(`${main(42)}\n`).toBe(expected);
  });

  it('writes a progress report whose probabilities are never a bare 0% or 100% (issue 17)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'banenmatch-demo-'));
    try {
      main(42, dir);
      const markdown = readFileSync(join(dir, 'report.md'), 'utf8');
      const json = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
      expect(markdown).not.toMatch(/\| 0% \||\| 100% \||kans op doel 0%|kans op doel 100%/);
      expect(markdown).toContain('Plaatsingen bovenop de trend');
      for (const s of ['market', 'government', 'total'] as const) {
        const f = json[s].forecast;
        // A certain probability only with its reason: reached already, or out of reach at the best pace.
        if (f.probability === 0 || f.probability === 1) expect(f.probabilityBasis).not.toBe('simulated');
        expect(json[s].scenarioOnTrend).toBeGreaterThanOrEqual(f.mean);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
