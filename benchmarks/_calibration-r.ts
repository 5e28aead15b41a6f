/**
 * R peers of the calibration study: forecast::ets, thetaf and auto.arima (Hyndman & Khandakar 2008)
 * on the same training series, run in one Rscript process beside the JavaScript work. Skipped cleanly
 * (returns null) when Rscript or the forecast package is missing.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const R_METHODS = ['ets', 'thetaf', 'auto.arima'] as const;
export type RMethod = (typeof R_METHODS)[number];

/** One R forecast: mean and 80%/95% bounds per step. */
export interface RForecast {
  mean: number[];
  lower80: number[];
  upper80: number[];
  lower95: number[];
  upper95: number[];
}

const SCRIPT = `
suppressMessages(library(forecast))
args <- commandArgs(TRUE)
lines <- readLines(args[1])
out <- file(args[2], "w")
for (line in lines) {
  parts <- strsplit(line, ",")[[1]]
  key <- parts[1]; m <- as.integer(parts[2]); h <- as.integer(parts[3])
  y <- ts(as.numeric(strsplit(parts[4], ";")[[1]]), frequency = m)
  fits <- list(
    ets = function() forecast(ets(y), h = h, level = c(80, 95)),
    thetaf = function() thetaf(y, h = h, level = c(80, 95)),
    auto.arima = function() forecast(auto.arima(y), h = h, level = c(80, 95)))
  for (name in names(fits)) {
    f <- tryCatch(fits[[name]](), error = function(e) NULL)
    if (is.null(f)) next
    cat(key, name, paste(f$mean, collapse = ";"), paste(f$lower[, 1], collapse = ";"),
        paste(f$upper[, 1], collapse = ";"), paste(f$lower[, 2], collapse = ";"),
        paste(f$upper[, 2], collapse = ";"), sep = ",", file = out)
    cat("\\n", file = out)
  }
}
close(out)
`;

/** True when Rscript runs and has the forecast package. */
export function rAvailable(): boolean {
  const r = spawnSync('Rscript', ['-e', 'suppressMessages(library(forecast))'], { stdio: 'ignore' });
  return r.status === 0;
}

/** A started R run; `collect()` waits for it and parses its output. */
export interface RRun {
  collect: () => Promise<Map<string, Map<RMethod, RForecast>>>;
}

/** Starts R on `jobs` (key, season length, horizon, training values) in the background. */
export function startR(jobs: { key: string; m: number; h: number; y: readonly number[] }[]): RRun {
  const dir = mkdtempSync(join(tmpdir(), 'banenmatch-calibration-'));
  const input = join(dir, 'in.csv');
  const output = join(dir, 'out.csv');
  const script = join(dir, 'peers.R');
  writeFileSync(script, SCRIPT);
  writeFileSync(input, `${jobs.map((j) => `${j.key},${j.m},${j.h},${j.y.join(';')}`).join('\n')}\n`);
  const child: ChildProcess = spawn('Rscript', [script, input, output], { stdio: 'ignore' });
  const done = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  return {
    collect: async () => {
      const code = await done;
      const result = new Map<string, Map<RMethod, RForecast>>();
      if (code === 0) {
        for (const line of readFileSync(output, 'utf8').split('\n')) {
          if (line === '') continue;
          const [key, method, ...cols] = line.split(',');
          const nums = cols.map((c) => c.split(';').map(Number));
          const [mean, lower80, upper80, lower95, upper95] = nums as [
            number[],
            number[],
            number[],
            number[],
            number[],
          ];
          if (!result.has(key!)) result.set(key!, new Map());
          result.get(key!)!.set(method as RMethod, { mean, lower80, upper80, lower95, upper95 });
        }
      }
      rmSync(dir, { recursive: true, force: true });
      return result;
    },
  };
}
