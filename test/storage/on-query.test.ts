import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset.js';
import { importFile } from '../../src/services/import.service.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets } from '../support/databases.js';

const dir = mkdtempSync(join(tmpdir(), 'chancery-on-query-'));

/** Every value a statement was given, arrays (PostgreSQL's bulk columns) opened up. */
const valuesOf = (parameters: readonly unknown[]): unknown[] => parameters.flatMap((p) => (Array.isArray(p) ? valuesOf(p) : [p]));

describe.each(databaseTargets)('onQuery on $name', (target) => {
  const seen: { sql: string; parameters: readonly unknown[] }[] = [];
  let database: Database;

  beforeAll(async () => {
    const file = join(dir, `${target.name}.jsonl`);
    await generateDataset(file, 200, 3);
    database = await openDatabase(await target.create(), { onQuery: (sql, parameters) => seen.push({ sql, parameters }) });
    seen.length = 0;
    // An import writes through the bulk path: the statements a trace (or a count of queries) must not miss.
    await importFile(Store.of(database), file);
  }, 120_000);
  afterAll(async () => database?.close());

  it('sees the bulk inserts of an import: every stored appointment and person went through a statement it was told of', async () => {
    const store = Store.of(database);
    for (const table of ['appointments', 'people'] as const) {
      const inserts = seen.filter((s) => new RegExp(`^insert into "${table}" `, 'i').test(s.sql));
      expect(inserts.length, `inserts into ${table}`).toBeGreaterThan(0);
      const written = new Set(inserts.flatMap((s) => valuesOf(s.parameters)));
      const stored = (await store[table].list()).map((x) => x.id);
      expect(stored.length).toBeGreaterThan(0);
      expect(stored.filter((id) => !written.has(id))).toEqual([]);
    }
  });
});
