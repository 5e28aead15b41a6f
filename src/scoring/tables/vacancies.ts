import type { FmlEntries } from '../../capability/compare.js';
import { compileDemands } from '../../capability/compile.js';
import type { Vacancy } from '../../domain/schemas.js';
import { DynamicGrid } from '../../geo/grid.js';
import type { AssessedItems } from '../assessed-items.js';
import type { QualificationMemo } from '../qualification-memo.js';
import { askedQualification } from '../qualification-rule.js';
import { ByteColumn, FloatColumn, GrowableDemands, IntColumn, intern, setUnitVector } from '../store.js';
import { MASK_CLASSES, MASK_WORDS } from './profile-masks.js';
import { TupleIndex } from './tuple-index.js';
import type { Vocabulary } from './vocabulary.js';

/** Most tasks of a vacancy whose carved job a 32-bit mask remembers. */
export const MAX_MASK_TASKS = 31;
/** Numbers per vacancy in the grid: unit vector (3) and wage (NaN: none). */
export const VGRID_STRIDE = 4;
/** Whole numbers per vacancy in the grid: job shape, sector + 2 × occupation, skill signature, job layout, tasks, job content. */
export const VGRID_INTS = 6;
/** Numbers per row of the matcher's job layouts. */
export const LAYOUT_STRIDE = 4;

/**
 * Pushes a canonical tuple of a task's FML demands onto `index` (equal tuples, equal compiled demands):
 * per item, in the order of its number in `items` (interned here), the item's number, its number of
 * codes and the codes ascending; a single code counts as a list of one, as the key once written out
 * (`id=codes;`, ids sorted) did. No string is built: `createMatcher` meets a new demands object a task.
 */
function pushDemands(d: FmlEntries, index: TupleIndex, items: Map<string, number>): void {
  const ids = Object.keys(d);
  const n = ids.length;
  // Item number × n + position: sorted as numbers, the items in a canonical order with their keys.
  const order = new Float64Array(n);
  // Stryker disable next-line EqualityOperator: `<=` numbers `undefined` once as an item (every id keeps one number of its own) and writes past the array's end (ignored): the same classes
  for (let k = 0; k < n; k++) order[k] = intern(items, ids[k]!) * n + k;
  order.sort();
  // Stryker disable next-line EqualityOperator: `<=` appends NaN, 1, NaN to every tuple alike (order[n] is undefined), and NaN equals NaN in a TupleIndex: the same classes
  for (let j = 0; j < n; j++) {
    const k = order[j]! % n;
    const v = d[ids[k]!]!;
    // Stryker disable next-line ArithmeticOperator: `* n` pushes the item's number × n², one to one for a given n, and tuples of different n never match (each entry's count fixes where the next begins): the same classes
    index.push((order[j]! - k) / n);
    if (Array.isArray(v)) {
      index.push(v.length);
      for (const code of Float64Array.from(v).sort()) index.push(code);
    } else {
      index.push(1);
      index.push(v as number);
    }
  }
}

/**
 * @internal The matcher's vacancies and their tasks as typed columns by internal index, with the
 * interned demand classes, skill signatures, job shapes, layouts and contents, and the grid of
 * packed rows. Written only here, by {@link VacancyTable.add} and {@link VacancyTable.remove}.
 */
