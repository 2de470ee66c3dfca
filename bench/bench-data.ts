import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateDataset, type GeneratedCounts } from './generate-dataset.js';

/** Where benchmarks keep generated files and imported registries between runs (they take minutes to make at 2M). */
export const BENCH_DIR = process.env['CHANCERY_BENCH_DIR'] ?? join(tmpdir(), 'chancery-bench');
/** Appointments in the generated registry: 100,000 by default; CHANCERY_BENCH_APPOINTMENTS=2000000 for the full run. */
export const APPOINTMENTS = Number(process.env['CHANCERY_BENCH_APPOINTMENTS'] ?? 100_000);
/** A PostgreSQL server to run on as well (a URL of a database whose server may create others). */
export const BENCH_PG = process.env['CHANCERY_BENCH_PG'];
export const CLI = resolve('bin/chancery.js');

export const label = (n: number): string => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));

/** The generated registry of `n` appointments as JSON Lines (made once per size and seed). */
export const registryFile = async (n = APPOINTMENTS): Promise<{ file: string; counts?: GeneratedCounts }> => {
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = join(BENCH_DIR, `registry-${label(n)}.jsonl`);
  if (existsSync(file)) return { file };
  const t0 = Date.now();
  const counts = await generateDataset(`${file}.part`, n);
  renameSync(`${file}.part`, file);
  console.log(`  generated ${file}: ${counts.records} records in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { file, counts };
};

export interface Measured {
  seconds: number;
  /** Peak resident memory of the child, in MB (from /usr/bin/time), when known. */
  peakMb?: number;
  stdout: string;
}

/** Runs a command in its own process, timing it by the wall clock and its peak memory with GNU time when present. */
export const measure = (cmd: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<Measured> =>
  new Promise((resolvePromise, reject) => {
    const timed = existsSync('/usr/bin/time');
    const t0 = process.hrtime.bigint();
    const child = spawn(timed ? '/usr/bin/time' : cmd, timed ? ['-f', '%M', cmd, ...args] : [...args], { env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdin.end(options.input ?? '');
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
      const kb = timed ? Number(stderr.trim().split('\n').pop()) : NaN;
      resolvePromise({ seconds, stdout, ...(Number.isFinite(kb) ? { peakMb: kb / 1024 } : {}) });
    });
  });

/** A registry of `n` appointments imported into SQLite (once per size): what the query and HTTP benchmarks read. */
export const importedSqlite = async (n = APPOINTMENTS): Promise<string> => {
  const db = join(BENCH_DIR, `registry-${label(n)}.db`);
  if (existsSync(db)) return db;
  const { file } = await registryFile(n);
  console.log(`  importing ${file} into ${db} (once)…`);
  await measure(process.execPath, [CLI, '--db', `${db}.part`, 'import', file]);
  renameSync(`${db}.part`, db);
  for (const suffix of ['-wal', '-shm']) if (existsSync(`${db}.part${suffix}`)) rmSync(`${db}.part${suffix}`);
  return db;
};

/** A database on the benchmark's PostgreSQL server, created empty (dropped first when `fresh`). */
export const PSQL = ['/usr/lib/postgresql/15/bin/psql', '/usr/bin/psql'].find((p) => existsSync(p)) ?? 'psql';

/** Runs SQL on the benchmark's server with psql (the benchmarks stay off the database drivers). */
export const psql = async (sql: string, url = BENCH_PG!): Promise<string> => (await measure(PSQL, [url, '-Atq', '-v', 'ON_ERROR_STOP=1'], { input: sql })).stdout.trim();

export const pgDatabase = async (name: string, fresh: boolean): Promise<{ url: string; existed: boolean }> => {
  const existed = (await psql(`select 1 from pg_database where datname = '${name}'`)) === '1';
  if (existed && fresh) await psql(`drop database ${name}`);
  if (!existed || fresh) await psql(`create database ${name}`);
  const url = new URL(BENCH_PG!);
  url.pathname = `/${name}`;
  return { url: url.toString(), existed: existed && !fresh };
};

/** The registry of `n` appointments imported into PostgreSQL (once per size). */
export const importedPostgres = async (n = APPOINTMENTS): Promise<string> => {
  const name = `chancery_bench_${label(n).toLowerCase()}`;
  const { url, existed } = await pgDatabase(name, false);
  if (existed) return url;
  // Imported under another name and renamed when complete, so that a run cut short is not reused.
  const part = await pgDatabase(`${name}_part`, true);
  const { file } = await registryFile(n);
  console.log(`  importing ${file} into PostgreSQL (once)…`);
  await measure(process.execPath, [CLI, '--db', part.url, 'import', file]);
  await psql(`drop database ${name}`);
  await psql(`alter database ${name}_part rename to ${name}`);
  return url;
};

export const gitRevision = (): string => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
  } catch {
    return 'unknown';
  }
};
