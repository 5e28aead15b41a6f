/** Numbers per row of `SettledShapes.rows`: shape id, class mask (two words), qualification. */
export const SETTLE_ROW = 4;
/**
 * Most words the remembered bit sets may hold together (4 bytes each: 64 MB) before they are
 * dropped and built again as candidates need them; at the country's 5,136 job shapes that is some
 * 100,000 sets, where a worker's 125,000 candidates need about 10,000.
 */
// Stryker disable next-line ArithmeticOperator: a smaller bound only forgets sooner: the same sets are built again as candidates need them (the bound itself is tested with `maxWords`)
const MAX_REMEMBERED_WORDS = 16 * 1024 * 1024;

/**
 * @internal What a scan knows of a candidate before it reads a vacancy (`settleAll`): bit sets over
 * the job shapes, one bit a shape (`sid >>> 5`, `1 << (sid & 31)`), for the candidate last settled:
 * `excluded`, the shapes the class masks, the qualification and the hours exclude the candidate from
 * as the evaluation would (`evaluateShape`), and `carveOnly`, the carvable shapes whose whole job is
 * out and a carved job possible. Each set is the union of parts that depend on one of the candidate's
 * numbers only (the classes exceeded, the diplomas held, the most hours, a carved job's fewest
 * hours), and each part is remembered by those numbers: candidates who share them share the work
 * (a worker's 125,000 candidates have about 1,800 sets of exceeded classes, 6,900 with the hours).
 */
export class SettledShapes {
  /** The shapes decided by masks alone: rows of `SETTLE_ROW` (id, class mask, qualification), then the carvable ones. */
  rows = new Int32Array(0);
  /** The hours of each row's shape. */
  hours = new Float64Array(0);
  /** The number of rows of those shapes; the carvable shapes' rows follow, in `Engine.carvable`'s order. */
  count = 0;
  /** The number of carvable shapes' rows (after the first `count`). */
  carvableCount = 0;
  /** The number of job shapes listed from (−1: none yet). */
  shapes = -1;
  /** One past the highest demand class of a listed shape. */
  top = 0;
  /** Words in a bit set over the shapes listed. */
  words = 0;
  /** The shapes the candidate last settled is excluded from. */
  excluded = new Int32Array(0);
  /** The carvable shapes whose whole job is out for the candidate last settled and a carved job possible. */
  carveOnly = new Int32Array(0);
  /** Listed shapes exceeding a class, then (at `words`) carvable ones, by the exceeded classes. */
  readonly byClasses = new Map<string, Int32Array>();
  /** Listed, then carvable, shapes whose qualification is not met, by the diplomas held. */
  readonly byHeld = new Map<number, Int32Array>();
  /** Listed, then carvable, shapes of more hours than the most, by the most. */
  readonly byHours = new Map<number, Int32Array>();
  /** Carvable shapes whose carving is ruled out, by exceeded classes, most hours and fewest units. */
  readonly byCarving = new Map<string, Int32Array>();
  /** Words held by the four maps. */
  remembered = 0;
  /** Most words the maps may hold before they are dropped (`MAX_REMEMBERED_WORDS`). */
  maxWords = MAX_REMEMBERED_WORDS;

  /** Drops every remembered set (the shapes listed changed, or too many are held). */
  forget(): void {
    this.byClasses.clear();
    this.byHeld.clear();
    this.byHours.clear();
    this.byCarving.clear();
    this.remembered = 0;
  }
}
