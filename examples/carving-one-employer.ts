/**
 * Job carving at one employer (*Inclusief Herontwerp Werk*): a hotel kitchen and its facility desk
 * have vacancies that nobody in the caseload can do whole; carve a job for one candidate from the
 * tasks they can do, and show what each task's verdict is and which hours go back to the qualified staff.
 *
 * Run: `node --import tsx examples/carving-one-employer.ts`
 */
import { pathToFileURL } from 'node:url';
import { carveJob, parseCandidates, parseVacancies } from 'banenmatch';

const location = { municipality: 'Hilversum', lat: 52.2233, lon: 5.1764 };

const vacancies = parseVacancies([
  {
    id: 'kok-1',
    employerId: 'hotel-gooiland',
    sector: 'market',
    occupation: 'kok',
    location,
    hoursPerWeek: 38,
    wagePerHour: 17.5,
    qualification: 'MBO-3 kok',
    tasks: [
      { id: 'koken', kind: 'cooking', hoursPerWeek: 22, core: true, demands: { 'I.2': 0, 'I.9': 1 } },
      {
        id: 'snijden',
        kind: 'food-prep',
        hoursPerWeek: 10,
        demands: { 'IV.13': 2, 'V.4': 1, 'I.8': [1, 2, 5] },
        skills: ['groente snijden'],
      },
      {
        id: 'afwas',
        kind: 'dishwashing',
        hoursPerWeek: 6,
        demands: { 'V.4': 0, 'IV.14': 2, 'I.8': [2, 6] },
        skills: ['afwassen'],
      },
    ],
  },
  {
    id: 'facilitair-1',
    employerId: 'hotel-gooiland',
    sector: 'market',
    occupation: 'facilitair medewerker',
    location,
    hoursPerWeek: 32,
    wagePerHour: 15.2,
    tasks: [
      {
        id: 'post',
        kind: 'mail-sorting',
        hoursPerWeek: 8,
        demands: { 'IV.8': 1, 'II.5': 0, 'I.8': [1, 2, 3, 5, 6] },
        skills: ['post sorteren'],
      },
      {
        id: 'linnen',
        kind: 'laundry',
        hoursPerWeek: 12,
        demands: { 'IV.13': 1, 'V.4': 1, 'I.8': [1, 2, 3, 5, 6] },
        skills: ['vouwen'],
      },
      {
        id: 'balie',
        kind: 'reception',
        hoursPerWeek: 12,
        demands: { 'II.3': 0, 'I.2': 0, 'I.8': [6] },
        skills: ['telefoon aannemen'],
      },
    ],
  },
]);

const [candidate] = parseCandidates([
  {
    id: 'c-hilversum-17',
    targetGroup: 'participatiewet',
    home: location,
    hoursPerWeek: { min: 16, max: 24 },
    capabilities: { 'IV.13': 2, 'V.4': 1, 'I.2': 1, 'I.8': [2] },
    skills: ['groente snijden', 'post sorteren'],
    taskPerformance: { 'food-prep': 0.7, 'mail-sorting': 0.8 },
    wageValue: 0.55,
  },
]);

/** Builds the walk-through as text. */
export function main(): string {
  const { job, reason, tasks } = carveJob(candidate!, vacancies, { date: '2026-01-01' });
  const out = [`# Job carving at hotel-gooiland for ${candidate!.id}`, '', `Result: ${reason}`, '', 'Tasks:'];
  for (const t of tasks) {
    out.push(
      `  ${`${t.vacancyId}/${t.taskId}`.padEnd(22)} ${String(t.hoursPerWeek).padStart(5)} h  ${t.status.padEnd(9)} ${t.reason}`,
    );
  }
  if (job !== null) {
    out.push('');
    out.push(
      `Carved job: ${job.hoursPerWeek} hours a week = ${job.jobs.toFixed(2)} banenafspraak jobs (${job.sector})`,
    );
    out.push(`Estimated wage value: ${Math.round(job.wageValue.wageValue * 100)}% (${job.wageValue.note})`);
    out.push(
      `Hours back to the qualified staff: ${job.freedHours.map((f) => `${f.vacancyId} ${f.hoursPerWeek} h`).join(', ')}`,
    );
    for (const s of job.signals) out.push(`Look at: ${s.vacancyId}/${s.taskId}: ${s.reason}`);
    out.push('Instruments for the employer:');
    for (const i of job.instruments.filter((x) => x.applies)) {
      const amount = i.amountPerMonth === undefined ? '' : ` €${i.amountPerMonth.toFixed(2)} a month`;
      out.push(`  ${i.name}${amount} — ${i.reason}`);
    }
  }
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(main());
