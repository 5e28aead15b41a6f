import type { Vacancy } from '../domain/schemas.js';
import { booleanCell, fmlCell, formatFml, formatList, listCell, textCell } from './cells.js';
import { CSV_WRITE_DIALECTS, type CsvRow, type CsvValue, type CsvWriteDialect, formatCsv } from './csv.js';
import {
  type ColumnMap,
  columnOf,
  dropUndefined,
  type FlatRecords,
  flatRecords,
  lineAndColumn,
  readLayout,
} from './csv-layout.js';

const VACANCY_COLUMNS = [
  'id',
  'employerId',
  'sector',
  'occupation',
  'municipality',
  'lat',
  'lon',
  'site',
  'positions',
  'hoursPerWeek',
  'wagePerHour',
  'carvable',
  'qualification',
  'skills',
  'conditions',
];
const TASK_COLUMNS = [
  'taskId',
  'taskKind',
  'taskDescription',
  'taskHours',
  'taskDemands',
  'taskSkills',
  'taskCore',
  'taskDerived',
];

/**
 * The flat CSV layout of vacancies: one row per task, the vacancy's columns repeated on each of its
 * rows (rows with the same `id` form one vacancy, its columns taken from its first row); a vacancy
 * without tasks (tasks derived from the occupation catalogue) is one row with the task columns empty.
 * `location` as `municipality,lat,lon`; `skills` and `taskSkills` as `a;b`; `taskDemands` and the
 * vacancy's `conditions` as `IV.13=1;I.8=1|4` (codes of a list item separated by `|`, `VI.1=` an empty
 * list). Empty cell = absent. The separator may be
 * `,`, `;` or tab (decimal comma allowed with the last two).
 */
export const VACANCY_CSV_COLUMNS: readonly string[] = [...VACANCY_COLUMNS, ...TASK_COLUMNS];

/** Two rows of one vacancy in the layout of {@link VACANCY_CSV_COLUMNS}, for the help text (a test parses them). */
export const VACANCY_CSV_EXAMPLE: string =
  'v-1,e-1,market,schoonmaker,Huizen,52.2992,5.2417,,1,24,14.71,true,,schoonmaken,,t1,cleaning,,16,IV.13=1;I.8=4,schoonmaken,false,false\n' +
  'v-1,e-1,market,schoonmaker,Huizen,52.2992,5.2417,,1,24,14.71,true,,schoonmaken,,t2,packing,,8,IV.13=2,,false,false';

const REQUIRED = ['id', 'employerId', 'sector', 'occupation', 'lat', 'lon', 'hoursPerWeek'];

const COLUMN_MAP: ColumnMap = [
  [['location', 'municipality'], 'municipality'],
  [['location', 'lon'], 'lon'],
  [['location'], 'lat'],
];

const TASK_COLUMN_MAP: ColumnMap = [
  [['id'], 'taskId'],
  [['kind'], 'taskKind'],
  [['description'], 'taskDescription'],
  [['hoursPerWeek'], 'taskHours'],
  [['demands'], 'taskDemands'],
  [['skills'], 'taskSkills'],
  [['core'], 'taskCore'],
  [['derived'], 'taskDerived'],
];

/**
 * Reads vacancies from CSV text in the layout of {@link VACANCY_CSV_COLUMNS}.
 *
 * @param text - the CSV file's contents
 * @returns the records (to validate with `safeParseVacancies`), layout problems and a locator
 * @throws Error when a quoted field is not closed
 * @example
 * vacanciesFromCsv(text).records; // [{ id, employerId, ..., tasks: [...] }]
 */
