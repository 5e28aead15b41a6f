import { compareCodes, finish, type Tally } from '../capability/compare.js';
import {
  type CompiledDemands,
  type CompiledProfiles,
  checkCompiled,
  compileDemands,
  compileProfiles,
  marginCompiled,
  STATUS_EXCEEDS,
  STATUS_SIGNAL,
} from '../capability/compiled.js';
import { DEFAULT_DAYS_PER_WEEK, maxHoursFromProfile } from '../capability/hours.js';
import { solveBundle } from '../carving/bundle.js';
import { decomposeVacancy } from '../carving/decompose.js';
import { TASK_KINDS } from '../catalogue/task-kinds.js';
import { parseCandidates, parseVacancies } from '../domain/parse.js';
import type { Candidate, Task, Vacancy } from '../domain/schemas.js';
import { BanenmatchError, throwIfAborted } from '../errors.js';
import { JOB_HOURS_PER_WEEK } from '../quota/jobs.js';
import { buildGrid, forEachNear, type GeoGrid } from '../retrieval/grid.js';
import { economicsContext, economicsCore } from '../wage-value/economics.js';
import { MINIMUM_WAGE_TABLE } from '../wage-value/minimum-wage.js';
import { withRules } from '../wage-value/rules.js';
import { commuteLimitKm } from './commute.js';
import { EARTH_RADIUS_KM } from './geo.js';
import { type MatcherOptions, type ResolvedMatcherOptions, resolveMatcherOptions } from './options.js';
import { createSkillVocabulary, mapSkill, normaliseSkill, type SkillVocabulary } from './skills.js';

/** The components of a score, each in [0, 1]. */
export type ComponentName = 'capability' | 'skills' | 'commute' | 'hours' | 'economics' | 'preferences';

/** One component of a score with its weight and the reason in words a job coach reads. */
export interface ScoreComponent {
  name: ComponentName;
  value: number;
  weight: number;
  reason: string;
}

/** A carved job inside one vacancy: the tasks the candidate can do, bundled (*jobcarving*). */
export interface CarvedMatchJob {
  kind: 'carved';
  tasks: { taskId: string; kind: string; hoursPerWeek: number }[];
  hoursPerWeek: number;
  /** Hours handed back to the vacancy's qualified staff. */
  freedHoursPerWeek: number;
}

/** A candidate–vacancy pair that passes every hard rule, scored and explained. */
export interface Match {
  excluded: false;
  candidateId: string;
  vacancyId: string;
  /** Total score in [0, 1]. */
  score: number;
  /** `'full'`: the whole vacancy; otherwise the carved job the candidate can do. */
  job: 'full' | CarvedMatchJob;
  hoursPerWeek: number;
  sector: Vacancy['sector'];
  /** Banenafspraak jobs the placement counts for (hours / 25.5; 0 for sheltered work). */
  extraJobs: number;
  distanceKm: number;
  priority: boolean;
  components: ScoreComponent[];
  /** One line per component, and the job's story. */
  reasons: string[];
  /** Borderline FML points a job coach must look at (CBBS *signalering*). */
  signals: string[];
}

/** A pair that breaks a hard rule: never scored, never ranked; the reasons say why. */
export interface Exclusion {
  excluded: true;
  candidateId: string;
  vacancyId: string;
  score: 0;
  reasons: string[];
}

export type PairResult = Match | Exclusion;

/** Options of a ranking. */
export interface RankOptions {
  /** How many results. @default 10 */
  k?: number | undefined;
}

/** Each candidate's best vacancies as a CSR graph of indices and scores (see `Matcher.shortlist`). */
export interface Shortlist {
  offsets: Int32Array;
  vacancies: Int32Array;
  scores: Float64Array;
}

