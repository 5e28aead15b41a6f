import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { isRecord } from '../_internal/guard.js';
import { parseOptions } from '../_internal/options.js';
import { noteId } from '../domain/parse.js';
import {
  AbortError,
  BanenmatchError,
  type ErrorCode,
  throwIfAborted,
  ValidationError,
  type ValidationIssue,
} from '../errors.js';
import { type AssignOptions, type AssignResult, placementsOf } from '../placement/assign.js';
import {
  assignShape,
  type ResolvedAssignOptions,
  RULES_NEED_DATE,
  rulesNeedDate,
  withMatcherDefaults,
} from '../placement/assign-options.js';
import type { Match, Shortlist } from '../scoring/matcher.js';
import {
  type MatcherOptions,
  type ResolvedMatcherOptions,
  resolveMatcherOptions,
} from '../scoring/options.js';
import { type Partition, partition } from './partition.js';
import type { Reply, Request } from './protocol.js';
import { type SolverPart, splitByComponents } from './split.js';
import { workerScript } from './worker-script.js';

const WHAT = 'assignInParallel';
/** Records a message carries to a worker. */
const RECORD_CHUNK = 4096;
/** Candidates a main-thread loop handles before it lets events run (an abort among them). */
const PAUSE_EVERY = 16_384;
/** Messages of records sent to a worker before it has compiled the first of them. */
const RECORDS_IN_FLIGHT = 2;
/** Progress steps of each phase (compile, shortlist, solve, explain). */
const PHASE_SCALE = 1000;
const PHASES = 4;

/** Options of {@link assignInParallel}: those of `assign`, the worker count and the matcher's options. */
export interface AssignInParallelOptions extends AssignOptions {
  /** Worker threads, each compiling and shortlisting one part. @default min(available parallelism, 8) */
  workers?: number | undefined;
  /** Options of the matchers, as for `createMatcher`. */
  matcher?: MatcherOptions | undefined;
  /**
   * The worker script: a `file:` URL (or one as text) or a file path, of the file `dist/worker.js`
   * of this package, the same version. Needed when the library is bundled into an application, where
   * the script is not next to the bundle, e.g.
   * `new URL('dist/worker.js', import.meta.resolve('banenmatch/package.json'))`.
   * @default `worker.js` next to the library (`dist/worker.js` of the installed package)
   */
  workerUrl?: URL | string | undefined;
}

/** The options of `assignInParallel`, one schema: those of `assign`, the workers and the matcher's. */
const parallelOptionsSchema = z
  .object({
    ...assignShape,
    workers: z.number().int().min(1).optional(),
    // Checked by resolveMatcherOptions, which names the option inside `matcher`.
    matcher: z.unknown().optional(),
    workerUrl: z.unknown().optional(),
  })
  .refine(rulesNeedDate, RULES_NEED_DATE);

interface Resolved extends ResolvedAssignOptions {
  workers: number;
  matcher: ResolvedMatcherOptions;
  workerUrl: unknown;
}

function resolveOptions(given: AssignInParallelOptions | null | undefined): Resolved {
  const o = parseOptions(parallelOptionsSchema, given ?? undefined, WHAT);
  const matcher = resolveMatcherOptions(o.matcher ?? undefined, WHAT, ['matcher']);
  return {
    mode: o.mode,
    proposing: o.proposing,
    ...withMatcherDefaults(o, matcher),
    workers: o.workers ?? Math.min(availableParallelism(), 8),
    matcher,
    workerUrl: o.workerUrl,
  };
}

/** Duplicate ids in the whole list (as `createMatcher` reports them: the id trimmed, path `[what, i, 'id']`). */
function duplicateIds(list: readonly unknown[], what: string, issues: ValidationIssue[]): void {
  const first = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const record = list[i];
    const id = isRecord(record) ? record.id : undefined;
    if (typeof id !== 'string') continue;
    const key = id.trim();
    if (key.length <= 200) noteId(first, key, [what, i], issues);
  }
}

