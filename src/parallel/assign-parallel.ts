import {
  AbortError,
  BanenmatchError,
  type ErrorCode,
  throwIfAborted,
  ValidationError,
  type ValidationIssue,
} from '../errors.js';
import { type AssignResult, placementsOf } from '../placement/assign.js';
import type { Match, Shortlist } from '../scoring/matcher.js';
import { compileParts } from './compile-parts.js';
import { duplicateIds, issueRank } from './issues.js';
import { type AssignInParallelOptions, resolveOptions, WHAT } from './options.js';
import { firstPairs } from './parted.js';
import { partition } from './partition.js';
import { Pool } from './pool.js';
import { solveInParts } from './solve-parts.js';
import { workerScript } from './worker-script.js';

/** Progress steps of each phase (compile, shortlist, solve, explain). */
const PHASE_SCALE = 1000;
const PHASES = 4;

/**
 * Assigns the caseload to vacancies like `assign(createMatcher(input, options.matcher), options)` —
 * the same placements, scores, reasons, unplaced and extra jobs, to the byte — on worker threads, so a
 * national batch compiles and shortlists on every core and the calling thread stays free.
 *
 * The candidates are split by place into `workers` parts of about equal work (runs along the
 * direction across the map where the fewest vacancies are in reach of two parts; a candidate with more
 * vacancies in reach weighs more); each worker builds a matcher of its part's candidates and every
 * vacancy within reach of one of them (told on a fine grid, a few beyond), in the input's order,
 * compiling the records as they arrive, and shortlists. The merged shortlist is then solved by the same solver as `assign`:
 * in optimal mode its connected components (which `assign` also solves one at a time) are shared
 * out over the workers, in stable mode one worker solves it. Each worker explains its candidates'
 * placements. Validation issues carry their paths in the whole input.
 *
 * When one machine is not enough, split the same way across machines: give each machine a region's
 * candidates and every vacancy within reach of one of them (within the largest commute limit of those
 * candidates), both in the input's order. Each machine's `createMatcher(...).shortlist({ k })` then
 * equals its candidates' rows of one national matcher; map the vacancy indices back to the national
 * list, merge the rows in candidate order and run one assignment over them, as this function does.
 * (Assigning each region on its own instead can place a vacancy near a border in two regions.)
 *
 * Complexity: as `assign`, divided over the workers for compiling and shortlisting (vacancies near a
 * part's border are compiled by each part that reaches them) and, in optimal mode, for solving (the
 * largest component of the candidate–vacancy graph bounds it).
 *
 * @param input - `{ candidates, vacancies }` as JSON (input contract) or parsed; plain data
 * @param given - the options: those of `assign`, `workers` and `matcher` (the options of `createMatcher`)
 * @returns a promise of the assignment, equal to `assign`'s
 * @throws ValidationError with every issue of the input (global paths), BanenmatchError `NOT_FOUND`
 *   (a vacancy without tasks of an unknown occupation; also when the worker script is missing: in
 *   an application bundled with esbuild or webpack pass `workerUrl`, see its doc), `INVALID_ARGUMENT`
 *   for bad options, `ABORTED` when
 *   aborted (an `AbortError`), `WORKER_FAILED` when a worker thread fails (naming the phase); workers
 *   are always terminated
 * @example
 * const region = generateRegion({ seed: 1, candidates: 25_000, vacancies: 40_000 });
 * const { placements, unplaced } = await assignInParallel(region, { workers: 2, k: 50 });
 */
