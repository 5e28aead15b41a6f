// Mutation testing (issue 20): `npm run mutate -- <folder>` mutates src/<folder>/ and runs only the
// tests in test/<folder>/ (vitest.mutate.config.ts). Incremental: a rerun tests only the mutants whose
// code or tests changed. Not in CI (a folder takes tens of minutes on two cores). Stryker 9.5.x: the
// last line that runs on Node 20 (10.x needs Node 22). `MUTATE_TESTS=a,b` runs only test/<folder>/a.test.ts
// and b.test.ts (vitest.mutate.config.ts): quicker on a busy machine, the score then a lower bound.
const folder = process.env.MUTATE_FOLDER;
if (!folder) {
  throw new Error(
    'usage: npm run mutate -- <folder>   (wage-value, capability, quota, assignment, carving, scoring)',
  );
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  mutate: [`src/${folder}/**/*.ts`, `!src/${folder}/index.ts`],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `reports/mutation/${folder}.incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${folder}.html` },
  jsonReporter: { fileName: `reports/mutation/${folder}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
  timeoutFactor: 2,
  timeoutMS: 10_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignoreStatic: true,
  thresholds: { high: 90, low: 80, break: null },
};
