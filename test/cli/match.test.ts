import { readFile, writeFile } from 'node:fs/promises';
import { assign, createMatcher, generateRegion } from 'banenmatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidatesToCsv } from '../../src/cli/candidates-csv.js';
import { parseCsv } from '../../src/cli/csv.js';
import { PLACEMENT_CSV_COLUMNS } from '../../src/cli/placements-csv.js';
import { vacanciesToCsv } from '../../src/cli/vacancies-csv.js';
import { run, tempDir } from './fake-io.js';

const region = generateRegion({ seed: 7, candidates: 40, vacancies: 60 });
let tmp: Awaited<ReturnType<typeof tempDir>>;
let files: { cJson: string; vJson: string; cCsv: string; vCsv: string };

beforeAll(async () => {
  tmp = await tempDir();
  files = {
    cJson: tmp.path('candidates.json'),
    vJson: tmp.path('vacancies.json'),
    cCsv: tmp.path('candidates.csv'),
    vCsv: tmp.path('vacancies.csv'),
  };
  await writeFile(files.cJson, JSON.stringify(region.candidates));
  await writeFile(files.vJson, JSON.stringify(region.vacancies));
  await writeFile(files.cCsv, candidatesToCsv(region.candidates));
  await writeFile(files.vCsv, vacanciesToCsv(region.vacancies));
});
afterAll(async () => {
  await tmp.remove();
});

