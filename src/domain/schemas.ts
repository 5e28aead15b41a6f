import { z } from 'zod';
import { fmlIssues } from '../capability/fml-validate.js';
import { NETHERLANDS_BBOX } from '../geo/bbox.js';
import { mergeVacancyConditions } from './vacancy-conditions.js';

/**
 * The input contract (see `docs/architecture.md` and the design brief §7): zod schemas for the JSON a
 * service feeds the library, and the types inferred from them. Fractions are 0..1, hours are per week,
 * money in euros, dates ISO `YYYY-MM-DD`, coordinates WGS84.
 */

/** Highest weekly hours accepted anywhere (Arbeidstijdenwet caps an average week at 48 h; 60 h is its weekly peak). */
export const MAX_HOURS_PER_WEEK = 60;

/**
 * Tolerance, in hours per week, between a vacancy's `hoursPerWeek` and the sum of its tasks' hours.
 * Task hours are estimates from a work analysis; half an hour a week absorbs rounding to quarter hours
 * over up to six tasks without hiding a real mismatch.
 */
export const TASK_HOURS_TOLERANCE = 0.5;

const id = z.string().trim().min(1, 'must be a non-empty id').max(200);
const fraction = z.number().finite().min(0).max(1);
const hours = z.number().finite().min(0).max(MAX_HOURS_PER_WEEK);
const isoDate = z.iso.date();

/** A place: municipality name and WGS84 coordinates inside the Netherlands. */
export const locationSchema = z.object({
  municipality: z.string().trim().min(1).max(100).optional(),
  lat: z.number().finite().min(NETHERLANDS_BBOX.minLat).max(NETHERLANDS_BBOX.maxLat),
  lon: z.number().finite().min(NETHERLANDS_BBOX.minLon).max(NETHERLANDS_BBOX.maxLon),
});

/**
 * The target group a candidate belongs to (Wfsv art. 38b): Wajong, Wsw-indicated, Participatiewet
 * (cannot earn the minimum wage), praktijkroute (measured wage value below WML), school-leavers of
 * vso/pro, or other. `beschut` is sheltered work (Pwet art. 10b): it has its own instruments and does
 * not count for the quota.
 */
export const targetGroupSchema = z.enum([
  'wajong',
  'wsw',
  'participatiewet',
  'praktijkroute',
  'vso-pro',
  'beschut',
  'other',
]);

/**
 * Age band of a candidate, in the ten-year bands of CBS labour-force statistics (15 to 25, 25 to 35, …,
 * 65 and older). Descriptive only (the market analysis, covenant art. 2.4, UWV c, footnote 14.V): never scored.
 */
export const ageBandSchema = z.enum(['15-24', '25-34', '35-44', '45-54', '55-64', '65+']);

/**
 * Highest completed education of a candidate (*opleidingsniveau*): the school types of the Dutch system
 * (WPO, WEC for `vso`, WVO for `pro`/`vmbo`/`havo`/`vwo`, WEB art. 7.2.2 for the four mbo levels — `entree`
 * is level 1 since 1 August 2014, `mbo-1` the earlier assistant course — and WHW for `hbo`/`wo`).
 * Descriptive only (covenant art. 2.4, UWV c, footnote 14.V): never scored.
 */
export const educationLevelSchema = z.enum([
  'geen',
  'basisonderwijs',
  'vso',
  'pro',
  'vmbo',
  'entree',
  'mbo-1',
  'mbo-2',
  'mbo-3',
  'mbo-4',
  'havo',
  'vwo',
  'hbo',
  'wo',
  'onbekend',
]);

/**
 * The benefit (*uitkering*) a candidate receives: Wajong, Participatiewet (bijstand), WW, WIA, WAO,
 * Ziektewet, another, or `none` (no income support). Descriptive only (covenant art. 2.4, UWV c, footnote 14.V:
 * "wel/geen inkomensondersteuning"): never scored.
 */
export const benefitSchema = z.enum([
  'wajong',
  'participatiewet',
  'ww',
  'wia',
  'wao',
  'ziektewet',
  'other',
  'none',
]);

/** Market (*marktsector*) or government (*overheid*), counted apart for the quota. */
export const sectorSchema = z.enum(['market', 'government']);

/**
 * A person's FML profile: item id → code (0 = normal; absent = normal), or for a conditions item
 * (`I.8`, `II.12`) the list of condition codes the person needs. Checked against the FML catalogue.
 */
export const capabilityProfileSchema = z.record(
  z.string(),
  z.union([z.number().int().min(0), z.array(z.number().int().min(0))]),
);

