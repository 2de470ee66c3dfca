import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { career } from '../../src/services/career.service.js';
import { chart } from '../../src/services/chart.service.js';
import { diff } from '../../src/services/diff.service.js';
import { holders } from '../../src/services/holders.service.js';
import { importFile } from '../../src/services/import.service.js';
import { route } from '../../src/services/routing.service.js';
import { search } from '../../src/services/search.service.js';
import { who } from '../../src/services/who.service.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { REGISTRY_TABLES } from '../../src/storage/tables.js';
import { databaseTargets } from '../support/databases.js';

const dir = mkdtempSync(join(tmpdir(), 'chancery-plans-'));
const at = parsePartialDate('1990-03-01');

/** The questions users ask most, each one service call; `check` reads the whole registry by design and is left out. */
const QUESTIONS: [string, (s: Store) => Promise<unknown>][] = [
  ['who', (s) => who(s, 'gen-m0:post0', at)],
  ['route', (s) => route(s, 'FR', at)],
  ['chart', (s) => chart(s, 'gen-m0', at)],
  ['diff', (s) => diff(s, 'gen-m0', parsePartialDate('1960'), parsePartialDate('2020'))],
  ['holders', (s) => holders(s, 'gen-m0:post0', 20000, ['gen-m0:post1'])],
  ['career', (s) => career(s, 'gen-p0-1')],
  ['search', (s) => search(s, 'Kim Anna')],
];

interface Traced {
  database: Database;
  statements: { sql: string; parameters: readonly unknown[] }[];
}

const registry = async (location: string, appointments: number): Promise<Traced> => {
  const file = join(dir, `r-${appointments}.jsonl`);
  await generateDataset(file, appointments, 9);
  const loader = await openDatabase(location);
  await importFile(Store.of(loader), file);
  await loader.close();
  const traced: Traced = { database: undefined as never, statements: [] };
  traced.database = await openDatabase(location, { onQuery: (sql, parameters) => traced.statements.push({ sql, parameters }) });
  return traced;
};

/** The statements one question runs. */
const statementsOf = async (t: Traced, ask: (s: Store) => Promise<unknown>) => {
  t.statements.length = 0;
  await ask(Store.of(t.database));
  return [...t.statements];
};

describe.each(databaseTargets)('query plans and query counts on $name', (target) => {
  let small: Traced;
  let large: Traced;

  beforeAll(async () => {
    small = await registry(await target.create(), 300);
    large = await registry(await target.create(), 1500);
  }, 120_000);
  afterAll(async () => {
    await small?.database.close();
    await large?.database.close();
  });

  it('answers each question in about as many queries on a registry five times larger: none runs per row', async () => {
    for (const [name, ask] of QUESTIONS) {
      const a = (await statementsOf(small, ask)).length;
      const b = (await statementsOf(large, ask)).length;
      // A deeper tree of units costs two queries a level; nothing else may grow with the data.
      expect(b, `${name}: ${a} queries on 300 appointments, ${b} on 1,500`).toBeLessThanOrEqual(a + 4);
    }
  });

  it('reads every registry table through an index: no question scans a table whole', async () => {
    const tables = new Set<string>(REGISTRY_TABLES);
    const db = large.database;
    const scans: string[] = [];
    for (const [name, ask] of QUESTIONS) {
      for (const s of await statementsOf(large, ask)) {
        if (!/^\s*select/i.test(s.sql)) continue;
        if (db.caps.dialect === 'sqlite') {
          const plan = await db.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${s.sql}`, [...s.parameters]));
          for (const { detail } of plan.rows) {
            // "SCAN t" reads a table whole, "SCAN t USING INDEX i" an index whole; "SEARCH" is a lookup.
            const m = /^SCAN (\w+)/.exec(detail);
            if (m && tables.has(m[1]!)) scans.push(`${name}: ${detail} in ${s.sql.slice(0, 160)}`);
          }
        } else {
          // With sequential scans priced out, the planner still picks one only where no index can serve.
          const plan = await db.db.transaction().execute(async (tx) => {
            await tx.executeQuery(CompiledQuery.raw('set local enable_seqscan = off'));
            return tx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${s.sql}`, [...s.parameters]));
          });
          // A node reads a table whole when it is a sequential scan, or an index scan with no condition on the index.
          const lines = plan.rows.map((r) => r['QUERY PLAN']);
          lines.forEach((line, i) => {
            const seq = /Seq Scan on (\w+)/.exec(line);
            const index = /Index (?:Only )?Scan (?:Backward )?using \w+ on (\w+)/.exec(line);
            const props = lines.slice(i + 1).filter((_l, j, rest) => !rest.slice(0, j + 1).some((x) => x.includes('->')));
            const table = seq?.[1] ?? (index && !props.some((p) => p.includes('Index Cond')) ? index[1] : undefined);
            if (table && tables.has(table)) scans.push(`${name}: ${line.trim()} in ${s.sql.slice(0, 160)}`);
          });
        }
      }
    }
    expect(scans).toEqual([]);
  });
});
