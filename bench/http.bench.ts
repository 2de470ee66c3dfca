import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { partialDateFromDay } from '../src/domain/time/partial-date.js';
import { openDatabase } from '../src/storage/database.js';
import { APPOINTMENTS, BENCH_PG, CLI, importedPostgres, importedSqlite, label, measure } from './bench-data.js';
import { seededRandom } from './measure.js';

const SECONDS = Number(process.env['CHANCERY_BENCH_SECONDS'] ?? 10);
const PORT = 18_700 + Math.floor(Math.random() * 200);

const startServer = async (location: string): Promise<ChildProcess> => {
  // As users run it: its own process, default log level (each request logged), output drained; the per-client
  // limit off, since every request comes from one address.
  const child = spawn(process.execPath, [CLI, '--db', location, 'serve', '--port', String(PORT), '--reads-per-minute', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  for (let i = 0; i < 6000 && !/prepared after/.test(stderr); i++) {
    if (child.exitCode !== null) throw new Error(`serve exited: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!/prepared after/.test(stderr)) throw new Error(`the server did not load its mirror and prepare its answers: ${stderr}`);
  return child;
};

/** CPU seconds the process has used (user and system), from /proc (Linux); undefined elsewhere. */
const cpuSeconds = (pid: number | undefined): number | undefined => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
};

const client = async (paths: string[], connections: number): Promise<{ requests: number; p99: number; errors: number }> => {
  const r = await measure(process.execPath, ['--import', 'tsx', 'bench/http-client.ts', `http://127.0.0.1:${PORT}`, 'x', String(SECONDS), String(connections), JSON.stringify(paths)]);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { requests: number; p99: number; errors: number };
};

/**
 * Requests per second of `who` and `route` against a constant route on the same server, the server (`chancery
 * serve`, at its default log level) and the client (autocannon) each in its own process, on the generated registry.
 */
export const httpBenchmark = async (): Promise<void> => {
  const targets: [string, string][] = [['sqlite', await importedSqlite()]];
  if (BENCH_PG) targets.push(['postgres', await importedPostgres()]);
  for (const [dialect, location] of targets) {
    const db = await openDatabase(location);
    const posts = (await db.db.selectFrom('posts').select('id').limit(5000).execute()).map((p) => p.id);
    const ministries = (await db.db.selectFrom('organizations').select('id').where('kind', '=', 'ministry').limit(5000).execute()).map((o) => o.id);
    await db.close();
    const rnd = seededRandom(3);
    const date = () => partialDateFromDay(3650 + Math.floor(rnd() * 20000)).text;
    const codes = ['FR', 'DE', 'JP', 'US', 'GB', 'CN', 'RU', 'IN', 'BR', 'ZA', 'SE', 'NO', 'IT', 'ES', 'MX', 'CA', 'AU', 'EG', 'NG', 'KE'];
    const paths: Record<string, string[]> = {
      constant: ['/api/ping'],
      who: Array.from({ length: 2000 }, () => `/api/who?post=${encodeURIComponent(posts[Math.floor(rnd() * posts.length)]!)}&at=${date()}`),
      // Route within one organization, as a desk officer asks it (`route SE --org <ministry>`).
      route: Array.from({ length: 2000 }, () => `/api/route?subject=${codes[Math.floor(rnd() * codes.length)]}&org=${encodeURIComponent(ministries[Math.floor(rnd() * ministries.length)]!)}&at=${date()}`),
    };
    const server = await startServer(location);
    try {
      console.log(`http on ${dialect}, ${label(APPOINTMENTS)} appointments: server and client in separate processes, ${SECONDS} s per run, default log level`);
      for (const connections of [8, 32]) {
        const results: Record<string, { requests: number; p99: number; errors: number; cpu?: number }> = {};
        for (const [name, list] of Object.entries(paths)) {
          const before = cpuSeconds(server.pid);
          results[name] = await client(list, connections);
          const after = cpuSeconds(server.pid);
          // The server's CPU per answer: what an answer costs beyond the framework's work for any request.
          if (before !== undefined && after !== undefined) results[name]!.cpu = ((after - before) * 1e6) / (results[name]!.requests * SECONDS);
        }
        const c = results['constant']!;
        for (const [name, r] of Object.entries(results)) {
          console.log(`  ${connections} connections, ${name.padEnd(8)}: ${r.requests.toFixed(0)} req/s, p99 ${r.p99} ms${r.errors ? `, ${r.errors} errors` : ''}` +
            (r.cpu === undefined ? '' : `, server CPU ${r.cpu.toFixed(1)} µs/request`) +
            (name === 'constant' ? '' : `; vs constant ×${(r.requests / c.requests).toFixed(3)}`));
        }
      }
    } finally {
      server.kill('SIGTERM');
    }
  }
};