/**
 * A task's FML demands: item id → the highest person code the task tolerates (absent = any), or for
 * a conditions item the list of condition codes the task meets (absent = none).
 */
export const capabilityDemandsSchema = capabilityProfileSchema;

/** Hours window a candidate wants to work, per week. */
export const hoursWindowSchema = z
  .object({ min: hours, max: hours })
  .refine((w) => w.min <= w.max, { message: 'min must not exceed max', path: ['min'] });

/** What a candidate prefers: sectors and occupations (free text, mapped to the catalogue). */
export const preferencesSchema = z.object({
  sectors: z.array(sectorSchema).optional(),
  occupations: z.array(z.string().trim().min(1)).optional(),
  /** Task kinds the candidate would rather not do. */
  avoidTaskKinds: z.array(z.string().trim().min(1)).optional(),
});

/** A person from the target group looking for work (a *kandidaat* in the doelgroepregister). */
export const candidateSchema = z.object({
  id,
  targetGroup: targetGroupSchema,
  home: locationSchema,
  /** Longest one-way commute the candidate accepts, km. */
  maxCommuteKm: z.number().finite().min(0).max(300).optional(),
  hoursPerWeek: hoursWindowSchema,
  capabilities: capabilityProfileSchema.default({}),
  skills: z.array(z.string().trim().min(1)).default([]),
  /**
   * Diplomas and certificates as written ("MBO-2 logistiek", "VCA", "heftruckcertificaat"), matched
   * leniently to a vacancy's `qualification` (see `meetsQualification`).
   */
  qualifications: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  /** Expected wage value (0..1) per task kind, e.g. `{ cleaning: 0.8 }`. */
  taskPerformance: z.record(z.string(), fraction).optional(),
  /** Measured wage value (*loonwaarde*, Pwet art. 6g), 0..1. */
  wageValue: fraction.optional(),
  /** Date of the measurement behind `wageValue`. */
  wageValueDate: isoDate.optional(),
  /** Priority group (covenant art. 1.1: Wajong and Wsw waiting list in 2015–2016). */
  priority: z.boolean().default(false),
  /** Date the candidate entered the doelgroepregister (LKV periods before 2026 count from it). */
  registeredSince: isoDate.optional(),
  preferences: preferencesSchema.optional(),
  /** Age band (descriptive: the market analysis and the fairness audit; never scored). */
  ageBand: ageBandSchema.optional(),
  /** Highest completed education (descriptive; never scored). */
  educationLevel: educationLevelSchema.optional(),
  /** Benefit received (descriptive; `none` = no income support; never scored). */
  benefit: benefitSchema.optional(),
  /** On the Wsw waiting list (priority in 2015–2016, covenant art. 1.1; see `PRIORITY_RULES`). */
  wswWaitingList: z.boolean().optional(),
  /** Id of the candidate's fixed job coach (*vaste contactpersoon*, covenant art. 2.4.d.i); never scored. */
  contactPerson: id.optional(),
  /**
   * Municipality the candidate moved from, so facilities continue (covenant art. 2.4.d.xi); never scored.
   */
  previousMunicipality: z.string().trim().min(1).max(100).optional(),
});

/** One task of a job: hours, FML demands, skills, kind; `core` tasks need the vacancy's qualification. */
export const taskSchema = z.object({
  id,
  kind: z.string().trim().min(1).max(100),
  description: z.string().max(500).optional(),
  hoursPerWeek: hours,
  demands: capabilityDemandsSchema.default({}),
  skills: z.array(z.string().trim().min(1)).default([]),
  /** A core task needs the vacancy's qualification and is never carved out. */
  core: z.boolean().default(false),
  /** True when the task was derived from the occupation catalogue, not given by the employer. */
  derived: z.boolean().default(false),
});

