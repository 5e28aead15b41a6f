import { BanenmatchError } from '../errors.js';
import type { ResolvedMatcherOptions } from '../scoring/options.js';
import { jsonText } from './json-text.js';
import { type Resolved, WHAT } from './options.js';
import type { Partition } from './partition.js';
import type { Pool } from './pool.js';

/**
 * Records a message carries to a worker. Small, so that what the worker makes of a message (its text,
 * the records read from it and their validated copies) is let go before its young generation is
 * next collected: with 4,096 records a message that garbage outlived two scavenges, was moved to the
 * old generation and piled up there until a full collection, and a worker's heap reached 3.5 times
 * what it keeps (scale 0.25, benchmarks/RESULTS.md). 64 records of text stay below V8's large-object
 * size (128 KB) for records of the usual size.
 */
const RECORD_CHUNK = 64;
/** Messages of records sent to a worker before it has compiled the first of them. */
const RECORDS_IN_FLIGHT = 4;

/**
 * Sends each part's records to its worker in chunks — candidates, then vacancies; as JSON text when
 * they are plain data (cheaper to write and read than a structured clone, and the records read from it
 * take less memory), else as a structured clone — while the workers
 * validate and compile them as they come, at most `RECORDS_IN_FLIGHT` chunks ahead of each worker (so
 * records wait in no queue), then asks each to finish; resolves with each part's reply to that.
 */
export async function compileParts(
  pool: Pool,
  input: { candidates: readonly unknown[]; vacancies: readonly unknown[] },
  plan: Partition,
  options: ResolvedMatcherOptions,
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
        const list = Array.from(chunk, (i) => input[what][i]);
        const text = jsonText(list);
        try {
          if (text !== undefined) pool.post(p, { type: 'records', what, text });
          else pool.post(p, { type: 'records', what, list });
        } catch (error) {
          if ((error as Error | null)?.name !== 'DataCloneError') throw error;
          notPlainData(input[what], chunk, what);
          throw error;
        }
        inFlight++;
      }
    }
    for (; inFlight > 0; inFlight--) await pool.next(p, 'fed');
    pool.post(p, { type: 'compile', vacancyIndex: part.vacancies, priority });
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
