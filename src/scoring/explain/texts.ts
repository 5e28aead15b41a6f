/** A component's reason and its line in `Match.reasons` (`name: reason`). */
export interface ReasonLine {
  readonly reason: string;
  readonly line: string;
}

/** A component's `reason` with its line. */
export function lineOf(name: string, reason: string): ReasonLine {
  return { reason, line: `${name}: ${reason}` };
}

/** Map `m`'s entry for `key`, made by `make` when missing. */
function entry<K, V>(m: Map<K, V>, key: K, make: () => V): V {
  let v = m.get(key);
  if (v === undefined) {
    v = make();
    m.set(key, v);
  }
  return v;
}

/** Distances and limits in hundredths of a km below this (10,000 km) key the commute's texts. */
const HUNDREDTHS = 1_000_000;

/** Carved jobs' skill texts are remembered by content × 2³² + task mask while the content stays below this. */
const CONTENT_KEYS = 2 ** 21;

/**
 * @internal The components' reasons of one ranking's explanations, each written once for the numbers
 * it is a function of (see {@link ReasonTexts.during}): a ranking's matches repeat most of their
 * texts, and the copies would all stay alive in its result. Outside `during` every text is written
 * afresh by `write` (nothing is kept between calls). Keys are numbers (or a remembered skill order),
 * so a remembered text costs a lookup: the capability by its signals, unassessed items and value; the
 * preferences by their mismatch code; the skills by the job's skill order and which of those skills
 * the candidate has (`skillsMatchKey`), a carved job's order itself by its content and tasks; per
 * candidate, the hours by the job's hours and the line of a whole job that asks no diploma by its
 * hours; the commute by the distance and limit as written; the economics by two whole numbers of what
 * it writes (`economicsKey`). A region's 43,018 explained pairs keep 7,188 skills texts (2,987
 * distinct; 22,276 when they were kept per candidate), 15,057 economics and 14,541 commute texts
 * instead of one a pair (issue 24).
 */
export class ReasonTexts {
  private on = false;
  private readonly capability = new Map<number, Map<number, ReasonLine>>();
  private readonly preferences: (ReasonLine | undefined)[] = [];
  // The candidate (its compiled record: never reused) the maps below are of.
  private record: object | undefined = undefined;
  private hoursBy = new Map<number, ReasonLine>();
  private wholeJobBy = new Map<number, string>();
  private readonly carvedOrders = new Map<number, Int32Array>();
  private readonly skillsBy = new Map<Int32Array, Map<number, ReasonLine>>();
  private readonly commuteBy = new Map<number, ReasonLine>();
  private readonly economicsBy = new Map<number, Map<number, ReasonLine>>();

  /** Whether texts are remembered now (inside {@link ReasonTexts.during}): a caller skips computing keys when not. */
  get remembering(): boolean {
    return this.on;
  }

  /** Runs `f` with the texts remembered, and forgets them after it (nested calls share the outer run). */
  during<T>(f: () => T): T {
    if (this.on) return f();
    this.on = true;
    try {
      return f();
    } finally {
      this.on = false;
      this.capability.clear();
      this.preferences.length = 0;
      this.record = undefined;
      this.commuteBy.clear();
      this.economicsBy.clear();
      this.carvedOrders.clear();
      this.skillsBy.clear();
      this.forgetCandidate();
    }
  }

  private forgetCandidate(): void {
    this.hoursBy = new Map();
    this.wholeJobBy = new Map();
  }

  /** Switches the per-candidate texts to the candidate of compiled record `record`. */
  private enter(record: object): void {
    if (record === this.record) return;
    this.record = record;
    this.forgetCandidate();
  }

  /** The capability component's line for its signals, unassessed items and value. */
  capabilityLine(signals: number, unassessed: number, value: number, write: () => ReasonLine): ReasonLine {
    if (!this.on) return write();
    const high = signals * 65_536;
    // Stryker disable next-line ArithmeticOperator: `high - unassessed` keeps the keys apart too: unassessed counts FML items (64 in `FML.items`), below 65,536
    const key = high + unassessed;
    return entry(
      entry(this.capability, key, () => new Map()),
      value,
      write,
    );
  }

