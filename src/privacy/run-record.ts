import { z } from 'zod';
import { BanenmatchError, formatPath, parseOptions } from '../errors.js';
import { LIBRARY_NAME, VERSION } from '../version.js';
import { isValidBsn } from './bsn.js';
import { canonicalJson, sha256Hex } from './canonical-json.js';

/** Plain JSON data, as kept in a run record's `parameters`. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** What {@link createRunRecord} needs to know about one batch run. */
/**
 * The fields of {@link createRunRecord}'s argument that are options, checked by one schema; `parameters`,
 * `input` and `output` are the run's data, checked as plain JSON by `canonicalJson` (path named).
 */
const runRecordOptionsSchema = z.object({
  operation: z
    .string()
    .max(200)
    .refine((t) => t.trim() !== '', { message: 'must not be empty' }),
  counts: z.record(z.string(), z.number().min(0)).optional(),
  createdAt: z
    .string()
    .refine((t) => !Number.isNaN(Date.parse(t)), { message: 'must be an ISO 8601 date-time' })
    .optional(),
});

export interface RunRecordOptions {
  /** What ran, e.g. `'assign'`, `'forecastQuota'`. */
  operation: string;
  /** The options the run took (plain JSON only: no functions, signals or class instances). */
  parameters: unknown;
  /** The run's input (plain JSON); only its digest is kept. */
  input: unknown;
  /** The run's output (plain JSON); only its digest is kept. */
  output: unknown;
  /** Named counts, e.g. `{ candidates: 2000, placements: 412 }`. @default array lengths of input and output */
  counts?: Readonly<Record<string, number>> | undefined;
  /** When the run happened (ISO 8601); left out unless given, so equal runs give equal records. */
  createdAt?: string | undefined;
}

/**
 * A record of one batch run without personal data, for a service to store beside its decision: the
 * automatic log a high-risk AI system keeps (EU AI Act, Regulation (EU) 2024/1689, art. 12 and 19).
 */
export interface RunRecord {
  library: { name: string; version: string };
  operation: string;
  createdAt?: string;
  parameters: JsonValue;
  /** SHA-256 hex of the canonical JSON ({@link canonicalJson}) of the input. */
  inputDigest: string;
  /** SHA-256 hex of the canonical JSON of the output. */
  outputDigest: string;
  counts: Record<string, number>;
}

function derivedCounts(input: unknown, output: unknown): Record<string, number> {
  const counts: Record<string, number> = {};
  if (Array.isArray(input)) counts.input = input.length;
  if (Array.isArray(output)) counts.output = output.length;
  return counts;
}

/** Path of the first string or key in `value` that passes the BSN eleven-test (the key shown as `[BSN]`), or undefined. */
function bsnPath(value: JsonValue, path: (string | number)[]): (string | number)[] | undefined {
  if (typeof value === 'string') return isValidBsn(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  const entries: [string | number, JsonValue][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  for (const [key, item] of entries) {
    if (typeof key === 'string' && isValidBsn(key)) return [...path, '[BSN]'];
    const found = bsnPath(item, [...path, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Makes the record of one batch run: library name and version, operation, parameters (checked to be
 * plain JSON and copied), SHA-256 digests of the canonical JSON of input and output, and counts. Input
 * and output themselves are not kept, so the record holds no personal data as long as the parameters
 * hold none (a parameter string or key that passes the BSN eleven-test is refused). Deterministic: the same run gives the same record unless `createdAt` is passed.
 *
 * Complexity: O(size of input + output) for the digests.
 *
 * @param options - operation, parameters, input, output, counts, createdAt
 * @returns the run record, plain JSON
 * @throws BanenmatchError `INVALID_ARGUMENT` for an empty operation, data that is not plain JSON (path named), a parameter string or key that passes the BSN eleven-test, a count that is not a finite number ≥ 0, or a createdAt that is not an ISO date-time
 * @example
 * const record = createRunRecord({ operation: 'assign', parameters: { mode: 'optimal' }, input, output: result.placements });
 * record.inputDigest // 64 hex characters
 */
export function createRunRecord(options: RunRecordOptions): RunRecord {
  const checked = parseOptions(runRecordOptionsSchema, options, 'createRunRecord');
  const { operation } = checked;
  const parameters = JSON.parse(canonicalJson(options.parameters)) as JsonValue;
  const bsnAt = bsnPath(parameters, []);
  if (bsnAt !== undefined) {
    throw new BanenmatchError(
      'INVALID_ARGUMENT',
      `createRunRecord: ${formatPath(bsnAt, 'parameters')} looks like a BSN; a run record holds no personal data`,
    );
  }
  const inputDigest = sha256Hex(canonicalJson(options.input));
  const outputDigest = sha256Hex(canonicalJson(options.output));
  const given = checked.counts ?? derivedCounts(options.input, options.output);
  const counts: Record<string, number> = {};
  for (const key of Object.keys(given).sort()) counts[key] = given[key]!;
  const record: RunRecord = {
    library: { name: LIBRARY_NAME, version: VERSION },
    operation,
    parameters,
    inputDigest,
    outputDigest,
    counts,
  };
  if (checked.createdAt !== undefined) record.createdAt = checked.createdAt;
  return record;
}
