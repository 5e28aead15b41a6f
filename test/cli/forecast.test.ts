import { readFile, writeFile } from 'node:fs/promises';
import {
  assign,
  createMatcher,
  forecastQuota,
  generateRegion,
  NATIONAL_REALISATIONS,
  progressReport,
  TARGET_PLANS,
} from 'banenmatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getal, kansTekst, sectorNaam } from '../../src/cli/dutch.js';
import { REPORT_FILES } from '../../src/cli/report.js';
import { run, tempDir } from './fake-io.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
let json: string;
let csv: string;

beforeAll(async () => {
  tmp = await tempDir();
  json = tmp.path('observed.json');
  csv = tmp.path('observed.csv');
  await writeFile(json, JSON.stringify(NATIONAL_REALISATIONS));
  await writeFile(
    csv,
    `year,market,government\n${NATIONAL_REALISATIONS.map((r) => `${r.year},${r.market},${r.government}`).join('\n')}\n`,
  );
});
afterAll(async () => {
  await tmp.remove();
});

const PATHS = '500';

describe('banenmatch forecast', () => {
  it('--json prints the library’s forecastQuota result for the national realisations', async () => {
    const r = await run([
      'forecast',
      '--plan',
      'national2013',
      '--observed',
      json,
      '--paths',
      PATHS,
      '--json',
    ]);
    expect(r.code).toBe(0);
    const expected = forecastQuota({
      plan: TARGET_PLANS.national2013,
      observed: NATIONAL_REALISATIONS,
      seed: 42,
      paths: 500,
    });
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('prints per year and sector the target, forecast, intervals and the chance of reaching it, in Dutch; CSV input prints the same', async () => {
    const args = ['forecast', '--plan', 'national2013', '--paths', PATHS, '--seed', '7'];
    const r = await run([...args, '--observed', json]);
    expect(r.code).toBe(0);
    const f = forecastQuota({
      plan: TARGET_PLANS.national2013,
      observed: NATIONAL_REALISATIONS,
      seed: 7,
      paths: 500,
    });
    const outlook = r.out.slice(r.out.indexOf('Vooruitzicht'));
    expect(outlook.split('\n')[1]).toMatch(
      /^jaar +sector +doel +prognose +80%-interval +95%-interval +kans om het doel te halen +nodig per maand$/,
    );
    for (const y of f.years) {
      for (const s of ['market', 'government', 'total'] as const) {
        const o = y[s];
        const [i80, i95] = o.intervals;
        const row = [
          String(y.year),
          sectorNaam(s),
          getal(o.target),
          getal(o.forecast),
          `${getal(i80!.lower)}–${getal(i80!.upper)}`,
          `${getal(i95!.lower)}–${getal(i95!.upper)}`,
          kansTekst(o),
          getal(o.perMonthNeeded, 1),
        ];
        expect(outlook).toMatch(
          new RegExp(`^${row.map((c) => c.replace(/[()%.]/g, '\\$&')).join(' +')}$`, 'm'),
        );
      }
    }
    expect(await run([...args, '--observed', csv])).toEqual(r);
  });

  it('rejects an unknown plan with the list of plans, exit 2', async () => {
    const r = await run(['forecast', '--plan', 'utrecht', '--observed', json]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "banenmatch forecast: --plan must be one of gooiEnVechtstreek2015, national2013, got 'utrecht'\n",
    );
  });

  it('places problems of the observations on their CSV line: a gap and a bad number', async () => {
    const bad = tmp.path('gap.csv');
    await writeFile(bad, 'year,market,government\n2015,100,50\n2017,300,abc\n2018,400,70\n');
    const r = await run(['forecast', '--plan', 'national2013', '--observed', bad]);
    expect(r.code).toBe(2);
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toBe('banenmatch forecast: the input has 2 problems');
    expect(lines[1]).toMatch(new RegExp(`^  ${bad}: line 3: `));
    expect(lines[2]).toBe(`  ${bad}: line 4: follows a gap of 2 periods`);
  });
});

describe('banenmatch report', () => {
  it('writes the four report files into --out, the JSON equal to progressReport()', async () => {
    const dir = tmp.path('report/2023');
    const r = await run([
      'report',
      '--plan',
      'national2013',
      '--observed',
      json,
      '--period',
      '2023',
      '--out',
      dir,
      '--paths',
      PATHS,
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const plan = TARGET_PLANS.national2013;
    const observed = NATIONAL_REALISATIONS;
    const forecast = forecastQuota({ plan, observed, seed: 42, paths: 500 });
    const expected = progressReport({ plan, observed, forecast, period: '2023' });
    const contents = await Promise.all(REPORT_FILES.map((f) => readFile(`${dir}/${f}`, 'utf8')));
    expect(contents[0]).toBe(expected.markdown);
    expect(contents[1]).toBe(expected.svg);
    expect(contents[2]).toBe(expected.html);
    expect(JSON.parse(contents[3]!)).toEqual(JSON.parse(JSON.stringify(expected.json)));
  });

  it('shows the placements of a `match` result as the scenario', async () => {
    const region = generateRegion({ seed: 11, candidates: 30, vacancies: 40 });
    const c = tmp.path('c.json');
    const v = tmp.path('v.json');
    const result = tmp.path('result.json');
    await writeFile(c, JSON.stringify(region.candidates));
    await writeFile(v, JSON.stringify(region.vacancies));
    expect((await run(['match', '--candidates', c, '--vacancies', v, '--out', result])).code).toBe(0);
    const dir = tmp.path('report-with-placements');
    const r = await run([
      'report',
      '--plan',
      'national2013',
      '--observed',
      json,
      '--period',
      '2023',
      '--out',
      dir,
      '--paths',
      PATHS,
      '--placements',
      result,
    ]);
    expect(r.code).toBe(0);
    const data = JSON.parse(await readFile(`${dir}/report.json`, 'utf8')) as {
      scenario: Record<'market' | 'government' | 'total', number>;
    };
    // The report rounds to two decimals.
    const expected = assign(createMatcher(region), { mode: 'optimal' }).extraJobs;
    expect(expected.total).toBeGreaterThan(0);
    for (const s of ['market', 'government', 'total'] as const)
      expect(data.scenario[s]).toBeCloseTo(expected[s], 2);
  });

  it('with --candidates, breaks the placements down by municipality and target group and audits fairness, as progressReport does', async () => {
    const region = generateRegion({ seed: 11, candidates: 30, vacancies: 40 });
    const people = region.candidates.map((c, i) => ({
      ...c,
      ageBand: (['25-34', '45-54'] as const)[i % 2],
    }));
    const c = tmp.path('c-groups.json');
    const v = tmp.path('v-groups.json');
    const result = tmp.path('result-groups.csv');
    await writeFile(c, JSON.stringify(people));
    await writeFile(v, JSON.stringify(region.vacancies));
    expect((await run(['match', '--candidates', c, '--vacancies', v, '--out', result])).code).toBe(0);
    const dir = tmp.path('report-with-groups');
    const args = ['report', '--plan', 'national2013', '--observed', json, '--period', '2023'];
    const r = await run([...args, '--out', dir, '--paths', PATHS, '--placements', result, '--candidates', c]);
    expect(r.code).toBe(0);
    const data = JSON.parse(await readFile(`${dir}/report.json`, 'utf8'));

    const run_ = assign(createMatcher({ candidates: people, vacancies: region.vacancies }), {
      mode: 'optimal',
    });
    const byId = new Map(people.map((p) => [p.id, p]));
    const plan = TARGET_PLANS.national2013;
    const forecast = forecastQuota({ plan, observed: NATIONAL_REALISATIONS, seed: 42, paths: 500 });
    const expected = progressReport({
      plan,
      observed: NATIONAL_REALISATIONS,
      forecast,
      period: '2023',
      // A plain CSV carries every digit (excel-nl would round to two).
      placements: run_.placements.map((p) => ({
        sector: p.sector,
        hoursPerWeek: p.hoursPerWeek,
        extraJobs: p.extraJobs,
        candidateId: p.candidateId,
        score: p.score,
        targetGroup: byId.get(p.candidateId)!.targetGroup,
        municipality: byId.get(p.candidateId)!.home.municipality,
      })),
      unplaced: run_.unplaced.map((u) => ({ candidateId: u.candidateId })),
      groups: Object.fromEntries(people.map((p) => [p.id, { ageBand: p.ageBand as string }])),
    });
    expect(data).toEqual(JSON.parse(JSON.stringify(expected.json)));
    expect(data.fairness.attributes.map((a: { attribute: string }) => a.attribute)).toEqual(['ageBand']);
    expect(data.byMunicipality.length).toBeGreaterThan(0);
  });

  it('refuses --candidates without --placements, and a placement whose candidate is not in the file', async () => {
    const args = [
      'report',
      '--plan',
      'national2013',
      '--observed',
      json,
      '--period',
      '2023',
      '--out',
      tmp.dir,
    ];
    const alone = await run([...args, '--candidates', json]);
    expect(alone.code).toBe(2);
    expect(alone.err).toContain('--candidates needs --placements');
    const region = generateRegion({ seed: 11, candidates: 30, vacancies: 40 });
    const c = tmp.path('c-few.json');
    const v = tmp.path('v-few.json');
    const result = tmp.path('result-few.json');
    await writeFile(c, JSON.stringify(region.candidates));
    await writeFile(v, JSON.stringify(region.vacancies));
    expect((await run(['match', '--candidates', c, '--vacancies', v, '--out', result])).code).toBe(0);
    const placed = (JSON.parse(await readFile(result, 'utf8')) as { placements: { candidateId: string }[] })
      .placements[0]!.candidateId;
    await writeFile(c, JSON.stringify(region.candidates.filter((x) => x.id !== placed)));
    const r = await run([...args, '--placements', result, '--candidates', c]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${result}: placements[0]: candidate ${placed} is not in ${c}`);
  });

  it('rejects a --placements file that is not a match result', async () => {
    const r = await run([
      'report',
      '--plan',
      'national2013',
      '--observed',
      json,
      '--period',
      '2023',
      '--out',
      tmp.dir,
      '--placements',
      json,
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("expected the JSON result of 'banenmatch match'");
  });

  it('rejects a bad period with exit 2, naming --period', async () => {
    const r = await run([
      'report',
      '--plan',
      'national2013',
      '--observed',
      json,
      '--period',
      '2023-Q1',
      '--out',
      tmp.dir,
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\n {2}--period: /);
  });
});

describe('banenmatch demo', () => {
  it('generates, ranks, assigns and forecasts; the same seed gives the same text', async () => {
    const args = ['demo', '--seed', '3', '--candidates', '40', '--vacancies', '60'];
    const r = await run(args);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# .*, seed 3\n40 kandidaten, 60 vacatures bij \d+ werkgevers\n/);
    for (const heading of [
      '## Beste vacatures voor drie kandidaten',
      '## Optimale toewijzing',
      'Vooruitzicht',
    ]) {
      expect(r.out).toContain(heading);
    }
    expect(await run(args)).toEqual(r);
  });

  it('shows the forecast as the trend plus the proposed placements on top, adding up on every line', async () => {
    const args = ['demo', '--seed', '3', '--candidates', '200', '--vacancies', '150'];
    const text = (await run(args)).out;
    const json = JSON.parse((await run([...args, '--json'])).out) as {
      startRate: number;
      assignment: { extraJobs: { market: number; government: number; total: number } };
      forecast: { scenario: { market: number; government: number; total: number } };
    };
    const jobs = json.assignment.extraJobs;
    expect(json.forecast.scenario.market).toBeCloseTo(json.startRate * jobs.market, 9);
    expect(json.forecast.scenario.government).toBeCloseTo(json.startRate * jobs.government, 9);
    const lines = text.slice(text.indexOf('\nVooruitzicht\n')).split('\n');
    expect(lines[2]).toMatch(/^prognose = trend \+ plaatsingen: /);
    expect(lines[3]).toMatch(/^jaar +sector +doel +trend +plaatsingen +prognose +80%-interval/);
    const rows = lines.slice(5).filter((l) => /^\d{4} /.test(l));
    expect(rows.length).toBeGreaterThan(0);
    const whole = (cell: string) => Number(cell.replace(/\./g, '').replace('+', ''));
    for (const row of rows) {
      const [, sector, , trend, extra, forecast] = row.split(/ {2,}/);
      const s = sector === 'markt' ? 'market' : sector === 'overheid' ? 'government' : 'total';
      expect(extra).toBe(`+${getal(json.forecast.scenario[s])}`);
      expect(whole(trend!) + whole(extra!)).toBe(whole(forecast!));
    }
  });

  it('says for the first unplaced candidate why, with its near misses, and which changes open most placements', async () => {
    const args = ['demo', '--seed', '3', '--candidates', '200', '--vacancies', '150'];
    const text = (await run(args)).out;
    const json = JSON.parse((await run([...args, '--json'])).out) as {
      assignment: { unplaced: { candidateId: string }[] };
      caseloadGaps: { candidates: number; withNearMiss: number; adaptations: { market: string }[] };
    };
    const section = text.slice(
      text.indexOf('## Waarom niet, en wat zou helpen'),
      text.indexOf('## Vooruitzicht'),
    );
    const first = json.assignment.unplaced[0]!.candidateId;
    expect(json.caseloadGaps.candidates).toBe(json.assignment.unplaced.length);
    expect(section).toContain(`  ${first}, niet geplaatst: `);
    expect(section).toContain(
      `Van ${json.caseloadGaps.candidates} niet geplaatste kandidaten hebben er ${json.caseloadGaps.withNearMiss} een bijna-match`,
    );
    for (const row of json.caseloadGaps.adaptations.slice(0, 3))
      expect(section).toContain(`    ${row.market}\n`);
  });
});
