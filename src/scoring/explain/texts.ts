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

/** Carved jobs' skill texts are remembered by content × 2³² + task mask while the content stays below this. */
const CONTENT_KEYS = 2 ** 21;

/**
 * @internal The components' reasons of one ranking's explanations, each written once for the numbers
 * it is a function of (see {@link ReasonTexts.during}): a ranking's matches repeat most of their
 * texts, and the copies would all stay alive in its result. Outside `during` every text is written
 * afresh by `write` (nothing is kept between calls). Keys are numbers, so a remembered text costs a
 * lookup: the capability by its signals, unassessed items and value; the preferences by their
 * mismatch code; per candidate, the hours by the job's hours, the skills by the full job's skill
 * signature or the carved job's content and tasks, and the line of a whole job that asks no diploma
 * by its hours. (The economics' text, a function of five numbers
 * with few repeats, is written each time: remembering it cost as much as it saved.)
 */
export class ReasonTexts {
  private on = false;
  private readonly capability = new Map<number, Map<number, ReasonLine>>();
  private readonly preferences: (ReasonLine | undefined)[] = [];
  // The candidate (its compiled record: never reused) the maps below are of.
  private record: object | undefined = undefined;
  private hoursBy = new Map<number, ReasonLine>();
  private skillsFull = new Map<number, ReasonLine>();
  private skillsCarved = new Map<number, ReasonLine>();
  private wholeJobBy = new Map<number, string>();

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
      this.forgetCandidate();
    }
  }

  private forgetCandidate(): void {
    this.hoursBy = new Map();
    this.skillsFull = new Map();
    this.skillsCarved = new Map();
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
   * The skills component's line: the full job's by its skill `signature`; a carved job's by its
   * `content` (its tasks' skills and hours in order) and the tasks in it (`inJob`).
   */
  skillsLine(
    record: object,
    carved: boolean,
    signature: number,
    content: number,
    inJob: Uint8Array,
    write: () => ReasonLine,
  ): ReasonLine {
    if (!this.on) return write();
    this.enter(record);
    if (!carved) return entry(this.skillsFull, signature, write);
    if (content < 0 || content >= CONTENT_KEYS || inJob.length > 32) return write();
    let mask = 0;
    // Stryker disable next-line EqualityOperator: `a <= inJob.length` reads one past the end, undefined, and `undefined << a` is 0 (the mark also covers `>=`, killed in the first run)
    for (let a = 0; a < inJob.length; a++) mask |= inJob[a]! << a;
    const high = content * 2 ** 32;
    // Stryker disable next-line ArithmeticOperator: `high - mask` keeps the keys apart too: the mask read unsigned is below 2³², so two contents' keys never meet, and below 2⁵³ they are exact
    return entry(this.skillsCarved, high + (mask >>> 0), write);
  }
}
