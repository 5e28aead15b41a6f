import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doelgroepNaam, getal, kansTekst, sectorNaam, uren } from '../../src/cli/dutch.js';
import { LINE_EVERY_MS, progressBar } from '../../src/cli/progress.js';
import { fakeIo, run } from './fake-io.js';

const DEMO = ['demo', '--seed', '5', '--candidates', '120', '--vacancies', '160'];

describe('Dutch figures and words', () => {
  it('formats numbers with a decimal comma and a dot between thousands', () => {
    expect(getal(1234.5, 1)).toBe('1.234,5');
    expect(getal(0.89, 2)).toBe('0,89');
    expect(getal(2000)).toBe('2.000');
    expect(getal(-0.01, 1)).toBe('0,0');
    expect(getal(-3.5, 1)).toBe('-3,5');
  });

  it('shows one figure of hours when the least and the most are equal', () => {
    expect(uren(16, 16)).toBe('16 uur');
    expect(uren(12, 16)).toBe('12–16 uur');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (a, b) => {
        const text = uren(a, b);
        return a === b ? text === `${a} uur` : text === `${a}–${b} uur`;
      }),
    );
  });

  it('names sectors, target groups and chances in Dutch', () => {
    expect(['market', 'government', 'total'].map(sectorNaam)).toEqual(['markt', 'overheid', 'totaal']);
    expect(doelgroepNaam('vso-pro')).toBe('vso/pro');
    expect(kansTekst({ probability: 1, probabilityBasis: 'reached' })).toBe('gehaald');
    expect(kansTekst({ probability: 0, probabilityBasis: 'out-of-reach' })).toBe('buiten bereik');
    expect(kansTekst({ probability: 0.001, probabilityBasis: 'simulated' })).toBe('<1%');
    expect(kansTekst({ probability: 0.999, probabilityBasis: 'simulated' })).toBe('>99%');
    expect(kansTekst({ probability: 0.424, probabilityBasis: 'simulated' })).toBe('42%');
  });
});

describe('banenmatch demo speaks one voice', () => {
  it('is what `npm run demo` runs', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.scripts.demo).toBe('npm run build && node dist/cli.js demo');
  });

  it('writes Dutch figures, hours and words: no decimal point, no 16–16 uur, no jargon', async () => {
    const r = await run(DEMO);
    expect(r.code).toBe(0);
    expect(r.out).toContain('## Beste vacatures voor drie kandidaten');
    expect(r.out).toContain('## Jobcarving in de regio');
    expect(r.out).toContain('kans om het doel te halen');
    expect(r.out).not.toMatch(/P\(reach\)|four-fifths|\bmarket\b|\bgovernment\b/);
    // Scores and components with a decimal comma, never a decimal point.
    expect(r.out).toMatch(/score \d,\d\d/);
    expect(r.out).not.toMatch(/\d\.\d\d(?!\d)/);
    for (const [, a, b] of r.out.matchAll(/(\d+)–(\d+) uur/g)) expect(a).not.toBe(b);
    // Task kinds by their Dutch names: the English kind ids of the catalogue do not appear.
    expect(r.out).not.toMatch(/gecreëerde baan: [^,]*\b(cleaning|filing|mowing)\b/);
  });

  it('gives the same results as JSON with --json', async () => {
    const r = await run([...DEMO, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ seed: 5, counts: { candidates: 120, vacancies: 160 } });
    expect(json.bestMatches).toHaveLength(3);
    expect(json.assignment.mode).toBe('optimal');
    expect(json.forecast.years.length).toBeGreaterThan(0);
    const text = await run(DEMO);
    expect(text.out).toContain(`${getal(json.assignment.placements.length)} van 120 kandidaten geplaatst`);
  });
});

describe('progress on standard error', () => {
  /** A clock that moves one second at each reading. */
  const ticking = () => {
    let t = 0;
    return () => {
      t += 1000;
      return t;
    };
  };

  it('writes a line at most every few seconds when standard error is not a terminal, and the time at the end', () => {
    const io = fakeIo(false, ticking());
    const bar = progressBar(io, 'toewijzen');
    for (let i = 0; i <= 20; i++) bar.update(i, 20);
    bar.finish();
    const lines = io.err.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^toewijzen: klaar na \d+ s$/);
    const times = lines.slice(0, -1).map((l) => Number(/^toewijzen: \d+% na (\d+) s$/.exec(l)?.[1]));
    expect(times.length).toBeGreaterThan(1);
    for (let i = 1; i < times.length; i++) {
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(LINE_EVERY_MS / 1000);
    }
  });

  it('writes nothing for a run shorter than the interval, and nothing at all with --quiet', async () => {
    const still = fakeIo(false);
    const bar = progressBar(still, 'toewijzen');
    bar.update(1, 2);
    bar.finish();
    expect(still.err).toBe('');
    const moving = await run([...DEMO, '--quiet'], false, ticking());
    expect(moving.err).toBe('');
    const onTerminal = await run([...DEMO, '-q'], true);
    expect(onTerminal.err).toBe('');
    const loud = await run(DEMO, false, ticking());
    expect(loud.out).toBe(moving.out);
    // One timeline over the phases: lines from several phases, all at least the interval apart.
    const lines = [...loud.err.matchAll(/^(\w+): \d+% na (\d+) s$/gm)];
    expect(new Set(lines.map((l) => l[1])).size).toBeGreaterThan(1);
    for (let i = 1; i < lines.length; i++) {
      expect(Number(lines[i]![2]) - Number(lines[i - 1]![2])).toBeGreaterThanOrEqual(LINE_EVERY_MS / 1000);
    }
  });
});

describe('--json on every command', () => {
  it('is listed in the help of each command', async () => {
    for (const command of ['demo', 'match', 'forecast', 'report']) {
      expect((await run([command, '--help'])).out, command).toMatch(/--json/);
      expect((await run([command, '--help'])).out, command).toMatch(/-q, --quiet/);
    }
  });
});