export class VacancyTable {
  readonly vRecords: (Vacancy | undefined)[] = [];
  readonly vIndex = new Map<string, number>();
  readonly vLat = new FloatColumn();
  readonly vLon = new FloatColumn();
  /** Location as a unit vector, three entries a vacancy. */
  readonly vPos = new FloatColumn();
  /** Wage per hour, NaN when the vacancy gives none (see `wageOf`). */
  readonly vWage = new FloatColumn();
  readonly vSector = new ByteColumn();
  readonly vTaskStart = new IntColumn();
  readonly vTaskEnd = new IntColumn();
  /** Vacancies by place, with the numbers a known job shape is scored from packed beside them (VGRID_STRIDE). */
  readonly vGrid = new DynamicGrid(5, VGRID_STRIDE, VGRID_INTS, 0, true);
  readonly demands = new GrowableDemands();
  readonly tHours = new FloatColumn();
  /** Skills of task t: `tSkillIds[tSkillStart[t] .. tSkillStart[t + 1])` (CSR). */
  readonly tSkillStart = new IntColumn();
  readonly tSkillIds = new IntColumn();
  /**
   * Demand classes: tasks with the same FML demands (e.g. every task of one kind from the catalogue)
   * share a class, so a candidate's status and margin are computed once a class, not once a task.
   */
  readonly tClass = new IntColumn();
  /** Demand classes by their demands' canonical tuple (`pushDemands`). */
  readonly classIndex = new TupleIndex();
  /** FML item ids numbered in the order first met, for the demands' tuples. */
  private readonly fmlItems = new Map<string, number>();
  /**
   * The class of each demands object met: a changed copy of a vacancy (`whyNot`) shares its
   * unchanged tasks' demands, so their key is not built again. Sound because the objects are the
   * matcher's own parsed records, never changed: changing one handed out (`Matcher.vacancies`) in
   * place is not supported (the contract there), and one passed back through `updateVacancy` is
   * parsed into new objects.
   */
  private readonly classOf = new WeakMap<FmlEntries, number>();
  /** The FML items each demand class states, as `AssessedItems` slots. */
  private readonly classSlots: Int32Array[] = [];
  /** Tasks so far (the next task's column). */
  private taskCount = 0;
  /** The full job's skill vector interned: vacancies with equal vectors share a signature. */
  readonly vSkillSignature = new IntColumn();
  /** Skill signatures by their (skill id, hours-weight) pairs in order. */
  readonly skillSignatureIndex = new TupleIndex();
  /**
   * The vector of each skill signature: (skill id, hours-weight) pairs of signature `g` from pair
   * `signatureStart[g]` to `signatureStart[g + 1]`, and its squared norm.
   */
  readonly signatureStart = new IntColumn();
  readonly signaturePairs = new FloatColumn();
  readonly signatureWeight = new FloatColumn();
  /**
   * Job shapes: vacancies equal in hours, carvable, and per task hours, core, kind and FML demands
   * share a shape. The hard rules on capability and hours, the job (full or carved), and the
   * capability, hours and wage-value figures depend on nothing else, so a candidate's result on one
   * vacancy of a shape serves the others (−1: too many tasks to remember a carved job as a bit mask).
   */
  readonly vShape = new IntColumn();
  /**
   * Job layouts: what the capability, hours and carving rules read of a vacancy, packed so that one
   * evaluation reads one run of memory. A layout at row r (of LAYOUT_STRIDE numbers) holds the job's
   * hours, carvable flag (0/1), qualification and number of tasks, then one row per task: hours,
   * demand class, task kind, core (0/1).
   * Vacancies of one job shape share its layout; a vacancy without a shape has its own.
   */
  readonly layouts = new FloatColumn();
  private layoutRows = 0;
  readonly vLayout = new IntColumn();
  /** Job shapes by the job's hours and carvable flag, per task hours, core, kind and class, and the qualification asked (if any). */
  readonly shapeIndex = new TupleIndex();
  /** The layout of each job shape (see `layouts`). */
  readonly shapeLayout = new IntColumn();
  /**
   * Each job shape's demand classes as a bit mask (`MASK_WORDS` words a shape, see `ProfileMasks`), and
   * its highest class + 1: a shape whose classes are all below `MASK_CLASSES` is decided by masks.
   */
  readonly shapeBits = new IntColumn();
  readonly shapeTop = new IntColumn();
  /**
   * Job contents: a shape with its tasks' skills (in order). A carved job's skills depend on nothing
   * else, so they are remembered per candidate and content (−1 without a shape); the first vacancy of
   * each content stands for it.
   */
  readonly vContent = new IntColumn();
  /** Job contents by shape, then per task its number of skills and the skill ids. */
  readonly contentIndex = new TupleIndex();
  readonly contentVacancy = new IntColumn();
  /** Occupations interned, so a candidate's occupation preference is tested once an occupation. */
  readonly vOccupation = new IntColumn();
  readonly occupationIndex = new Map<string, number>();
  readonly occupationNames: string[] = [];
  /** Entries of `tSkillIds` so far. */
  private skillEdges = 0;

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly qualifications: QualificationMemo,
    private readonly assessed: AssessedItems,
  ) {
    this.tSkillStart.set(0, 0);
  }

  /**
   * Compiles validated vacancies with their tasks into the columns, at the next indices. With `live`
   * false they are compiled only (a changed copy `whyNot` evaluates): no record, id, grid cell or
   * judged FML items, as if added and removed at once.
   */
  add(list: readonly Vacancy[], live = true): void {
    const {
      vRecords,
      vIndex,
      vLat,
      vLon,
      vPos,
      vWage,
      vSector,
      vTaskStart,
      vTaskEnd,
      vGrid,
      demands,
      tHours,
      tSkillStart,
      tSkillIds,
      tClass,
      classIndex,
      vSkillSignature,
      skillSignatureIndex,
      signatureStart,
      signaturePairs,
      signatureWeight,
      vShape,
      vLayout,
      shapeIndex,
      shapeLayout,
      vContent,
      contentIndex,
      contentVacancy,
      vOccupation,
      occupationIndex,
      occupationNames,
    } = this;
    const { vocabulary, qualifications, assessed } = this;
    const first = vRecords.length;
    let t = this.taskCount;
    /** Demands of the classes first met in this batch; `demands` holds one compiled row per class. */
    const newClasses: { demands: FmlEntries }[] = [];
    const weights = new Map<number, number>();
    /** A task's skill ids, in the order first met (one set for the batch, cleared a task). */
    const ids = new Set<number>();
    list.forEach((v, k) => {
      const i = first + k;
      vRecords.push(live ? v : undefined);
      if (live) vIndex.set(v.id, i);
      vLat.set(i, v.location.lat);
      vLon.set(i, v.location.lon);
      setUnitVector(vPos, i, v.location.lat, v.location.lon);
      vWage.set(i, v.wagePerHour ?? Number.NaN);
      vSector.set(i, v.sector === 'market' ? 0 : 1);
      vTaskStart.set(i, t);
      const occupation = intern(occupationIndex, v.occupation);
      if (occupation === occupationNames.length) occupationNames.push(v.occupation);
      vOccupation.set(i, occupation);
      // Stryker disable next-line ArrayDeclaration: the matcher gives every vacancy its tasks (decomposeVacancy)
      const tasks = v.tasks ?? [];
      // Without task skills, the vacancy's skills stand for every task.
      const anyTaskSkills = tasks.some((x) => x.skills.length > 0);
      weights.clear();
      shapeIndex.begin();
      shapeIndex.push(v.hoursPerWeek);
      shapeIndex.push(v.carvable ? 1 : 0);
      const kinds: number[] = [];
      for (const task of tasks) {
        tHours.set(t, task.hoursPerWeek);
        const kind = vocabulary.kindOf(task.kind);
        kinds.push(kind);
        let cls = this.classOf.get(task.demands);
        // Stryker disable next-line ConditionalExpression: the memo is a shortcut: `true` pushes the same tuple again and `classIndex` gives the same class, not new (`false` is killed)
        if (cls === undefined) {
          const known = classIndex.size;
          classIndex.begin();
          pushDemands(task.demands, classIndex, this.fmlItems);
          cls = classIndex.end();
          if (cls === known) {
            newClasses.push({ demands: task.demands });
            this.classSlots.push(assessed.slotsOf(task.demands));
          }
          this.classOf.set(task.demands, cls);
        }
        // Equal demands keys, the same items stated: counted by the class's slots, no keys listed a task.
        if (live) assessed.addSlots(this.classSlots[cls]!);
        tClass.set(t, cls);
        ids.clear();
        for (const s of anyTaskSkills ? task.skills : v.skills) {
          const id = vocabulary.skillOf(s);
          if (id >= 0) ids.add(id);
        }
        ids.add(vocabulary.experienceOf(task.kind));
        const h = Math.max(task.hoursPerWeek, 0);
        shapeIndex.push(task.hoursPerWeek);
        shapeIndex.push(task.core ? 1 : 0);
        shapeIndex.push(kind);
        shapeIndex.push(cls);
        for (const id of ids) {
          tSkillIds.set(this.skillEdges++, id);
          weights.set(id, (weights.get(id) ?? 0) + h);
        }
        t++;
        tSkillStart.set(t, this.skillEdges);
      }
      vTaskEnd.set(i, t);
      const asked = askedQualification(v);
      let qualification = -1;
      if (asked !== undefined) {
        qualification = qualifications.text(asked);
        // Only a job that asks one has this number: its shape is one number longer (2 + 4 × tasks + 1).
        shapeIndex.push(qualification);
      }
      skillSignatureIndex.begin();
      for (const [id, w] of weights) {
        skillSignatureIndex.push(id);
        skillSignatureIndex.push(w);
      }
      const signatures = skillSignatureIndex.size;
      const signature = skillSignatureIndex.end();
      // Stryker disable next-line ConditionalExpression: `true` writes a known signature's pairs again over themselves, equal (same key, same weights in the same order); `false` is killed
      if (signature === signatures) {
        let pair = signatureStart.data[signature]!;
        let total = 0;
        for (const [id, w] of weights) {
          signaturePairs.set(2 * pair + 1, w);
          signaturePairs.data[2 * pair++] = id;
          total += w;
        }
        signatureStart.set(signature + 1, pair);
        signatureWeight.set(signature, total);
      }
      vSkillSignature.set(i, signature);
      let sid = -1;
      if (tasks.length <= MAX_MASK_TASKS) {
        const shapes = shapeIndex.size;
        sid = shapeIndex.end();
        if (sid === shapes) {
          shapeLayout.set(sid, this.addLayout(v, kinds, vTaskStart.data[i]!, qualification));
          this.addShapeBits(sid, vTaskStart.data[i]!, t);
        }
      }
      vShape.set(i, sid);
      vLayout.set(
        i,
        sid >= 0 ? shapeLayout.data[sid]! : this.addLayout(v, kinds, vTaskStart.data[i]!, qualification),
      );
      let content = -1;
      if (sid >= 0) {
        contentIndex.begin();
        contentIndex.push(sid);
        // Stryker disable next-line EqualityOperator: `u <= t` adds task t's run, not yet written (tSkillStart[t + 1] unset: no ids), to every key alike (`>=` is killed)
        for (let u = vTaskStart.data[i]!; u < t; u++) {
          const from = tSkillStart.data[u]!;
          const to = tSkillStart.data[u + 1]!;
          contentIndex.push(to - from);
          for (let k = from; k < to; k++) contentIndex.push(tSkillIds.data[k]!);
        }
        const contents = contentIndex.size;
        content = contentIndex.end();
        if (content === contents) contentVacancy.set(content, i);
      }
      vContent.set(i, content);
      if (live)
        vGrid.add(
          i,
          v.location.lat,
          v.location.lon,
          [vPos.data[3 * i]!, vPos.data[3 * i + 1]!, vPos.data[3 * i + 2]!, vWage.data[i]!],
          [
            sid,
            vSector.data[i]! + 2 * occupation,
            signature,
            vLayout.data[i]!,
            vTaskEnd.data[i]! - vTaskStart.data[i]!,
            content,
          ],
        );
    });
    this.taskCount = t;
    demands.append(compileDemands(newClasses));
  }

  /** Appends the layout of vacancy `v` (task kinds `kinds`, demand classes from task row `t`); returns its row. */
  private addLayout(v: Vacancy, kinds: readonly number[], t: number, qualification: number): number {
    const { layouts, tClass } = this;
    const row = this.layoutRows;
    // Stryker disable next-line ArrayDeclaration: the matcher gives every vacancy its tasks (decomposeVacancy)
    const tasks = v.tasks ?? [];
    let at = row * LAYOUT_STRIDE;
    layouts.set(at + LAYOUT_STRIDE - 1, tasks.length);
    layouts.data[at] = v.hoursPerWeek;
    layouts.data[at + 1] = v.carvable ? 1 : 0;
    layouts.data[at + 2] = qualification;
    tasks.forEach((task, a) => {
      at += LAYOUT_STRIDE;
      layouts.set(at + LAYOUT_STRIDE - 1, task.core ? 1 : 0);
      layouts.data[at] = task.hoursPerWeek;
      layouts.data[at + 1] = tClass.data[t + a]!;
      layouts.data[at + 2] = kinds[a]!;
    });
    this.layoutRows += 1 + tasks.length;
    return row;
  }

  /** Sets the class mask and top of new job shape `sid` from its tasks' rows `from .. to − 1`. */
  private addShapeBits(sid: number, from: number, to: number): void {
    const { shapeBits, shapeTop, tClass } = this;
    // Stryker disable next-line ArithmeticOperator: `+ 1` writes 0 at the next shape's first word, not written yet (its other mutants are killed by the class-32 test)
    shapeBits.set(MASK_WORDS * sid + MASK_WORDS - 1, 0);
    let top = 0;
    for (let u = from; u < to; u++) {
      const cls = tClass.data[u]!;
      top = Math.max(top, cls + 1);
      const w = MASK_WORDS * sid + (cls >> 5);
      if (cls < MASK_CLASSES) shapeBits.data[w] = shapeBits.data[w]! | (1 << (cls & 31));
    }
    shapeTop.set(sid, top);
  }

  /** Removes vacancy `i` (its index stays taken). */
  remove(i: number): void {
    const v = this.vRecords[i]!;
    // Stryker disable next-line ArrayDeclaration: the matcher gives every vacancy its tasks (decomposeVacancy)
    for (const task of v.tasks ?? []) this.assessed.remove(task.demands);
    this.vGrid.remove(i, v.location.lat, v.location.lon);
    this.vRecords[i] = undefined;
    this.vIndex.delete(v.id);
  }
}
