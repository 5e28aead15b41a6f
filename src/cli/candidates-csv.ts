import type { Candidate } from '../domain/schemas.js';
import {
  booleanCell,
  dateCell,
  fmlCell,
  formatFml,
  formatList,
  formatMap,
  listCell,
  mapCell,
  textCell,
} from './cells.js';
import { CSV_WRITE_DIALECTS, type CsvWriteDialect, formatCsv, formatDate } from './csv.js';
import {
  type ColumnMap,
  columnOf,
  dropUndefined,
  type FlatRecords,
  flatRecords,
  lineAndColumn,
  readLayout,
} from './csv-layout.js';

/**
 * The flat CSV layout of candidates, one row per candidate (the input contract's fields flattened):
 * `home` as `municipality,lat,lon`; `hoursPerWeek` as `hoursMin,hoursMax`; `capabilities` as
 * `IV.13=2;VI.3=3;I.8=4|5` (codes of a list item separated by `|`); `skills` and `qualifications`
 * (diplomas and certificates; the column may be left out) as `a;b`;
 * `taskPerformance` as `cleaning=0.8;packing=0.6`; `preferences` as `preferredSectors`,
 * `preferredOccupations` and `avoidTaskKinds`, each `a;b`; then the descriptive fields that are never
 * scored: `ageBand`, `educationLevel`, `benefit`, `wswWaitingList`, `contactPerson`,
 * `previousMunicipality` (each may be left out). Empty cell = absent. The separator may be
 * `,`, `;` or tab (decimal comma allowed with the last two), dates `yyyy-mm-dd` or `d-m-yyyy`.
 */
export const CANDIDATE_CSV_COLUMNS: readonly string[] = [
  'id',
  'targetGroup',
  'municipality',
  'lat',
  'lon',
  'maxCommuteKm',
  'hoursMin',
  'hoursMax',
  'capabilities',
  'skills',
  'qualifications',
  'taskPerformance',
  'wageValue',
  'wageValueDate',
  'priority',
  'registeredSince',
  'preferredSectors',
  'preferredOccupations',
  'avoidTaskKinds',
  'ageBand',
  'educationLevel',
  'benefit',
  'wswWaitingList',
  'contactPerson',
  'previousMunicipality',
];

/** One candidate row in the layout of {@link CANDIDATE_CSV_COLUMNS}, for the help text (a test parses it). */
export const CANDIDATE_CSV_EXAMPLE: string =
  'c-1,wajong,Hilversum,52.2233,5.1764,15,12,24,IV.13=2;VI.3=3;I.8=4,schoonmaken;vouwen,MBO-2 schoonmaak;VCA,cleaning=0.8,0.55,,false,,market,,,25-34,pro,wajong,false,coach-7,';

const REQUIRED = ['id', 'targetGroup', 'lat', 'lon', 'hoursMin', 'hoursMax'];

const COLUMN_MAP: ColumnMap = [
  [['home', 'municipality'], 'municipality'],
  [['home', 'lon'], 'lon'],
  [['home'], 'lat'],
  [['hoursPerWeek', 'max'], 'hoursMax'],
  [['hoursPerWeek'], 'hoursMin'],
  [['preferences', 'sectors'], 'preferredSectors'],
  [['preferences', 'occupations'], 'preferredOccupations'],
  [['preferences', 'avoidTaskKinds'], 'avoidTaskKinds'],
];

/**
 * Reads candidates from CSV text in the layout of {@link CANDIDATE_CSV_COLUMNS}.
 *
 * @param text - the CSV file's contents
 * @returns the records (to validate with `safeParseCandidates`), layout problems and a locator
 * @throws Error when a quoted field is not closed
 * @example
 * candidatesFromCsv('id,targetGroup,lat,lon,hoursMin,hoursMax\nc-1,wajong,52.2,5.2,12,24\n').records;
 */
