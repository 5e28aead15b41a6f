/**
 * The library's main job on the built-in example region, written against the public API (`npm run
 * demo` runs the command line's `banenmatch demo` instead, a shorter text): generate the synthetic
 * Gooi en Vechtstreek region, rank matches both ways with reasons, carve jobs out of one employer's
 * vacancies, assign the whole caseload, and forecast the covenant's quota with the placements added.
 *
 * Run: `npm run build`, then `node --import tsx examples/region-demo.ts [seed]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  addPlacement,
  assign,
  carveAll,
  createLedger,
  createMatcher,
  extraJobsAt,
  fairnessAudit,
  forecastQuota,
  generateRegion,
  type Match,
  NATIONAL_REALISATIONS,
  progressReport,
  reassign,
  TARGET_PLANS,
  taskName,
} from 'banenmatch';

function pct(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`;
}

function count<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const nl = (x: number, digits = 1) => x.toFixed(digits).replace('.', ',');

/**
 * A probability in whole percent, `<1%` and `>99%` rather than a 0 or 100 the simulation does not
 * claim; certain only when the target is already reached or out of reach at the best pace seen.
 */
const chance = (o: { probability: number; probabilityBasis: string }): string => {
  if (o.probabilityBasis !== 'simulated') return o.probabilityBasis;
  const p = o.probability;
  return p < 0.005 ? '<1%' : p > 0.995 ? '>99%' : `${Math.round(p * 100)}%`;
};

function describeMatch(m: Match): string[] {
  const job =
    m.job === 'full'
      ? `hele vacature, ${nl(m.hoursPerWeek, 0)} uur`
      : `gecreëerde baan: ${m.job.tasks.map((t) => taskName(t)).join(' + ')}, ${nl(m.hoursPerWeek, 2)} uur`;
  const lines = [`    ${m.vacancyId}  score ${m.score.toFixed(2)}  (${job}, ${m.sector})`];
  for (const c of m.components) lines.push(`        ${c.name.padEnd(12)} ${c.value.toFixed(2)}  ${c.reason}`);
  for (const s of m.signals) lines.push(`        let op: ${s}`);
  return lines;
}

/**
 * Builds the demo's text; with `outDir`, also writes the progress report (Markdown, SVG, HTML, JSON)
 * there.
 */
