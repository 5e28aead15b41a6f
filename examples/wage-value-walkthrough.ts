/**
 * Walk-through of the wage-value module: one candidate, one job, the wage value, the wage-cost subsidy,
 * the instruments and the employer's economics. Run it with
 * `node --import tsx examples/wage-value-walkthrough.ts`; `main()` returns the same text (golden test).
 */
import { pathToFileURL } from 'node:url';
import {
  assessWageValue,
  employerEconomics,
  estimateWageValue,
  instrumentsFor,
  type JobTerms,
  minimumWageOn,
  type WageCandidate,
  wageCostSubsidy,
} from 'banenmatch';

const euro = (x: number): string => `€${x.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const months = (m: number | undefined): string =>
  m === undefined ? '-' : m === Number.POSITIVE_INFINITY ? 'no limit' : `${m} months`;

/** Builds the walk-through text. */
export function main(): string {
  const date = '2026-01-01';
  const out: string[] = [];
  const wml = minimumWageOn(date);
  out.push(`# Wage value walk-through, ${date}`);
  out.push(`Minimum wage: ${euro(wml.hourly)} an hour, ${euro(wml.monthly)} a month on 36 h (${wml.source})`);

  // A candidate from the Participatiewet target group, with performance known per task kind.
  const candidate: WageCandidate = {
    id: 'c-0001',
    targetGroup: 'participatiewet',
    taskPerformance: { cleaning: 0.7, dishwashing: 0.5 },
  };
  // A cleaning job, 24 h a week at the minimum wage, open-ended.
  const job: JobTerms = {
    hoursPerWeek: 24,
    tasks: [
      { kind: 'cleaning', hoursPerWeek: 16 },
      { kind: 'dishwashing', hoursPerWeek: 6 },
      { kind: 'laundry', hoursPerWeek: 2 },
    ],
    contractMonths: Number.POSITIVE_INFINITY,
    sector: 'market',
  };
  out.push(
    '',
    `## Candidate ${candidate.id} (${candidate.targetGroup}) in a ${job.hoursPerWeek}-hour cleaning job`,
  );

  const estimate = estimateWageValue(candidate, job.tasks);
  out.push(`Estimated wage value: ${pct(estimate.wageValue)} (basis: ${estimate.basis})`);
  for (const t of estimate.perTask) {
    out.push(`- ${t.kind}: ${t.hoursPerWeek} h, ${pct(t.wageValue)} (${t.basis})`);
  }
  out.push(`Note: ${estimate.note}`);

  // After three months the municipality measures the wage value at the workplace.
  const measured = assessWageValue({
    tasks: [
      { name: 'cleaning', share: 16 / 24, tempo: 0.8, quality: 0.95, netTime: 0.9 },
      { name: 'dishwashing', share: 6 / 24, tempo: 0.6, quality: 1, netTime: 0.9 },
      { name: 'laundry', share: 2 / 24, tempo: 1.1, quality: 0.9, netTime: 1 },
    ],
  });
  out.push('', '## Measured wage value (loonwaarde)');
  for (const t of measured.tasks) {
    out.push(
      `- ${t.name}: share ${pct(t.share)}, tempo ${pct(t.countedTempo)}, quality ${pct(t.quality)}, net time ${pct(t.netTime)} -> ${pct(t.contribution)}`,
    );
  }
  out.push(`Wage value: ${pct(measured.wageValue)}`);

  const lks = wageCostSubsidy({ wageValue: measured.wageValue, hoursPerWeek: job.hoursPerWeek, date });
  out.push('', '## Wage-cost subsidy (Participatiewet art. 10d)');
  out.push(`WML + 8% holiday pay: ${euro(lks.minimumWageWithHolidayPay)} a month full time`);
  out.push(
    `Gap at ${pct(lks.wageValue)}: ${euro(lks.wageGap)}; 70% cap ${euro(lks.cap)} (binds: ${lks.capBinds ? 'yes' : 'no'})`,
  );
  out.push(
    `With ${pct(lks.employerChargesRate)} employer charges, ${job.hoursPerWeek}/36 of the week: ${euro(lks.amountPerMonth)} a month, ${euro(lks.amountPerYear)} a year`,
  );

  const measuredCandidate: WageCandidate = {
    id: candidate.id,
    targetGroup: candidate.targetGroup,
    wageValue: measured.wageValue,
  };
  out.push('', '## Instruments');
  for (const i of instrumentsFor(measuredCandidate, { ...job, tasks: undefined }, date)) {
    const amount = i.amountPerMonth === undefined ? '' : ` ${euro(i.amountPerMonth)}/month,`;
    out.push(`- [${i.applies ? 'x' : ' '}] ${i.name}:${amount} ${months(i.durationMonths)} (${i.source})`);
    out.push(`      ${i.reason}`);
  }

  const econ = employerEconomics(measuredCandidate, job, date);
  out.push('', '## Employer economics');
  out.push(
    `Wage cost: ${euro(econ.wageCostPerMonth)} a month (${econ.paidHoursPerMonth.toFixed(1)} paid hours)`,
  );
  out.push(
    `Subsidies: ${euro(econ.subsidiesPerMonth)} a month (${econ.subsidies.map((s) => s.id).join(', ')})`,
  );
  out.push(
    `Net cost: ${euro(econ.netCostPerMonth)} for ${econ.productiveHoursPerMonth.toFixed(1)} productive hours`,
  );
  out.push(
    `Per productive hour: ${euro(econ.netCostPerProductiveHour)} against ${euro(econ.regularHireCostPerProductiveHour)} for a regular hire (ratio ${econ.ratio.toFixed(3)})`,
  );
  return `${out.join('\n')}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(main());
}