/** The library's own result, as it reads after JSON (the oracle). */
const viaJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('banenmatch match', () => {
  it('assigns optimally from JSON files: the output is the library’s assign() result', async () => {
    const r = await run(['match', '--candidates', files.cJson, '--vacancies', files.vJson]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    // The CLI says why for every unplaced candidate (issue 22): assign with whyUnplaced.
    const expected = assign(createMatcher(region), { mode: 'optimal', whyUnplaced: true });
    expect(expected.placements.length).toBeGreaterThan(0);
    expect(JSON.parse(r.out)).toEqual(viaJson(expected));
  });

  it('reads the CSV layouts to the very same result as JSON (stable mode)', async () => {
    const json = await run([
      'match',
      '--candidates',
      files.cJson,
      '--vacancies',
      files.vJson,
      '--mode',
      'stable',
    ]);
    const csv = await run([
      'match',
      '--candidates',
      files.cCsv,
      '--vacancies',
      files.vCsv,
      '--mode',
      'stable',
    ]);
    expect(json.code).toBe(0);
    expect(csv).toEqual(json);
    expect(JSON.parse(json.out).mode).toBe('stable');
  });

  it('writes CSV to --out: one row per placement and per unplaced candidate, and a summary line', async () => {
    const out = tmp.path('placements.csv');
    const r = await run(['match', '--candidates', files.cJson, '--vacancies', files.vJson, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^optimaal: \d+ van 40 kandidaten geplaatst; .* geschreven naar /);
    const expected = assign(createMatcher(region), { mode: 'optimal' });
    const table = parseCsv(await readFile(out, 'utf8'));
    expect(table.header).toEqual(PLACEMENT_CSV_COLUMNS);
    expect(table.rows).toHaveLength(expected.placements.length + expected.unplaced.length);
    expect(expected.placements.length + expected.unplaced.length).toBe(40);
    const byCandidate = new Map(table.rows.map((row) => [row.cells[0], row.cells]));
    for (const p of expected.placements) {
      const cells = byCandidate.get(p.candidateId)!;
      expect(cells[1]).toBe(p.vacancyId);
      expect(Number(cells[3])).toBe(p.score);
      expect(cells[4]).toBe(p.job === 'full' ? 'full' : 'carved');
    }
    for (const u of expected.unplaced) expect(byCandidate.get(u.candidateId)?.[1]).toBe('');
  });

  it('ranks every candidate with --mode rank --k 3, equal to matcher.rank', async () => {
    const r = await run([
      'match',
      '--candidates',
      files.cCsv,
      '--vacancies',
      files.vCsv,
      '--mode',
      'rank',
      '--k',
      '3',
    ]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as {
      mode: string;
      k: number;
      rankings: { candidateId: string; matches: unknown[] }[];
    };
    expect(result.mode).toBe('rank');
    const matcher = createMatcher(region);
    expect(result.rankings.map((x) => x.candidateId)).toEqual(region.candidates.map((c) => c.id));
    for (const x of result.rankings)
      expect(x.matches).toEqual(viaJson(matcher.rank(x.candidateId, { k: 3 })));
  });

  it('says why for a candidate with no match in --mode rank (JSON whyNot, CSV reasons)', async () => {
    // One candidate far from every vacancy: nothing in reach.
    const far = {
      ...(viaJson(region.candidates[0]) as object),
      id: 'c-far',
      home: { lat: 53.4, lon: 7.1 },
      maxCommuteKm: 1,
    };
    const c = tmp.path('far-candidates.json');
    await writeFile(c, JSON.stringify([...region.candidates, far]));
    const json = await run([
      'match',
      '--candidates',
      c,
      '--vacancies',
      files.vJson,
      '--mode',
      'rank',
      '--k',
      '3',
    ]);
    expect(json.code).toBe(0);
    const rankings = (
      JSON.parse(json.out) as { rankings: { candidateId: string; matches: unknown[]; whyNot?: unknown }[] }
    ).rankings;
    const matcher = createMatcher({ candidates: [...region.candidates, far], vacancies: region.vacancies });
    const last = rankings.at(-1)!;
    expect(last.matches).toEqual([]);
    expect(last.whyNot).toEqual(viaJson(matcher.whyNot('c-far', { k: 3 })));
    for (const x of rankings) expect(x.whyNot === undefined).toBe(x.matches.length > 0);
    const out = tmp.path('rank.csv');
    expect(
      (await run(['match', '--candidates', c, '--vacancies', files.vJson, '--mode', 'rank', '--out', out]))
        .code,
    ).toBe(0);
    const row = parseCsv(await readFile(out, 'utf8')).rows.find((r) => r.cells[0] === 'c-far')!;
    expect(row.cells[1]).toBe('');
    expect(row.cells.at(-1)).toMatch(/^\d+ vacatures? binnen bereik/);
  });

  it('lists every validation problem of both files with its path, exit 2, nothing on stdout', async () => {
    const candidates = viaJson(region.candidates) as { hoursPerWeek: { max: number }; targetGroup: string }[];
    candidates[1]!.hoursPerWeek.max = 99;
    candidates[4]!.targetGroup = 'unknown-group';
    const vacancies = viaJson(region.vacancies) as { positions: number }[];
    vacancies[2]!.positions = 0;
    const c = tmp.path('bad-candidates.json');
    const v = tmp.path('bad-vacancies.json');
    await writeFile(c, JSON.stringify(candidates));
    await writeFile(v, JSON.stringify(vacancies));
    const r = await run(['match', '--candidates', c, '--vacancies', v]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toBe('banenmatch match: the input has 3 problems');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(new RegExp(`^  ${c}: \\[1\\]\\.hoursPerWeek\\.max: `)),
      expect.stringMatching(new RegExp(`^  ${c}: \\[4\\]\\.targetGroup: `)),
      expect.stringMatching(new RegExp(`^  ${v}: \\[2\\]\\.positions: `)),
    ]);
  });

  it('places CSV problems on their line and column', async () => {
    const rows = candidatesToCsv(region.candidates).split('\n');
    const header = rows[0]!.split(',');
    const cells = rows[3]!.split(',');
    cells[header.indexOf('lat')] = 'north';
    rows[3] = cells.join(',');
    const c = tmp.path('bad-candidates.csv');
    await writeFile(c, rows.join('\n'));
    const r = await run(['match', '--candidates', c, '--vacancies', files.vCsv]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`  ${c}: line 4, column lat: `);
  });

  it('exits 3 for a file that cannot be read or written, naming the option', async () => {
    const missing = await run(['match', '--candidates', tmp.path('nope.json'), '--vacancies', files.vJson]);
    expect(missing.code).toBe(3);
    expect(missing.err).toBe(
      `banenmatch match: cannot read --candidates file '${tmp.path('nope.json')}': no such file\n`,
    );
    const folder = await run(['match', '--candidates', files.cJson, '--vacancies', tmp.dir]);
    expect(folder.code).toBe(3);
    const out = tmp.path('no-such-folder/out.json');
    const unwritable = await run([
      'match',
      '--candidates',
      files.cJson,
      '--vacancies',
      files.vJson,
      '--out',
      out,
    ]);
    expect(unwritable.code).toBe(3);
    expect(unwritable.err).toBe(`banenmatch match: cannot write '${out}': its folder does not exist\n`);
  });

  it('rejects invalid JSON with exit 2 without quoting the file’s contents', async () => {
    const c = tmp.path('broken.json');
    await writeFile(c, '[{"id": "c-1", "bsn": 123456782, "note": epilepsie}]');
    const r = await run(['match', '--candidates', c, '--vacancies', files.vJson]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`banenmatch match: --candidates file '${c}' is not valid JSON\n`);
  });

  it('draws a progress bar on a terminal only, and clears it', async () => {
    const args = ['match', '--candidates', files.cJson, '--vacancies', files.vJson];
    const tty = await run(args, true);
    expect(tty.code).toBe(0);
    expect(tty.err).toMatch(/^\rvoorbereiden \[[#.]{30}\] +\d+%/);
    expect(tty.err).toMatch(/\rtoewijzen \[[#.]{30}\] +\d+%/);
    expect(tty.err).toContain('100%');
    expect(tty.err.endsWith('\r\u001b[K')).toBe(true);
    const pipe = await run(args, false);
    expect(pipe.err).toBe('');
    expect(pipe.out).toBe(tty.out);
  });
});
