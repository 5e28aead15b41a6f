import { GOOI_EN_VECHTSTREEK, generateRegion, parseRegion, TASK_HOURS_TOLERANCE } from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('generateRegion', () => {
  it('is identical byte for byte for the same seed, and differs for another', () => {
    const a = JSON.stringify(generateRegion({ seed: 7, candidates: 300, vacancies: 400 }));
    const b = JSON.stringify(generateRegion({ seed: 7, candidates: 300, vacancies: 400 }));
    const c = JSON.stringify(generateRegion({ seed: 8, candidates: 300, vacancies: 400 }));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('passes the project parsers (round trip through JSON)', () => {
    const region = generateRegion({ seed: 3, candidates: 500, vacancies: 800 });
    const again = parseRegion(JSON.parse(JSON.stringify(region)));
    expect(again).toEqual(region);
  });

  it('has the default size of the brief and a realistic mix', () => {
    const { candidates, vacancies, employers } = generateRegion({ seed: 1 });
    expect(candidates).toHaveLength(2000);
    expect(vacancies).toHaveLength(3000);
    const government = vacancies.filter((v) => v.sector === 'government').length / vacancies.length;
    expect(government).toBeGreaterThan(0.12);
    expect(government).toBeLessThan(0.28);
    // 1–6 tasks, hours summing to the vacancy's
    for (const v of vacancies) {
      const tasks = v.tasks ?? [];
      expect(tasks.length).toBeGreaterThanOrEqual(1);
      expect(tasks.length).toBeLessThanOrEqual(6);
      const sum = tasks.reduce((s, t) => s + t.hoursPerWeek, 0);
      expect(Math.abs(sum - v.hoursPerWeek)).toBeLessThanOrEqual(TASK_HOURS_TOLERANCE);
    }
    // every target group appears; most FML items are normal for most people
    const groups = new Set(candidates.map((c) => c.targetGroup));
    expect(groups.size).toBe(7);
    const meanLimited =
      candidates.reduce((s, c) => s + Object.keys(c.capabilities).length, 0) / candidates.length;
    expect(meanLimited).toBeGreaterThan(2);
    expect(meanLimited).toBeLessThan(16);
    // municipalities weighted by population: Hilversum (the largest) has the most candidates
    const inHilversum = candidates.filter((c) => c.home.municipality === 'Hilversum').length;
    for (const m of GOOI_EN_VECHTSTREEK) {
      if (m.name === 'Hilversum') continue;
      expect(inHilversum).toBeGreaterThan(candidates.filter((c) => c.home.municipality === m.name).length);
    }
    expect(new Set(vacancies.map((v) => v.employerId)).size).toBe(employers.length);
  });

  it('keeps the hours window inside the FML hours limit', () => {
    const limits = [Infinity, 40, 30, 20, 10];
    const { candidates } = generateRegion({ seed: 5, candidates: 1000, vacancies: 0 });
    for (const c of candidates) {
      const code = c.capabilities['VI.3'];
      const cap = typeof code === 'number' ? limits[code]! : Infinity;
      expect(c.hoursPerWeek.max).toBeLessThanOrEqual(cap);
      expect(c.hoursPerWeek.min).toBeLessThanOrEqual(c.hoursPerWeek.max);
    }
  });

  it('changing the number of candidates does not change the vacancies', () => {
    const a = generateRegion({ seed: 11, candidates: 10, vacancies: 50 });
    const b = generateRegion({ seed: 11, candidates: 90, vacancies: 50 });
    expect(a.vacancies).toEqual(b.vacancies);
  });

  it('rejects nonsensical sizes with a typed error', () => {
    expect(() => generateRegion({ candidates: -1 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => generateRegion({ vacancies: 1.5 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('any seed gives a region that passes the parsers', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        (seed, nc, nv) => {
          const r = generateRegion({ seed, candidates: nc, vacancies: nv });
          expect(r.candidates).toHaveLength(nc);
          expect(r.vacancies).toHaveLength(nv);
          expect(parseRegion(JSON.parse(JSON.stringify(r)))).toEqual(r);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('generateRegion as long work', () => {
  it('equals parseRegion of the same records (chunked validation loses nothing)', () => {
    const region = generateRegion({ seed: 12, candidates: 5000, vacancies: 4500 });
    expect(parseRegion(JSON.parse(JSON.stringify(region)))).toEqual(region);
  });

  it('reports progress up to its total and stops on an abort within the chunk', () => {
    const seen: [number, number][] = [];
    generateRegion({ seed: 1, candidates: 5000, vacancies: 5000, onProgress: (d, t) => seen.push([d, t]) });
    expect(seen.at(-1)).toEqual([20_000, 20_000]);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
    const controller = new AbortController();
    let aborted = false;
    let afterAbort = 0;
    expect(() =>
      generateRegion({
        seed: 1,
        candidates: 20_000,
        vacancies: 20_000,
        signal: controller.signal,
        onProgress: (d) => {
          if (aborted) afterAbort++;
          else if (d > 10_000) {
            aborted = true;
            controller.abort();
          }
        },
      }),
    ).toThrowError(expect.objectContaining({ code: 'ABORTED' }));
    expect(aborted).toBe(true);
    expect(afterAbort, 'progress steps done after the abort').toBe(0);
  });
});
