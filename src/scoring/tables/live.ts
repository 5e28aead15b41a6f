/** Internal indices of the live records in order, and each internal index's live index (−1: removed). */
export interface LiveIndex {
  c: number[];
  v: number[];
  cLive: Int32Array;
  vLive: Int32Array;
}

/**
 * @internal The live candidates and vacancies (records not removed) by their place in the current
 * lists, computed when asked after an edit and remembered until the next one.
 */
export class LiveRecords {
  private cache: LiveIndex | undefined;

  constructor(
    private readonly cRecords: readonly unknown[],
    private readonly vRecords: readonly unknown[],
  ) {}

  /** Forgets the live lists: a record was added or removed. */
  invalidate(): void {
    this.cache = undefined;
  }

  /** The live lists, as of the last edit. */
  get(): LiveIndex {
    if (this.cache === undefined) {
      const c = liveList(this.cRecords);
      const v = liveList(this.vRecords);
      this.cache = { c: c.order, v: v.order, cLive: c.place, vLive: v.place };
    }
    return this.cache;
  }
}

/** The indices of the records not removed, in order, and each index's place among them (−1: removed). */
function liveList(records: readonly unknown[]): { order: number[]; place: Int32Array } {
  const order: number[] = [];
  const place = new Int32Array(records.length).fill(-1);
  records.forEach((r, i) => {
    if (r !== undefined) {
      place[i] = order.length;
      order.push(i);
    }
  });
  return { order, place };
}
