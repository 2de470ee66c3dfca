import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { route } from '../../src/services/routing.service.js';
import { who } from '../../src/services/who.service.js';
import { postgresCapabilities, sqliteCapabilities } from '../../src/storage/capabilities.js';
import { openDatabase } from '../../src/storage/database.js';
import { postgresDialect } from '../../src/storage/dialects/postgres.dialect.js';
import { sqliteDialect } from '../../src/storage/dialects/sqlite.dialect.js';
import { LATEST_MIGRATION } from '../../src/storage/migrations/latest-migration.js';
import { MIGRATION_NAMES, migrateTo } from '../../src/storage/migrations/migrations.js';
import { Store } from '../../src/storage/store.js';
import type { Tables } from '../../src/storage/tables.js';
import { databaseTargets } from '../support/databases.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the rows of an older schema
type Old = Kysely<any>;

const interval = (start: string | null, end: string | null, endKind: string) => {
  const s = start ? parsePartialDate(start) : null;
  const e = end ? parsePartialDate(end) : null;
  return { start, start_min: s?.earliest ?? null, start_max: s?.latest ?? null, end_kind: endKind, end, end_min: e?.earliest ?? null, end_max: e?.latest ?? null };
};

/** A registry as version 0.1 left it: rows, and the append-only history of JSON images that recorded them. */
const seedVersion01 = async (db: Old): Promise<void> => {
  const rows: [string, Record<string, unknown>][] = [
    ['sources', { id: 's', title: 'A source', url: null, kind: 'curation', publisher: null, license: null, published: null, accessed: null, note: null }],
    ['organizations', { id: 'min', name: 'Ministry', native_name: null, kind: 'ministry', agency_type: null, jurisdiction: null, headquarters: null, logo: null, formed: '1950', dissolved: null, source_id: 's' }],
    ['organizations', { id: 'min/a', name: 'Department A', native_name: null, kind: 'department', agency_type: null, jurisdiction: null, headquarters: null, logo: null, formed: null, dissolved: null, source_id: 's' }],
    ['relations', { id: 'min/a~unit-of~min', from_id: 'min/a', to_id: 'min', type: 'unit-of', source_id: 's', ...interval(null, null, 'open') }],
    ['posts', { id: 'min:minister', organization_id: 'min', name: 'Minister', seats: 1, rank: 1, source_id: 's' }],
    ['people', { id: 'ann', name: 'Ann', native_name: null, born: null, died: null, source_id: 's', merged_into: null }],
    ['subjects', { id: 'country:FR', kind: 'country', code: 'FR', name: 'France' }],
    ['responsibilities', { id: 'min/a>country:FR@s', unit_id: 'min/a', subject_id: 'country:FR', role: 'handles', organization_id: 'min', source_id: 's', note: null, ...interval('2000', null, 'open') }],
  ];
  const appointment = { id: 'min:minister:ann:2001', post_id: 'min:minister', person_id: 'ann', acting: 1, single_seat: 1, certain_from: null, certain_to: null, source_id: 's', note: 'first', ...interval('2001', null, 'open') };
  let seq = 0;
  const log = async (table: string, row: Record<string, unknown>, op: string, at: string): Promise<void> => {
    await db.insertInto('history').values({ table_name: table, row_id: row['id'], op, data: JSON.stringify(row), recorded_at: at, user_id: 'system', source_id: 's' }).execute();
    seq++;
  };
  for (const [table, row] of rows) {
    await db.insertInto(table).values(row).execute();
    await log(table, row, 'insert', '2026-01-01T00:00:00.000Z');
  }
  await db.insertInto('appointments').values({ ...appointment, note: 'second' }).execute();
  await log('appointments', appointment, 'insert', '2026-01-01T00:00:00.000Z');
  await log('appointments', { ...appointment, note: 'second' }, 'update', '2026-02-01T00:00:00.000Z');
  expect(seq).toBe(rows.length + 2);
};

it('knows its latest migration without loading the migrations: opening a current database checks one row', () => {
  expect(LATEST_MIGRATION).toBe(MIGRATION_NAMES[MIGRATION_NAMES.length - 1]);
});

describe.each(databaseTargets)('migrating a version 0.1 registry on $name', (target) => {
  it('keeps every row and every earlier image: the history becomes versions, acting becomes a kind', async () => {
    const location = await target.create();
    const caps = target.name === 'postgres' ? postgresCapabilities : sqliteCapabilities;
    const old = new Kysely<Tables>({ dialect: target.name === 'postgres' ? postgresDialect(location).dialect : sqliteDialect(location).dialect });
    await migrateTo(old, caps, '004-history');
    await seedVersion01(old as unknown as Old);
    await old.destroy();

    const database = await openDatabase(location);
    try {
      const store = Store.of(database);
      const a = (await store.appointments.get('min:minister:ann:2001'))!;
      expect(a).toMatchObject({ kind: 'acting', note: 'second' });
      expect((await store.at('2026-01-15T00:00:00.000Z').appointments.get(a.id))?.note).toBe('first');
      const history = await store.history.list({ table: 'appointments', id: a.id, limit: 10 });
      expect(history.map((h) => [h.op, h.recordedAt, h.data['note']])).toEqual([['insert', '2026-01-01T00:00:00.000Z', 'first'], ['update', '2026-02-01T00:00:00.000Z', 'second']]);
      expect(await store.appointments.version(a.id)).toBe(history[1]!.seq);
      const answer = await who(store, 'min:minister', parsePartialDate('2005'));
      expect(answer.holders.map((h) => [h.person.name, h.acting])).toEqual([['Ann', true]]);
      expect((await route(store, 'France', parsePartialDate('2010'), 'min')).candidates.map((c) => c.unit.name)).toEqual(['Department A']);
      const columns = await database.columns('responsibilities');
      expect(columns).not.toContain('organization_id');
      const tables = target.name === 'postgres'
        ? (await sql<{ n: string }>`select table_name as n from information_schema.tables where table_name = 'history'`.execute(database.db)).rows
        : (await sql<{ n: string }>`select name as n from sqlite_master where name = 'history'`.execute(database.db)).rows;
      expect(tables).toEqual([]);
      // A new write numbers its version after every old one.
      expect(await store.appointments.write({ ...a, note: 'third' }, 1)).toBe('updated');
      expect(await store.appointments.version(a.id)).toBeGreaterThan(history[1]!.seq);
    } finally {
      await database.close();
    }
  });
});
