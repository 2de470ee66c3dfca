import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APPOINTMENTS, CLI, importedSqlite, label, measure } from './bench-data.js';

const RUNS = 10;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const wall = async (args: string[], cwd: string): Promise<number> => {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd, stdio: 'ignore' });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`))));
    });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
};

/** Wall time of `chancery --help` and of a `who` (medians of 10), against `node -e 0`; and `serve` to its first /health. */
export const startupBenchmark = async (): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-startup-'));
  try {
    await measure(process.execPath, [CLI, '--db', join(dir, 'chancery.db'), 'init']);
    const node = await wall(['-e', '0'], dir);
    const help = await wall([CLI, '--help'], dir);
    const whoMs = await wall([CLI, 'who', 'Minister of Foreign Affairs', '--at', '2010-01-01'], dir);
    console.log(`startup (median of ${RUNS}, the bundled registry):`);
    console.log(`  node -e 0:         ${node.toFixed(0)} ms`);
    console.log(`  chancery --help:   ${help.toFixed(0)} ms (×${(help / node).toFixed(2)} node)`);
    console.log(`  chancery who …:    ${whoMs.toFixed(0)} ms (×${(whoMs / node).toFixed(2)} node)`);
    const healths: number[] = [];
    for (let i = 0; i < 5; i++) {
      const port = 18_900 + i;
      const t0 = Date.now();
      const child = spawn(process.execPath, [CLI, 'serve', '--port', String(port)], { cwd: dir, stdio: 'ignore' });
      for (;;) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
        } catch {
          await new Promise((r) => setTimeout(r, 5));
        }
      }
      healths.push(Date.now() - t0);
      child.kill('SIGTERM');
      await new Promise((r) => child.on('close', r));
    }
    console.log(`  chancery serve → first /health: ${median(healths).toFixed(0)} ms (median of 5)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await servedRegistryStartup(await importedSqlite());
};

/** A process's CPU time so far (user and system), in ms, and its resident memory in MB (Linux's /proc). */
const processUsage = (pid: number): { cpuMs: number; rssMb: number } => {
  // Fields after the command's name (which may hold spaces): utime and stime are the 12th and 13th, in clock ticks.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuMs: (Number(fields[11]) + Number(fields[12])) * 10, rssMb: rss ? Number(rss[1]) / 1024 : NaN };
};

/**
 * `serve` on the generated registry (issue 24's targets): time and the server's CPU to its first `/health` (≤ 1 s at
 * any size), to its in-memory copy being current (≤ 30 s at 2M), to its answers prepared, the slowest `/health` while
 * it loads (each must be answered at once), and its resident memory once prepared (≤ 250 MB at 100k, ≤ 1 GB at 2M).
 */
const servedRegistryStartup = async (db: string): Promise<void> => {
  const port = 18_950;
  const t0 = Date.now();
  const child = spawn(process.execPath, [CLI, '--db', db, 'serve', '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  try {
    const ask = async (path: string): Promise<{ ms: number; body?: { memory?: string } }> => {
      const t = Date.now();
      try {
        const r = await fetch(`http://127.0.0.1:${port}${path}`);
        return { ms: Date.now() - t, body: (await r.json()) as { memory?: string } };
      } catch {
        return { ms: Date.now() - t };
      }
    };
    let health: { ms: number; cpuMs: number } | undefined;
    let current: { ms: number; cpuMs: number } | undefined;
    const whileLoading: number[] = [];
    while (!current) {
      const r = await ask(health ? '/health/ready' : '/health');
      if (r.body && !health) health = { ms: Date.now() - t0, cpuMs: processUsage(child.pid!).cpuMs };
      else if (r.body) whileLoading.push(r.ms);
      if (r.body?.memory === 'current') current = { ms: Date.now() - t0, cpuMs: processUsage(child.pid!).cpuMs };
      if (child.exitCode !== null) throw new Error(`serve exited: ${stderr}`);
      await new Promise((resolveWait) => setTimeout(resolveWait, r.body ? 20 : 5));
    }
    const duringPrepare: number[] = [];
    while (!/prepared after/.test(stderr)) {
      duringPrepare.push((await ask('/health')).ms);
      await new Promise((r) => setTimeout(r, 20));
    }
    const prepared = { ms: Date.now() - t0, ...processUsage(child.pid!) };
    const atL = APPOINTMENTS >= 1_000_000;
    const mark = (ok: boolean) => (ok ? '✓' : '✗');
    const slowest = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
    console.log(`serve on the generated registry (${label(APPOINTMENTS)} appointments, SQLite; wall time, with the server's CPU time beside it):`);
    console.log(`  first /health:            ${health!.ms} ms (server cpu ${health!.cpuMs} ms)  ${mark(health!.ms <= 1000)} target ≤ 1 s`);
    console.log(`  in-memory copy current:   ${(current.ms / 1000).toFixed(1)} s (server cpu ${(current.cpuMs / 1000).toFixed(1)} s)${atL ? `  ${mark(current.ms <= 30_000)} target ≤ 30 s` : ''}`);
    console.log(`  answers prepared:         ${(prepared.ms / 1000).toFixed(1)} s (server cpu ${(prepared.cpuMs / 1000).toFixed(1)} s)`);
    console.log(`  slowest /health/ready while loading: ${slowest(whileLoading)} ms of ${whileLoading.length}; slowest /health while preparing: ${slowest(duringPrepare)} ms of ${duringPrepare.length}`);
    console.log(`  resident memory once prepared: ${prepared.rssMb.toFixed(0)} MB  ${mark(prepared.rssMb <= (atL ? 1024 : 250))} target ≤ ${atL ? '1 GB' : '250 MB'}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('close', r));
  }
};
