/**
 * A small seeded random generator (mulberry32) for the scripts: the same folds in `npm run train` and
 * the same generated files in `npm run bench` on every run.
 *
 * @example
 * const next = seeded(17); next(); // a number in [0, 1), the same one every time
 */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
