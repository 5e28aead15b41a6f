import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The tests of one folder, for mutation testing (stryker.config.mjs). `include` replaces the base
// list (mergeConfig would concatenate the two and run the whole suite for every mutant).
const folder = process.env.MUTATE_FOLDER ?? '';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [`test/${folder}/**/*.test.ts`],
    // Instrumented code with per-test coverage on a loaded two-core machine runs the fast-check
    // properties of forecastQuota several times slower than the plain suite (one hit 60 s).
    testTimeout: 300_000,
    reporters: ['default'],
    outputFile: {},
  },
});
