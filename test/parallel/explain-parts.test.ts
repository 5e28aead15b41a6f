import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Explanations } from '../../src/parallel/explain-parts.js';
import { resolveOptions } from '../../src/parallel/options.js';
import type { PartedShortlist } from '../../src/parallel/parted.js';
import { Pool } from '../../src/parallel/pool.js';
import { solveInParts } from '../../src/parallel/solve-parts.js';

/**
 * A stand-in worker: `solve` sleeps 250 ms a candidate (a larger share is solved later), then places each
 * candidate at its first pair's vacancy; `explain` answers one match a message, naming its thread, the
 * part's candidate and the vacancy, so that the test sees which worker explained what.
 */
const FAKE_WORKER = `import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', (request) => {
  if (request.type === 'solve') {
    const { offsets, vacancies } = request.list;
    const n = offsets.length - 1;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250 * n);
    const candidateToVacancy = Int32Array.from({ length: n }, (_, i) => (offsets[i + 1] > offsets[i] ? vacancies[offsets[i]] : -1));
    parentPort.postMessage({ type: 'solved', candidateToVacancy, optimalFor: undefined });
  } else if (request.type === 'explain') {
    const n = request.candidates.length;
    for (let i = 0; i < n; i++) {
      const match = { candidateId: threadId + '/' + request.candidates[i], vacancyId: String(request.vacancies[i]) };
      parentPort.postMessage({ type: 'explained', matches: [match], last: i === n - 1 });
    }
  }
});
`;

/** The rows of `rows` (vacancies) held in parts: part `partOf[c]`'s candidates in ascending order. */
function partedOf(rows: number[][], partOf: number[]): PartedShortlist {
  const members: number[][] = [[], []];
  const localOf = new Int32Array(rows.length);
  partOf.forEach((p, c) => {
    localOf[c] = members[p]!.length;
    members[p]!.push(c);
  });
  const lists = members.map((m) => {
    const offsets = new Int32Array(m.length + 1);
    m.forEach((c, i) => {
      offsets[i + 1] = offsets[i]! + rows[c]!.length;
    });
    const vacancies = Int32Array.from(m.flatMap((c) => rows[c]!));
    return { offsets, vacancies, scores: new Float64Array(vacancies.length).fill(0.9) };
  });
  return { lists, partOf: Int32Array.from(partOf), localOf };
}

describe('solveInParts with Explanations', () => {
  let dir = '';
  beforeAll(() => {
    mkdirSync(join(process.cwd(), '.vitest'), { recursive: true });
    dir = mkdtempSync(join(process.cwd(), '.vitest', 'fake-'));
    writeFileSync(join(dir, 'worker.mjs'), FAKE_WORKER);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('explains a share solved before the other at once, each pair by the worker of its candidate', async () => {
    // Components: {c0, c1, c2, c3; v0, v1} (5 pairs: share 0, worker 0, solved in 1 s) and
    // {c4, c5; v2, v3} (3 pairs: share 1, worker 1, solved in 0.5 s). c5 is part 0's: worker 0, busy
    // solving share 0, explains it after; c4 is part 1's: worker 1 explains it while share 0 is solved.
    const rows = [[0], [1, 0], [1], [0], [2], [3, 2]];
    const partOf = [0, 1, 0, 1, 1, 0];
    const list = partedOf(rows, partOf);
    const pool = new Pool(pathToFileURL(join(dir, 'worker.mjs')), 2, () => {});
    const seen: { c: number; solved: number }[] = [];
    let solved = 0;
    try {
      const explanations = new Explanations(pool, list.partOf, list.localOf, 2, () => {
        seen.push({ c: -1, solved });
      });
      const { candidateToVacancy } = await solveInParts(
        pool,
        list,
        new Int32Array(4).fill(1),
        new Uint8Array(6),
        new Float64Array(6),
        resolveOptions({ workers: 2 }),
        () => {},
        (candidates, vacancies) => {
          solved++;
          explanations.ask(candidates, vacancies);
        },
      );
      await explanations.done();
      expect([...candidateToVacancy]).toEqual([0, 1, 1, 0, 2, 3]);
      // c4 (worker 1) explained while share 0 was still solved; the other five after.
      expect(seen.map((s) => s.solved)).toEqual([1, 2, 2, 2, 2, 2]);
      const threadOfPart = new Map<number, string>();
      for (let c = 0; c < 6; c++) {
        const m = explanations.match(c) as unknown as { candidateId: string; vacancyId: string };
        const [thread, local] = m.candidateId.split('/');
        expect(local).toBe(String(list.localOf[c]));
        expect(m.vacancyId).toBe(String(candidateToVacancy[c]));
        expect(threadOfPart.get(partOf[c]!) ?? thread).toBe(thread);
        threadOfPart.set(partOf[c]!, thread!);
      }
      expect(threadOfPart.get(0)).not.toBe(threadOfPart.get(1));
      expect(explanations.explained).toBe(6);
    } finally {
      await pool.close();
    }
  });
});