/** Where an issue stands in createMatcher's order: candidates, then vacancies, each by index. */
function issueRank(issue: ValidationIssue): number {
  const [what, index] = issue.path;
  const i = typeof index === 'number' ? index : -1;
  return what === 'candidates' ? i : what === 'vacancies' ? 2 ** 31 + i : 2 ** 33;
}

/** What a worker is doing after each request or reply, for error messages. */
const PHASE_AFTER: Partial<Record<Request['type'] | Reply['type'], string>> = {
  begin: 'compiling',
  records: 'compiling',
  compile: 'compiling',
  compiled: 'shortlisting',
  shortlisted: 'waiting',
  solve: 'solving',
  solved: 'waiting',
  explain: 'explaining',
};

/**
 * The worker threads of one run, each with an inbox of replies read in order by {@link Pool.next}. A
 * worker's error or unexpected exit, an abort, or an error in handling a message fails the whole pool:
 * every pending read rejects with that error and every worker is terminated.
 */
class Pool {
  failure: unknown;
  private readonly workers: Worker[];
  private readonly phase: string[];
  private readonly inbox: Reply[][];
  private readonly waiting: (
    | { resolve: (reply: Reply) => void; reject: (error: unknown) => void }
    | undefined
  )[];
  private closing = false;

  constructor(url: URL, count: number, onProgress: (part: number, permille: number) => void) {
    this.phase = new Array<string>(count).fill('starting');
    this.inbox = Array.from({ length: count }, () => []);
    this.waiting = new Array(count).fill(undefined);
    this.workers = Array.from({ length: count }, (_, p) => {
      // The worker runs the built library and needs none of the caller's Node options (`--input-type`
      // from `node -e`, loaders such as tsx); V8 options are process-wide anyway.
      const worker = new Worker(url, { execArgv: [] });
      worker.on('message', (reply: Reply) => {
        try {
          if (reply.type === 'progress') onProgress(p, reply.permille);
          else this.receive(p, reply);
        } catch (error) {
          this.fail(error);
        }
      });
      worker.on('error', (error) => this.fail(this.crash(p, error.message, error)));
      worker.on('messageerror', (error) => this.fail(this.crash(p, error.message, error)));
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(this.crash(p, `it stopped with exit code ${code}`));
      });
      return worker;
    });
  }

  private crash(part: number, why: string, cause?: unknown): BanenmatchError {
    const code: ErrorCode = 'WORKER_FAILED';
    return new BanenmatchError(code, `${WHAT}: worker ${part} failed while ${this.phase[part]}: ${why}`, {
      cause,
    });
  }

  private receive(part: number, reply: Reply): void {
    this.phase[part] = PHASE_AFTER[reply.type] ?? this.phase[part]!;
    const waiter = this.waiting[part];
    this.waiting[part] = undefined;
    if (waiter === undefined) this.inbox[part]!.push(reply);
    else waiter.resolve(reply);
  }

  /** Throws the pool's failure, if any. */
  check(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  post(part: number, request: Request, transfer: ArrayBuffer[] = []): void {
    this.check();
    this.phase[part] = PHASE_AFTER[request.type] ?? this.phase[part]!;
    this.workers[part]!.postMessage(request, transfer);
  }

  /** The worker's next reply (progress apart), of one of `types`. */
  async next<K extends Reply['type']>(part: number, ...types: K[]): Promise<Extract<Reply, { type: K }>> {
    this.check();
    const reply =
      this.inbox[part]!.shift() ??
      (await new Promise<Reply>((resolve, reject) => {
        this.waiting[part] = { resolve, reject };
      }));
    if (!(types as string[]).includes(reply.type))
      throw this.crash(part, `expected ${types.join(' or ')}, got ${reply.type}`);
    return reply as Extract<Reply, { type: K }>;
  }

  fail(error: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = error;
    this.closing = true;
    for (const w of this.waiting) w?.reject(error);
    this.waiting.fill(undefined);
    for (const worker of this.workers) void worker.terminate();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Lets events run (an abort among them), then throws the pool's failure, if any. */
async function pause(pool: Pool): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  pool.check();
}

/**
 * Sends each part's records to its worker in chunks — candidates, then vacancies — while the workers
 * validate and compile them as they come, at most `RECORDS_IN_FLIGHT` chunks ahead of each worker (so
 * records wait in no queue), then asks each to finish (the worker shortlists right after compiling);
 * resolves with each part's first reply to that.
 */
async function compileParts(
  pool: Pool,
  input: { candidates: readonly unknown[]; vacancies: readonly unknown[] },
  plan: Partition,
  options: ResolvedMatcherOptions,
  k: number,
  priority: Resolved['priority'],
) {
  const send = async (p: number): Promise<void> => {
    const part = plan.parts[p]!;
    pool.post(p, { type: 'begin', options, records: part.candidates.length + part.vacancies.length });
    let inFlight = 0;
    for (const what of ['candidates', 'vacancies'] as const) {
      const indices = part[what];
      for (let from = 0; from < indices.length; from += RECORD_CHUNK) {
        if (inFlight === RECORDS_IN_FLIGHT) {
          await pool.next(p, 'fed');
          inFlight--;
        }
        const chunk = indices.subarray(from, from + RECORD_CHUNK);
        try {
          pool.post(p, { type: 'records', what, list: Array.from(chunk, (i) => input[what][i]) });
        } catch (error) {
          if ((error as Error | null)?.name !== 'DataCloneError') throw error;
          notPlainData(input[what], chunk, what);
          throw error;
        }
        inFlight++;
      }
    }
    for (; inFlight > 0; inFlight--) await pool.next(p, 'fed');
    pool.post(p, { type: 'compile', vacancyIndex: part.vacancies, k, priority });
  };
  await Promise.all(plan.parts.map((_, p) => send(p)));
  return Promise.all(plan.parts.map((_, p) => pool.next(p, 'compiled', 'invalid', 'rejected')));
}

/** Throws `INVALID_ARGUMENT` naming the first of `indices` whose record cannot be copied to a worker. */
function notPlainData(list: readonly unknown[], indices: Int32Array, what: string): void {
  for (const i of indices) {
    try {
      structuredClone(list[i]);
    } catch {
      throw new BanenmatchError(
        'INVALID_ARGUMENT',
        `${WHAT}: ${what}[${i}] is not plain data (as from JSON) and cannot be sent to a worker thread`,
      );
    }
  }
}

/**
 * Solves the merged shortlist: in optimal mode split into connected components over the workers (each
 * component is assigned on its own in `assign` too, so the result is the same), in stable mode on one
 * worker. Returns the vacancy of each candidate (−1: none).
 */
async function solveInParts(
  pool: Pool,
  list: Shortlist,
  positions: Int32Array,
  priority: Uint8Array,
  waiting: Float64Array,
  o: Resolved,
  onStart: (workers: number) => void,
): Promise<{ candidateToVacancy: Int32Array; optimalFor: AssignResult['optimalFor'] }> {
  const nC = priority.length;
  const nV = positions.length;
  let shares: SolverPart[];
  if (o.mode === 'optimal') {
    const split = splitByComponents(list, nV, o.minScore, o.workers);
    let step = split.next();
    for (; !step.done; step = split.next()) await pause(pool);
    shares = step.value;
  } else {
    shares = [
      {
        candidates: Int32Array.from(priority.keys()),
        vacancies: Int32Array.from(positions.keys()),
        pairs: 0,
      },
    ];
  }
  onStart(shares.length);
  let slots = 0;
  for (const p of positions) slots += Math.max(0, p);
  const localVacancy = new Int32Array(nV);
  const replies: Promise<Extract<Reply, { type: 'solved' }>>[] = [];
  for (const [p, share] of shares.entries()) {
    share.vacancies.forEach((v, local) => {
      localVacancy[v] = local;
    });
    const n = share.candidates.length;
    const offsets = new Int32Array(n + 1);
    share.candidates.forEach((c, i) => {
      offsets[i + 1] = offsets[i]! + list.offsets[c + 1]! - list.offsets[c]!;
    });
    const vacancies = new Int32Array(offsets[n]!);
    const scores = new Float64Array(offsets[n]!);
    for (let i = 0; i < n; i++) {
      if (i % PAUSE_EVERY === PAUSE_EVERY - 1) await pause(pool);
      const c = share.candidates[i]!;
      for (let e = list.offsets[c]!, to = offsets[i]!; e < list.offsets[c + 1]!; e++, to++) {
        vacancies[to] = localVacancy[list.vacancies[e]!]!;
        scores[to] = list.scores[e]!;
      }
    }
    const partPositions = Int32Array.from(share.vacancies, (v) => positions[v]!);
    const partPriority = Uint8Array.from(share.candidates, (c) => priority[c]!);
    const partWaiting = Float64Array.from(share.candidates, (c) => waiting[c]!);
    pool.post(
      p,
      {
        type: 'solve',
        list: { offsets, vacancies, scores },
        positions: partPositions,
        priority: partPriority,
        waiting: partWaiting,
        mode: o.mode,
        proposing: o.proposing,
        minScore: o.minScore,
        priorityFirst: o.priorityFirst,
        priorityLift: slots + 1,
      },
      [
        offsets.buffer,
        vacancies.buffer,
        scores.buffer,
        partPositions.buffer,
        partPriority.buffer,
        partWaiting.buffer,
      ] as ArrayBuffer[],
    );
    const reply = pool.next(p, 'solved');
    // Awaited below; a failure while the next part is built must not go unhandled meanwhile.
    reply.catch(() => undefined);
    replies.push(reply);
  }
  const candidateToVacancy = new Int32Array(nC).fill(-1);
  let optimalFor: AssignResult['optimalFor'];
  for (const [p, reply] of (await Promise.all(replies)).entries()) {
    const share = shares[p]!;
    reply.candidateToVacancy.forEach((v, i) => {
      if (v >= 0) candidateToVacancy[share.candidates[i]!] = share.vacancies[v]!;
    });
    optimalFor = reply.optimalFor;
  }
  return { candidateToVacancy, optimalFor };
}

/**
 * Assigns the caseload to vacancies like `assign(createMatcher(input, options.matcher), options)` —
 * the same placements, scores, reasons, unplaced and extra jobs, to the byte — on worker threads, so a
 * national batch compiles and shortlists on every core and the calling thread stays free.
 *
 * The candidates are split by place into `workers` parts of about equal work (runs sorted by home
 * longitude, then latitude; a candidate with more vacancies in reach weighs more); each worker builds
 * a matcher of its part's candidates and every vacancy within reach of one of them (the part's
 * bounding box widened by its largest commute limit), in the input's order, compiling the records as
 * they arrive, and shortlists. The merged shortlist is then solved by the same solver as `assign`:
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
    const compiled = await compileParts(pool, input, plan, o.matcher, o.k, o.priority);
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

    const lists = await Promise.all(parts.map((_, p) => pool.next(p, 'shortlisted')));
    const offsets = new Int32Array(nC + 1);
    for (let c = 0; c < nC; c++) {
      const at = lists[partOf[c]!]!.offsets;
      const lc = localOf[c]!;
      offsets[c + 1] = offsets[c]! + at[lc + 1]! - at[lc]!;
    }
    const merged: Shortlist = {
      offsets,
      vacancies: new Int32Array(offsets[nC]!),
      scores: new Float64Array(offsets[nC]!),
    };
    for (let c = 0; c < nC; c++) {
      if (c % PAUSE_EVERY === PAUSE_EVERY - 1) await pause(pool);
      const from = lists[partOf[c]!]!;
      const lc = localOf[c]!;
      for (let e = from.offsets[lc]!, to = offsets[c]!; e < from.offsets[lc + 1]!; e++, to++) {
        merged.vacancies[to] = from.vacancies[e]!;
        merged.scores[to] = from.scores[e]!;
      }
    }
    lists.length = 0;

    startPhase(2);
    const { candidateToVacancy, optimalFor } = await solveInParts(
      pool,
      merged,
      positions,
      priority,
      waiting,
      o,
      (n) => {
        permille.fill(0);
        atWork = n;
      },
    );

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
      merged,
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
