import { readFile, writeFile } from 'node:fs/promises';
import { generateRegion } from 'banenmatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidatesToCsv } from '../../src/cli/candidates-csv.js';
import { parseCsv } from '../../src/cli/csv.js';
import { DEMO_EXPORT_FILES } from '../../src/cli/demo.js';
import { vacanciesToCsv } from '../../src/cli/vacancies-csv.js';
import { run, tempDir } from './fake-io.js';

/**
 * The command line on files as a service desk makes them: the Dutch Excel dialect, short rows,
 * formula cells, long lists of problems, the placements CSV fed back into `report`, and the sample
 * files of `demo --export`.
 */

let tmp: Awaited<ReturnType<typeof tempDir>>;
const at = (name: string) => tmp.path(`export/${name}`);

beforeAll(async () => {
  tmp = await tempDir();
  const r = await run([
    'demo',
    '--export',
    tmp.path('export'),
    '--seed',
    '3',
    '--candidates',
    '60',
    '--vacancies',
    '90',
  ]);
  expect(r.code).toBe(0);
});
afterAll(async () => {
  await tmp.remove();
});

describe('demo --export', () => {
  it('writes the sample files and says what to run next', async () => {
    for (const file of DEMO_EXPORT_FILES)
      expect((await readFile(at(file), 'utf8')).length).toBeGreaterThan(0);
    const excel = await readFile(at('candidates-excel-nl.csv'), 'utf8');
    expect(excel.startsWith('\uFEFFid;targetGroup;')).toBe(true);
    expect(excel).toContain('\r\n');
    const r = await run([
      'demo',
      '--export',
      tmp.path('again'),
      '--seed',
      '3',
      '--candidates',
      '60',
      '--vacancies',
      '90',
    ]);
    expect(r.out).toContain('banenmatch match --candidates');
    expect(await readFile(tmp.path('again/vacancies-excel-nl.csv'), 'utf8')).toBe(
      await readFile(at('vacancies-excel-nl.csv'), 'utf8'),
    );
  });

  it('examples/data holds what `demo --export` writes for seed 42, 200 candidates, 300 vacancies', async () => {
    const dir = tmp.path('sample');
    const r = await run([
      'demo',
      '--export',
      dir,
      '--seed',
      '42',
      '--candidates',
      '200',
      '--vacancies',
      '300',
    ]);
    expect(r.code).toBe(0);
    for (const file of DEMO_EXPORT_FILES) {
      const stored = await readFile(new URL(`../../examples/data/${file}`, import.meta.url), 'utf8');
      expect(stored, file).toBe(await readFile(`${dir}/${file}`, 'utf8'));
    }
  });

  it('match, forecast and report run on the exported files', async () => {
    const placements = tmp.path('placements.csv');
    const m = await run([
      'match',
      '--candidates',
      at('candidates.csv'),
      '--vacancies',
      at('vacancies.csv'),
      '--out',
      placements,
    ]);
    expect(m.code).toBe(0);
    expect(m.err).toBe('');
    const f = await run([
      'forecast',
      '--plan',
      'gooiEnVechtstreek2015',
      '--observed',
      at('observed.csv'),
      '--paths',
      '200',
    ]);
    expect(f.code).toBe(0);
    const r = await run([
      'report',
      '--plan',
      'gooiEnVechtstreek2015',
      '--observed',
      at('observed.csv'),
      '--period',
      '2024-H1',
      '--placements',
      placements,
      '--out',
      tmp.path('report'),
      '--paths',
      '200',
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
  });
});

describe('the Dutch Excel dialect end to end', () => {
  it('the same placements from the plain and the Dutch Excel files of one caseload', async () => {
    const plain = await run([
      'match',
      '--candidates',
      at('candidates.csv'),
      '--vacancies',
      at('vacancies.csv'),
    ]);
    const excel = await run([
      'match',
      '--candidates',
      at('candidates-excel-nl.csv'),
      '--vacancies',
      at('vacancies-excel-nl.csv'),
    ]);
    expect(plain.code).toBe(0);
    expect(excel.code).toBe(0);
    const result = JSON.parse(plain.out) as { placements: unknown[] };
    expect(result.placements.length).toBeGreaterThan(10);
    expect(excel.out).toBe(plain.out);
  });

  it('writes --excel-nl output: semicolons, decimal commas, rounded figures, a BOM and diacritics', async () => {
    const out = tmp.path('placements-nl.csv');
    const r = await run([
      'match',
      '--candidates',
      at('candidates.csv'),
      '--vacancies',
      at('vacancies.csv'),
      '--excel-nl',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text.startsWith('\uFEFFcandidateId;vacancyId;rank;score;')).toBe(true);
    const table = parseCsv(text);
    expect(table.dialect.separator).toBe(';');
    const score = table.header.indexOf('score');
    const scores = table.rows.map((row) => row.cells[score]!).filter((s) => s !== '');
    expect(scores.length).toBeGreaterThan(0);
    for (const s of scores) expect(s).toMatch(/^(0|1)(,\d{1,2})?$/);
  });

  it('report --placements reads the CSV that match writes (plain and Dutch Excel) as it reads the JSON', async () => {
    const json = tmp.path('result.json');
    const plain = tmp.path('result.csv');
    const nl = tmp.path('result-nl.csv');
    const args = ['match', '--candidates', at('candidates.csv'), '--vacancies', at('vacancies.csv')];
    expect((await run([...args, '--out', json])).code).toBe(0);
    expect((await run([...args, '--out', plain])).code).toBe(0);
    expect((await run([...args, '--excel-nl', '--out', nl])).code).toBe(0);
    const scenarios: unknown[] = [];
    for (const file of [json, plain, nl]) {
      const dir = tmp.path(`report-${scenarios.length}`);
      const r = await run([
        'report',
        '--plan',
        'gooiEnVechtstreek2015',
        '--observed',
        at('observed.csv'),
        '--period',
        '2024',
        '--placements',
        file,
        '--out',
        dir,
        '--paths',
        '200',
      ]);
      expect(r.code).toBe(0);
      scenarios.push(
        (JSON.parse(await readFile(`${dir}/report.json`, 'utf8')) as { scenario: unknown }).scenario,
      );
    }
    expect(scenarios[1]).toEqual(scenarios[0]);
    expect(scenarios[2]).toEqual(scenarios[0]);
  });

  it('refuses a ranking as --placements', async () => {
    const ranked = tmp.path('ranked.csv');
    await run([
      'match',
      '--candidates',
      at('candidates.csv'),
      '--vacancies',
      at('vacancies.csv'),
      '--mode',
      'rank',
      '--out',
      ranked,
    ]);
    const r = await run([
      'report',
      '--plan',
      'gooiEnVechtstreek2015',
      '--observed',
      at('observed.csv'),
      '--period',
      '2024',
      '--placements',
      ranked,
      '--out',
      tmp.path('r-ranked'),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("is a ranking ('match --mode rank'), not an assignment");
  });

  it('reads a file Excel saved as Windows-1252, with a warning', async () => {
    const text = await readFile(at('candidates-excel-nl.csv'), 'utf8');
    const bytes = Buffer.from(text.slice(1).replace('schoonmaken', 'hygiëne'), 'latin1');
    const file = tmp.path('ansi.csv');
    await writeFile(file, bytes);
    const r = await run([
      'match',
      '--candidates',
      file,
      '--vacancies',
      at('vacancies.csv'),
      '--mode',
      'rank',
      '--k',
      '1',
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`warning: ${file}: is not UTF-8; read as Windows-1252`);
  });
});

describe('refused, never half-read', () => {
  it('a candidate row with fewer fields than the header stops the run, naming its line and both counts', async () => {
    const lines = (await readFile(at('candidates.csv'), 'utf8')).split('\n');
    lines[3] = lines[3]!.split(',').slice(0, 8).join(',');
    const file = tmp.path('short.csv');
    await writeFile(file, lines.join('\n'));
    const r = await run(['match', '--candidates', file, '--vacancies', at('vacancies.csv')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${file}: line 4: has 8 fields, the header has 19`);
  });

  it('shows 20 problems on the terminal and "… and N more"; --json lists every one', async () => {
    const region = generateRegion({ seed: 5, candidates: 30, vacancies: 10 });
    const bad = candidatesToCsv(region.candidates.map((c) => ({ ...c, hoursPerWeek: { min: 70, max: 80 } })));
    const file = tmp.path('many.csv');
    await writeFile(file, bad);
    const v = tmp.path('v.csv');
    await writeFile(v, vacanciesToCsv(region.vacancies));
    const terminal = await run(['match', '--candidates', file, '--vacancies', v]);
    expect(terminal.code).toBe(2);
    const details = terminal.err.trimEnd().split('\n').slice(1);
    expect(details).toHaveLength(21);
    expect(details[20]).toBe('  … and 40 more (--json lists them all)');
    const json = await run(['match', '--candidates', file, '--vacancies', v, '--json']);
    expect(json.code).toBe(2);
    const parsed = JSON.parse(json.out) as { error: { problems: string[]; exitCode: number } };
    expect(parsed.error.problems).toHaveLength(60);
    expect(parsed.error.exitCode).toBe(2);
  });

  it('an unknown column stops before the rows are judged, with the nearest column named', async () => {
    const text = (await readFile(at('candidates.csv'), 'utf8')).replace('hoursMax', 'hoursMaximum');
    const file = tmp.path('header.csv');
    await writeFile(file, text);
    const r = await run(['match', '--candidates', file, '--vacancies', at('vacancies.csv')]);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n').slice(1)).toEqual([
      `  ${file}: line 1: unknown column "hoursMaximum" (did you mean "hoursMax"?)`,
      `  ${file}: line 1: missing column "hoursMax"`,
    ]);
  });

  it('neutralises formula cells in the output (an id typed as a formula)', async () => {
    const region = generateRegion({ seed: 5, candidates: 8, vacancies: 40 });
    const candidates = region.candidates.map((c, i) => ({
      ...c,
      id: i === 0 ? '=HYPERLINK("x")' : `@c${i}`,
    }));
    const c = tmp.path('formula.csv');
    const v = tmp.path('formula-v.csv');
    await writeFile(c, candidatesToCsv(candidates));
    await writeFile(v, vacanciesToCsv(region.vacancies));
    const out = tmp.path('formula-out.csv');
    expect((await run(['match', '--candidates', c, '--vacancies', v, '--out', out])).code).toBe(0);
    const text = await readFile(out, 'utf8');
    const firstCells = text
      .split('\n')
      .slice(1, -1)
      .map((line) => line.slice(0, 2));
    for (const cell of firstCells)
      expect(cell === '\'"' || cell === "'@" || cell.startsWith('"\'')).toBe(true);
    expect(
      parseCsv(text)
        .rows.map((r) => r.cells[0])
        .sort(),
    ).toEqual(candidates.map((x) => x.id).sort());
  });

  it('warns on a file with a header and no rows', async () => {
    const file = tmp.path('empty.csv');
    await writeFile(file, 'year;market;government\r\n');
    const r = await run(['forecast', '--plan', 'gooiEnVechtstreek2015', '--observed', file]);
    expect(r.err).toContain(`warning: ${file}: (file): has a header and no rows`);
  });

  it('warns on an unknown field of a JSON record with the nearest known one, and refuses it with --unknown-fields error', async () => {
    const region = generateRegion({ seed: 5, candidates: 6, vacancies: 20 });
    const candidates = JSON.parse(JSON.stringify(region.candidates)) as Record<string, unknown>[];
    candidates[2]!.preferedSectors = ['market'];
    const c = tmp.path('typo.json');
    const v = tmp.path('typo-v.json');
    await writeFile(c, JSON.stringify(candidates));
    await writeFile(v, JSON.stringify(region.vacancies));
    const warned = await run(['match', '--candidates', c, '--vacancies', v]);
    expect(warned.code).toBe(0);
    expect(warned.err).toContain(`warning: ${c}: [2].preferedSectors: unknown field "preferedSectors"`);
    expect(warned.err).toContain('preferences.sectors');
    const refused = await run(['match', '--candidates', c, '--vacancies', v, '--unknown-fields', 'error']);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`${c}: [2].preferedSectors: unknown field`);
  });

  it('refuses a BSN as a candidate id in a CSV file without showing it', async () => {
    const lines = (await readFile(at('candidates-excel-nl.csv'), 'utf8')).split('\r\n');
    const bsn = '111222333'; // passes the eleven-test
    lines[2] = lines[2]!.replace(/^[^;]+/, bsn);
    const file = tmp.path('bsn.csv');
    await writeFile(file, lines.join('\r\n'));
    const r = await run(['match', '--candidates', file, '--vacancies', at('vacancies.csv'), '--json']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}: line 3, column id: looks like a BSN`);
    expect(`${r.err}${r.out}`).not.toContain(bsn);
  });
});
