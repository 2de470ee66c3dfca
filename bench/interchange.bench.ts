import { createReadStream, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { APPOINTMENTS, BENCH_DIR, CLI, importedSqlite, label, measure } from './bench-data.js';

const rate = (rows: number, seconds: number): string => `${Math.round(rows / seconds).toLocaleString('en')} rows/s`;
const lines = async (file: string): Promise<number> => {
  let n = 0;
  for await (const _l of createInterface({ input: createReadStream(file) })) n++;
  return n;
};

/**
 * Interchange formats at scale: the generated registry exported as Popolo JSON and as a CSV folder (timed), then each
 * imported into an empty SQLite registry by `chancery import` in its own process, next to the strongest plain load of
 * the same rows: the sqlite3 shell's `.import` of the same CSV files into bare tables. Rows/s, peak memory, the ratio.
 */
export const interchangeBenchmark = async (): Promise<void> => {
  const source = await importedSqlite(APPOINTMENTS);
  const popolo = join(BENCH_DIR, `registry-${label(APPOINTMENTS)}.popolo.json`);
  const csv = join(BENCH_DIR, `registry-${label(APPOINTMENTS)}-csv`);
  console.log(`interchange: ${label(APPOINTMENTS)} appointments`);
  for (const [format, out] of [['popolo', popolo], ['csv', csv]] as const) {
    if (existsSync(out)) continue;
    const e = await measure(process.execPath, [CLI, '--db', source, 'export', '--format', format, '--out', out]);
    console.log(`  chancery export --format ${format}: ${e.seconds.toFixed(1)} s, peak ${e.peakMb?.toFixed(0) ?? '?'} MB`);
  }
  const files = readdirSync(csv).filter((f) => f.endsWith('.csv'));
  let rows = 0;
  for (const f of files) rows += (await lines(join(csv, f))) - 1;
  const bare = join(BENCH_DIR, 'interchange-bare.db');
  rmSync(bare, { force: true });
  const script = ['.mode csv', ...files.map((f) => `.import ${join(csv, f)} ${f.replace(/\.csv$/, '')}`)].join('\n');
  const baseline = await measure('sqlite3', [bare], { input: script });
  console.log(`  ${rows.toLocaleString('en')} records; sqlite3 .import of the same CSV files into bare tables: ${baseline.seconds.toFixed(1)} s, ${rate(rows, baseline.seconds)}`);
  for (const [format, path] of [['popolo', popolo], ['csv', csv]] as const) {
    const db = join(BENCH_DIR, `interchange-${format}.db`);
    for (const s of ['', '-wal', '-shm']) rmSync(`${db}${s}`, { force: true });
    const r = await measure(process.execPath, [CLI, '--db', db, 'import', path, '--format', format]);
    console.log(`  chancery import --format ${format.padEnd(6)}: ${r.seconds.toFixed(1)} s, ${rate(rows, r.seconds)}, peak ${r.peakMb?.toFixed(0) ?? '?'} MB; ratio to .import ×${(baseline.seconds / r.seconds).toFixed(3)}`);
    rmSync(db, { force: true });
  }
};
