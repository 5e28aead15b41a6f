/**
 * Importing a vacancy from a schema.org `JobPosting` (the JSON-LD job sites publish): the vacancy in
 * the input contract with its tasks derived from the occupation catalogue, and what a job coach's
 * candidate would get out of it.
 *
 * Run: `node --import tsx examples/job-posting-import.ts`
 */
import { pathToFileURL } from 'node:url';
import { createMatcher, formatPath, fromJobPosting, GOOI_EN_VECHTSTREEK } from 'banenmatch';

const posting = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  identifier: { '@type': 'PropertyValue', name: 'Gemeente Huizen', value: 'VAC-2026-118' },
  title: 'Medewerker groenonderhoud',
  description: '<p>Je helpt mee met <b>maaien</b>, snoeien en het schoonhouden van de openbare ruimte.</p>',
  hiringOrganization: { '@type': 'Organization', name: 'Gemeente Huizen', sameAs: 'https://www.huizen.nl' },
  jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Huizen' } },
  workHours: '24 uur per week',
  employmentType: 'PART_TIME',
  baseSalary: {
    '@type': 'MonetaryAmount',
    currency: 'EUR',
    value: { '@type': 'QuantitativeValue', value: 15.8, unitText: 'HOUR' },
  },
};

/** Builds the walk-through as text. */
export function main(): string {
  const imported = fromJobPosting(posting, { municipalities: GOOI_EN_VECHTSTREEK });
  const v = imported.vacancy;
  const out = [
    `# ${v.occupation} at ${imported.employerName} (${v.id})`,
    `sector ${v.sector}, ${v.hoursPerWeek} hours a week, €${v.wagePerHour?.toFixed(2)} an hour, in ${v.location.municipality}`,
    ...imported.warnings.map((w) => `warning: ${formatPath(w.path)}: ${w.message}`),
    'Tasks (derived from the occupation catalogue):',
    ...(v.tasks ?? []).map(
      (t) => `  ${t.id.padEnd(20)} ${String(t.hoursPerWeek).padStart(5)} h${t.core ? '  (core)' : ''}`,
    ),
  ];
  const matcher = createMatcher({
    candidates: [
      {
        id: 'c-1',
        targetGroup: 'wajong',
        home: { municipality: 'Blaricum', lat: 52.2722, lon: 5.2453 },
        hoursPerWeek: { min: 16, max: 24 },
        capabilities: { 'I.8': [2] },
        skills: ['maaien', 'snoeien'],
        wageValue: 0.6,
      },
    ],
    vacancies: [v],
  });
  const r = matcher.score('c-1', v.id);
  out.push('', `Candidate c-1: ${r.excluded ? 'excluded' : `score ${r.score.toFixed(2)}`}`);
  for (const reason of r.reasons) out.push(`  ${reason}`);
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(main());
