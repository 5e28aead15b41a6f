export type { PseudonymEncoding, PseudonymizeOptions } from './bsn.js';
export { isValidBsn, MIN_PSEUDONYM_KEY_BYTES, pseudonymizeBsn } from './bsn.js';
export { canonicalJson, sha256Hex } from './canonical-json.js';
export type { JsonValue, RunRecord, RunRecordOptions } from './run-record.js';
export { createRunRecord } from './run-record.js';
