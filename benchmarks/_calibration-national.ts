/**
 * The real national annual series (../shared/data/national-banenafspraak-annual.csv, else the built-in
 * NATIONAL_REALISATIONS) in the calibration study: MASE from rolling origins (training 4..8 years,
 * h ≤ 3) and the coverage of the 80% and 95% intervals, for the new default, the 0.1 default, the
 * single models and R's peers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fitModel } from '../src/quota/fit-model.js';
import {
  analyticIntervals,
  type ForecastInterval,
  makeIntervals,
  selectAndFit,
} from '../src/quota/forecast-series.js';
import { NATIONAL_REALISATIONS } from '../src/quota/index.js';
import type { ModelName } from '../src/quota/model.js';
import { maseScale } from '../src/quota/rolling-errors.js';
import { R_METHODS, type RForecast } from './_calibration-r.js';

const H = 3;
const ORIGINS = [4, 5, 6, 7, 8];
const SINGLES: ModelName[] = ['naive', 'drift', 'ses', 'theta', 'holt', 'damped', 'combination'];

/** The national annual series (total, market, government) and where they were read from. */
export function nationalSeries(): { source: string; series: Record<string, number[]> } {
  const file = new URL('../../shared/data/national-banenafspraak-annual.csv', import.meta.url);
  if (existsSync(file)) {
    const rows = readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split(','))
      .filter((c) => c[1] !== undefined && c[1] !== '' && c[3] !== '');
    return {
      source: 'shared/data/national-banenafspraak-annual.csv',
      series: {
        total: rows.map((c) => Number(c[3])),
        market: rows.map((c) => Number(c[1])),
        government: rows.map((c) => Number(c[2])),
      },
    };
  }
  return {
    source: 'NATIONAL_REALISATIONS',
    series: {
      total: NATIONAL_REALISATIONS.map((r) => r.market + r.government),
      market: NATIONAL_REALISATIONS.map((r) => r.market),
      government: NATIONAL_REALISATIONS.map((r) => r.government),
    },
  };
}

interface Acc {
  mase: number;
  n: number;
  c80: number;
  c95: number;
  covered: number;
}

/** Sets up the national part: R jobs to add to the R run, and `print` once R is done. */
export function nationalStudy(): {
  rJobs: { key: string; m: number; h: number; y: number[] }[];
  print: (r: Map<string, Map<string, RForecast>> | null) => void;
} {
  const { source, series } = nationalSeries();
  const rJobs = Object.entries(series).flatMap(([name, y]) =>
    ORIGINS.map((o) => ({ key: `national-${name}-${o}`, m: 1, h: H, y: y.slice(0, o) })),
  );
  return {
    rJobs,
    print: (r) => {
      const rows: string[] = [];
      for (const [name, values] of Object.entries(series)) {
        const acc = new Map<string, Acc>();
        const add = (method: string, mean: ArrayLike<number>, iv: ForecastInterval[] | null, o: number) => {
          if (!acc.has(method)) acc.set(method, { mase: 0, n: 0, c80: 0, c95: 0, covered: 0 });
          const a = acc.get(method)!;
          const train = Float64Array.from(values.slice(0, o));
          const scale = maseScale(train, train.length, 1);
          const steps = Math.min(H, values.length - o);
          let e = 0;
          for (let k = 0; k < steps; k++) {
            const y = values[o + k]!;
            e += Math.abs(y - mean[k]!) / scale;
            if (iv !== null) {
              a.covered++;
              if (y >= iv[0]!.lower[k]! && y <= iv[0]!.upper[k]!) a.c80++;
              if (y >= iv[1]!.lower[k]! && y <= iv[1]!.upper[k]!) a.c95++;
            }
          }
          a.mase += e / steps;
          a.n++;
        };
        for (const o of ORIGINS) {
          const y = Float64Array.from(values.slice(0, o));
          const sel = selectAndFit(y, { horizon: H }, 'national');
          const mean = sel.fit.mean(H);
          add('default (empirical)', mean, makeIntervals(y, sel, mean, [80, 95], 'empirical').intervals, o);
          add('default (conformal)', mean, makeIntervals(y, sel, mean, [80, 95], 'conformal').intervals, o);
          // The yearly default before session 13: weighted with empirical intervals.
          const w = selectAndFit(y, { horizon: H, model: 'weighted' }, 'national');
          const wMean = w.fit.mean(H);
          add(
            'weighted (empirical), before',
            wMean,
            makeIntervals(y, w, wMean, [80, 95], 'empirical').intervals,
            o,
          );
          const old = selectAndFit(y, { horizon: H, select: 'lowest-mase' }, 'national');
          const oldMean = old.fit.mean(H);
          add('0.1 auto (analytic)', oldMean, analyticIntervals(old.fit, oldMean, [80, 95]), o);
          const fo = {
            seasonLength: 1,
            seasonal: 'auto' as const,
            combine: ['ses', 'holt', 'damped'] as const,
          };
          for (const model of SINGLES) {
            const fit = fitModel(y, model, fo);
            const m = fit.mean(H);
            add(
              model === 'drift' ? 'drift (normal)' : model,
              m,
              model === 'drift' ? analyticIntervals(fit, m, [80, 95]) : null,
              o,
            );
          }
          for (const method of R_METHODS) {
            const f = r?.get(`national-${name}-${o}`)?.get(method);
            if (f === undefined) continue;
            add(
              `R ${method}`,
              f.mean,
              [
                { level: 80, lower: f.lower80, upper: f.upper80 },
                { level: 95, lower: f.lower95, upper: f.upper95 },
              ],
              o,
            );
          }
        }
        for (const [method, a] of acc) {
          rows.push(
            `| ${name} | ${method} | ${(a.mase / a.n).toFixed(3)} | ${a.covered === 0 ? '–' : `${a.c80}/${a.covered}`} | ${a.covered === 0 ? '–' : `${a.c95}/${a.covered}`} |`,
          );
        }
      }
      console.log(
        `\n### Real national series (${source}; origins after ${ORIGINS.join(', ')} years, h ≤ ${H})\n`,
      );
      console.log('| series | method | MASE | inside 80% | inside 95% |');
      console.log('|---|---|---:|---:|---:|');
      for (const row of rows) console.log(row);
    },
  };
}
