import { z } from 'zod';
import { parseOptions } from '../_internal/options.js';
import { hoursText } from '../_internal/words-nl.js';
import { zodIssues } from '../_internal/zod-issues.js';
import { findOccupation } from '../catalogue/find-occupation.js';
import { foldCase } from '../catalogue/normalise-title.js';
import type { VacancyInput } from '../domain/schemas.js';
import { BanenmatchError, ValidationError } from '../errors.js';
import { minimumWageOn } from '../wage-value/minimum-wage.js';

/** What this module reads of a carved job (`CarvedJob`): the hours it takes from each source vacancy. */
export interface FreedHours {
  freedHours: readonly { vacancyId: string; hoursPerWeek: number }[];
}

/**
 * Fair wages and no displacement for carved jobs (covenant art. 2.4, Werknemersorganisaties e–f: "zetten
 * zich in voor het tegengaan van verdringing" and "houden … toezicht op de naleving van de geldende
 * CAO's").
 */

/**
 * One row of a cao's wage table: the hourly wage of a scale for an occupation (a catalogue id such as
 * `cleaner`, or the title as the vacancies write it), in force from `validFrom`.
 */
export interface CaoScale {
  occupation: string;
  /** Name of the cao, e.g. `Cao Schoonmaak- en glazenwassersbedrijf`. */
  cao: string;
  /** The scale (*loonschaal*), e.g. `A`. */
  scale: string;
  /** Gross hourly wage of the scale, euros. */
  wagePerHour: number;
  /** First day in force, `YYYY-MM-DD`. */
  validFrom: string;
}

/** zod schema of a {@link CaoScale}. */
export const caoScaleSchema: z.ZodType<CaoScale> = z.object({
  occupation: z.string().trim().min(1).max(200),
  cao: z.string().trim().min(1).max(200),
  scale: z.string().trim().min(1).max(50),
  wagePerHour: z.number().finite().positive().max(500),
  validFrom: z.iso.date(),
});

/** The wage of a carved job and where it comes from. */
export interface CarvedJobWage {
  wagePerHour: number;
  /** `cao`: the scale of the table; `minimum-wage`: no scale, or a scale below the statutory minimum. */
  basis: 'cao' | 'minimum-wage';
  /** The scale used, when one was found. */
  scale?: CaoScale | undefined;
  /** In words a job coach reads. */
  reason: string;
}

const euro = (x: number) => `€${x.toFixed(2)}`;

/**
 * The key an occupation is matched by: its catalogue id, or for a title the catalogue does not know
 * the title folded as the catalogue folds titles (case and accents), with `ß` as `ss` first (the
 * upper case of `ß` is `SS`: `Straße` and `STRASSE` meet).
 */
function keyOf(title: string): string {
  const m = findOccupation(title);
  return m.occupation === null ? foldCase(title.trim().toUpperCase()) : m.occupation.id;
}

/**
 * The hourly wage of a carved job for an occupation on a date: the scale of the cao table in force
 * then (the latest `validFrom` on or before the date, the first such row on a tie), never below the statutory minimum wage (Wet
 * minimumloon en minimumvakantiebijslag); without a scale for the occupation, the minimum wage.
 * The occupation and each row's `occupation` are matched through the catalogue (`findOccupation`), so
 * a title and its catalogue id meet.
 *
 * Complexity: O(rows) title look-ups.
 *
 * @param occupation - the occupation of the job (a catalogue id or a vacancy title)
 * @param date - the day, `YYYY-MM-DD`
 * @param table - the cao's scales the user passes; @default none: the minimum wage
 * @returns the wage, its basis and the reason in words
 * @throws ValidationError for rows that do not match {@link caoScaleSchema}; BanenmatchError `NO_DATA_FOR_DATE` before 2015
 * @example
 * carvedJobWage('schoonmaker', '2026-03-01', [
 *   { occupation: 'cleaner', cao: 'Cao Schoonmaak', scale: 'A', wagePerHour: 15.2, validFrom: '2026-01-01' },
 * ]) // { wagePerHour: 15.2, basis: 'cao', scale: …, reason: 'cao-loon: Cao Schoonmaak, schaal A, €15.20 per uur …' }
 */
