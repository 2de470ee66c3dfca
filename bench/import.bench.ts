import { createReadStream, createWriteStream, existsSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { cellOf, csvLine } from '../src/dataset/csv-columns.js';
import { APPOINTMENTS, BENCH_DIR, BENCH_PG, CLI, label, measure, pgDatabase, PSQL, registryFile } from './bench-data.js';


/** The same records as one CSV file per kind with a header, for the baselines' bare tables (made once). */
const csvFiles = async (file: string): Promise<{ kind: string; path: string; columns: string[] }[]> => {
  const columns = new Map<string, Set<string>>();
  for await (const line of createInterface({ input: createReadStream(file) })) {
    const r = JSON.parse(line) as Record<string, unknown>;
    const kind = r['record'] as string;
    const set = columns.get(kind) ?? new Set<string>();
    for (const k of Object.keys(r)) if (k !== 'record') set.add(k);
    columns.set(kind, set);
  }
  const out = [...columns].map(([kind, cols]) => ({ kind, path: join(BENCH_DIR, `${file.split('/').pop()}.${kind}.csv`), columns: [...cols].sort() }));
  if (out.every((o) => existsSync(o.path))) return out;
  const streams = new Map<string, { w: WriteStream; columns: string[] }>();
  for (const o of out) {
    const w = createWriteStream(o.path);
    w.write(csvLine(o.columns));
    streams.set(o.kind, { w, columns: o.columns });
  }
  for await (const line of createInterface({ input: createReadStream(file) })) {
    const r = JSON.parse(line) as Record<string, unknown>;
    const s = streams.get(r['record'] as string)!;
    if (!s.w.write(csvLine(s.columns.map((c) => cellOf(r[c]))))) await once(s.w, 'drain');
  }
  for (const { w } of streams.values()) {
    w.end();
    await once(w, 'finish');
  }
  return out;
};

const rate = (rows: number, seconds: number): string => `${Math.round(rows / seconds).toLocaleString('en')} rows/s`;

/**
 * Import of the generated registry (JSON Lines) through `chancery import`, each in its own process, next to the
 * strongest plain way of loading the same rows: the sqlite3 shell's `.import` of CSV into bare tables, and `COPY` (psql
 * `\\copy`) into bare tables of text columns on PostgreSQL. Reports rows/s, peak memory and the ratio.
 */
export const importBenchmark = async (): Promise<void> => {
  const { file } = await registryFile(APPOINTMENTS);
  const csv = await csvFiles(file);
  let rows = 0;
  for await (const _line of createInterface({ input: createReadStream(file) })) rows++;
  console.log(`import: ${label(APPOINTMENTS)} appointments, ${rows.toLocaleString('en')} records (${csv.map((c) => c.kind).join(', ')})`);

  const bare = join(BENCH_DIR, 'bare.db');
  const ours = join(BENCH_DIR, 'import.db');
  for (const f of [bare, ours]) for (const s of ['', '-wal', '-shm']) rmSync(`${f}${s}`, { force: true });
  const script = ['.mode csv', ...csv.map((c) => `.import ${c.path} ${c.kind}`)].join('\n');
  const baseline = await measure('sqlite3', [bare], { input: script });
  const chancery = await measure(process.execPath, [CLI, '--db', ours, 'import', file]);
  console.log(`  sqlite3 .import into bare tables: ${baseline.seconds.toFixed(1)} s, ${rate(rows, baseline.seconds)}`);
  console.log(`  chancery import (SQLite):         ${chancery.seconds.toFixed(1)} s, ${rate(rows, chancery.seconds)}, peak ${chancery.peakMb?.toFixed(0) ?? '?'} MB`);
  console.log(`  ratio chancery / .import (rows/s): ×${(baseline.seconds / chancery.seconds).toFixed(3)}`);
  // What no importer that reads its input in JavaScript can beat: reading the lines and parsing each, nothing else.
  const p0 = process.hrtime.bigint();
  for await (const line of createInterface({ input: createReadStream(file) })) JSON.parse(line);
  const parsing = Number(process.hrtime.bigint() - p0) / 1e9;
  console.log(`  reading and parsing the input alone (JSON.parse per line, this process): ${parsing.toFixed(2)} s; ` +
    `×${(baseline.seconds / parsing).toFixed(3)} of .import (the ceiling of the ratio for any importer reading JSON in JavaScript)`);
  // What no import keeping this schema can beat: the rows it stored, copied by SQLite itself (insert … select, no
  // binding, nothing checked, matched or versioned) into an empty copy of the schema, indexes and all.
  const rawDb = join(BENCH_DIR, 'raw.db');
  for (const s of ['', '-wal', '-shm']) rmSync(`${rawDb}${s}`, { force: true });
  // Its own table of AUTOINCREMENT counters SQLite creates itself.
  const schema = (await measure('sqlite3', [ours, '.schema'])).stdout.split('\n').filter((l) => !/^CREATE TABLE sqlite_sequence/.test(l)).join('\n');
  const tables = (await measure('sqlite3', [ours, "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'"])).stdout.trim().split('\n');
  const stored = Number((await measure('sqlite3', [ours, tables.map((t) => `select count(*) from "${t}"`).join(' union all ')])).stdout.trim().split('\n').reduce((a, b) => a + Number(b), 0));
  await measure('sqlite3', [rawDb], { input: `pragma journal_mode = wal;\n${schema}` });
  const copied = await measure('sqlite3', [rawDb], { input: [`attach '${ours}' as stored;`, 'begin;', ...tables.map((t) => `insert into main."${t}" select * from stored."${t}";`), 'commit;'].join('\n') });
  console.log(`  SQLite copying the ${stored.toLocaleString('en')} rows it stored into its schema: ${copied.seconds.toFixed(1)} s, ${rate(stored, copied.seconds)}; ` +
    `the records at that pace: ×${(baseline.seconds / (copied.seconds * (rows / stored))).toFixed(3)} of .import (the ceiling of the ratio above for this schema)`);
  // And what the importer's own write path costs for those rows alone (better-sqlite3 binds each row from JavaScript).
  const own = JSON.parse((await measure(process.execPath, ['--import', 'tsx', 'bench/raw-insert.ts', ours, `${rawDb}.own`])).stdout.trim()) as { rows: number; seconds: number };
  console.log(`  the importer's bulk insert writing those ${own.rows.toLocaleString('en')} rows alone: ${own.seconds.toFixed(1)} s, ${rate(own.rows, own.seconds)}; ` +
    `the records at that pace: ×${(baseline.seconds / (own.seconds * (rows / own.rows))).toFixed(3)} of .import (the ceiling through this driver)`);
  for (const f of [ours, rawDb, `${rawDb}.own`]) for (const s of ['', '-wal', '-shm']) rmSync(`${f}${s}`, { force: true });

  if (!BENCH_PG) return;
  const bareDb = await pgDatabase('chancery_bench_bare', true);
  const create = csv.map((c) => `create table ${c.kind} (${c.columns.map((k) => `"${k}" text`).join(', ')});`).join('\n');
  await measure(PSQL, [bareDb.url, '-q', '-v', 'ON_ERROR_STOP=1', '-c', create]);
  const copy = csv.map((c) => `\\copy ${c.kind} from '${c.path}' with (format csv, header true)`).join('\n');
  const pgBaseline = await measure(PSQL, [bareDb.url, '-q', '-v', 'ON_ERROR_STOP=1'], { input: copy });
  const target = await pgDatabase('chancery_bench_import', true);
  const pgChancery = await measure(process.execPath, [CLI, '--db', target.url, 'import', file]);
  console.log(`  COPY into bare tables (psql):     ${pgBaseline.seconds.toFixed(1)} s, ${rate(rows, pgBaseline.seconds)}`);
  console.log(`  chancery import (PostgreSQL):     ${pgChancery.seconds.toFixed(1)} s, ${rate(rows, pgChancery.seconds)}, peak ${pgChancery.peakMb?.toFixed(0) ?? '?'} MB`);
  console.log(`  ratio chancery / COPY (rows/s):   ×${(pgBaseline.seconds / pgChancery.seconds).toFixed(3)}`);
};
