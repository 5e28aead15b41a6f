import { safeParseVacancies } from '../domain/parse.js';
import { MAX_HOURS_PER_WEEK, type Sector, type Vacancy } from '../domain/schemas.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { jobPostingOptions } from './job-posting-options.js';
import { postingTasks } from './job-posting-tasks.js';

/** Options of {@link fromJobPosting}. */
export interface JobPostingOptions {
  /**
   * Sector for the quota. `'auto'` reads it from the hiring organisation: a name naming a public body
   * (gemeente, provincie, ministerie, rijksoverheid, waterschap, UWV, politie, defensie, belastingdienst,
   * veiligheidsregio, GGD, omgevingsdienst) gives `government`, anything else `market`.
   * @default 'auto'
   */
  sector?: Sector | 'auto' | undefined;
  /** Places to look a locality up in when the posting has no `geo` (e.g. `GOOI_EN_VECHTSTREEK`). @default none */
  municipalities?: readonly { name: string; lat: number; lon: number }[] | undefined;
  /** Hours a week when the posting gives none; without it missing hours are an error. @default none */
  defaultHoursPerWeek?: number | undefined;
  /** Which end of an hours range ("24-32 uur") becomes the vacancy's hours. @default 'max' */
  hoursFromRange?: 'min' | 'max' | 'mid' | undefined;
  /**
   * Hours of a full-time week, used for "fulltime" and to turn a monthly/yearly salary into an hourly
   * wage (month = fullTimeHours × 52 / 12 hours). 36 h is the full-time week of most Dutch CAOs and the
   * norm of the wage-cost subsidy (Pwet art. 10d, pro rata to hours / 36).
   * @default 36
   */
  fullTimeHours?: number | undefined;
  /** Whether the employer is open to job carving. @default true */
  carvable?: boolean | undefined;
}

/** Result of {@link fromJobPosting}. */
export interface JobPostingImport {
  /** The vacancy in the input contract, validated by `parseVacancies`; tasks derived from the title's occupation and the description's task words. */
  vacancy: Vacancy;
  /** The hiring organisation's name. */
  employerName: string;
  /** `employmentType` as published (`FULL_TIME`, `PART_TIME`, `TEMPORARY`, …). */
  employmentType: string[];
  /** The description with HTML tags removed and entities decoded. */
  description: string;
  /** Things that were guessed or left out, with their paths into the JSON-LD. */
  warnings: ValidationIssue[];
}

type Json = Record<string, unknown>;
type Path = (string | number)[];

const GOVERNMENT =
  /\b(gemeente|provincie|ministerie|rijksoverheid|waterschap|hoogheemraadschap|uwv|politie|defensie|belastingdienst|veiligheidsregio|ggd|omgevingsdienst)\b/i;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function isJobPosting(node: Json): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(^|[/:])JobPosting$/.test(t));
}

/** Finds the JobPosting node and its path: the object itself, the first of an array, or one in `@graph`. */
function findPosting(input: unknown, issues: ValidationIssue[]): { node: Json; path: Path } | undefined {
  const candidates: { node: unknown; path: Path }[] = [];
  if (Array.isArray(input)) {
    for (let i = 0; i < input.length; i++) candidates.push({ node: input[i], path: [i] });
  } else if (isObject(input) && Array.isArray(input['@graph'])) {
    const graph: unknown[] = input['@graph'];
    for (let i = 0; i < graph.length; i++) candidates.push({ node: graph[i], path: ['@graph', i] });
  } else candidates.push({ node: input, path: [] });
  for (const c of candidates)
    if (isObject(c.node) && isJobPosting(c.node)) return c as { node: Json; path: Path };
  issues.push({ path: ['@type'], message: 'no object with @type JobPosting found', code: 'not_job_posting' });
  return undefined;
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** A Text, Number or PropertyValue (`{ value }`). */
function identifierOf(v: unknown): string | undefined {
  if (Array.isArray(v)) return identifierOf(v[0]);
  return isObject(v) ? text(v.value) : text(v);
}

function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.trim().replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** Named entities common in Dutch postings; others stay as written. */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  euro: '€',
  hellip: '…',
  eacute: 'é',
  euml: 'ë',
  iuml: 'ï',
  ouml: 'ö',
};

