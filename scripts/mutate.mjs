// `npm run mutate -- <folder>`: Stryker on src/<folder>/ against test/<folder>/ (stryker.config.mjs).
import { spawnSync } from 'node:child_process';

const FOLDERS = ['wage-value', 'capability', 'quota', 'assignment', 'carving', 'scoring'];
const folder = process.argv[2];
if (!FOLDERS.includes(folder)) {
  console.error(`usage: npm run mutate -- <folder>, one of ${FOLDERS.join(', ')}`);
  process.exit(2);
}
const run = spawnSync('npx', ['stryker', 'run'], {
  stdio: 'inherit',
  env: { ...process.env, MUTATE_FOLDER: folder },
});
process.exit(run.status ?? 1);
