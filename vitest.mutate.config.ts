import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The tests of one folder, for mutation testing (stryker.config.mjs). `include` replaces the base
// list (mergeConfig would concatenate the two and run the whole suite for every mutant).
const folder = process.env.MUTATE_FOLDER ?? '';
// MUTATE_TESTS=a,b: only test/<folder>/a.test.ts and b.test.ts. For a quick run on a busy machine; the
// score is then a lower bound of the folder's (the other tests can only kill more mutants).
const only = (process.env.MUTATE_TESTS ?? '').split(',').filter((name) => name !== '');

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include:
      only.length > 0
        ? only.map((name) => `test/${folder}/${name}.test.ts`)
        : [`test/${folder}/**/*.test.ts`],
    // Instrumented code with per-test coverage on a loaded two-core machine runs the fast-check
    // properties of forecastQuota several times slower than the plain suite (one hit 60 s).
    testTimeout: 300_000,
    // One worker keeps the instrumented modules loaded between mutants (Stryker switches mutants at run
    // time): without it every mutant re-imports src/, about 20 s a mutant on a loaded machine.
    // MUTATE_ISOLATE=1 re-imports: needed for mutants that code outside any test reaches (a test file's
    // top level), which Stryker activates only on a fresh import; without it they are reported as
    // survived with every test passing although a test kills them.
    isolate: process.env.MUTATE_ISOLATE === '1',
    reporters: ['default'],
    outputFile: {},
  },
});