/** Options of `rankAll`. */
export interface RankAllOptions extends RankOptions {
  /** Stops the run (throws `AbortError`). */
  signal?: AbortSignal | undefined;
  /** Called with (candidates done, candidates). */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** A compiled index over candidates and vacancies; see {@link createMatcher}. */
export interface Matcher {
  readonly candidates: readonly Candidate[];
  readonly vacancies: readonly Vacancy[];
  readonly options: ResolvedMatcherOptions;
  /** The best vacancies for a candidate (id or object), excluded pairs left out. */
  rank(candidate: string | Candidate, options?: RankOptions): Match[];
  /** The best candidates for a vacancy (id or object); priority candidates first when `priorityFirst`. */
  rankCandidates(vacancy: string | Vacancy, options?: RankOptions): Match[];
  /** One pair, fully explained, excluded or not. */
  score(candidate: string | Candidate, vacancy: string | Vacancy): PairResult;
  /**
   * The whole region ranked both ways in one pass over the pairs: `byCandidate[i]` are the top k
   * vacancies of `candidates[i]`, `byVacancy[j]` the top k candidates of `vacancies[j]`; equal to
   * calling `rank` and `rankCandidates` for each, much faster.
   */
  rankAll(options?: RankAllOptions): { byCandidate: Match[][]; byVacancy: Match[][] };
  /**
   * Scores only, for batch work (assignment): each candidate's top k vacancies as a CSR graph —
   * candidate `i` has vacancies `vacancies[offsets[i] .. offsets[i + 1])` with their `scores`, best first.
   */
  shortlist(options?: RankAllOptions): Shortlist;
  /**
   * The hard rules only, on indices into `candidates` and `vacancies`: true when the pair is not
   * excluded (commute, capability, hours, with carving). The hot path of screening; no allocation.
   */
  screen(candidateIndex: number, vacancyIndex: number): boolean;
  /** Index of a candidate id, or −1. */
  candidateIndex(id: string): number;
  /** Index of a vacancy id, or −1. */
  vacancyIndex(id: string): number;
}

const EXCLUDED_COMMUTE = 1;
const EXCLUDED_CAPABILITY = 2;
const EXCLUDED_HOURS = 3;
const HOURS_GRID = 4; // quarter hours
const HALF_RAD = Math.PI / 360;
const MAX_ENUMERATED_TASKS = 16;

/** @internal Everything `createMatcher` compiles. */
interface Compiled {
  nC: number;
  nV: number;
  profiles: CompiledProfiles;
  cLat: Float64Array;
  cLon: Float64Array;
  cLimit: Float64Array;
  /** cos(latitude) of each home, and hav(limit / R) of each commute limit. */
  cCos: Float64Array;
  cHavLimit: Float64Array;
  cMin: Float64Array;
  cMax: Float64Array;
  cMaxWhy: string[];
  /** Candidate × skill vocabulary, 1 = has the skill. */
  cSkill: Uint8Array;
  cSkillCount: Int32Array;
  /** Candidate × task kind: estimated wage value. */
  cWage: Float64Array;
  /** Candidate × task kind: 1 = prefers not to do it. */
  cAvoid: Uint8Array;
  /** Bit 0 market, bit 1 government; 3 = no preference. */
  cSector: Uint8Array;
  cOccupationPref: (string[] | undefined)[];
  cPriority: Uint8Array;
  cCounts: Uint8Array;
  cGroup: Candidate['targetGroup'][];
  /** Wage value when a job has no task hours: measured, else the default. */
  cWageFallback: Float64Array;
  maxLimit: number;
  vLat: Float64Array;
  vLon: Float64Array;
  vCos: Float64Array;
  vHours: Float64Array;
  vWage: (number | undefined)[];
  vSector: Uint8Array;
  vCarvable: Uint8Array;
  vTaskStart: Int32Array;
  vOccupation: string[];
  vTasks: Task[][];
  demands: CompiledDemands;
  tHours: Float64Array;
  tCore: Uint8Array;
  tKind: Int32Array;
  tSkillStart: Int32Array;
  tSkillIds: Int32Array;
  kinds: string[];
  vocab: SkillVocabulary;
  vGrid: GeoGrid;
  cGrid: GeoGrid;
}

/** @internal Reused state of one pair evaluation (no allocation per pair). */
interface Evaluation {
  excluded: number;
  distance: number;
  /** −1: the full job; otherwise a bit mask over the vacancy's tasks (carved). */
  mask: number;
  jobHours: number;
  capability: number;
  skills: number;
  commute: number;
  hours: number;
  preferences: number;
  economics: number;
  /** Estimated wage value on the job's tasks. */
  wageValue: number;
  signals: number;
  /** The total score. */
  score: number;
}

function hoursText(h: number): string {
  return (Math.round(h * 100) / 100).toString().replace('.', ',');
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/**
 * Compiles candidates and vacancies once into typed arrays and a geographic index, for ranking both
 * ways and explaining single pairs. Inputs are validated with the project's parsers (every problem
 * with its path); vacancies without tasks are decomposed from the occupation catalogue.
 *
 * The score of a pair is Σ wᵢ·cᵢ / Σ wᵢ over six components in [0, 1] (capability, skills, commute,
 * hours, economics, preferences), × `carvedFactor` for a carved job. Hard rules exclude a pair with its
 * reasons and it is never ranked: commute beyond the candidate's limit; a job the candidate cannot do
 * on the FML (CBBS *evident ongeschikt*) or whose hours exceed their maximum (preferences, FML VI.2
 * and VI.3) — unless a carved job inside the vacancy fits, which then is the result.
 *
 * Complexity: building O(C·items + V·tasks); `rank` visits the vacancies within the candidate's commute
 * radius (a grid), O(pairs × tasks) plus the economics of the pairs that can still reach the top k.
 *
 * @param input - `{ candidates, vacancies }` as JSON (input contract) or parsed
 * @param options - weights, minScore, priorityFirst, date, commute defaults, carving; see `matcherOptionsSchema`
 * @returns the matcher
 * @throws ValidationError for invalid candidates, vacancies or options; BanenmatchError `NOT_FOUND` for a
 *   vacancy without tasks whose occupation the catalogue does not know
 * @example
 * const matcher = createMatcher({ candidates, vacancies });
 * matcher.rank('c-0001', { k: 10 }); // [{ vacancyId, score, job, reasons, ... }]
 */
export function createMatcher(
  input: { candidates: readonly unknown[]; vacancies: readonly unknown[] },
  options: MatcherOptions = {},
): Matcher {
  const opts = resolveMatcherOptions(options);
  const candidates = parseCandidates(input.candidates);
  const vacancies = parseVacancies(input.vacancies).map((v) => ({ ...v, tasks: decomposeVacancy(v) }));
  const compiled = compile(candidates, vacancies, opts);
  const W = opts.weights;
  const weightTotal = W.capability + W.skills + W.commute + W.hours + W.economics + W.preferences;
  const date = opts.date ?? MINIMUM_WAGE_TABLE[MINIMUM_WAGE_TABLE.length - 1]!.validFrom;
  const cIndex = new Map(candidates.map((c, i) => [c.id, i]));
  const vIndex = new Map(vacancies.map((v, i) => [v.id, i]));
  const ev: Evaluation = {
    excluded: 0,
    distance: 0,
    mask: -1,
    jobHours: 0,
    capability: 0,
    skills: 0,
    commute: 0,
    hours: 0,
    preferences: 0,
    economics: 0,
    wageValue: 0,
    signals: 0,
    score: 0,
  };
  const econ = economicsContext(date);
  const status = new Uint8Array(128);
  const skillAcc = new Float64Array(compiled.vocab.names.length);
  const skillTouched = new Int32Array(compiled.vocab.names.length);

  /** Evaluates the hard rules and every component but economics into `ev`; returns true when not excluded. */
  const evaluate = (ci: number, vi: number): boolean => {
    const C = compiled;
    ev.excluded = 0;
    ev.mask = -1;
    // Haversine, compared before the arcsine: hav(d/R) against hav(limit/R), precomputed.
    const s1 = Math.sin((C.vLat[vi]! - C.cLat[ci]!) * HALF_RAD);
    const s2 = Math.sin((C.vLon[vi]! - C.cLon[ci]!) * HALF_RAD);
    const hav = s1 * s1 + C.cCos[ci]! * C.vCos[vi]! * s2 * s2;
    if (hav > C.cHavLimit[ci]!) {
      ev.excluded = EXCLUDED_COMMUTE;
      ev.distance = -hav; // the distance itself is only worked out to explain
      return false;
    }
    const d = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(hav)));
    ev.distance = d;
    const limit = C.cLimit[ci]!;
    const s = C.vTaskStart[vi]!;
    const e = C.vTaskStart[vi + 1]!;
    const m = e - s;
    let fullFits = true;
    for (let t = s; t < e; t++) {
      const st = checkCompiled(C.profiles, ci, C.demands, t);
      status[t - s] = st;
      if (st === STATUS_EXCEEDS) fullFits = false;
    }
    const maxH = C.cMax[ci]!;
    let jobHours = C.vHours[vi]!;
    if (!fullFits || jobHours > maxH) {
      // The whole vacancy is out; a carved job inside it may fit (one vacancy: enumerate subsets).
      const carving = opts.carving;
      if (carving === false || C.vCarvable[vi] === 0) {
        ev.excluded = fullFits ? EXCLUDED_HOURS : EXCLUDED_CAPABILITY;
        return false;
      }
      const mask = carveWithin(ci, s, m, maxH, carving.minHours);
      if (mask < 0) {
        ev.excluded = fullFits ? EXCLUDED_HOURS : EXCLUDED_CAPABILITY;
        return false;
      }
      ev.mask = mask;
      jobHours = 0;
      for (let a = 0; a < m; a++) if ((mask >> a) & 1) jobHours += quarter(C.tHours[s + a]!);
    }
    ev.jobHours = jobHours;

    // Capability: room on the tightest item over the job's tasks, less for signals.
    let margin = 1;
    let signals = 0;
    let avoided = 0;
    const kindBase = ci * C.kinds.length;
    for (let a = 0; a < m; a++) {
      if (ev.mask >= 0 && ((ev.mask >> a) & 1) === 0) continue;
      const t = s + a;
      if (status[a] === STATUS_SIGNAL) signals++;
      if (C.cAvoid[kindBase + C.tKind[t]!] === 1) avoided += C.tHours[t]!;
    }
    // A signal leaves no room (margin 0); otherwise the room on the tightest item of the job's tasks.
    if (signals > 0) margin = 0;
    else {
      for (let a = 0; a < m && margin > 0; a++) {
        if (ev.mask >= 0 && ((ev.mask >> a) & 1) === 0) continue;
        const r = marginCompiled(C.profiles, ci, C.demands, s + a);
        if (r < margin) margin = r;
      }
    }
    ev.signals = signals;
    ev.capability = (0.5 + 0.5 * margin) * (1 - 0.05 * Math.min(signals, 4));

    // Skills: cosine of the candidate's 0/1 vector and the job's hours-weighted vector.
    let touched = 0;
    for (let a = 0; a < m; a++) {
      if (ev.mask >= 0 && ((ev.mask >> a) & 1) === 0) continue;
      const t = s + a;
      const h = C.tHours[t]!;
      for (let k = C.tSkillStart[t]!; k < C.tSkillStart[t + 1]!; k++) {
        const id = C.tSkillIds[k]!;
        if (skillAcc[id] === 0) skillTouched[touched++] = id;
        skillAcc[id] = skillAcc[id]! + h;
      }
    }
    let dot = 0;
    let jobNorm = 0;
    const skillBase = ci * C.vocab.names.length;
    for (let k = 0; k < touched; k++) {
      const id = skillTouched[k]!;
      const w = skillAcc[id]!;
      jobNorm += w * w;
      if (C.cSkill[skillBase + id] === 1) dot += w;
      skillAcc[id] = 0;
    }
    const candNorm = C.cSkillCount[ci]!;
    ev.skills = candNorm === 0 || jobNorm === 0 ? opts.unknownSkills : dot / Math.sqrt(candNorm * jobNorm);

    ev.commute = limit > 0 ? 1 - d / limit : 1;
    const minH = C.cMin[ci]!;
    ev.hours = jobHours >= minH ? 1 : minH > 0 ? jobHours / minH : 1;

    let pref = 1;
    if ((C.cSector[ci]! & (1 << C.vSector[vi]!)) === 0) pref *= 0.5;
    const occ = C.cOccupationPref[ci];
    if (occ !== undefined && !occupationMatches(occ, C.vOccupation[vi]!)) pref *= 0.7;
    if (jobHours > 0 && avoided > 0) pref *= 1 - 0.5 * Math.min(1, avoided / jobHours);
    ev.preferences = pref;

    // Economics: the employer's net cost per productive hour against a regular hire (wage-value module).
    let taskHours = 0;
    let productive = 0;
    for (let a = 0; a < m; a++) {
      if (ev.mask >= 0 && ((ev.mask >> a) & 1) === 0) continue;
      const t = s + a;
      taskHours += C.tHours[t]!;
      productive += C.tHours[t]! * C.cWage[kindBase + C.tKind[t]!]!;
    }
    const w = taskHours > 0 ? Math.min(1, Math.max(0, productive / taskHours)) : C.cWageFallback[ci]!;
    ev.wageValue = w;
    const core = economicsCore(econ, C.cGroup[ci]!, w, jobHours, C.vWage[vi], undefined);
    const ratio = core.ratio;
    ev.economics = Number.isFinite(ratio) ? (ratio <= 1 ? 1 : 1 / ratio) : 0;

    const total =
      (W.capability * ev.capability +
        W.skills * ev.skills +
        W.commute * ev.commute +
        W.hours * ev.hours +
        W.economics * ev.economics +
        W.preferences * ev.preferences) /
      weightTotal;
    ev.score = Math.min(1, Math.max(0, ev.mask >= 0 ? total * opts.carvedFactor : total));
    return true;
  };