export function candidatesFromCsv(text: string): FlatRecords {
  const layout = readLayout(text, CANDIDATE_CSV_COLUMNS, REQUIRED);
  const { table, problems } = layout;
  const records = table.rows.map((row) => {
    const get = (column: string) => layout.cell(row, column);
    const num = (column: string) => layout.number(row, column);
    const capabilities = fmlCell(get('capabilities'));
    const performance = mapCell(get('taskPerformance'), (t) => layout.number(row, 'taskPerformance', t));
    for (const message of capabilities.problems) {
      problems.push({ where: lineAndColumn(row.line, 'capabilities'), message });
    }
    for (const message of performance.problems) {
      problems.push({ where: lineAndColumn(row.line, 'taskPerformance'), message });
    }
    const preferences = {
      sectors: listCell(get('preferredSectors')),
      occupations: listCell(get('preferredOccupations')),
      avoidTaskKinds: listCell(get('avoidTaskKinds')),
    };
    return dropUndefined({
      id: textCell(get('id')),
      targetGroup: textCell(get('targetGroup')),
      home: dropUndefined({
        municipality: textCell(get('municipality')),
        lat: num('lat'),
        lon: num('lon'),
      }),
      maxCommuteKm: num('maxCommuteKm'),
      hoursPerWeek: { min: num('hoursMin'), max: num('hoursMax') },
      capabilities: capabilities.map,
      skills: listCell(get('skills')),
      qualifications: listCell(get('qualifications')),
      taskPerformance: performance.map,
      wageValue: num('wageValue'),
      wageValueDate: dateCell(get('wageValueDate')),
      priority: booleanCell(get('priority')),
      registeredSince: dateCell(get('registeredSince')),
      preferences: Object.values(preferences).some((v) => v !== undefined)
        ? dropUndefined(preferences)
        : undefined,
      ageBand: textCell(get('ageBand')),
      educationLevel: textCell(get('educationLevel')),
      benefit: textCell(get('benefit')),
      wswWaitingList: booleanCell(get('wswWaitingList')),
      contactPerson: textCell(get('contactPerson')),
      previousMunicipality: textCell(get('previousMunicipality')),
    });
  });
  return flatRecords(layout, records, (path) => {
    const row = typeof path[0] === 'number' ? table.rows[path[0]] : undefined;
    if (row === undefined) return '(file)';
    return lineAndColumn(row.line, columnOf(path.slice(1), COLUMN_MAP, CANDIDATE_CSV_COLUMNS));
  });
}

/** The descriptive columns, written only when some candidate has the field (files stay as before). */
const DESCRIPTIVE = [
  'ageBand',
  'educationLevel',
  'benefit',
  'wswWaitingList',
  'contactPerson',
  'previousMunicipality',
] as const satisfies readonly (keyof Candidate)[];

/**
 * Writes candidates as CSV in the layout of {@link CANDIDATE_CSV_COLUMNS}; {@link candidatesFromCsv}
 * reads it back to the same candidates. A descriptive column (`ageBand` … `previousMunicipality`) is
 * written only when at least one candidate has that field.
 *
 * @param candidates - parsed candidates
 * @param dialect - @default CSV_WRITE_DIALECTS.plain
 * @returns the CSV text
 * @example
 * candidatesToCsv(generateRegion({ seed: 1 }).candidates, CSV_WRITE_DIALECTS['excel-nl']);
 */
export function candidatesToCsv(
  candidates: readonly Candidate[],
  dialect: CsvWriteDialect = CSV_WRITE_DIALECTS.plain,
): string {
  const used = DESCRIPTIVE.filter((key) => candidates.some((c) => c[key] !== undefined));
  const header = CANDIDATE_CSV_COLUMNS.filter(
    (column) =>
      !(DESCRIPTIVE as readonly string[]).includes(column) || (used as readonly string[]).includes(column),
  );
  return formatCsv(
    header,
    candidates.map((c) => [
      c.id,
      c.targetGroup,
      c.home.municipality,
      c.home.lat,
      c.home.lon,
      c.maxCommuteKm,
      c.hoursPerWeek.min,
      c.hoursPerWeek.max,
      formatFml(c.capabilities),
      formatList(c.skills),
      formatList(c.qualifications),
      formatMap(c.taskPerformance, dialect.decimalComma),
      c.wageValue,
      formatDate(c.wageValueDate, dialect),
      c.priority,
      formatDate(c.registeredSince, dialect),
      formatList(c.preferences?.sectors),
      formatList(c.preferences?.occupations),
      formatList(c.preferences?.avoidTaskKinds),
      ...used.map((key) => c[key]),
    ]),
    dialect,
  );
}
