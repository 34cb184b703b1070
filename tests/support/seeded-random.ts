// One seeded generator for everything generated in the tests and benchmarks (fuzz input, synthetic
// corpora): the same seed gives the same numbers on every run and machine, so a failure replays.

/** mulberry32: a small, fast, well-known seeded generator (uniform in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