/** An open job at an employer (*vacature*). Tasks are optional: without them they are derived. */
export const vacancySchema = z.object({
  id,
  employerId: id,
  sector: sectorSchema,
  occupation: z.string().trim().min(1).max(200),
  location: locationSchema,
  /** A site of the employer (carving may bundle tasks of one site only). */
  site: z.string().trim().min(1).max(200).optional(),
  positions: z.number().int().min(1).max(10_000).default(1),
  hoursPerWeek: hours.refine((h) => h > 0, 'must be more than 0'),
  /** Gross wage per hour, euros. */
  wagePerHour: z.number().finite().min(0).max(500).optional(),
  /** Whether the employer is open to job carving for this vacancy. */
  carvable: z.boolean().default(true),
  /** Qualification the core tasks need (e.g. "MBO-3 logistiek"). */
  qualification: z.string().max(200).optional(),
  skills: z.array(z.string().trim().min(1)).default([]),
  /**
   * Conditions of the vacancy that hold for all its tasks, as FML demands (shift times, working alone),
   * e.g. `{ 'VI.1': [], 'II.12': [4] }`: evening and night work, without direct contact with
   * colleagues. Merged into every task's demands when the vacancy is parsed (derived tasks: when they
   * are derived); for an item the vacancy states, its value replaces the task's value.
   */
  conditions: capabilityDemandsSchema.optional(),
  tasks: z.array(taskSchema).max(100).optional(),
});

/** An employer (*werkgever*) of the region. */
export const employerSchema = z.object({
  id,
  name: z.string().trim().min(1).max(200),
  sector: sectorSchema,
  /** Branch of industry, e.g. `cleaning`, `logistics`. */
  industry: z.string().trim().min(1).max(100).optional(),
  employees: z.number().int().min(1).optional(),
  location: locationSchema.optional(),
  /** Id of the employer's fixed contact person at the Werkgeversservicepunt (covenant art. 2.4.d.i). */
  contactPerson: id.optional(),
});

export type Location = z.infer<typeof locationSchema>;
export type TargetGroup = z.infer<typeof targetGroupSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type AgeBand = z.infer<typeof ageBandSchema>;
export type EducationLevel = z.infer<typeof educationLevelSchema>;
export type Benefit = z.infer<typeof benefitSchema>;
export type CapabilityProfile = z.infer<typeof capabilityProfileSchema>;
export type CapabilityDemands = z.infer<typeof capabilityDemandsSchema>;
export type HoursWindow = z.infer<typeof hoursWindowSchema>;
export type Preferences = z.infer<typeof preferencesSchema>;
export type Candidate = z.infer<typeof candidateSchema>;
export type CandidateInput = z.input<typeof candidateSchema>;
export type Task = z.infer<typeof taskSchema>;
export type TaskInput = z.input<typeof taskSchema>;
export type Vacancy = z.infer<typeof vacancySchema>;
export type VacancyInput = z.input<typeof vacancySchema>;
export type Employer = z.infer<typeof employerSchema>;
export type EmployerInput = z.input<typeof employerSchema>;

/** Cross-field rules of a candidate that a flat schema cannot say: FML codes known and valid. */
export const candidateRecordSchema: z.ZodType<Candidate, CandidateInput> = candidateSchema.superRefine(
  (c, ctx) => {
    for (const issue of fmlIssues(c.capabilities, 'profile')) {
      ctx.addIssue({ code: 'custom', path: ['capabilities', ...issue.path], message: issue.message });
    }
  },
);

/**
 * Cross-field rules of a vacancy: task ids unique, task hours sum to the vacancy's hours, FML demands
 * and the vacancy's conditions valid; then the conditions merged into every task's demands.
 */
export const vacancyRecordSchema: z.ZodType<Vacancy, VacancyInput> = vacancySchema
  .superRefine(vacancyIssues)
  .transform(mergeVacancyConditions);

function vacancyIssues(v: z.infer<typeof vacancySchema>, ctx: z.RefinementCtx): void {
  for (const issue of fmlIssues(v.conditions ?? {}, 'demands')) {
    ctx.addIssue({ code: 'custom', path: ['conditions', ...issue.path], message: issue.message });
  }
  if (v.tasks === undefined) return;
  const seen = new Set<string>();
  let sum = 0;
  v.tasks.forEach((t, i) => {
    if (seen.has(t.id)) {
      ctx.addIssue({ code: 'custom', path: ['tasks', i, 'id'], message: `duplicate task id "${t.id}"` });
    }
    seen.add(t.id);
    sum += t.hoursPerWeek;
    for (const issue of fmlIssues(t.demands, 'demands')) {
      ctx.addIssue({ code: 'custom', path: ['tasks', i, 'demands', ...issue.path], message: issue.message });
    }
  });
  if (v.tasks.length > 0 && Math.abs(sum - v.hoursPerWeek) > TASK_HOURS_TOLERANCE) {
    ctx.addIssue({
      code: 'custom',
      path: ['tasks'],
      message: `task hours sum to ${round2(sum)} but the vacancy has ${v.hoursPerWeek} hours a week (tolerance ${TASK_HOURS_TOLERANCE})`,
    });
  }
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
