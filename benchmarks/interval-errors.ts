/**
 * Dumps, per forecast of the calibration study's quarterly (or yearly) part, the default's rolling-origin
 * errors and its forecast at the origin with the truth, so that interval rules can be compared without
 * refitting (benchmarks/interval-rules.ts). The series are drawn exactly as benchmarks/calibration.ts
 * draws them with `CALIBRATION_ONLY` set to the same frequency, so a seed gives the same forecasts.
 * Run: CALIBRATION_SEED=… node --import tsx benchmarks/interval-errors.ts quarterly 200 errors.json
 * (200 series per process = the study's 1,000 quarterly forecasts; about 3 minutes of CPU).
 */
import { writeFileSync } from 'node:fs';
import { createRandom } from '../src/_internal/random.js';
import { fitModel } from '../src/quota/fit-model.js';
import { selectAndFit } from '../src/quota/forecast-series.js';
import { minimumLength } from '../src/quota/model.js';
import { maseScale } from '../src/quota/rolling-errors.js';
import { usableScale } from '../src/quota/scale.js';
import { drawSeries, makeProcess, PROCESS_KINDS, simulateOn } from './_calibration-processes.js';

const H = 5;
const TRUE_SIMS = 400;
const MAX_ORIGINS = 40;
const [freq, perKindArg, outFile] = process.argv.slice(2);
if (outFile === undefined || (freq !== 'yearly' && freq !== 'quarterly')) {
  // `npm run bench` runs every script without arguments: nothing to dump then.
  console.log(
    'usage: node --import tsx benchmarks/interval-errors.ts quarterly|yearly <series per process> <out.json>',
  );
  process.exit(0);
}
const m = freq === 'yearly' ? 1 : 4;
const perKind = Number(perKindArg);
const random = createRandom(process.env.CALIBRATION_SEED ?? 'calibration-17');

/** One forecast: the process, the training series' scale, forecast and truth at steps 1..5m, errors. */
export interface Dumped {
  kind: string;
  scale: number;
  mean: number[];
  truth: number[];
  /** Rolling-origin errors [h, e / s_o, origin index]. */
  errors: [number, number, number][];
  origins: number;
}

const out: Dumped[] = [];
for (const kind of PROCESS_KINDS) {
  for (let i = 0; i < perKind; i++) {
    const p = makeProcess(kind, m, random);
    const years = 6 + Math.floor(random() * 6);
    const { values, states } = drawSeries(p, (years + 1 + H) * m, random);
    for (const o of m === 1 ? [years, years + 1] : [years]) {
      const origin = o * m;
      // Drawn only to keep the random stream the same as calibration.ts's.
      simulateOn(p, states[origin - 1]!, H * m, TRUE_SIMS, random);
      const y = Float64Array.from(values.slice(0, origin));
      const scale = maseScale(y, y.length, m);
      // calibration.ts skips these too; an unusable scale gets analytic intervals there (rare).
      if (scale === 0 || !usableScale(scale, y)) continue;
      const sel = selectAndFit(y, { horizon: H * m, seasonLength: m }, 'dump');
      const mean = sel.fit.mean(H * m);
      const minTrain = Math.max(minimumLength(sel.fit.model, m), m > 1 ? 2 * m : 3);
      const errors: [number, number, number][] = [];
      let origins = 0;
      for (let t = Math.max(minTrain, y.length - MAX_ORIGINS); t < y.length; t++) {
        const s = maseScale(y, t, m);
        if (!Number.isFinite(1 / s)) continue;
        const n = Math.min(H * m, y.length - t);
        const f = fitModel(y.subarray(0, t), sel.fit.model, sel.fitOptions).mean(n);
        for (let k = 0; k < n; k++) errors.push([k + 1, (y[t + k]! - f[k]!) / s, origins]);
        origins++;
      }
      out.push({
        kind,
        scale,
        mean: Array.from(mean),
        truth: values.slice(origin, origin + H * m),
        errors,
        origins,
      });
    }
  }
}
writeFileSync(outFile, JSON.stringify(out));