  /** The best subset of the vacancy's carvable tasks by productive hours within the window, or −1. */
  const carveWithin = (ci: number, s: number, m: number, maxH: number, minH: number): number => {
    const C = compiled;
    const kindBase = ci * C.kinds.length;
    let eligible = 0;
    for (let a = 0; a < m; a++) {
      const t = s + a;
      const h = C.tHours[t]!;
      if (C.tCore[t] === 1 || status[a] === STATUS_EXCEEDS || !(h > 0) || h > maxH) continue;
      if (C.cAvoid[kindBase + C.tKind[t]!] === 1) continue;
      eligible |= 1 << a;
    }
    if (eligible === 0 || minH > maxH) return -1;
    if (m > MAX_ENUMERATED_TASKS) {
      const idx: number[] = [];
      for (let a = 0; a < m; a++) if ((eligible >> a) & 1) idx.push(a);
      const b = solveBundle({
        items: idx.map((a) => ({
          hours: C.tHours[s + a]!,
          value: C.tHours[s + a]! * C.cWage[kindBase + C.tKind[s + a]!]!,
          group: 0,
        })),
        minHours: minH,
        maxHours: maxH,
      });
      if (b === null || b.items.length === 0) return -1;
      let mask = 0;
      for (const i of b.items) mask |= 1 << idx[i]!;
      return mask;
    }
    // Enumerate the subsets of the eligible tasks (at most 2^16); ties to the smaller mask.
    const lo = Math.ceil(minH * HOURS_GRID - 1e-9);
    const hi = Math.floor(maxH * HOURS_GRID + 1e-9);
    let best = -1;
    let bestValue = -1;
    for (let sub = eligible; sub > 0; sub = (sub - 1) & eligible) {
      let units = 0;
      let value = 0;
      for (let a = 0; a < m; a++) {
        if (((sub >> a) & 1) === 0) continue;
        const t = s + a;
        units += Math.round(C.tHours[t]! * HOURS_GRID);
        value += C.tHours[t]! * C.cWage[kindBase + C.tKind[t]!]!;
      }
      if (units < lo || units > hi) continue;
      if (value > bestValue + 1e-9 || (value > bestValue - 1e-9 && sub < best)) {
        best = sub;
        bestValue = value;
      }
    }
    return best;
  };

