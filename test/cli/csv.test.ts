import { generateRegion, parseCandidates, parseVacancies } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CANDIDATE_CSV_COLUMNS,
  CANDIDATE_CSV_EXAMPLE,
  candidatesFromCsv,
  candidatesToCsv,
} from '../../src/cli/candidates-csv.js';
import { fmlCell } from '../../src/cli/cells.js';
import { parseCsv } from '../../src/cli/csv.js';
import {
  VACANCY_CSV_COLUMNS,
  VACANCY_CSV_EXAMPLE,
  vacanciesFromCsv,
  vacanciesToCsv,
} from '../../src/cli/vacancies-csv.js';

describe('parseCsv and formatCsv', () => {
  it('reads quotes, doubled quotes, line breaks in quotes, CRLF, a BOM and blank lines (worked example)', () => {
    const text = '\uFEFFid,note\r\nc-1,"a, ""b"""\r\n\r\nc-2,"two\nlines"\nc-3,\n';
    const table = parseCsv(text);
    expect(table.header).toEqual(['id', 'note']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['c-1', 'a, "b"'] },
      { line: 4, cells: ['c-2', 'two\nlines'] },
      { line: 6, cells: ['c-3', ''] },
    ]);
  });

  it('throws on a quoted field that is not closed, naming its line', () => {
    expect(() => parseCsv('id,note\nc-1,"open\n')).toThrow(/line 2/);
  });
});

describe('FML cells', () => {
  it('reads codes, condition lists and kind lists (worked examples)', () => {
    expect(fmlCell('IV.13=2;I.8=4;II.12=1|3;IV.3=3|;VI.3=').map).toEqual({
      'IV.13': 2,
      'I.8': [4],
      'II.12': [1, 3],
      'IV.3': [3],
      'VI.3': [],
    });
  });

  it('reports a malformed entry by its number, never by its content', () => {
    const r = fmlCell('IV.13=2;heart-condition');
    expect(r.problems).toEqual(['entry 2 is not in the form ITEM=CODE']);
  });
});

