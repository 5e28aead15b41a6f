/**
 * Known processes for the calibration study (benchmarks/calibration.ts), shaped like the banenafspraak
 * series: a yearly count of extra jobs that grows, sometimes damped, sometimes with a setback like
 * 2020 or a flat stretch. Each process is a state machine, so the true distribution of a future value
 * given the state at a forecast origin can be simulated (the "known quantiles" of the targets).
 */
import { normal, type Random } from '../src/_internal/random.js';

/** The state of a process after some steps; copied before simulating on from it. */
export interface State {
  level: number;
  trend: number;
  /** Steps left in a flat stretch. */
  flat: number;
  shifted: boolean;
  t: number;
}

/** A process: its parameters are drawn once per series, then `step` draws the next value. */
export interface Process {
  name: string;
  /** Steps per year: 1 yearly, 4 quarterly. */
  m: number;
  start: State;
  step: (s: State, random: Random) => number;
}

const uniform = (random: Random, a: number, b: number): number => a + (b - a) * random();

/** The kinds of process, each with its parameters drawn from `random`. */
export const PROCESS_KINDS = ['linear', 'damped', 'drift-walk', 'shift', 'flat'] as const;
export type ProcessKind = (typeof PROCESS_KINDS)[number];

/**
 * One process of a kind; `m` = 4 adds a fixed seasonal pattern (Q4 high, Q1 low) and divides the
 * growth per step by 4 (noise by 2, a random walk's quarterly share).
 */
export function makeProcess(kind: ProcessKind, m: 1 | 4, random: Random): Process {
  const per = 1 / m;
  const trend = uniform(random, 6, 14) * per;
  const noise = uniform(random, 1, 5) / Math.sqrt(m);
  const season = m === 4 ? [-1.5, 0.3, 0.4, 0.8].map((v) => v * uniform(random, 1, 3)) : [0];
  const seasonal = (t: number): number => season[t % m]!;
  const start: State = { level: uniform(random, 10, 40), trend, flat: 0, shifted: false, t: 0 };
  switch (kind) {
    case 'linear':
      // Straight line plus white noise: the deterministic-trend case (uncertainty grows little).
      return {
        name: kind,
        m,
        start,
        step: (s, r) => {
          s.level += s.trend;
          s.t++;
          return s.level + seasonal(s.t) + noise * normal(r);
        },
      };
    case 'damped': {
      // Local damped trend: the growth itself wanders and fades (ETS(A,Ad,N)-like).
      const phi = uniform(random, 0.85, 0.97) ** per;
      const trendNoise = (uniform(random, 0.5, 2) * per) / Math.sqrt(per);
      start.trend = uniform(random, 8, 16) * per;
      return {
        name: kind,
        m,
        start,
        step: (s, r) => {
          s.trend = phi * s.trend + trendNoise * per * normal(r);
          s.level += s.trend + 0.5 * noise * normal(r);
          s.t++;
          return s.level + seasonal(s.t) + 0.5 * noise * normal(r);
        },
      };
    }
    case 'drift-walk':
      // Random walk with drift: uncertainty grows as √h.
      return {
        name: kind,
        m,
        start,
        step: (s, r) => {
          s.level += s.trend + noise * normal(r);
          s.t++;
          return s.level + seasonal(s.t);
        },
      };
    case 'shift': {
      // Linear growth; each year a 10% chance (once) of a setback like 2020: a drop and slower growth.
      const hazard = 1 - 0.9 ** per;
      const drop = uniform(random, 0.5, 2) * trend * m;
      const slower = uniform(random, 0.3, 0.8);
      return {
        name: kind,
        m,
        start,
        step: (s, r) => {
          if (!s.shifted && r() < hazard) {
            s.shifted = true;
            s.level -= drop;
            s.trend *= slower;
          }
          s.level += s.trend;
          s.t++;
          return s.level + seasonal(s.t) + noise * normal(r);
        },
      };
    }
    case 'flat': {
      // Growth, but each year a 15% chance of a flat stretch of 1–3 years without growth.
      const hazard = 1 - 0.85 ** per;
      return {
        name: kind,
        m,
        start,
        step: (s, r) => {
          if (s.flat === 0 && r() < hazard) s.flat = Math.round(uniform(r, 1, 3) * m);
          if (s.flat > 0) s.flat--;
          else s.level += s.trend;
          s.t++;
          return s.level + seasonal(s.t) + noise * normal(r);
        },
      };
    }
  }
}

/** Draws `n` values from a process, returning them and the state after each step. */
export function drawSeries(p: Process, n: number, random: Random): { values: number[]; states: State[] } {
  const s: State = { ...p.start };
  const values: number[] = [];
  const states: State[] = [];
  for (let i = 0; i < n; i++) {
    values.push(p.step(s, random));
    states.push({ ...s });
  }
  return { values, states };
}

/** `sims` draws of the values 1..h steps after `state` (row-major, sims × h). */
export function simulateOn(p: Process, state: State, h: number, sims: number, random: Random): Float64Array {
  const out = new Float64Array(sims * h);
  for (let i = 0; i < sims; i++) {
    const s: State = { ...state };
    for (let k = 0; k < h; k++) out[i * h + k] = p.step(s, random);
  }
  return out;
}
