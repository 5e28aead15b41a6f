import { parseOptions } from '../_internal/options.js';
import { createRandom, integer, type Random, weightedIndex } from '../_internal/random.js';
import { type Industry, type Occupation, sectorFor } from '../catalogue/occupations.js';
import { taskKind } from '../catalogue/task-kinds.js';
import { parseCandidates, parseRegion, parseVacancies, type Region } from '../domain/parse.js';
import type { CandidateInput, EmployerInput, TaskInput, VacancyInput } from '../domain/schemas.js';
import { throwIfAborted } from '../errors.js';
import { makeCandidate } from './candidates.js';
import { REGION_INDUSTRIES, REGION_SUPPORT_KINDS, regionOccupationsIn } from './catalogue-slice.js';
import { pad, pick, placeNear, quarter, round } from './draw.js';
import type { Municipality } from './municipalities.js';
import { drawQualifications } from './qualifications.js';
import { generateRegionOptionsSchema } from './region-options.js';

/**
 * A seeded synthetic labour-market region for examples, tests and benchmarks. The default is
 * Gooi en Vechtstreek, the covenant's region. Assumptions (documented because the data are made up):
 *
 * - **Places**: homes and workplaces fall in the region's municipalities with probability
 *   proportional to population, scattered around the town centre (normal, σ ≈ 1.5 km).
 * - **Employers and vacancies**: industries where the target group works (cleaning, catering,
 *   logistics, green maintenance, retail, facility, administration, production, care support) with
 *   relative weights; an employer's sector follows the industry's government share, which gives about
 *   80% market and 20% government as in the covenant's targets (art. 1.1: 1,250 market and 212
 *   government jobs by 2025). One employer has 1–8 vacancies. A vacancy's tasks come from its
 *   occupation's catalogue template (1–4 tasks, hours split by the template shares and rounded to
 *   quarter hours), plus, with probability 0.3, one extra supporting task (up to 5, at most 6 in
 *   all). Hours per week 12–38; 70% of vacancies are open to job carving.
 * - **Candidates**: target groups in proportions close to the national register (UWV register
 *   2023: about half Participatiewet incl. praktijkroute, a third Wajong, the rest Wsw and school
 *   leavers), with FML profiles in clustered patterns: most items normal; a *physical* pattern
 *   (lifting, carrying, bending, walking, standing), a *cognitive* pattern (attention, memory,
 *   tempo, independence, reading, needs a predictable situation and colleagues to fall back on), a
 *   *psychological* pattern (needs few interruptions and deadlines, little customer contact, limited
 *   conflict handling and cooperation) and an *hours* limitation (FML VI.2/VI.3), with group-specific
 *   probabilities and severities; at low rates from a stream of their own (`<seed>:needs`), limitations
 *   on dust, skin contact, posture variation, hand use, nights and allergy. Every need is one that at
 *   least one task kind of the region's jobs tolerates or meets (derived from the catalogue: an ordinal
 *   code is lowered to the highest tolerated one, a condition no task meets is left out), and every
 *   profile as a whole fits at least one kind of the region's tasks (a combination none fits is eased
 *   to the nearest kind), so no person is unmatchable because of a gap in the catalogue. Skills come from the main supporting tasks of
 *   one or two of the region's occupations the person worked in or trained for; per-kind performance
 *   and a measured wage value (for Participatiewet and praktijkroute) are drawn so that more limited
 *   people perform lower. Hours windows are windows (minimum below maximum); the commute limit is
 *   10–25 km, 5–10 km for people limited in travelling on their own (FML II.10).
 * - **Qualifications**: about 30% of the candidates hold an MBO diploma (levels 1–4, mostly 2)
 *   in the field of a task kind they worked in, written in varying spellings; some a VCA or forklift
 *   certificate, a few cleaners the vakdiploma schoonmaak. Drawn from a stream of their own
 *   (`<seed>:qualifications`), so every other field is as it was before qualifications came.
 *
 * The same options and seed give the same region, byte for byte.
 */
