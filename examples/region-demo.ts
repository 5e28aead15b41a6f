/**
 * The library's main job on the built-in example region (`npm run demo`): generate the synthetic
 * Gooi en Vechtstreek region and summarise it. Later steps (ranking, carving, assignment, forecast)
 * extend this walk.
 *
 * Run: `npm run demo` (builds first), or `node --import tsx examples/region-demo.ts [seed]`.
 */
import { pathToFileURL } from 'node:url';
import { generateRegion } from 'banenmatch';

function pct(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`;
}

function count<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Builds the demo's report as text. */
export function main(seed = 42): string {
  const region = generateRegion({ seed });
  const { employers, candidates, vacancies } = region;
  const out: string[] = [];
  out.push(`# ${region.name} — seed ${seed}`);
  out.push('');
  out.push(
    `Employers: ${employers.length}; vacancies: ${vacancies.length}; candidates: ${candidates.length}`,
  );

  const market = vacancies.filter((v) => v.sector === 'market');
  const positions = vacancies.reduce((s, v) => s + v.positions, 0);
  const hours = vacancies.reduce((s, v) => s + v.positions * v.hoursPerWeek, 0);
  out.push(
    `Vacancies: ${positions} positions, ${hours.toFixed(0)} hours a week (= ${(hours / 25.5).toFixed(1)} jobs of 25.5 h); ` +
      `market ${pct(market.length, vacancies.length)}, government ${pct(vacancies.length - market.length, vacancies.length)}; ` +
      `open to job carving ${pct(vacancies.filter((v) => v.carvable).length, vacancies.length)}`,
  );
  out.push('');
  out.push('Vacancies by occupation:');
  for (const [name, n] of count(vacancies, (v) => v.occupation).slice(0, 8))
    out.push(`  ${name.padEnd(28)} ${n}`);
  out.push('');
  out.push('Candidates by target group:');
  for (const [name, n] of count(candidates, (c) => c.targetGroup)) {
    out.push(`  ${name.padEnd(28)} ${String(n).padStart(5)}  ${pct(n, candidates.length)}`);
  }
  const limited = (item: string) => candidates.filter((c) => c.capabilities[item] !== undefined).length;
  out.push('');
  out.push('Capability patterns (share of candidates limited on the FML item):');
  for (const [item, label] of [
    ['IV.13', 'tillen (lifting)'],
    ['I.9', 'zelfstandigheid (independence)'],
    ['I.8', 'specifieke voorwaarden (conditions)'],
    ['II.12', 'sociale voorwaarden (social conditions)'],
    ['VI.3', 'uren per week (hours a week)'],
  ] as const) {
    out.push(`  ${item.padEnd(6)} ${label.padEnd(40)} ${pct(limited(item), candidates.length)}`);
  }
  const byMunicipality = count(candidates, (c) => c.home.municipality ?? '?');
  out.push('');
  out.push(`Candidates by municipality: ${byMunicipality.map(([m, n]) => `${m} ${n}`).join(', ')}`);
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const seed = process.argv[2] === undefined ? 42 : Number(process.argv[2]);
  console.log(main(seed));
}