  /** The job's line of a whole job whose vacancy asks no diploma: for one candidate a function of the job's hours. */
  wholeJobStory(record: object, jobHours: number, write: () => string): string {
    if (!this.on) return write();
    this.enter(record);
    return entry(this.wholeJobBy, jobHours, write);
  }

  /** The preferences component's line for its mismatch code (a small whole number). */
  preferencesLine(code: number, write: () => ReasonLine): ReasonLine {
    if (!this.on) return write();
    let line = this.preferences[code];
    if (line === undefined) {
      line = write();
      this.preferences[code] = line;
    }
    return line;
  }

  /** The hours component's line: for one candidate a function of the job's hours. */
  hoursLine(record: object, jobHours: number, write: () => ReasonLine): ReasonLine {
    if (!this.on) return write();
    this.enter(record);
    return entry(this.hoursBy, jobHours, write);
  }

  /**
   * The skills of positive weight of a carved job in the order its skills text lists them, by the
   * job's `content` (its tasks' skills and hours in order) and the tasks in it (`inJob`); made by
   * `make` outside `during`, for a content of no key (below 0 or from 2²¹) and for more than 32 tasks.
   */
  carvedSkillOrder(content: number, inJob: Uint8Array, make: () => Int32Array): Int32Array {
    if (!this.on || content < 0 || content >= CONTENT_KEYS || inJob.length > 32) return make();
    let mask = 0;
    // Stryker disable next-line EqualityOperator: `a <= inJob.length` reads one past the end, undefined, and `undefined << a` is 0 (the mark also covers `>=`, killed in the first run)
    for (let a = 0; a < inJob.length; a++) mask |= inJob[a]! << a;
    const high = content * 2 ** 32;
    // Stryker disable next-line ArithmeticOperator: `high - mask` keeps the keys apart too: the mask read unsigned is below 2³², so two contents' keys never meet, and below 2⁵³ they are exact
    return entry(this.carvedOrders, high + (mask >>> 0), make);
  }

  /**
   * The skills component's line by the job's skill `order` (a remembered order: the signature's, or
   * a carved job's from {@link ReasonTexts.carvedSkillOrder}) and `matched`, what the candidate has of
   * it (see `skillsMatchKey`); a `matched` below −1 writes it afresh.
   */
  skillsLine(order: Int32Array, matched: number, write: () => ReasonLine): ReasonLine {
    if (!this.on || matched < -1) return write();
    return entry(
      entry(this.skillsBy, order, () => new Map()),
      matched,
      write,
    );
  }

  /**
   * The commute component's line: a function of the distance and the candidate's limit, each as
   * written (to the hundredth, see `hoursText`).
   */
  commuteLine(km: number, limitKm: number, write: () => ReasonLine): ReasonLine {
    if (!this.on) return write();
    const d = Math.round(km * 100);
    const l = Math.round(limitKm * 100);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `true` and `> 0` for `d >= 0` and `l >= 0` change only which texts are shared: a distance below 0 keyed is still its own key (l below HUNDREDTHS), and one of 0 written afresh is the same text
    if (!(d >= 0 && d < HUNDREDTHS && l >= 0 && l < HUNDREDTHS)) return write();
    // Stryker disable next-line ArithmeticOperator: `- l` and `d / HUNDREDTHS` keep the keys apart too (l a whole number below HUNDREDTHS)
    return entry(this.commuteBy, d * HUNDREDTHS + l, write);
  }

  /** The economics component's line by its two keys (see `economicsKey`); a key of −1 writes it afresh. */
  economicsLine(key: number, subKey: number, write: () => ReasonLine): ReasonLine {
    // Stryker disable next-line EqualityOperator: `<= 0` writes the texts of keys 0 afresh: the same texts
    if (!this.on || key < 0 || subKey < 0) return write();
    return entry(
      entry(this.economicsBy, key, () => new Map()),
      subKey,
      write,
    );
  }
}
