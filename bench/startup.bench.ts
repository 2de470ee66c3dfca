import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, measure } from './bench-data.js';

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
};