describe('flat CSV layouts of candidates and vacancies', () => {
  it('round trip: a generated region written as CSV reads back to the same parsed records', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const region = generateRegion({ seed, candidates: 25, vacancies: 25 });
        const c = candidatesFromCsv(candidatesToCsv(region.candidates));
        const v = vacanciesFromCsv(vacanciesToCsv(region.vacancies));
        expect(c.problems).toEqual([]);
        expect(v.problems).toEqual([]);
        expect(parseCandidates(c.records)).toEqual(region.candidates);
        expect(parseVacancies(v.records)).toEqual(region.vacancies);
      }),
      { numRuns: 15 },
    );
  });

  it('the examples in `match --help` are valid input', () => {
    const c = candidatesFromCsv(`${CANDIDATE_CSV_COLUMNS.join(',')}\n${CANDIDATE_CSV_EXAMPLE}\n`);
    const v = vacanciesFromCsv(`${VACANCY_CSV_COLUMNS.join(',')}\n${VACANCY_CSV_EXAMPLE}\n`);
    expect([...c.problems, ...v.problems]).toEqual([]);
    const [candidate] = parseCandidates(c.records);
    const [vacancy] = parseVacancies(v.records);
    expect(candidate?.capabilities).toEqual({ 'IV.13': 2, 'VI.3': 3, 'I.8': [4] });
    expect(candidate?.qualifications).toEqual(['MBO-2 schoonmaak', 'VCA']);
    expect(vacancy?.tasks?.map((t) => t.hoursPerWeek)).toEqual([16, 8]);
  });

  it('qualifications: an optional column of `a;b` entries, none when it or the cell is left out', () => {
    const without = candidatesFromCsv(
      'id,targetGroup,lat,lon,hoursMin,hoursMax\nc-1,wajong,52.2,5.2,12,24\n',
    );
    expect(without.warnings).toEqual([]);
    expect(parseCandidates(without.records)[0]?.qualifications).toEqual([]);
    const text =
      'id,targetGroup,lat,lon,hoursMin,hoursMax,qualifications\nc-1,wajong,52.2,5.2,12,24,MBO-2 logistiek; VCA\nc-2,wajong,52.2,5.2,12,24,\n';
    const [a, b] = parseCandidates(candidatesFromCsv(text).records);
    expect(a?.qualifications).toEqual(['MBO-2 logistiek', 'VCA']);
    expect(b?.qualifications).toEqual([]);
    expect(candidatesToCsv([a!, b!]).split('\n')[1]).toContain(',MBO-2 logistiek;VCA,');
  });

  it('the descriptive fields (issue 23: age band, education, benefit, waiting list, contact person, previous municipality) read and write back', () => {
    const [c] = parseCandidates(
      candidatesFromCsv(`${CANDIDATE_CSV_COLUMNS.join(',')}\n${CANDIDATE_CSV_EXAMPLE}\n`).records,
    );
    expect([c?.ageBand, c?.educationLevel, c?.benefit, c?.wswWaitingList, c?.contactPerson]).toEqual([
      '25-34',
      'pro',
      'wajong',
      false,
      'coach-7',
    ]);
    const moved = { ...c!, wswWaitingList: true, previousMunicipality: 'Almere' };
    const back = parseCandidates(candidatesFromCsv(candidatesToCsv([moved])).records);
    expect(back).toEqual([moved]);
    // Written only when used: a caseload without them keeps the 19 columns it always had.
    expect(candidatesToCsv([c!]).split('\n')[0]!.split(',')).toHaveLength(24);
    expect(
      candidatesToCsv(generateRegion({ seed: 3, candidates: 3, vacancies: 1 }).candidates)
        .split('\n')[0]!
        .split(','),
    ).toHaveLength(19);
    const wrong = candidatesFromCsv(
      'id,targetGroup,lat,lon,hoursMin,hoursMax,educationLevel\nc-1,wajong,52.2,5.2,12,24,mbo-5\n',
    );
    expect(() => parseCandidates(wrong.records)).toThrow();
  });

  it('places schema paths on the line and column they come from', () => {
    const text = [
      'id,employerId,sector,occupation,lat,lon,hoursPerWeek,taskId,taskKind,taskHours',
      'v-1,e-1,market,schoonmaker,52.3,5.2,20,t1,cleaning,12',
      'v-1,e-1,market,schoonmaker,52.3,5.2,20,t2,cleaning,8',
      'v-2,e-1,market,schoonmaker,52.3,5.2,10,,,',
    ].join('\n');
    const v = vacanciesFromCsv(text);
    expect(v.problems).toEqual([]);
    expect(v.records).toHaveLength(2);
    expect(v.locate([0, 'tasks', 1, 'hoursPerWeek'])).toBe('line 3, column taskHours');
    expect(v.locate([0, 'location', 'lon'])).toBe('line 2, column lon');
    expect(v.locate([1, 'hoursPerWeek'])).toBe('line 4, column hoursPerWeek');
    const c = candidatesFromCsv('id,targetGroup,lat,lon,hoursMin,hoursMax\nc-1,wajong,52.2,5.2,12,24\n');
    expect(c.locate([0, 'hoursPerWeek', 'max'])).toBe('line 2, column hoursMax');
    expect(c.locate([0, 'home', 'lat'])).toBe('line 2, column lat');
  });

  it('reports unknown and missing columns, and a repeated vacancy row that contradicts its first row', () => {
    const c = candidatesFromCsv('id,targetGroup,lat,lon,hoursMin,hoursMaks\nc-1,wajong,52.2,5.2,12,24\n');
    expect(c.problems.map((p) => p.message)).toEqual([
      'unknown column "hoursMaks" (did you mean "hoursMax"?)',
      'missing column "hoursMax"',
    ]);
    const v = vacanciesFromCsv(
      [
        'id,employerId,sector,occupation,lat,lon,hoursPerWeek,taskId,taskKind,taskHours',
        'v-1,e-1,market,schoonmaker,52.3,5.2,20,t1,cleaning,12',
        'v-1,e-1,government,schoonmaker,52.3,5.2,20,t2,cleaning,8',
      ].join('\n'),
    );
    expect(v.problems).toEqual([
      { where: 'line 3, column sector', message: 'differs from the first row of the same vacancy (line 2)' },
    ]);
  });
});