  const jobTasksOf = (vi: number, mask: number): Task[] => {
    const tasks = compiled.vTasks[vi]!;
    return mask < 0 ? tasks : tasks.filter((_t, a) => (mask >> a) & 1);
  };

  const economicsOf = (ci: number, vi: number): string => {
    const e = economicsCore(
      econ,
      compiled.cGroup[ci]!,
      ev.wageValue,
      ev.jobHours,
      compiled.vWage[vi],
      undefined,
    );
    const regime =
      e.regime === 'wage-cost-subsidy'
        ? 'met loonkostensubsidie'
        : e.regime === 'wage-dispensation'
          ? 'met loondispensatie'
          : 'zonder loonsubsidie';
    return Number.isFinite(e.ratio)
      ? `kost de werkgever per productief uur ${pct(e.ratio)} van een reguliere kracht (${regime}, geschatte loonwaarde ${pct(ev.wageValue)})`
      : 'geschatte loonwaarde 0: geen productieve uren';
  };

  /** The readable comparison of one task, without re-validating (the profile was checked when compiled). */
  const readable = (c: Candidate, t: Task) => {
    const tally: Tally = { exceedances: [], signals: [], room: 1 };
    compareCodes(c.capabilities, t.demands, tally);
    return finish(tally);
  };

  /** Builds the full, explained result of the pair last evaluated. */
  const explain = (ci: number, vi: number, ok: boolean): PairResult => {
    const C = compiled;
    const c = candidates[ci]!;
    const v = vacancies[vi]!;
    if (!ok)
      return {
        excluded: true,
        candidateId: c.id,
        vacancyId: v.id,
        score: 0,
        reasons: exclusionReasons(ci, vi),
      };
    const econText = economicsOf(ci, vi);
    const tasks = jobTasksOf(vi, ev.mask);
    const signals: string[] = [];
    const s0 = C.vTaskStart[vi]!;
    C.vTasks[vi]!.forEach((t, a) => {
      if (ev.mask >= 0 && ((ev.mask >> a) & 1) === 0) return;
      if (checkCompiled(C.profiles, ci, C.demands, s0 + a) !== STATUS_SIGNAL) return;
      for (const sg of readable(c, t).signals) signals.push(`${t.kind} (${t.id}): ${sg.reason}`);
    });
    const skill = skillStory(ci, vi);
    const limit = C.cLimit[ci]!;
    const minH = C.cMin[ci]!;
    const components: ScoreComponent[] = [
      {
        name: 'capability',
        value: ev.capability,
        weight: W.capability,
        reason:
          ev.signals === 0
            ? `past bij de functionele mogelijkheden (ruimte ${pct((ev.capability - 0) / 1)})`
            : `past, met ${ev.signals} ${ev.signals === 1 ? 'punt' : 'punten'} op de grens om na te gaan`,
      },
      { name: 'skills', value: ev.skills, weight: W.skills, reason: skill },
      {
        name: 'commute',
        value: ev.commute,
        weight: W.commute,
        reason: `${hoursText(ev.distance)} km van huis (grens ${hoursText(limit)} km)`,
      },
      {
        name: 'hours',
        value: ev.hours,
        weight: W.hours,
        reason:
          ev.hours === 1
            ? `${hoursText(ev.jobHours)} uur past in ${hoursText(minH)}–${hoursText(C.cMax[ci]!)} uur`
            : `${hoursText(ev.jobHours)} uur, minder dan de gewenste ${hoursText(minH)} uur`,
      },
      { name: 'economics', value: ev.economics, weight: W.economics, reason: econText },
      { name: 'preferences', value: ev.preferences, weight: W.preferences, reason: preferenceStory(ci, vi) },
    ];
    const job: Match['job'] =
      ev.mask < 0
        ? 'full'
        : {
            kind: 'carved',
            tasks: tasks.map((t) => ({ taskId: t.id, kind: t.kind, hoursPerWeek: quarter(t.hoursPerWeek) })),
            hoursPerWeek: ev.jobHours,
            freedHoursPerWeek: ev.jobHours,
          };
    const score = ev.score;
    const story =
      ev.mask < 0
        ? `de hele vacature (${hoursText(ev.jobHours)} uur)`
        : `gecreëerde baan van ${tasks.length} ${tasks.length === 1 ? 'taak' : 'taken'}, ${hoursText(ev.jobHours)} uur: ${
            fullStory(ci, vi) ?? ''
          }`;
    return {
      excluded: false,
      candidateId: c.id,
      vacancyId: v.id,
      score,
      job,
      hoursPerWeek: ev.jobHours,
      sector: v.sector,
      extraJobs: C.cCounts[ci] === 1 ? ev.jobHours / JOB_HOURS_PER_WEEK : 0,
      distanceKm: ev.distance,
      priority: C.cPriority[ci] === 1,
      components,
      reasons: [story, ...components.map((x) => `${x.name}: ${x.reason}`)],
      signals,
    };
  };

