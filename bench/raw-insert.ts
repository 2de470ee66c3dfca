import { rmSync } from 'node:fs';
import { openDatabase } from '../src/storage/database.js';
import { REGISTRY_TABLES } from '../src/storage/tables.js';

/**
 * The floor of the import's own write path: every registry row an import stored (`from`), written into an empty
 * registry (`to`) through the bulk insert the importer uses (one prepared statement per row on SQLite), in one
 * transaction, with nothing parsed, checked, matched or versioned. `node --import tsx bench/raw-insert.ts <from> <to>`
 * prints the rows and seconds as JSON.
 */
const [from, to] = process.argv.slice(2) as [string, string];
for (const s of ['', '-wal', '-shm']) rmSync(`${to}${s}`, { force: true });
const source = await openDatabase(from);
const target = await openDatabase(to);
const tables: { table: string; columns: string[]; rows: unknown[][] }[] = [];
for (const table of REGISTRY_TABLES) {
  const stored = (await source.db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
  const columns = stored.length ? Object.keys(stored[0]!) : [];
  tables.push({ table, columns, rows: stored.map((r) => columns.map((c) => r[c])) });
}
await source.close();
const t0 = process.hrtime.bigint();
let rows = 0;
await target.db.transaction().execute(async (trx) => {
  for (const { table, columns, rows: list } of tables) {
    if (list.length) await target.bulkInsert(trx, table, columns, list);
    rows += list.length;
  }
});
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
await target.close();
console.log(JSON.stringify({ rows, seconds }));
