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

/** Median wall and CPU time of one call (CPU: this process's user and system time, robust to a loaded machine), in µs. */
export interface Timed {
  wall: Stats;
  cpu: Stats;
}

/** Like `timeEach`, with each call's CPU time beside its wall time. */
export const timeEachWithCpu = async <T>(inputs: readonly T[], fn: (input: T) => unknown, warmup: number | readonly T[] = 20): Promise<Timed> => {
  for (const x of typeof warmup === 'number' ? inputs.slice(0, warmup) : warmup) await fn(x);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const x of inputs) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await fn(x);
    wall.push(Number(process.hrtime.bigint() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpu.push(c.user + c.system);
  }
  return { wall: stats(wall), cpu: stats(cpu) };
};

/** "cpu median 1.2 ms (p99 3.4 ms), wall median 1.3 ms": CPU first, the figure a loaded machine changes least. */
export const fmtTimed = (t: Timed): string => {
  const ms = (us: number) => (us >= 1000 ? `${(us / 1000).toFixed(1)} ms` : `${us.toFixed(0)} µs`);
  return `cpu median ${ms(t.cpu.median)} (p99 ${ms(t.cpu.p99)}), wall median ${ms(t.wall.median)} (p99 ${ms(t.wall.p99)}), n=${t.cpu.n}`;
};

/** "✓" or "✗" and the target, for a figure in µs against a target in ms. */
export const target = (us: number, ms: number): string => `${us <= ms * 1000 ? '✓' : '✗'} target ≤ ${ms} ms`;
