import { z } from 'zod';
import { parseOptions, runOptionsShape } from '../_internal/options.js';
import { fmlItem } from '../capability/fml.js';
import { adaptation } from '../catalogue/adaptations.js';
import { taskKind } from '../catalogue/task-kinds.js';
import { training } from '../catalogue/trainings.js';
import type { Vacancy } from '../domain/schemas.js';
import { checkedProgress, throwIfAborted } from '../errors.js';
import type { Matcher, NearMiss } from '../scoring/matcher.js';
import { whyNotShape } from '../scoring/why-not/options.js';
import { gapTexts } from './caseload-gaps-text.js';
import type {
  AdaptationGap,
  CarvingGap,
  CaseloadGaps,
  CaseloadGapsOptions,
  GapCounts,
  HoursGap,
} from './caseload-gaps-types.js';

export type {
  AdaptationGap,
  CarvingGap,
  CaseloadGaps,
  CaseloadGapsOptions,
  CommuteGap,
  GapCounts,
  HoursGap,
  TrainingGap,
} from './caseload-gaps-types.js';

/** The options of `caseloadGaps`, one schema: those of `whyNot`, the candidates, signal and progress. */
const caseloadGapsOptionsSchema = z.object({
  ...whyNotShape,
  candidateIds: z.array(z.string()).optional(),
  ...runOptionsShape,
});

/** A row being counted: its candidates, vacancies, near misses and sizes (hours or km). */
interface Bucket<T> {
  row: T;
  candidates: Set<string>;
  vacancies: Set<string>;
  nearMisses: number;
  sizes: number[];
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** One table: buckets by key, counted. */
class Table<T> {
  readonly buckets = new Map<string, Bucket<T>>();

  add(key: string, make: () => T, candidateId: string, vacancyId: string, size = 0): void {
    let b = this.buckets.get(key);
    if (b === undefined) {
      b = { row: make(), candidates: new Set(), vacancies: new Set(), nearMisses: 0, sizes: [] };
      this.buckets.set(key, b);
    }
    b.candidates.add(candidateId);
    b.vacancies.add(vacancyId);
    b.nearMisses++;
    b.sizes.push(size);
  }

