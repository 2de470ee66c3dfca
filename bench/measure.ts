/** Latency statistics in microseconds. */
export interface Stats {
  median: number;
  p99: number;
  n: number;
}

export const stats = (samples: number[]): Stats => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p99: at(0.99), n: sorted.length };
};

/**
 * Times `fn` once per input, in microseconds, after a warm-up: the first `warmup` inputs, or other inputs of the same
 * kind (so that what is timed was not asked just before, and a server's steady state is what is measured).
 */
export const timeEach = async <T>(inputs: readonly T[], fn: (input: T) => unknown, warmup: number | readonly T[] = 200): Promise<Stats> => {
  for (const x of typeof warmup === 'number' ? inputs.slice(0, warmup) : warmup) await fn(x);
  const samples: number[] = [];
  for (const x of inputs) {
    const t0 = process.hrtime.bigint();
    await fn(x);
    samples.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  return stats(samples);
};

export const fmt = (s: Stats): string => `median ${s.median.toFixed(1)} µs, p99 ${s.p99.toFixed(1)} µs (n=${s.n})`;
export const ratio = (a: Stats, b: Stats): string => `median ×${(a.median / b.median).toFixed(2)}, p99 ×${(a.p99 / b.p99).toFixed(2)}`;

/** A deterministic pseudo-random stream in [0, 1) (mulberry32): every run builds and asks the same things. */
export const seededRandom = (seed: number) => () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
