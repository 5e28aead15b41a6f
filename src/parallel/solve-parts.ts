import type { AssignResult } from '../placement/assign.js';
import type { Resolved } from './options.js';
import type { PartedShortlist } from './parted.js';
import { PAUSE_EVERY, type Pool, pause } from './pool.js';
import type { Reply } from './protocol.js';
import { type SolverPart, splitByComponents } from './split.js';

/**
 * Solves the shortlist (parted, as the workers sent it): in optimal mode split into connected components
 * over the workers (each component is assigned on its own in `assign` too, so the result is the same), in
 * stable mode on one worker. Returns the vacancy of each candidate (−1: none).
 */
export async function solveInParts(
  pool: Pool,
  list: PartedShortlist,
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
  const { lists, partOf, localOf } = list;
  const localVacancy = new Int32Array(nV);
  const replies: Promise<Extract<Reply, { type: 'solved' }>>[] = [];
  for (const [p, share] of shares.entries()) {
    share.vacancies.forEach((v, local) => {
      localVacancy[v] = local;
    });
    const n = share.candidates.length;
    const offsets = new Int32Array(n + 1);
    share.candidates.forEach((c, i) => {
      const row = lists[partOf[c]!]!.offsets;
      offsets[i + 1] = offsets[i]! + row[localOf[c]! + 1]! - row[localOf[c]!]!;
    });
    const vacancies = new Int32Array(offsets[n]!);
    const scores = new Float64Array(offsets[n]!);
    for (let i = 0; i < n; i++) {
      if (i % PAUSE_EVERY === PAUSE_EVERY - 1) await pause(pool);
      const c = share.candidates[i]!;
      const row = lists[partOf[c]!]!;
      const lc = localOf[c]!;
      for (let e = row.offsets[lc]!, to = offsets[i]!; e < row.offsets[lc + 1]!; e++, to++) {
        vacancies[to] = localVacancy[row.vacancies[e]!]!;
        scores[to] = row.scores[e]!;
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