  /** Why the whole vacancy does not fit (used in a carved job's story), or undefined. */
  const fullStory = (ci: number, vi: number): string | undefined => {
    const c = candidates[ci]!;
    const v = vacancies[vi]!;
    const out: string[] = [];
    const s0 = compiled.vTaskStart[vi]!;
    compiled.vTasks[vi]!.forEach((t, a) => {
      if (checkCompiled(compiled.profiles, ci, compiled.demands, s0 + a) !== STATUS_EXCEEDS) return;
      out.push(
        `${t.kind} niet: ${readable(c, t)
          .exceedances.map((x) => x.reason)
          .join('; ')}`,
      );
    });
    if (v.hoursPerWeek > compiled.cMax[ci]!)
      out.push(`${hoursText(v.hoursPerWeek)} uur is te veel (${compiled.cMaxWhy[ci]})`);
    return out.length === 0 ? undefined : `de hele vacature past niet (${out.join('; ')})`;
  };

  const exclusionReasons = (ci: number, vi: number): string[] => {
    const C = compiled;
    const v = vacancies[vi]!;
    if (ev.excluded === EXCLUDED_COMMUTE) {
      ev.distance = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(-ev.distance)));
      return [
        `woon-werkafstand ${hoursText(ev.distance)} km, meer dan de ${hoursText(C.cLimit[ci]!)} km die de kandidaat kan reizen`,
      ];
    }
    const reasons: string[] = [];
    const why = fullStory(ci, vi);
    if (why !== undefined) reasons.push(why);
    if (opts.carving === false) reasons.push('jobcarving staat uit');
    else if (!v.carvable) reasons.push('de werkgever stelt deze vacature niet open voor jobcarving');
    else
      reasons.push(
        `ook een gecreëerde baan lukt niet: geen combinatie van passende taken (geen kerntaken) tussen ${hoursText(opts.carving.minHours)} en ${hoursText(C.cMax[ci]!)} uur`,
      );
    return reasons;
  };

  const skillStory = (ci: number, vi: number): string => {
    const C = compiled;
    const V = C.vocab.names.length;
    const base = ci * V;
    const weights = new Map<number, number>();
    const s0 = C.vTaskStart[vi]!;
    const m = C.vTaskStart[vi + 1]! - s0;
    for (let a = 0; a < m; a++) {
      if (ev.mask >= 0 && ((ev.mask >> a) & 1) === 0) continue;
      const t = s0 + a;
      for (let k = C.tSkillStart[t]!; k < C.tSkillStart[t + 1]!; k++) {
        const id = C.tSkillIds[k]!;
        weights.set(id, (weights.get(id) ?? 0) + C.tHours[t]!);
      }
    }
    if (C.cSkillCount[ci] === 0 || weights.size === 0) return 'vaardigheden onbekend: neutraal gewaardeerd';
    const order = [...weights.keys()].sort((a, b) => weights.get(b)! - weights.get(a)! || a - b);
    const matched = order.filter((k) => C.cSkill[base + k] === 1).map((k) => C.vocab.names[k]!);
    const missing = order.filter((k) => C.cSkill[base + k] !== 1).map((k) => C.vocab.names[k]!);
    return `heeft ${matched.length === 0 ? 'geen van de gevraagde vaardigheden' : matched.join(', ')}${
      missing.length === 0 ? '' : `; mist ${missing.join(', ')}`
    }`;
  };

  const preferenceStory = (ci: number, vi: number): string => {
    const C = compiled;
    const parts: string[] = [];
    if ((C.cSector[ci]! & (1 << C.vSector[vi]!)) === 0) parts.push('andere sector dan de voorkeur');
    const occ = C.cOccupationPref[ci];
    if (occ !== undefined && !occupationMatches(occ, C.vOccupation[vi]!))
      parts.push('ander beroep dan de voorkeur');
    if (ev.preferences < 1 && parts.length === 0) parts.push('bevat taken die de kandidaat liever niet doet');
    return parts.length === 0 ? 'past bij de voorkeuren' : parts.join('; ');
  };

  const resolveCandidate = (c: string | Candidate): number => {
    const id = typeof c === 'string' ? c : c.id;
    const i = cIndex.get(id);
    if (i === undefined) throw new BanenmatchError('NOT_FOUND', `candidate "${id}" is not in this matcher`);
    return i;
  };
  const resolveVacancy = (v: string | Vacancy): number => {
    const id = typeof v === 'string' ? v : v.id;
    const i = vIndex.get(id);
    if (i === undefined) throw new BanenmatchError('NOT_FOUND', `vacancy "${id}" is not in this matcher`);
    return i;
  };
  const checkK = (k: number | undefined): number => {
    const kk = k ?? 10;
    if (!Number.isInteger(kk) || kk < 0) {
      throw new BanenmatchError('INVALID_ARGUMENT', 'rank: `k` must be a whole number ≥ 0');
    }
    return kk;
  };

  /**
   * Inserts (key, index) into the top-k list `at` of `keys`/`idx` (sorted best first: key descending,
   * then index ascending) when it belongs there.
   */
  const insertTop = (
    keys: Float64Array,
    idx: Int32Array,
    count: Int32Array,
    at: number,
    k: number,
    key: number,
    index: number,
  ): void => {
    const base = at * k;
    let n = count[at]!;
    if (n === k) {
      const wk = keys[base + k - 1]!;
      if (key < wk || (key === wk && index > idx[base + k - 1]!)) return;
      n = k - 1;
    } else count[at] = n + 1;
    let pos = n;
    while (pos > 0) {
      const pk = keys[base + pos - 1]!;
      if (key < pk || (key === pk && index > idx[base + pos - 1]!)) break;
      keys[base + pos] = pk;
      idx[base + pos] = idx[base + pos - 1]!;
      pos--;
    }
    keys[base + pos] = key;
    idx[base + pos] = index;
  };

  /** The ranking key of a pair for a vacancy: priority candidates above all when asked (scores are ≤ 1). */
  const vacancyKey = (ci: number, score: number): number =>
    opts.priorityFirst && compiled.cPriority[ci] === 1 ? score + 2 : score;

  const oneKeys = { keys: new Float64Array(0), idx: new Int32Array(0) };
  const oneCount = new Int32Array(1);
  const rankOne = (ci: number, vi: number, k: number): Match[] => {
    const C = compiled;
    if (oneKeys.keys.length < k) {
      oneKeys.keys = new Float64Array(k);
      oneKeys.idx = new Int32Array(k);
    }
    oneCount[0] = 0;
    if (k > 0 && ci >= 0) {
      forEachNear(C.vGrid, C.cLat[ci]!, C.cLon[ci]!, C.cLimit[ci]!, (v) => {
        if (evaluate(ci, v) && ev.score >= opts.minScore)
          insertTop(oneKeys.keys, oneKeys.idx, oneCount, 0, k, ev.score, v);
      });
    } else if (k > 0) {
      forEachNear(C.cGrid, C.vLat[vi]!, C.vLon[vi]!, C.maxLimit, (c) => {
        if (evaluate(c, vi) && ev.score >= opts.minScore) {
          insertTop(oneKeys.keys, oneKeys.idx, oneCount, 0, k, vacancyKey(c, ev.score), c);
        }
      });
    }
    const out: Match[] = [];
    for (let r = 0; r < oneCount[0]!; r++) {
      const other = oneKeys.idx[r]!;
      const [c, v] = ci >= 0 ? [ci, other] : [other, vi];
      out.push(explain(c, v, evaluate(c, v)) as Match);
    }
    return out;
  };

  const shortlist = (options: RankAllOptions = {}): Shortlist => {
    const k = checkK(options.k);
    const C = compiled;
    const nC = C.nC;
    const keys = new Float64Array(k);
    const idx = new Int32Array(k);
    const count = new Int32Array(1);
    const offsets = new Int32Array(nC + 1);
    let cap = Math.max(16, nC * Math.min(k, 16));
    let vacanciesOut = new Int32Array(cap);
    let scoresOut = new Float64Array(cap);
    let n = 0;
    for (let ci = 0; ci < nC; ci++) {
      if ((ci & 63) === 0) {
        throwIfAborted(options.signal, 'shortlist');
        options.onProgress?.(ci, nC);
      }
      count[0] = 0;
      if (k > 0) {
        forEachNear(C.vGrid, C.cLat[ci]!, C.cLon[ci]!, C.cLimit[ci]!, (vi) => {
          if (evaluate(ci, vi) && ev.score >= opts.minScore) insertTop(keys, idx, count, 0, k, ev.score, vi);
        });
      }
      const got = count[0]!;
      if (n + got > cap) {
        cap = Math.max(cap * 2, n + got);
        const a = new Int32Array(cap);
        a.set(vacanciesOut);
        vacanciesOut = a;
        const b = new Float64Array(cap);
        b.set(scoresOut);
        scoresOut = b;
      }
      for (let r = 0; r < got; r++) {
        vacanciesOut[n] = idx[r]!;
        scoresOut[n] = keys[r]!;
        n++;
      }
      offsets[ci + 1] = n;
    }
    options.onProgress?.(nC, nC);
    return { offsets, vacancies: vacanciesOut.slice(0, n), scores: scoresOut.slice(0, n) };
  };

  const rankAll = (options: RankAllOptions = {}): { byCandidate: Match[][]; byVacancy: Match[][] } => {
    const k = checkK(options.k);
    const C = compiled;
    const nC = C.nC;
    const nV = C.nV;
    const cKeys = new Float64Array(nC * k);
    const cIdx = new Int32Array(nC * k);
    const cCount = new Int32Array(nC);
    const vKeys = new Float64Array(nV * k);
    const vIdx = new Int32Array(nV * k);
    const vCount = new Int32Array(nV);
    for (let ci = 0; ci < nC && k > 0; ci++) {
      if ((ci & 63) === 0) {
        throwIfAborted(options.signal, 'rankAll');
        options.onProgress?.(ci, nC);
      }
      forEachNear(C.vGrid, C.cLat[ci]!, C.cLon[ci]!, C.cLimit[ci]!, (vi) => {
        if (!evaluate(ci, vi) || ev.score < opts.minScore) return;
        insertTop(cKeys, cIdx, cCount, ci, k, ev.score, vi);
        insertTop(vKeys, vIdx, vCount, vi, k, vacancyKey(ci, ev.score), ci);
      });
    }
    const explained = new Map<number, Match>();
    const matchOf = (ci: number, vi: number): Match => {
      const key = ci * nV + vi;
      let m = explained.get(key);
      if (m === undefined) {
        m = explain(ci, vi, evaluate(ci, vi)) as Match;
        explained.set(key, m);
      }
      return m;
    };
    const byCandidate: Match[][] = [];
    for (let ci = 0; ci < nC; ci++) {
      const list: Match[] = [];
      for (let r = 0; r < cCount[ci]!; r++) list.push(matchOf(ci, cIdx[ci * k + r]!));
      byCandidate.push(list);
    }
    const byVacancy: Match[][] = [];
    for (let vi = 0; vi < nV; vi++) {
      const list: Match[] = [];
      for (let r = 0; r < vCount[vi]!; r++) list.push(matchOf(vIdx[vi * k + r]!, vi));
      byVacancy.push(list);
    }
    options.onProgress?.(nC, nC);
    return { byCandidate, byVacancy };
  };

  return {
    candidates,
    vacancies,
    options: opts,
    rank(candidate, rankOptions = {}) {
      return rankOne(resolveCandidate(candidate), -1, checkK(rankOptions.k));
    },
    rankCandidates(vacancy, rankOptions = {}) {
      return rankOne(-1, resolveVacancy(vacancy), checkK(rankOptions.k));
    },
    score(candidate, vacancy) {
      const ci = resolveCandidate(candidate);
      const vi = resolveVacancy(vacancy);
      return explain(ci, vi, evaluate(ci, vi));
    },
    rankAll,
    shortlist,
    screen(ci, vi) {
      if (!(ci >= 0 && ci < compiled.nC && vi >= 0 && vi < compiled.nV)) {
        throw new BanenmatchError('INVALID_ARGUMENT', 'screen: index out of range');
      }
      return evaluate(ci, vi);
    },
    candidateIndex: (id) => cIndex.get(id) ?? -1,
    vacancyIndex: (id) => vIndex.get(id) ?? -1,
  };
}

