/**
 * Runs every benchmark script in this folder, one process each (so one cannot warm up or slow down
 * another), and prints their tables. `npm run bench` builds first; `npm run bench -- assignment`
 * runs only the scripts whose name contains "assignment".
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2];
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .filter((f) => filter === undefined || f.includes(filter))
  .sort();

console.log(`# banenmatch benchmarks — ${new Date().toISOString()}`);
console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}\n`);
let failed = 0;
for (const script of scripts) {
  console.log(`## ${script}\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', `${dir}${script}`], {
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    failed++;
    console.log(`\n(${script} exited with ${r.status ?? r.signal})\n`);
  }
}
process.exit(failed === 0 ? 0 : 1);
