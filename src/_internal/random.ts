import seedrandom from 'seedrandom';

/** A seeded uniform generator in [0, 1). */
export type Random = () => number;

/** @internal A deterministic generator from a seed (number or string), via seedrandom's ARC4. */
export function createRandom(seed: number | string): Random {
  const prng = seedrandom(String(seed));
  return () => prng.double();
}

/** @internal A standard normal draw (Box–Muller; one of the pair is dropped to stay stateless). */
export function normal(random: Random): number {
  let u = 0;
  while (u === 0) u = random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** @internal An integer in [min, max], both ends included. */
export function integer(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** @internal Picks an index with probability proportional to `weights[i]`. */
export function weightedIndex(random: Random, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let r = random() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return i;
  }
  return weights.length - 1;
}