export function main(seed = 42, outDir?: string): string {
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

  // 1. Matching: for a few candidates their best jobs, with reasons.
  const matcher = createMatcher(region);
  out.push('');
  out.push('## Best matches for three candidates');
  for (const c of candidates.slice(0, 3)) {
    const top = matcher.rank(c.id, { k: 2 });
    out.push(
      `  ${c.id} (${c.targetGroup}, ${c.home.municipality}, ${c.hoursPerWeek.min}–${c.hoursPerWeek.max} uur):`,
    );
    if (top.length === 0) out.push('    geen passende vacature binnen bereik');
    for (const m of top) out.push(...describeMatch(m));
  }

  // 2. Job carving for the caseload (the employer's view).
  const carved = carveAll(candidates, vacancies);
  out.push('');
  out.push('## Job carving across the region');
  out.push(
    `  ${carved.jobs.length} carved jobs, ${nl(carved.totals.hoursPerWeek, 0)} hours a week = ${nl(carved.totals.jobs)} jobs ` +
      `(market ${nl(carved.totals.market)}, government ${nl(carved.totals.government)}); ` +
      `${carved.vacancies.length} vacancies hand hours back to their qualified staff`,
  );
  const example = carved.jobs[0];
  if (example !== undefined) {
    out.push(
      `  e.g. ${example.candidateId} at ${example.employerId}: ${example.tasks.map((t) => `${taskName(t)} (${t.vacancyId}, ${nl(t.hoursPerWeek, 2)} h)`).join(', ')}; ` +
        `estimated wage value ${Math.round(example.wageValue.wageValue * 100)}%`,
    );
  }

  // 3. Global assignment of the caseload.
  const optimal = assign(matcher, { mode: 'optimal' });
  const stable = assign(matcher, { mode: 'stable' });
  out.push('');
  out.push('## Assignment of the whole caseload');
  for (const r of [optimal, stable]) {
    const carvedCount = r.placements.filter((p) => p.job !== 'full').length;
    out.push(
      `  ${r.mode.padEnd(8)} placed ${r.placements.length} (${carvedCount} in carved jobs), unplaced ${r.unplaced.length}; ` +
        `total score ${nl(r.totalScore)}; extra jobs ${nl(r.extraJobs.total)} (market ${nl(r.extraJobs.market)}, government ${nl(r.extraJobs.government)})`,
    );
  }

  // 4. The covenant's quota: a national-shaped history scaled to the region, plus the assignment.
  const plan = TARGET_PLANS.gooiEnVechtstreek2015;
  const last = plan.years[plan.years.length - 1]!;
  const scale = (last.market + last.government) / (100_000 + 25_000);
  const observed = NATIONAL_REALISATIONS.filter((r) => r.year <= 2023).map((r) => ({
    year: r.year,
    market: Math.round(r.market * scale),
    government: Math.round(r.government * scale),
  }));
  // Not every proposed placement starts: the demo assumes one in five does within the year.
  const realisation = 0.2;
  const base = forecastQuota({ plan, observed, seed, paths: 2000 });
  const withAssignment = forecastQuota({
    plan,
    observed,
    seed,
    paths: 2000,
    scenario: {
      market: realisation * optimal.extraJobs.market,
      government: realisation * optimal.extraJobs.government,
    },
  });
  out.push('');
  out.push(
    `## Covenant quota (illustrative history: the national series × ${scale.toFixed(4)}; placements on top of the trend: ${realisation * 100}% of the optimal assignment starts)`,
  );
  for (const [label, forecast] of [
    ['trend only', base],
    ['trend + placements', withAssignment],
  ] as const) {
    for (const y of forecast.years) {
      for (const sector of ['market', 'government', 'total'] as const) {
        const o = y[sector];
        const i80 = o.intervals.find((i) => i.level === 80);
        out.push(
          `  ${label.padEnd(18)} ${y.year} ${sector.padEnd(10)} target ${String(o.target).padStart(5)}  forecast ${nl(o.forecast, 0).padStart(5)}` +
            `${i80 === undefined ? '' : ` (80%: ${nl(i80.lower, 0)}–${nl(i80.upper, 0)})`}  P(reach) ${chance(o)}` +
            `  needed ${nl(o.perMonthNeeded)} a month`,
        );
      }
    }
  }
  // 5. A day: new vacancies arrive and are filled at once; the proposal is re-optimised with little
  //    disruption; the day's starts go into the placement ledger.
  const arrivals = generateRegion({ seed: seed + 1, candidates: 0, vacancies: 3 }).vacancies.map((v, i) => ({
    ...v,
    id: `dag-${i + 1}`,
  }));
  out.push('');
  out.push('## A day: three new vacancies');
  for (const v of arrivals) {
    matcher.addVacancy(v);
    const best = matcher.rankCandidates(v.id, { k: 3 });
    out.push(
      `  ${v.id} (${v.occupation}, ${v.hoursPerWeek} uur, ${v.location.municipality}): ` +
        (best.length === 0
          ? 'nobody in reach fits'
          : best.map((m) => `${m.candidateId} ${m.score.toFixed(2)}`).join(', ')),
    );
  }
  const next = reassign(optimal, matcher, { stickiness: 0.1 });
  out.push(
    `  reassign (stickiness 0.1): ${next.counts.kept} kept, ${next.counts.moved} moved, ${next.counts.placed} newly placed, ` +
      `${next.counts.released} released, ${next.counts.unplaced} given up`,
  );
  for (const ch of next.changes.filter((c) => c.change !== 'kept').slice(0, 3)) {
    out.push(
      `    ${ch.candidateId}: ${ch.change} ${ch.from ?? ''}${ch.to === undefined ? '' : ` → ${ch.to}`} (${ch.reason})`,
    );
  }
  // The ledger: the placements proposed earlier started on 1 September; today two more start.
  let ledger = createLedger(
    optimal.placements.slice(0, 40).map((p, i) => ({
      id: `p-${i + 1}`,
      candidateId: p.candidateId,
      vacancyId: p.vacancyId,
      sector: p.sector,
      hoursPerWeek: p.hoursPerWeek,
      start: '2026-09-01',
    })),
  );
  const today = '2026-11-27';
  const before = extraJobsAt(ledger, today);
  const started = new Set(ledger.placements.map((p) => p.candidateId));
  const newcomers = next.placements.filter((p) => !started.has(p.candidateId)).slice(0, 2);
  newcomers.forEach((p, i) => {
    ledger = addPlacement(ledger, {
      id: `p-${41 + i}`,
      candidateId: p.candidateId,
      vacancyId: p.vacancyId,
      sector: p.sector,
      hoursPerWeek: p.hoursPerWeek,
      start: today,
    });
  });
  const after = extraJobsAt(ledger, today);
  out.push(
    `  ledger on ${today}: ${nl(before.total, 2)} → ${nl(after.total, 2)} extra jobs (market ${nl(after.market, 2)}, government ${nl(after.government, 2)})`,
  );

  // 6. Fairness audit of the optimal assignment on attributes that never enter the score.
  //    (Synthetic attributes, drawn from the candidate id so that they are independent of the score.)
  const bands = ['18-26', '27-49', '50+'];
  const groups = Object.fromEntries(
    candidates.map((c) => {
      const n = Number(c.id.slice(2));
      return [c.id, { ageBand: bands[n % 3]!, gender: n % 2 === 0 ? 'vrouw' : 'man' }];
    }),
  );
  const audit = fairnessAudit(optimal, groups);
  out.push('');
  out.push('## Fairness audit of the optimal assignment (synthetic attributes)');
  for (const line of audit.verdicts) out.push(`  ${line}`);

  // 7. The progress report for 2024 (Markdown, SVG chart, HTML page).
  const report = progressReport({
    plan,
    observed,
    forecast: base,
    placements: optimal.placements.map((p) => ({
      sector: p.sector,
      hoursPerWeek: p.hoursPerWeek,
      probability: realisation,
    })),
    period: '2023',
    region: 'Gooi en Vechtstreek (synthetisch)',
  });
  if (outDir !== undefined) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(`${outDir}/report.md`, report.markdown);
    writeFileSync(`${outDir}/report.svg`, report.svg);
    writeFileSync(`${outDir}/report.html`, report.html);
    writeFileSync(`${outDir}/report.json`, `${JSON.stringify(report.json, null, 2)}\n`);
    out.push('');
    out.push(`Progress report written to ${outDir}/report.{md,svg,html,json}`);
  }
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const seed = process.argv[2] === undefined ? 42 : Number(process.argv[2]);
  console.log(main(seed, 'out'));
}