  /** The rows, most candidates helped first (then vacancies, near misses, key). */
  rows<R>(finish: (row: T, counts: Omit<GapCounts, 'market' | 'school'>, sizes: number[]) => R): R[] {
    return [...this.buckets.entries()]
      .map(([key, b]) => ({
        key,
        counts: { candidates: b.candidates.size, vacancies: b.vacancies.size, nearMisses: b.nearMisses },
        b,
      }))
      .sort(
        (x, y) =>
          y.counts.candidates - x.counts.candidates ||
          y.counts.vacancies - x.counts.vacancies ||
          y.counts.nearMisses - x.counts.nearMisses ||
          (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
      )
      .map(({ counts, b }) => finish(b.row, counts, b.sizes));
  }
}

/**
 * The changes that would open most placements over a caseload (covenant art. 2.4: workplace
 * adaptations d.ix, job carving d.xii, schools aligning training with what employers ask, Onderwijs
 * b): `matcher.whyNot` for each candidate, its near misses counted per kind of change — adaptations
 * per FML item, task kind and adaptation; carving per task kind; trainings per training; longer
 * commutes per municipality (median km further); hours windows per new end. Each row says how many
 * candidates the change helps and how many vacancies it opens, with a Dutch line for the market plan
 * and one for schools. Every row's `nearMisses` is the number of `whyNot` near misses of its kind
 * (with the same `k` and `extraKm`) over the candidates. Deterministic: rows by candidates helped,
 * then vacancies, near misses and key, whatever the order of `candidateIds`.
 *
 * Complexity: one `whyNot` per candidate (the benchmark `benchmarks/why-not.ts` times it on the region).
 *
 * @param matcher - a matcher over the caseload and the vacancies
 * @param options - `candidateIds` (default all), `k`, `extraKm`, `signal`, `onProgress`
 * @returns the tables per kind of change, most candidates helped first
 * @throws BanenmatchError `INVALID_ARGUMENT` for bad options, `NOT_FOUND` for an unknown candidate id; AbortError when aborted
 * @example
 * const gaps = caseloadGaps(createMatcher(region));
 * gaps.adaptations[0]?.market; // e.g. 'tilhulp bij vakken vullen (IV.13 tillen): 3 kandidaten, 2 vacatures'
 * gaps.trainings[0]?.school; // e.g. 'VCA basis (Basisveiligheid VCA) aanbieden: 1 kandidaat mist het voor 1 vacature'
 * // Only the unplaced of a run:
 * caseloadGaps(matcher, { candidateIds: run.unplaced.map((u) => u.candidateId) });
 */
export function caseloadGaps(matcher: Matcher, options?: CaseloadGapsOptions | null): CaseloadGaps {
  const where = 'caseloadGaps';
  const o = parseOptions(caseloadGapsOptionsSchema, options ?? undefined, where);
  const { candidateIds } = o;
  const ids = candidateIds === undefined ? matcher.candidates.map((c) => c.id) : [...new Set(candidateIds)];
  const home = new Map(matcher.candidates.map((c) => [c.id, c.home.municipality ?? 'onbekend']));
  const vacancyById = new Map<string, Vacancy>(matcher.vacancies.map((v) => [v.id, v]));
  const why = { k: o.k, extraKm: o.extraKm };
  const onProgress = checkedProgress(o.signal, o.onProgress, where);

  const adaptations = new Table<Omit<AdaptationGap, keyof GapCounts>>();
  const carving = new Table<Omit<CarvingGap, keyof GapCounts | 'medianHours'>>();
  const trainings = new Table<{ trainingId: string; name: string; skills: Set<string>; diploma: boolean }>();
  const commute = new Table<{ municipality: string }>();
  const hours = new Table<Omit<HoursGap, keyof GapCounts>>();
  let withNearMiss = 0;
  let nearMisses = 0;
  ids.forEach((candidateId, done) => {
    if ((done & 15) === 0) {
      throwIfAborted(o.signal, where);
      onProgress?.(done, ids.length);
    }
    const w = matcher.whyNot(candidateId, why);
    if (w.nearMisses.length > 0) withNearMiss++;
    nearMisses += w.nearMisses.length;
    for (const n of w.nearMisses) count(n, candidateId);
  });
  throwIfAborted(o.signal, where);
  onProgress?.(ids.length, ids.length);

  function kindOf(vacancyId: string, taskId: string): { taskKind: string; taskName: string } {
    const task = vacancyById.get(vacancyId)?.tasks?.find((t) => t.id === taskId);
    const id = task?.kind ?? taskKind(taskId)?.id ?? taskId;
    return { taskKind: id, taskName: taskKind(id)?.name ?? id };
  }

  function count(n: NearMiss, candidateId: string): void {
    const c = n.change;
    const v = n.vacancyId;
    if (c.kind === 'adaptation') {
      const kind = kindOf(v, c.taskId);
      const make = () => ({
        item: c.item,
        itemName: fmlItem(c.item)?.name ?? c.item,
        ...kind,
        adaptationId: c.adaptationId,
        name: adaptation(c.adaptationId)?.name ?? c.adaptationId,
      });
      adaptations.add(`${c.item}|${kind.taskKind}|${c.adaptationId}`, make, candidateId, v);
    } else if (c.kind === 'dropTask') {
      const kind = kindOf(v, c.taskId);
      carving.add(kind.taskKind, () => kind, candidateId, v, c.hoursPerWeek);
    } else if (c.kind === 'training') {
      const make = () => ({
        trainingId: c.trainingId,
        name: training(c.trainingId)?.name ?? c.trainingId,
        skills: new Set<string>(),
        diploma: false,
      });
      trainings.add(c.trainingId, make, candidateId, v);
      const row = trainings.buckets.get(c.trainingId)!.row;
      if (c.skill === undefined) row.diploma = true;
      else row.skills.add(c.skill);
    } else if (c.kind === 'commute') {
      const municipality = home.get(candidateId) ?? 'onbekend';
      commute.add(municipality, () => ({ municipality }), candidateId, v, c.extraKm);
    } else {
      const key = `${c.minHoursPerWeek ?? ''}-${c.maxHoursPerWeek ?? ''}`;
      const make = () => ({
        ...(c.minHoursPerWeek === undefined ? {} : { minHoursPerWeek: c.minHoursPerWeek }),
        ...(c.maxHoursPerWeek === undefined ? {} : { maxHoursPerWeek: c.maxHoursPerWeek }),
        description: n.description,
      });
      hours.add(key, make, candidateId, v);
    }
  }

  return {
    candidates: ids.length,
    withNearMiss,
    nearMisses,
    adaptations: adaptations.rows((row, counts) => {
      const r = { ...row, ...counts };
      return { ...r, ...gapTexts.adaptation(r) };
    }),
    carving: carving.rows((row, counts, sizes) => {
      const r = { ...row, ...counts, medianHours: median(sizes) };
      return { ...r, ...gapTexts.carving(r) };
    }),
    trainings: trainings.rows((row, counts) => {
      const r = { ...row, skills: [...row.skills].sort(), ...counts };
      return { ...r, ...gapTexts.training(r) };
    }),
    commute: commute.rows((row, counts, sizes) => {
      const r = { ...row, ...counts, medianExtraKm: median(sizes) };
      return { ...r, ...gapTexts.commute(r) };
    }),
    hours: hours.rows((row, counts) => {
      const r = { ...row, ...counts };
      return { ...r, ...gapTexts.hours(r) };
    }),
  };
}
