/** Seeded randomness for generated benchmark data (pure-rand), so every run measures the same input. */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded random source. */
export interface Random {
  int(from: number, to: number): number;
  float(): number;
  pick<T>(list: readonly T[]): T;
  /** An index in [0, n) drawn from a Zipf-like long tail (a few very popular, most rare). */
  popular(n: number, s?: number): number;
}

/** Create a seeded random source. */
export function random(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  const float = () => uniformFloat64(rng);
  return {
    int: (from, to) => uniformInt(rng, from, to),
    float,
    pick: (list) => list[uniformInt(rng, 0, list.length - 1)],
    popular: (n, s = 1.1) => Math.min(n - 1, Math.floor(Math.pow(float(), s * 2.2) * n)),
  };
}
