export type { BaselineCount, OpeningStock } from './baseline.js';
export { againstBaseline } from './baseline.js';
export type {
  ExtraJobsAtOptions,
  PeriodMeasure,
  QuarterJobs,
  QuarterOptions,
  YearJobs,
  YearOptions,
} from './count.js';
export { extraJobsAt, extraJobsByQuarter, extraJobsByYear } from './count.js';
export {
  addPlacement,
  createLedger,
  endPlacement,
  LEDGER_MAX_HOURS_PER_WEEK,
  ledgerToJSON,
  parseLedger,
  safeParseLedger,
} from './ledger.js';
export type { ToObservedOptions } from './observed.js';
export { toObserved } from './observed.js';
export type { RetentionCell, RetentionOptions, RetentionResult, RetentionScope } from './retention.js';
export { retention } from './retention.js';
export type {
  Ledger,
  LedgerOptions,
  LedgerPlacement,
  PlacementKind,
  PlacementRecord,
  SecondmentCount,
} from './schema.js';
export { placementRecordSchema } from './schema.js';