export interface GenerateRegionOptions {
  /** Seed of the generator. @default 1 */
  seed?: number | string | undefined;
  /** Number of candidates. @default 2000 */
  candidates?: number | undefined;
  /** Number of vacancies. @default 3000 */
  vacancies?: number | undefined;
  /** Municipalities to place people and jobs in. @default GOOI_EN_VECHTSTREEK */
  municipalities?: readonly Municipality[] | undefined;
  /** Name of the region. @default 'Gooi en Vechtstreek (synthetic)' */
  name?: string | undefined;
  /** Stops the generation (throws `AbortError`). */
  signal?: AbortSignal | undefined;
  /** Called as records are made and validated: (done, total), total = 2 × records. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Records generated or validated between two checks of the signal. */
const CHUNK = 2048;

/** Minimum hourly wage (21+) on 1 January 2026, € (Staatscourant; see the wage-value table). */
const MINIMUM_WAGE_2026 = 14.71;

/** The catalogue slice's supporting task kinds (extra tasks of a vacancy). */
const SUPPORT_KINDS = REGION_SUPPORT_KINDS;
const HOURS_CHOICES = [12, 16, 20, 24, 24, 28, 32, 32, 36, 38];

/**
 * Generates a synthetic region: employers, candidates and vacancies that pass the library's parsers.
 *
 * @param options - seed and sizes; see {@link GenerateRegionOptions}
 * @returns a validated region (defaults filled in), identical for identical options
 * @throws {BanenmatchError} `INVALID_ARGUMENT` when an argument or option is not of the documented type.
 * @throws BanenmatchError `INVALID_ARGUMENT` for negative or non-integer sizes
 * @example
 * const region = generateRegion({ seed: 42, candidates: 200, vacancies: 300 });
 * region.candidates.length // 200
 */
export function generateRegion(options?: GenerateRegionOptions): Region {
  const o = parseOptions(generateRegionOptionsSchema, options, 'generateRegion');
  const { seed, candidates: nCandidates, vacancies: nVacancies, municipalities: places } = o;
  const { signal, onProgress } = o;
  const total = 2 * (nCandidates + nVacancies);
  let done = 0;
  const step = (n: number): void => {
    done += n;
    throwIfAborted(signal, 'generateRegion');
    onProgress?.(done, total);
  };
  throwIfAborted(signal, 'generateRegion');
  const placeWeights = places.map((m) => m.population);
  // Separate streams so that changing the number of candidates does not change the vacancies.
  const jobRandom = createRandom(`${seed}:jobs`);
  const personRandom = createRandom(`${seed}:people`);
  const needsRandom = createRandom(`${seed}:needs`);

  const employers: EmployerInput[] = [];
  const vacancies: VacancyInput[] = [];
  while (vacancies.length < nVacancies) {
    const employer = makeEmployer(jobRandom, employers.length, places, placeWeights);
    employers.push(employer.record);
    const count = Math.min(integer(jobRandom, 1, 8), nVacancies - vacancies.length);
    for (let k = 0; k < count; k++) {
      vacancies.push(makeVacancy(jobRandom, vacancies.length, employer.record, employer.industry));
      if (vacancies.length % CHUNK === 0) step(CHUNK);
    }
  }
  step(vacancies.length % CHUNK);
  const candidates: CandidateInput[] = [];
  for (let i = 0; i < nCandidates; i++) {
    candidates.push(makeCandidate(personRandom, needsRandom, i, places, placeWeights));
    if ((i + 1) % CHUNK === 0) step(CHUNK);
  }
  step(nCandidates % CHUNK);
  // Diplomas from a stream of their own: the rest of the region stays as it was before they came.
  const qualificationRandom = createRandom(`${seed}:qualifications`);
  for (const c of candidates) {
    const held = drawQualifications(qualificationRandom, Object.keys(c.taskPerformance ?? {}).sort());
    if (held.length > 0) c.qualifications = held;
  }

  // Validate with the project's parsers, a chunk at a time so that the work can be stopped; ids are
  // unique and references valid by construction, so chunks need no cross-checks (the region as a
  // whole is what parseRegion would return: tested).
  const parsedEmployers = parseRegion({ employers, candidates: [], vacancies: [] }).employers;
  const parsedCandidates: Region['candidates'] = [];
  for (let from = 0; from < candidates.length; from += CHUNK) {
    parsedCandidates.push(...parseCandidates(candidates.slice(from, from + CHUNK)));
    step(Math.min(CHUNK, candidates.length - from));
  }
  const parsedVacancies: Region['vacancies'] = [];
  for (let from = 0; from < vacancies.length; from += CHUNK) {
    parsedVacancies.push(...parseVacancies(vacancies.slice(from, from + CHUNK)));
    step(Math.min(CHUNK, vacancies.length - from));
  }
  return {
    name: o.name ?? 'Gooi en Vechtstreek (synthetic)',
    employers: parsedEmployers,
    candidates: parsedCandidates,
    vacancies: parsedVacancies,
  };
}

const EMPLOYER_NAMES: Record<string, readonly string[]> = {
  cleaning: ['Schoonmaakbedrijf', 'Glans Facilitair', 'Reinigingsdienst'],
  catering: ['Restaurant', 'Bedrijfscatering', 'Lunchroom'],
  logistics: ['Distributiecentrum', 'Logistiek', 'Transport'],
  green: ['Hoveniersbedrijf', 'Groenbeheer', 'Buitendienst'],
  retail: ['Supermarkt', 'Bouwmarkt', 'Tuincentrum'],
  facility: ['Facilitair Bedrijf', 'Kantoordiensten', 'Servicedienst'],
  administration: ['Administratiekantoor', 'Documentservice', 'Backoffice'],
  production: ['Verpakkingsbedrijf', 'Metaalbewerking', 'Assemblagebedrijf'],
  care: ['Zorgcentrum', 'Woonzorg', 'Verpleeghuis'],
};

function makeEmployer(
  random: Random,
  index: number,
  places: readonly Municipality[],
  placeWeights: readonly number[],
): { record: EmployerInput; industry: Industry } {
  const industry =
    REGION_INDUSTRIES[
      weightedIndex(
        random,
        REGION_INDUSTRIES.map((i) => i.weight),
      )
    ]!;
  const sector = sectorFor(industry, random());
  const location = placeNear(random, places, placeWeights);
  const base = pick(random, EMPLOYER_NAMES[industry.id] ?? ['Bedrijf']);
  const name =
    sector === 'government'
      ? `Gemeente ${location.municipality} (${industry.name})`
      : `${base} ${location.municipality}`;
  const employees = Math.round(Math.exp(2.5 + 1.3 * random() * 3));
  return {
    record: { id: `e-${pad(index, 4)}`, name, sector, industry: industry.id, employees, location },
    industry,
  };
}

function makeVacancy(
  random: Random,
  index: number,
  employer: EmployerInput,
  industry: Industry,
): VacancyInput {
  const occupations = regionOccupationsIn(industry.id);
  const occ: Occupation = occupations[Math.floor(random() * occupations.length)]!;
  const hoursPerWeek = pick(random, HOURS_CHOICES);
  const template = occ.tasks.map((t) => ({ kind: t.kind, share: t.share }));
  if (random() < 0.1) {
    // A one-task job: the occupation's main supporting task for the whole week.
    const main = template.find((t) => !taskKind(t.kind)!.core)!;
    template.splice(0, template.length, { kind: main.kind, share: 1 });
  } else if (random() < 0.3 && template.length < 6) {
    const extra = pick(
      random,
      SUPPORT_KINDS.filter((k) => !template.some((t) => t.kind === k)),
    );
    // An extra supporting task takes 10% of the week from the others, pro rata.
    for (const t of template) t.share *= 0.9;
    template.push({ kind: extra, share: 0.1 });
  }
  const tasks: TaskInput[] = [];
  let assigned = 0;
  template.forEach((t, i) => {
    const kind = taskKind(t.kind)!;
    const hours = i === template.length - 1 ? hoursPerWeek - assigned : quarter(hoursPerWeek * t.share);
    assigned += hours;
    tasks.push({
      id: `t${i + 1}`,
      kind: kind.id,
      hoursPerWeek: round(hours, 2),
      demands: kind.demands,
      skills: kind.skills.slice(0, 2),
      core: kind.core,
    });
  });
  const location = employer.location!;
  const positions = random() < 0.85 ? 1 : integer(random, 2, 3);
  const vacancy: VacancyInput = {
    id: `v-${pad(index, 5)}`,
    employerId: employer.id,
    sector: employer.sector,
    occupation: occ.name,
    location,
    positions,
    hoursPerWeek,
    wagePerHour: round(MINIMUM_WAGE_2026 * occ.wageFactor * (1 + 0.05 * random()), 2),
    carvable: random() < 0.7,
    skills: [...new Set(tasks.flatMap((t) => t.skills ?? []))],
    tasks,
  };
  if (occ.qualification !== undefined) vacancy.qualification = occ.qualification;
  return vacancy;
}