export function vacanciesFromCsv(text: string): FlatRecords {
  const layout = readLayout(text, VACANCY_CSV_COLUMNS, REQUIRED);
  const { table, problems, cell } = layout;
  const groups = new Map<string, { first: CsvRow; taskRows: CsvRow[] }>();
  const order: { first: CsvRow; taskRows: CsvRow[] }[] = [];
  for (const row of table.rows) {
    const id = textCell(cell(row, 'id'));
    const hasTask = TASK_COLUMNS.some((c) => textCell(cell(row, c)) !== undefined);
    const group = id === undefined ? undefined : groups.get(id);
    if (group === undefined) {
      const fresh = { first: row, taskRows: hasTask ? [row] : [] };
      if (id !== undefined) groups.set(id, fresh);
      order.push(fresh);
      continue;
    }
    for (const column of VACANCY_COLUMNS) {
      const value = textCell(cell(row, column));
      if (value !== undefined && value !== textCell(cell(group.first, column))) {
        problems.push({
          where: lineAndColumn(row.line, column),
          message: `differs from the first row of the same vacancy (line ${group.first.line})`,
        });
      }
    }
    if (hasTask) group.taskRows.push(row);
    else problems.push({ where: `line ${row.line}`, message: 'repeats a vacancy id without a task' });
  }
  const records = order.map(({ first, taskRows }) => {
    const get = (column: string) => cell(first, column);
    const conditions = fmlCell(get('conditions'));
    for (const message of conditions.problems) {
      problems.push({ where: lineAndColumn(first.line, 'conditions'), message });
    }
    const tasks = taskRows.map((row) => {
      const demands = fmlCell(cell(row, 'taskDemands'));
      for (const message of demands.problems) {
        problems.push({ where: lineAndColumn(row.line, 'taskDemands'), message });
      }
      return dropUndefined({
        id: textCell(cell(row, 'taskId')),
        kind: textCell(cell(row, 'taskKind')),
        description: textCell(cell(row, 'taskDescription')),
        hoursPerWeek: layout.number(row, 'taskHours'),
        demands: demands.map,
        skills: listCell(cell(row, 'taskSkills')),
        core: booleanCell(cell(row, 'taskCore')),
        derived: booleanCell(cell(row, 'taskDerived')),
      });
    });
    return dropUndefined({
      id: textCell(get('id')),
      employerId: textCell(get('employerId')),
      sector: textCell(get('sector')),
      occupation: textCell(get('occupation')),
      location: dropUndefined({
        municipality: textCell(get('municipality')),
        lat: layout.number(first, 'lat'),
        lon: layout.number(first, 'lon'),
      }),
      site: textCell(get('site')),
      positions: layout.number(first, 'positions'),
      hoursPerWeek: layout.number(first, 'hoursPerWeek'),
      wagePerHour: layout.number(first, 'wagePerHour'),
      carvable: booleanCell(get('carvable')),
      qualification: textCell(get('qualification')),
      skills: listCell(get('skills')),
      conditions: conditions.map,
      tasks: tasks.length === 0 ? undefined : tasks,
    });
  });
  return flatRecords(layout, records, (path) => {
    const group = typeof path[0] === 'number' ? order[path[0]] : undefined;
    if (group === undefined) return '(file)';
    if (path[1] === 'tasks' && typeof path[2] === 'number') {
      const row = group.taskRows[path[2]];
      if (row !== undefined) {
        return lineAndColumn(row.line, columnOf(path.slice(3), TASK_COLUMN_MAP, TASK_COLUMNS));
      }
    }
    return lineAndColumn(group.first.line, columnOf(path.slice(1), COLUMN_MAP, VACANCY_COLUMNS));
  });
}

/**
 * Writes vacancies as CSV in the layout of {@link VACANCY_CSV_COLUMNS}; {@link vacanciesFromCsv}
 * reads it back to the same vacancies.
 *
 * @param vacancies - parsed vacancies
 * @param dialect - @default CSV_WRITE_DIALECTS.plain
 * @returns the CSV text
 * @example
 * vacanciesToCsv(generateRegion({ seed: 1 }).vacancies);
 */
export function vacanciesToCsv(
  vacancies: readonly Vacancy[],
  dialect: CsvWriteDialect = CSV_WRITE_DIALECTS.plain,
): string {
  const rows: CsvValue[][] = [];
  for (const v of vacancies) {
    const head: CsvValue[] = [
      v.id,
      v.employerId,
      v.sector,
      v.occupation,
      v.location.municipality,
      v.location.lat,
      v.location.lon,
      v.site,
      v.positions,
      v.hoursPerWeek,
      v.wagePerHour,
      v.carvable,
      v.qualification,
      formatList(v.skills),
      v.conditions === undefined ? undefined : formatFml(v.conditions),
    ];
    const tasks = v.tasks ?? [];
    if (tasks.length === 0) rows.push([...head, ...TASK_COLUMNS.map(() => undefined)]);
    for (const t of tasks) {
      rows.push([
        ...head,
        t.id,
        t.kind,
        t.description,
        t.hoursPerWeek,
        formatFml(t.demands),
        formatList(t.skills),
        t.core,
        t.derived,
      ]);
    }
  }
  return formatCsv(VACANCY_CSV_COLUMNS, rows, dialect);
}