/** Strips HTML tags (block tags become line breaks) and decodes the common entities. */
function stripHtml(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/?(p|div|br|li|ul|ol|h[1-6])\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/**
 * Reads weekly hours from free text: "24 uur per week", "24-32 uur", "24 tot 32 uur", "32 hours per
 * week", "20 u/w", "32,5 uur", "fulltime"/"voltijd". A range gives its min, max or midpoint.
 */
function parseHours(raw: string, pick: 'min' | 'max' | 'mid', fullTime: number): number | undefined {
  const s = raw.toLowerCase().replace(/(\d),(\d)/g, '$1.$2');
  // The unit (or the end) must follow a range, so clock times such as 8:00-16:30 are not read as hours.
  const range =
    /(\d+(?:\.\d+)?)\s*(?:-|–|tot|to|à)\s*(\d+(?:\.\d+)?)\s*(?:uur|uren|u\b|hours?|hrs?|h\b|$)/.exec(s);
  if (range !== null) {
    const lo = Number(range[1]);
    const hi = Number(range[2]);
    return pick === 'min' ? lo : pick === 'max' ? hi : (lo + hi) / 2;
  }
  const single =
    /(\d+(?:\.\d+)?)\s*(?:uur|uren|u\b|u\/w|hours?|hrs?|h\b)/.exec(s) ?? /^\s*(\d+(?:\.\d+)?)\s*$/.exec(s);
  if (single !== null) return Number(single[1]);
  if (/\b(full[- ]?time|voltijd)\b/.test(s)) return fullTime;
  return undefined;
}

/** The hourly wage from a MonetaryAmount: `value` (a number or a QuantitativeValue with value/minValue). */
function wageOf(
  salary: unknown,
  fullTime: number,
  path: Path,
  issues: ValidationIssue[],
): number | undefined {
  if (salary === undefined) return undefined;
  const amount = isObject(salary) ? salary : undefined;
  const inner = isObject(amount?.value) ? amount.value : amount;
  const value = numberOf(inner?.value) ?? numberOf(inner?.minValue) ?? numberOf(amount?.value);
  const unit = text(inner?.unitText ?? amount?.unitText)?.toUpperCase() ?? 'HOUR';
  if (value === undefined) {
    issues.push({
      path: [...path, 'value'],
      message: 'baseSalary has no numeric value',
      code: 'invalid_salary',
    });
    return undefined;
  }
  const perUnit: Record<string, number> = {
    HOUR: 1,
    DAY: fullTime / 5,
    WEEK: fullTime,
    MONTH: (fullTime * 52) / 12,
    YEAR: fullTime * 52,
  };
  const hours = perUnit[unit];
  if (hours === undefined) {
    issues.push({
      path: [...path, 'unitText'],
      message: `unitText "${unit}" is not HOUR, DAY, WEEK, MONTH or YEAR`,
      code: 'invalid_salary',
    });
    return undefined;
  }
  return Math.round((value / hours) * 100) / 100;
}

/** Paths of the vacancy contract mapped back to the JSON-LD fields they came from. */
const SOURCE_PATH: Record<string, Path> = {
  id: ['identifier'],
  employerId: ['hiringOrganization'],
  occupation: ['title'],
  lat: ['jobLocation', 'geo', 'latitude'],
  lon: ['jobLocation', 'geo', 'longitude'],
  location: ['jobLocation'],
  hoursPerWeek: ['workHours'],
  positions: ['totalJobOpenings'],
  wagePerHour: ['baseSalary'],
};

/**
 * Turns a schema.org `JobPosting` (JSON-LD as job sites publish it; an object, a JSON string, an array
 * or an `@graph`) into a vacancy of the input contract: identifier, title, hiring organisation,
 * location (geo, or the locality looked up in `municipalities`), weekly hours from `workHours`,
 * positions from `totalJobOpenings`, hourly wage from `baseSalary`, and tasks (marked `derived`):
 * the occupation's from the catalogue when `findOccupation` knows the title, with supporting task
 * kinds the description names added (at most 2, 10% of the hours each); from the description's task
 * words alone (equal shares) when it does not. Warnings `unknown_occupation` (path `title`) and
 * `tasks_from_description` (path `description`) say so.
 *
 * @param jsonld - the JSON-LD object or its text
 * @param options - sector, municipalities, default hours, range end, full-time hours, carvable
 * @returns the validated vacancy, the employer's name, employment types, the plain-text description and warnings
 * @throws ValidationError listing everything missing or wrong, each with its path into the JSON-LD (e.g. `['jobLocation', 'geo', 'latitude']`)
 * @example
 * fromJobPosting(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)[1],
 *   { municipalities: GOOI_EN_VECHTSTREEK }).vacancy.hoursPerWeek
 */
export function fromJobPosting(jsonld: unknown, options?: JobPostingOptions): JobPostingImport {
  const opts = jobPostingOptions(options);
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  let input = jsonld;
  if (typeof jsonld === 'string') {
    try {
      input = JSON.parse(jsonld);
    } catch {
      throw new ValidationError('fromJobPosting', [
        { path: [], message: 'is not valid JSON', code: 'invalid_json' },
      ]);
    }
  }
  const found = findPosting(input, issues);
  if (found === undefined) throw new ValidationError('fromJobPosting', issues);
  const { node, path: base } = found;
  const at = (...p: Path): Path => [...base, ...p];
  const fullTime = opts.fullTimeHours ?? 36;

  const id = identifierOf(node.identifier) ?? text(node.url);
  if (id === undefined) {
    issues.push({ path: at('identifier'), message: 'is missing (nor is there a url)', code: 'required' });
  } else if (identifierOf(node.identifier) === undefined) {
    warnings.push({ path: at('identifier'), message: 'missing; the url is used as id', code: 'id_from_url' });
  }

  const rawTitle = text(node.title);
  if (rawTitle === undefined) issues.push({ path: at('title'), message: 'is missing', code: 'required' });
  const occupation = rawTitle
    ?.replace(/\((?:m\/v|v\/m|m\/v\/x|m\/v\/d|m\/w\/d|h\/v)\)/gi, '')
    .replace(/\s+/g, ' ')
    .trim();

  const org = isObject(node.hiringOrganization) ? node.hiringOrganization : undefined;
  const employerName =
    text(org?.name) ??
    (typeof node.hiringOrganization === 'string' ? node.hiringOrganization.trim() : undefined);
  const employerId =
    identifierOf(org?.identifier) ??
    text(Array.isArray(org?.sameAs) ? org.sameAs[0] : org?.sameAs) ??
    employerName;
  if (employerId === undefined || employerName === undefined) {
    issues.push({ path: at('hiringOrganization', 'name'), message: 'is missing', code: 'required' });
  }

  const places = Array.isArray(node.jobLocation) ? node.jobLocation : [node.jobLocation];
  const place = isObject(places[0]) ? places[0] : undefined;
  const placePath = Array.isArray(node.jobLocation) ? at('jobLocation', 0) : at('jobLocation');
  const address = isObject(place?.address) ? place.address : undefined;
  const locality = text(address?.addressLocality);
  const geo = isObject(place?.geo) ? place.geo : undefined;
  let lat = numberOf(geo?.latitude);
  let lon = numberOf(geo?.longitude);
  if (place === undefined) {
    issues.push({ path: at('jobLocation'), message: 'is missing', code: 'required' });
  } else if (lat === undefined || lon === undefined) {
    const known =
      locality === undefined
        ? undefined
        : opts.municipalities?.find((m) => m.name.toLowerCase() === locality.toLowerCase());
    if (known !== undefined) {
      lat = known.lat;
      lon = known.lon;
      warnings.push({
        path: [...placePath, 'geo'],
        message: `no coordinates; the centre of ${known.name} is used`,
        code: 'geo_from_locality',
      });
    } else {
      const which = lat === undefined ? 'latitude' : 'longitude';
      issues.push({
        path: [...placePath, 'geo', which],
        message:
          locality === undefined
            ? 'is missing and there is no address.addressLocality to look up'
            : `is missing and locality "${locality}" is not in the municipalities option`,
        code: 'required',
      });
    }
  }

  let hours: number | undefined;
  const workHours = text(node.workHours);
  if (workHours !== undefined) {
    hours = parseHours(workHours, opts.hoursFromRange ?? 'max', fullTime);
    if (hours === undefined) {
      issues.push({
        path: at('workHours'),
        message: 'has no hours a week in a known form',
        code: 'invalid_hours',
      });
    }
  } else if (opts.defaultHoursPerWeek !== undefined) {
    hours = opts.defaultHoursPerWeek;
    warnings.push({
      path: at('workHours'),
      message: 'missing; defaultHoursPerWeek is used',
      code: 'default_hours',
    });
  } else {
    issues.push({
      path: at('workHours'),
      message: 'is missing (or give defaultHoursPerWeek)',
      code: 'required',
    });
  }
  if (hours !== undefined && hours > MAX_HOURS_PER_WEEK) {
    issues.push({
      path: at('workHours'),
      message: `exceeds ${MAX_HOURS_PER_WEEK} hours a week`,
      code: 'too_big',
    });
  }

  const openings = node.totalJobOpenings === undefined ? 1 : numberOf(node.totalJobOpenings);
  if (openings === undefined) {
    issues.push({ path: at('totalJobOpenings'), message: 'is not a number', code: 'invalid_type' });
  }
  const wagePerHour = wageOf(node.baseSalary, fullTime, at('baseSalary'), issues);

  const sectorOption = opts.sector ?? 'auto';
  const sector: Sector =
    sectorOption !== 'auto'
      ? sectorOption
      : employerName !== undefined && GOVERNMENT.test(employerName)
        ? 'government'
        : 'market';

  if (issues.length > 0) throw new ValidationError('fromJobPosting', issues);

  const record = {
    id: id!,
    employerId: employerId!,
    sector,
    occupation: occupation!,
    location: { ...(locality === undefined ? {} : { municipality: locality }), lat: lat!, lon: lon! },
    positions: openings!,
    hoursPerWeek: hours!,
    ...(wagePerHour === undefined ? {} : { wagePerHour }),
    carvable: opts.carvable ?? true,
  };
  const parsed = safeParseVacancies([record]);
  if (!parsed.success) {
    throw new ValidationError(
      'fromJobPosting',
      parsed.error.issues.map((i) => {
        const field = i.path[i.path.length - 1];
        const mapped = typeof field === 'string' ? SOURCE_PATH[field] : undefined;
        return { ...i, path: mapped === undefined ? at(...i.path.slice(1)) : at(...mapped) };
      }),
    );
  }
  const vacancy = parsed.data[0]!;
  const description = typeof node.description === 'string' ? stripHtml(node.description) : '';
  const derived = postingTasks(vacancy.occupation, description, vacancy.hoursPerWeek, {
    title: at('title'),
    description: at('description'),
  });
  if (derived.tasks !== undefined) vacancy.tasks = derived.tasks;
  warnings.push(...derived.warnings);
  const types = Array.isArray(node.employmentType) ? node.employmentType : [node.employmentType];
  return {
    vacancy,
    employerName: employerName!,
    employmentType: types.filter((t): t is string => typeof t === 'string'),
    description,
    warnings,
  };
}
