import { mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The tests of one folder, for mutation testing (stryker.config.mjs); fewer fast-check runs keep a
// mutant's run short, property tests still find most arithmetic mutants at 100.
const folder = process.env.MUTATE_FOLDER ?? '';

export default mergeConfig(base, {
  test: {
    include: [`test/${folder}/**/*.test.ts`],
    reporters: ['default'],
    outputFile: {},
  },
});
