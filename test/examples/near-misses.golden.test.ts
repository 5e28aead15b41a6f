import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../examples/near-misses.js';

// The example is deterministic: the same seed gives the same text, byte for byte.
// Regenerate after an intended change: node --import tsx -e "import('./examples/near-misses.ts').then(m => console.log(m.main()))" > test/examples/__golden__/near-misses.txt
describe('near-misses example', () => {
  const text = main();

  it('prints the stored text for seed 42', () => {
    const expected = readFileSync(new URL('./__golden__/near-misses.txt', import.meta.url), 'utf8');
    expect(`${text}\n`).toBe(expected);
  });

  it('shows one unplaced candidate with near misses, and the top adaptations and trainings', () => {
    expect(text).toMatch(/Kandidaat c-\d+, niet geplaatst: \d+ vacatures binnen bereik/);
    expect(text).toMatch(/\n {2}v-\d+: .+ → score \d,\d\d/);
    expect(text).toMatch(
      /Werkplekaanpassingen \(marktbewerkingsplan\):\n {2}.+: \d+ kandidaten, \d+ vacatures/,
    );
    expect(text).toMatch(
      /Scholing \(voor scholen en opleiders\):\n {2}.+ aanbieden: \d+ kandidaten missen het/,
    );
  });

  it('is shown in the README as printed (from the candidate on)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(text.slice(text.indexOf('Kandidaat ')));
  });
});
