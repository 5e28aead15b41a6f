import { hoursText } from '../../_internal/words-nl.js';
import type { Candidate } from '../../domain/schemas.js';
import type { ExplainContext, PairSnapshot } from './context.js';
import { capabilityReason, economicsText, preferenceCode, preferenceText, skillStory } from './reasons-nl.js';

/** A component's reason and its line in `Match.reasons` (`name: reason`). */
export interface ReasonLine {
  readonly reason: string;
  readonly line: string;
}

/** A component's `reason` with its line. */
function lineOf(name: string, reason: string): ReasonLine {
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
 * afresh (nothing is kept between calls). Keys are numbers, so a remembered text costs no more than
 * a lookup: the capability by its signals, unassessed items and value; the preferences by their
 * mismatch code; the economics by the candidate's target group and wage basis, the wage, the job's
 * hours and wage value; per candidate, the hours by the job's hours and the skills by the full job's
 * skill signature or the carved job's content and tasks.
 */
export class ReasonTexts {
  private on = false;
  private readonly capability = new Map<number, Map<number, ReasonLine>>();
  private readonly preferences: (ReasonLine | undefined)[] = [];
  private readonly economicsBy = new Map<string, Map<number, Map<number, Map<number, ReasonLine>>>>();
  // The candidate the maps below are of (compiled records are never reused).
  private record: Candidate | undefined = undefined;
  private hoursBy = new Map<number, ReasonLine>();
  private skillsFull = new Map<number, ReasonLine>();
  private skillsCarved = new Map<number, ReasonLine>();
  private economics = new Map<number, Map<number, Map<number, ReasonLine>>>();

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
      this.economicsBy.clear();
      this.record = undefined;
      this.forgetCandidate();
    }
  }

  private forgetCandidate(): void {
    this.hoursBy = new Map();
    this.skillsFull = new Map();
    this.skillsCarved = new Map();
    this.economics = new Map();
  }

  /** Switches the per-candidate texts to the snapshot's candidate. */
  private enter(x: ExplainContext, s: PairSnapshot): void {
    const c = x.cRecords[s.ci]!;
    if (c === this.record) return;
    this.record = c;
    this.forgetCandidate();
    // The economics' text depends on the candidate through its target group and wage basis alone.
    const group = `${x.cGroup[s.ci]}|${c.wageValue === undefined}`;
    this.economics = entry(this.economicsBy, group, () => new Map());
  }

  /** The capability component's reason and line. */
  capabilityLine(s: PairSnapshot): ReasonLine {
    if (!this.on) return lineOf('capability', capabilityReason(s));
    const byValue = entry(this.capability, s.signals * 65_536 + s.unassessed, () => new Map());
    return entry(byValue, s.capability, () => lineOf('capability', capabilityReason(s)));
  }

  /** The preferences component's reason and line. */
  preferencesLine(x: ExplainContext, s: PairSnapshot): ReasonLine {
    const code = preferenceCode(x, s);
    if (!this.on) return lineOf('preferences', preferenceText(code));
    let line = this.preferences[code];
    if (line === undefined) {
      line = lineOf('preferences', preferenceText(code));
      this.preferences[code] = line;
    }
    return line;
  }

  /** The hours component's reason and line. */
  hoursLine(x: ExplainContext, s: PairSnapshot): ReasonLine {
    const write = (): ReasonLine => {
      const minH = x.cMin.data[s.ci]!;
      return lineOf(
        'hours',
        s.hours === 1
          ? `${hoursText(s.jobHours)} uur past in ${hoursText(minH)}–${hoursText(x.cMax.data[s.ci]!)} uur`
          : `${hoursText(s.jobHours)} uur, minder dan de gewenste ${hoursText(minH)} uur`,
      );
    };
    if (!this.on) return write();
    this.enter(x, s);
    // For one candidate the component (and whether it is 1) is a function of the job's hours.
    return entry(this.hoursBy, s.jobHours, write);
  }

  /** The economics component's reason and line. */
  economicsLine(x: ExplainContext, s: PairSnapshot): ReasonLine {
    const write = (): ReasonLine => lineOf('economics', economicsText(x, s));
    if (!this.on) return write();
    this.enter(x, s);
    const byHours = entry(this.economics, x.vWage.data[s.vi]!, () => new Map());
    const byValue = entry(byHours, s.jobHours, () => new Map());
    return entry(byValue, s.wageValue, write);
  }

  /** The skills component's reason and line. */
  skillsLine(x: ExplainContext, s: PairSnapshot): ReasonLine {
    const write = (): ReasonLine => lineOf('skills', skillStory(x, s));
    if (!this.on) return write();
    this.enter(x, s);
    if (!s.carved) return entry(this.skillsFull, x.vSkillSignature.data[s.vi]!, write);
    // A carved job's skills: its content's tasks (skills and hours in order) in the job.
    const content = x.vContent.data[s.vi]!;
    if (content < 0 || content >= CONTENT_KEYS || s.inJob.length > 32) return write();
    let mask = 0;
    for (let a = 0; a < s.inJob.length; a++) mask |= s.inJob[a]! << a;
    return entry(this.skillsCarved, content * 2 ** 32 + (mask >>> 0), write);
  }
}
