import type { Match } from '../scoring/matcher.js';
import type { Pool } from './pool.js';

/**
 * @internal The explained matches of the placed pairs, asked share by share as each share is solved:
 * each placed candidate's pair from the worker holding the candidate's part, so a worker that has
 * solved its share explains while another still solves (a worker answers in order: what it is asked
 * while it solves, it explains after). Read back by candidate, in any order.
 */
export class Explanations {
  /** Explained so far. */
  explained = 0;
  /** The explained match of each placed candidate (global index). */
  private readonly matchOf: (Match | undefined)[];
  private readonly reads: Promise<void>[] = [];

  /**
   * @param parts - the parts (workers)
   * @param onChunk - called after each chunk of explanations that comes in (`explained` counts it)
   */
  constructor(
    private readonly pool: Pool,
    private readonly partOf: Int32Array,
    private readonly localOf: Int32Array,
    private readonly parts: number,
    private readonly onChunk: () => void,
  ) {
    this.matchOf = new Array<Match | undefined>(partOf.length).fill(undefined);
  }

  /**
   * Asks each part's worker to explain the pairs of its candidates placed in a solved share:
   * `candidates` (global indices, ascending) placed at `candidateToVacancy[i]` (global; −1 none).
   */
  ask(candidates: Int32Array, candidateToVacancy: Int32Array): void {
    const { partOf, localOf } = this;
    const placed = new Int32Array(this.parts);
    for (let i = 0; i < candidates.length; i++)
      if (candidateToVacancy[i]! >= 0) placed[partOf[candidates[i]!]!]!++;
    for (let p = 0; p < placed.length; p++) {
      if (placed[p] === 0) continue;
      const global = new Int32Array(placed[p]!);
      const local = new Int32Array(placed[p]!);
      const vacancies = new Int32Array(placed[p]!);
      for (let i = 0, n = 0; i < candidates.length; i++) {
        const c = candidates[i]!;
        if (partOf[c] !== p || candidateToVacancy[i]! < 0) continue;
        global[n] = c;
        local[n] = localOf[c]!;
        vacancies[n++] = candidateToVacancy[i]!;
      }
      const read = this.pool.ask(p, { type: 'explain', candidates: local, vacancies }, async () => {
        for (let n = 0, last = false; !last; ) {
          const reply = await this.pool.next(p, 'explained');
          for (const m of reply.matches) this.matchOf[global[n++]!] = m;
          this.explained += reply.matches.length;
          this.onChunk();
          last = reply.last;
        }
      });
      // Awaited by `done`; a failure meanwhile must not go unhandled.
      read.catch(() => undefined);
      this.reads.push(read);
    }
  }

  /** Resolves once every pair asked is explained. */
  async done(): Promise<void> {
    await Promise.all(this.reads);
  }

  /** The explained match of placed candidate `c`. */
  match(c: number): Match {
    return this.matchOf[c]!;
  }
}