function quarter(h: number): number {
  return Math.round(h * HOURS_GRID) / HOURS_GRID;
}

function occupationMatches(prefs: readonly string[], occupation: string): boolean {
  const o = normaliseSkill(occupation);
  return prefs.some((p) => {
    const q = normaliseSkill(p);
    return q.length > 0 && (o.includes(q) || q.includes(o));
  });
}

function compile(
  candidates: readonly Candidate[],
  vacancies: readonly Vacancy[],
  opts: ResolvedMatcherOptions,
): Compiled {
  const nC = candidates.length;
  const nV = vacancies.length;
  const rules = withRules(undefined);
  // Task kinds: the catalogue's first, then any others in order of appearance.
  const kindIndex = new Map<string, number>();
  const kinds: string[] = [];
  const kindOf = (k: string) => {
    let i = kindIndex.get(k);
    if (i === undefined) {
      i = kinds.length;
      kindIndex.set(k, i);
      kinds.push(k);
    }
    return i;
  };
  for (const k of TASK_KINDS) kindOf(k.id);
  const allTasks: Task[] = [];
  const vTaskStart = new Int32Array(nV + 1);
  const vTasks: Task[][] = [];
  for (let v = 0; v < nV; v++) {
    const tasks = vacancies[v]!.tasks ?? [];
    vTasks.push(tasks);
    for (const t of tasks) {
      kindOf(t.kind);
      allTasks.push(t);
    }
    vTaskStart[v + 1] = allTasks.length;
  }
  for (const c of candidates) {
    for (const k of Object.keys(c.taskPerformance ?? {})) kindOf(k);
    for (const k of c.preferences?.avoidTaskKinds ?? []) kindOf(k);
  }
  const K = kinds.length;
  // Skill vocabulary: the catalogue's skills and every skill vacancies ask for.
  const vocabNames: string[] = TASK_KINDS.flatMap((k) => k.skills);
  for (const t of allTasks) vocabNames.push(...t.skills);
  for (const v of vacancies) vocabNames.push(...v.skills);
  const vocab = createSkillVocabulary(vocabNames, opts.skillDistance);
  const V = vocab.names.length;

  const tSkillStart = new Int32Array(allTasks.length + 1);
  const skillIds: number[] = [];
  let ti = 0;
  for (let v = 0; v < nV; v++) {
    const vac = vacancies[v]!;
    const tasks = vTasks[v]!;
    const anyTaskSkills = tasks.some((t) => t.skills.length > 0);
    for (const t of tasks) {
      const seen = new Set<number>();
      // Without task skills, the vacancy's skills stand for every task.
      for (const s of anyTaskSkills ? t.skills : vac.skills) {
        const id = mapSkill(vocab, s);
        if (id >= 0 && !seen.has(id)) {
          seen.add(id);
          skillIds.push(id);
        }
      }
      tSkillStart[++ti] = skillIds.length;
    }
  }
  const demands = compileDemands(allTasks.map((t) => ({ demands: t.demands })));
  const tHours = Float64Array.from(allTasks, (t) => t.hoursPerWeek);
  const tCore = Uint8Array.from(allTasks, (t) => (t.core ? 1 : 0));
  const tKind = Int32Array.from(allTasks, (t) => kindIndex.get(t.kind)!);

  const profiles = compileProfiles(candidates.map((c) => c.capabilities));
  const cLat = Float64Array.from(candidates, (c) => c.home.lat);
  const cLon = Float64Array.from(candidates, (c) => c.home.lon);
  const cLimit = Float64Array.from(candidates, (c) => commuteLimitKm(c, opts.commute));
  const cMin = new Float64Array(nC);
  const cMax = new Float64Array(nC);
  const cMaxWhy: string[] = [];
  const cSkill = new Uint8Array(nC * V);
  const cSkillCount = new Int32Array(nC);
  const cWage = new Float64Array(nC * K);
  const cAvoid = new Uint8Array(nC * K);
  const cSector = new Uint8Array(nC);
  const cOccupationPref: (string[] | undefined)[] = [];
  const cPriority = new Uint8Array(nC);
  const cCounts = new Uint8Array(nC);
  let maxLimit = 0;
  candidates.forEach((c, i) => {
    const fml = maxHoursFromProfile(c.capabilities);
    const perDayWeek = fml.perDay * DEFAULT_DAYS_PER_WEEK;
    let max = c.hoursPerWeek.max;
    let why = `wil ten hoogste ${hoursText(max)} uur`;
    if (fml.perWeek < max) {
      max = fml.perWeek;
      why = `FML VI.3: ~${hoursText(fml.perWeek)} uur per week`;
    }
    if (perDayWeek < max) {
      max = perDayWeek;
      why = `FML VI.2: ~${hoursText(fml.perDay)} uur per dag`;
    }
    cMax[i] = max;
    cMaxWhy.push(why);
    cMin[i] = Math.min(c.hoursPerWeek.min, max);
    let count = 0;
    for (const s of c.skills) {
      const id = mapSkill(vocab, s);
      if (id >= 0 && cSkill[i * V + id] === 0) {
        cSkill[i * V + id] = 1;
        count++;
      }
    }
    cSkillCount[i] = count;
    const fallback = c.wageValue ?? rules.defaultWageValue;
    for (let k = 0; k < K; k++) cWage[i * K + k] = c.taskPerformance?.[kinds[k]!] ?? fallback;
    for (const k of c.preferences?.avoidTaskKinds ?? []) cAvoid[i * K + kindIndex.get(k)!] = 1;
    const sectors = c.preferences?.sectors;
    cSector[i] =
      sectors === undefined || sectors.length === 0
        ? 3
        : (sectors.includes('market') ? 1 : 0) | (sectors.includes('government') ? 2 : 0);
    const occ = c.preferences?.occupations;
    cOccupationPref.push(occ === undefined || occ.length === 0 ? undefined : occ);
    cPriority[i] = c.priority ? 1 : 0;
    cCounts[i] = c.targetGroup === 'beschut' ? 0 : 1;
    if (cLimit[i]! > maxLimit) maxLimit = cLimit[i]!;
  });
  const vLat = Float64Array.from(vacancies, (v) => v.location.lat);
  const vLon = Float64Array.from(vacancies, (v) => v.location.lon);
  return {
    nC,
    nV,
    profiles,
    cLat,
    cLon,
    cLimit,
    cCos: Float64Array.from(cLat, (x) => Math.cos(x * 2 * HALF_RAD)),
    cHavLimit: Float64Array.from(cLimit, (l) => {
      const h = Math.sin(l / (2 * EARTH_RADIUS_KM));
      return l / EARTH_RADIUS_KM >= Math.PI ? 1 : h * h;
    }),
    cMin,
    cMax,
    cMaxWhy,
    cSkill,
    cSkillCount,
    cWage,
    cAvoid,
    cSector,
    cOccupationPref,
    cPriority,
    cCounts,
    cGroup: candidates.map((c) => c.targetGroup),
    cWageFallback: Float64Array.from(candidates, (c) => c.wageValue ?? rules.defaultWageValue),
    maxLimit,
    vLat,
    vLon,
    vCos: Float64Array.from(vLat, (x) => Math.cos(x * 2 * HALF_RAD)),
    vHours: Float64Array.from(vacancies, (v) => v.hoursPerWeek),
    vWage: vacancies.map((v) => v.wagePerHour),
    vSector: Uint8Array.from(vacancies, (v) => (v.sector === 'market' ? 0 : 1)),
    vCarvable: Uint8Array.from(vacancies, (v) => (v.carvable ? 1 : 0)),
    vTaskStart,
    vOccupation: vacancies.map((v) => v.occupation),
    vTasks,
    demands,
    tHours,
    tCore,
    tKind,
    tSkillStart,
    tSkillIds: Int32Array.from(skillIds),
    kinds,
    vocab,
    vGrid: buildGrid(vLat, vLon),
    cGrid: buildGrid(cLat, cLon),
  };
}