export async function assignInParallel(
  input: { candidates: readonly unknown[]; vacancies: readonly unknown[] },
  given?: AssignInParallelOptions | null,
): Promise<AssignResult> {
  const o = resolveOptions(given);
  if (
    typeof input !== 'object' ||
    input === null ||
    !Array.isArray(input.candidates) ||
    !Array.isArray(input.vacancies)
  ) {
    throw new ValidationError(WHAT, [
      { path: [], message: 'expected { candidates: [...], vacancies: [...] }', code: 'invalid_type' },
    ]);
  }
  throwIfAborted(o.signal, WHAT);
  const script = workerScript(WHAT, o.workerUrl);
  const nC = input.candidates.length;
  const nV = input.vacancies.length;
  const plan = partition(input, o.workers, o.matcher.commute);
  const { parts, partOf, localOf } = plan;
  const w = parts.length;

  // Progress: four phases of PHASE_SCALE steps; in the first two (each worker compiles, then
  // shortlists), the mean over the workers.
  let phase = 0;
  let reported = -1;
  const permille = new Int32Array(w);
  const report = (done: number): void => {
    // Nothing is reported after an abort: the run stops at its next check instead.
    if (o.onProgress === undefined || done <= reported || o.signal?.aborted === true) return;
    reported = done;
    o.onProgress(done, PHASES * PHASE_SCALE);
  };
  const startPhase = (index: number): void => {
    phase = index;
    report(index * PHASE_SCALE);
  };
  // Each phase's progress is the mean over the workers at work in it (all but in the solve).
  let atWork = w;
  const pool = new Pool(script, w, (p, value) => {
    permille[p] = value;
    let sum = 0;
    for (let q = 0; q < atWork; q++) sum += permille[q]!;
    report((phase === 2 ? 2 * PHASE_SCALE : 0) + Math.floor(sum / atWork));
  });
  const abort = () => pool.fail(new AbortError(WHAT));
  o.signal?.addEventListener('abort', abort, { once: true });
  try {
    startPhase(0);
    const compiled = await compileParts(pool, input, plan, o.matcher, o.priority);
    const issues: ValidationIssue[] = [];
    let rejected: { code: ErrorCode; message: string; vacancy: number } | undefined;
    const candidateIds = new Array<string>(nC);
    const vacancyIds = new Array<string>(nV);
    const priority = new Uint8Array(nC);
    const waiting = new Float64Array(nC);
    const positions = new Int32Array(nV);
    compiled.forEach((reply, p) => {
      const part = parts[p]!;
      if (reply.type === 'invalid') {
        for (const issue of reply.issues) {
          const [what, local, ...rest] = issue.path as [string, number, ...(string | number)[]];
          // Duplicate ids are checked over the whole input below.
          if (issue.code === 'duplicate_id' && rest.length === 1 && rest[0] === 'id') continue;
          if (what === 'candidates')
            issues.push({ ...issue, path: [what, part.candidates[local]!, ...rest] });
          else if (plan.ownerOf[part.vacancies[local]!] === p)
            issues.push({ ...issue, path: [what, part.vacancies[local]!, ...rest] });
        }
      } else if (reply.type === 'rejected') {
        const vacancy = reply.vacancy < 0 ? nV : part.vacancies[reply.vacancy]!;
        if (rejected === undefined || vacancy < rejected.vacancy) rejected = { ...reply, vacancy };
      } else {
        part.candidates.forEach((c, i) => {
          candidateIds[c] = reply.candidateIds[i]!;
          priority[c] = reply.priority[i]!;
          waiting[c] = reply.waiting[i]!;
        });
        part.vacancies.forEach((v, i) => {
          vacancyIds[v] = reply.vacancyIds[i]!;
          positions[v] = reply.positions[i]!;
        });
      }
    });
    duplicateIds(input.candidates, 'candidates', issues);
    duplicateIds(input.vacancies, 'vacancies', issues);
    if (issues.length > 0) {
      throw new ValidationError(
        WHAT,
        issues.sort((a, b) => issueRank(a) - issueRank(b)),
      );
    }
    if (rejected !== undefined) throw new BanenmatchError(rejected.code, rejected.message);

    // Each part judges the items any part states, as one matcher of the whole input would.
    const judged = [...new Set(compiled.flatMap((reply) => (reply.type === 'compiled' ? reply.stated : [])))];
    parts.forEach((_, p) => {
      pool.post(p, { type: 'shortlist', k: o.k, judged });
    });
    // Kept as the workers sent them (candidate c: row localOf[c] of its part's list), not merged.
    const lists: Shortlist[] = await Promise.all(parts.map((_, p) => pool.next(p, 'shortlisted')));
    const list = { lists, partOf, localOf };

    startPhase(2);
    const { candidateToVacancy, optimalFor } = await solveInParts(
      pool,
      list,
      positions,
      priority,
      waiting,
      o,
      (n) => {
        permille.fill(0);
        atWork = n;
      },
    );
    // What the result reads of the shortlist: a pair or none an unplaced candidate; the lists let go.
    const firsts = firstPairs(list, candidateToVacancy, o.minScore);
    lists.length = 0;

    startPhase(3);
    const placed = new Int32Array(w);
    for (let c = 0; c < nC; c++) if (candidateToVacancy[c]! >= 0) placed[partOf[c]!]!++;
    const pairs = Array.from(placed, (n) => ({
      candidates: new Int32Array(n),
      vacancies: new Int32Array(n),
    }));
    placed.fill(0);
    for (let c = 0; c < nC; c++) {
      const v = candidateToVacancy[c]!;
      if (v < 0) continue;
      const p = partOf[c]!;
      pairs[p]!.candidates[placed[p]!] = localOf[c]!;
      pairs[p]!.vacancies[placed[p]!++] = v;
    }
    let total = 0;
    for (const n of placed) total += n;
    let explained = 0;
    const matches = await Promise.all(
      pairs.map(async (request, p) => {
        pool.post(p, { type: 'explain', ...request });
        const got: Match[] = [];
        for (let last = false; !last; ) {
          const reply = await pool.next(p, 'explained');
          for (const m of reply.matches) got.push(m);
          explained += reply.matches.length;
          report(3 * PHASE_SCALE + Math.floor((PHASE_SCALE * explained) / Math.max(total, 1)));
          last = reply.last;
        }
        return got;
      }),
    );
    const next = new Int32Array(w);
    const result = placementsOf(
      {
        candidateId: (c) => candidateIds[c]!,
        vacancyId: (v) => vacancyIds[v]!,
        match: (c) => {
          const p = partOf[c]!;
          return matches[p]![next[p]!++]!;
        },
      },
      firsts,
      candidateToVacancy,
      o.minScore,
      WHAT,
      o.signal,
    );
    report(PHASES * PHASE_SCALE);
    return { mode: o.mode, optimalFor, ...result };
  } finally {
    o.signal?.removeEventListener('abort', abort);
    await pool.close();
  }
}