export function carvedJobWage(
  occupation: string,
  date: string,
  table: readonly CaoScale[] = [],
): CarvedJobWage {
  const parsed = z.array(caoScaleSchema).safeParse(table);
  if (!parsed.success) throw new ValidationError('carvedJobWage: table', zodIssues(parsed.error, ['table']));
  const wml = minimumWageOn(date).hourly;
  const key = keyOf(occupation);
  let scale: CaoScale | undefined;
  for (const row of parsed.data) {
    if (row.validFrom > date || keyOf(row.occupation) !== key) continue;
    if (scale === undefined || row.validFrom > scale.validFrom) scale = row;
  }
  if (scale === undefined) {
    return {
      wagePerHour: wml,
      basis: 'minimum-wage',
      reason: `geen cao-schaal opgegeven voor ${occupation}: het wettelijk minimumloon, ${euro(wml)} per uur`,
    };
  }
  if (scale.wagePerHour < wml) {
    return {
      wagePerHour: wml,
      basis: 'minimum-wage',
      scale,
      reason: `${scale.cao}, schaal ${scale.scale} (${euro(scale.wagePerHour)}) ligt onder het wettelijk minimumloon: ${euro(wml)} per uur`,
    };
  }
  return {
    wagePerHour: scale.wagePerHour,
    basis: 'cao',
    scale,
    reason: `cao-loon: ${scale.cao}, schaal ${scale.scale}, ${euro(scale.wagePerHour)} per uur (minimumloon ${euro(wml)})`,
  };
}

/**
 * @internal The wage of a carved job from the cao table: the scale of the occupation of the source
 * vacancy that gives the job most hours (the first such vacancy on a tie).
 */
export function caoWageOf(
  job: FreedHours,
  vacancies: readonly Pick<VacancyInput, 'id' | 'occupation'>[],
  date: string,
  table: readonly CaoScale[],
): CarvedJobWage {
  let best = job.freedHours[0];
  // The loop runs only when there is a first entry, so best is set inside it.
  for (const f of job.freedHours) if (f.hoursPerWeek > best!.hoursPerWeek) best = f;
  const occupation = vacancies.find((v) => v.id === best?.vacancyId)?.occupation ?? '';
  return carvedJobWage(occupation, date, table);
}

/** One displacement risk at an employer. */
export interface DisplacementFlag {
  vacancyId: string;
  /** `exceeds-open-hours`: more hours carved out than the vacancy has open; `filled-vacancy`: carved from a vacancy whose positions are all filled. */
  code: 'exceeds-open-hours' | 'filled-vacancy';
  /** Hours a week carved out of the vacancy by all the carved jobs. */
  freedHours: number;
  /** Open hours a week of the vacancy: open positions × hours. */
  openHours: number;
  reason: string;
}

/** The displacement check of one employer. */
export interface DisplacementCheck {
  employerId: string;
  /** True when nothing is flagged. */
  ok: boolean;
  flags: DisplacementFlag[];
}

/** Options of {@link checkDisplacement}. */
export interface DisplacementOptions {
  /** Positions already filled per vacancy id. @default none filled */
  filled?: Readonly<Record<string, number>> | undefined;
}

/** The options of {@link checkDisplacement}, checked by one schema. */
const displacementOptionsSchema = z.object({
  filled: z.record(z.string(), z.number().int().min(0)).optional(),
});

