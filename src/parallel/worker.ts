/**
 * The worker thread of {@link assignInParallel} (built as `dist/worker.js`): holds one part's matcher —
 * the part's candidates and the vacancies they may reach — and answers the main thread's requests
 * (see `protocol.ts`). Errors other than the input's own end the thread; the main thread reports them.
 */
import { parentPort } from 'node:worker_threads';
import { lowerBound } from '../_internal/search.js';
import { priorityOn } from '../domain/priority-rules.js';
import type { Candidate, Vacancy } from '../domain/schemas.js';
import { isBanenmatchError, isValidationError } from '../errors.js';
import { solvePlacements } from '../placement/assign.js';
import { placementTier, waitingDay } from '../placement/optimal.js';
import { type Match, type Matcher, type MatcherBuild, matcherBuild } from '../scoring/matcher.js';
import type { Reply, Request } from './protocol.js';

/** Explained matches per reply message. */
const EXPLAIN_CHUNK = 256;

const port = parentPort!;
let build: MatcherBuild | undefined;
/** The finished part's `judgeAlso` (see the `shortlist` request). */
let judgeAlso: MatcherBuild['judgeAlso'] = () => {};
let matcher: Matcher | undefined;
let candidates: readonly Candidate[] = [];
let vacancies: readonly Vacancy[] = [];
/** Global index of each of the part's vacancies, ascending. */
let vacancyIndex: Int32Array = new Int32Array(0);

const post = (reply: Reply, transfer: ArrayBuffer[] = []): void => port.postMessage(reply, transfer);

/** A progress callback posting per mille steps of the current request, plus `offset`. */
function progress(offset = 0): (done: number, total: number) => void {
  let last = -1;
  return (done, total) => {
    const permille = offset + Math.floor((1000 * done) / Math.max(total, 1));
    if (permille === last) return;
    last = permille;
    post({ type: 'progress', permille });
  };
}

function compile(request: Extract<Request, { type: 'compile' }>): void {
  vacancyIndex = request.vacancyIndex;
  const rules = request.priority;
  const part = build!;
  build = undefined;
  try {
    matcher = part.finish();
  } catch (error) {
    if (isValidationError(error)) post({ type: 'invalid', issues: [...error.issues] });
    else if (isBanenmatchError(error))
      post({ type: 'rejected', code: error.code, message: error.message, vacancy: part.failedVacancy });
    else throw error;
    return;
  }
  candidates = matcher.candidates;
  vacancies = matcher.vacancies;
  judgeAlso = part.judgeAlso;
  post({
    type: 'compiled',
    stated: part.statedItems(),
    candidateIds: candidates.map((c) => c.id),
    vacancyIds: vacancies.map((v) => v.id),
    priority: Uint8Array.from(candidates, (c) =>
      placementTier({
        targetGroup: c.targetGroup,
        priority: rules === undefined ? c.priority : priorityOn(c, rules.date, rules.rules),
      }),
    ),
    waiting: Float64Array.from(candidates, waitingDay),
    positions: Int32Array.from(vacancies, (v) => v.positions),
  });
}

function shortlist(request: Extract<Request, { type: 'shortlist' }>): void {
  judgeAlso(request.judged);
  const list = matcher!.shortlist({ k: request.k, onProgress: progress(1000) });
  const v = list.vacancies;
  for (let e = 0; e < v.length; e++) v[e] = vacancyIndex[v[e]!]!;
  post({ type: 'shortlisted', ...list }, [
    list.offsets.buffer,
    v.buffer,
    list.scores.buffer,
  ] as ArrayBuffer[]);
}

function solve(request: Extract<Request, { type: 'solve' }>): void {
  const { list } = request;
  const { candidateToVacancy, optimalFor } = solvePlacements(
    { positions: request.positions, priority: request.priority, waiting: request.waiting },
    list,
    {
      mode: request.mode,
      proposing: request.proposing,
      minScore: request.minScore,
      priorityFirst: request.priorityFirst,
      priorityLift: request.priorityLift,
      onProgress: progress(),
    },
  );
  post({ type: 'solved', candidateToVacancy, optimalFor }, [candidateToVacancy.buffer] as ArrayBuffer[]);
}

/** Local index of global vacancy `v` (one of the part's: binary search in `vacancyIndex`). */
function localVacancy(v: number): number {
  return lowerBound(vacancyIndex, v);
}

function explain(request: Extract<Request, { type: 'explain' }>): void {
  const n = request.candidates.length;
  let matches: Match[] = [];
  for (let i = 0; i < n; i++) {
    const c = candidates[request.candidates[i]!]!;
    const v = vacancies[localVacancy(request.vacancies[i]!)]!;
    matches.push(matcher!.score(c.id, v.id) as Match);
    if (matches.length === EXPLAIN_CHUNK && i < n - 1) {
      post({ type: 'explained', matches, last: false });
      matches = [];
    }
  }
  post({ type: 'explained', matches, last: true });
}

port.on('message', (request: Request) => {
  switch (request.type) {
    case 'begin':
      // Parts shared: the records stay in this thread (explanations are built from them, not of them).
      build = matcherBuild({ ...request.options, onProgress: progress() }, request.records, true);
      break;
    case 'records': {
      const list = 'text' in request ? (JSON.parse(request.text) as unknown[]) : request.list;
      if (request.what === 'candidates') build!.addCandidates(list);
      else build!.addVacancies(list);
      post({ type: 'fed' });
      break;
    }
    case 'compile':
      compile(request);
      break;
    case 'shortlist':
      shortlist(request);
      break;
    case 'solve':
      solve(request);
      break;
    case 'explain':
      explain(request);
      break;
  }
});