/** The fields {@link checkDisplacement} reads, checked at its entry. */
const displacementInput = z.object({
  vacancies: z.array(
    z.object({
      id: z.string(),
      positions: z.number().int().min(1).optional(),
      hoursPerWeek: z.number().finite().min(0),
    }),
  ),
  jobs: z.array(
    z.object({
      employerId: z.string(),
      freedHours: z.array(z.object({ vacancyId: z.string(), hoursPerWeek: z.number().finite().min(0) })),
    }),
  ),
});

/**
 * Checks carved jobs for displacement (*verdringing*), per employer: the hours carved out of each
 * source vacancy (summed over all the carved jobs) must fit in its open hours (open positions × hours
 * a week), and a vacancy whose positions are all filled must not be carved from, since those hours
 * belong to staff in post. Each flag carries its figures and a reason in words.
 *
 * Complexity: O(vacancies + freed-hours entries).
 *
 * @param vacancies - the employers' vacancies (input contract; `positions` @default 1)
 * @param jobs - carved jobs (`employerId` and `freedHours`, as `carveJob` and `carveAll` give them)
 * @param options - `filled` positions per vacancy id
 * @returns one check per employer with carved jobs, in order of first appearance
 * @throws BanenmatchError `NOT_FOUND` when a job carves from an unknown vacancy; ValidationError for input of
 *   the wrong shape or a `filled` count that is not a whole number ≥ 0
 * @example
 * checkDisplacement(vacancies, [job], { filled: { 'v-1': 1 } })
 * // [{ employerId: 'e-1', ok: false, flags: [{ vacancyId: 'v-1', code: 'filled-vacancy', … }] }]
 */
export function checkDisplacement(
  vacancies: readonly VacancyInput[],
  jobs: readonly (FreedHours & { employerId: string })[],
  options: DisplacementOptions = {},
): DisplacementCheck[] {
  const input = displacementInput.safeParse({
    vacancies,
    jobs,
  });
  if (!input.success) throw new ValidationError('checkDisplacement', zodIssues(input.error));
  const byId = new Map(input.data.vacancies.map((v) => [v.id, v]));
  const filled: Readonly<Record<string, number>> =
    parseOptions(displacementOptionsSchema, options, 'checkDisplacement').filled ?? {};
  const freed = new Map<string, Map<string, number>>();
  for (const job of input.data.jobs) {
    let perVacancy = freed.get(job.employerId);
    if (perVacancy === undefined) {
      perVacancy = new Map();
      freed.set(job.employerId, perVacancy);
    }
    for (const f of job.freedHours) {
      if (!byId.has(f.vacancyId)) {
        throw new BanenmatchError(
          'NOT_FOUND',
          `checkDisplacement: no vacancy "${f.vacancyId}" among the vacancies`,
        );
      }
      perVacancy.set(f.vacancyId, (perVacancy.get(f.vacancyId) ?? 0) + f.hoursPerWeek);
    }
  }
  const out: DisplacementCheck[] = [];
  for (const [employerId, perVacancy] of freed) {
    const flags: DisplacementFlag[] = [];
    for (const [vacancyId, freedHours] of perVacancy) {
      const v = byId.get(vacancyId)!;
      const positions = v.positions ?? 1;
      const taken = filled[vacancyId] ?? 0;
      const openHours = Math.max(0, positions - taken) * v.hoursPerWeek;
      if (taken >= positions) {
        flags.push({
          vacancyId,
          code: 'filled-vacancy',
          freedHours,
          openHours,
          reason: `vacature ${vacancyId} is al vervuld: de ${hoursText(freedHours)} uur komen van zittend personeel (risico op verdringing)`,
        });
      } else if (freedHours > openHours + 1e-9) {
        flags.push({
          vacancyId,
          code: 'exceeds-open-hours',
          freedHours,
          openHours,
          reason: `uit vacature ${vacancyId} wordt ${hoursText(freedHours)} uur gehaald, maar er staat maar ${hoursText(openHours)} uur open (risico op verdringing)`,
        });
      }
    }
    out.push({ employerId, ok: flags.length === 0, flags });
  }
  return out;
}
