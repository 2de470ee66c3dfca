import { type Kysely, sql } from 'kysely';
import type { Capabilities } from '../capabilities.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
type AnyDb = Kysely<any>;

const OLD_TABLES = ['sources', 'subjects', 'organizations', 'relations', 'posts', 'people', 'names', 'appointments', 'responsibilities', 'events', 'claims', 'person_merges'];
const NEW_TABLES = ['citations', 'successions', 'identifiers'];

interface HistoryImage {
  seq: number;
  table_name: string;
  row_id: string;
  op: string;
  data: string;
  recorded_at: string;
  user_id: string;
  source_id: string | null;
}

/**
 * System time (decision 006) and the shapes of issue "Truth at the edges":
 * - every registry table is system-versioned: its rows carry the write that made them (`sys_seq`, `sys_from`,
 *   `sys_user`, `sys_source`, `sys_op`); earlier images move to `<table>_versions` with `sys_to`. The append-only
 *   `history` log of JSON images is converted into these columns and tables, losing nothing, and dropped.
 * - appointments: a kind (substantive, acting, cover, nominated), the covered appointment, appointment date, end
 *   reason; open facts carry `known_until` (the as-of day of their newest source).
 * - posts and subjects have lives; sources an as-of date and a digest; organizations an exclusive-posts rule.
 * - citations (one fact, several sources), successions (a post or organization going on as another), identifiers.
 * - responsibilities lose their undated `organization_id`: routing by organization walks the chain on the date.
 */
export const systemTimeMigration = (caps: Capabilities) => ({
  async up(db: AnyDb): Promise<void> {
    const now = new Date().toISOString();
    const add = async (table: string, column: string, type: 'text' | 'integer', notNull?: string | number): Promise<void> => {
      await db.schema.alterTable(table).addColumn(column, type, (c) => (notNull === undefined ? c : c.notNull().defaultTo(notNull))).execute();
    };

    await add('sources', 'as_of', 'text');
    await add('sources', 'digest', 'text');
    await add('organizations', 'exclusive_posts', 'integer', 0);
    for (const c of ['life_from', 'life_to', 'subject_id']) await add('posts', c, 'text');
    for (const c of ['life_from', 'life_to', 'successors']) await add('subjects', c, 'text');
    await add('appointments', 'kind', 'text', 'substantive');
    for (const c of ['covers_id', 'appointed', 'end_reason']) await add('appointments', c, 'text');
    await sql`update appointments set kind = 'acting' where acting = 1`.execute(db);
    await db.schema.alterTable('appointments').dropColumn('acting').execute();
    for (const t of ['appointments', 'relations', 'responsibilities', 'names']) await add(t, 'known_until', 'integer');
    await db.schema.dropIndex('responsibilities_route').execute();
    await db.schema.alterTable('responsibilities').dropColumn('organization_id').execute();
    await db.schema.createIndex('responsibilities_route').on('responsibilities').columns(['subject_id', 'role', 'start_min']).execute();

    await db.schema
      .createTable('citations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
      .addColumn('note', 'text')
      .execute();
    await db.schema.createIndex('citations_entity').on('citations').columns(['entity_type', 'entity_id']).execute();
    await db.schema
      .createTable('successions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('from_id', 'text', (c) => c.notNull())
      .addColumn('to_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('date', 'text')
      .addColumn('ordinals', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
      .addColumn('note', 'text')
      .execute();
    await db.schema.createIndex('successions_from').on('successions').columns(['entity_type', 'from_id']).execute();
    await db.schema.createIndex('successions_to').on('successions').columns(['entity_type', 'to_id']).execute();
    await db.schema
      .createTable('identifiers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('scheme', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
      .execute();
    await db.schema.createIndex('identifiers_value').on('identifiers').columns(['scheme', 'value', 'entity_type']).execute();
    await db.schema.createIndex('identifiers_entity').on('identifiers').columns(['entity_type', 'entity_id']).execute();
    await db.schema.createIndex('posts_organization').on('posts').columns(['organization_id']).execute();
    await db.schema.createIndex('events_organization').on('events').columns(['organization_id', 'date_min']).execute();
    await db.schema.createIndex('sources_digest').on('sources').columns(['digest']).execute();
    await db.schema.createIndex('appointments_covers').on('appointments').columns(['covers_id']).execute();

    for (const t of [...OLD_TABLES, ...NEW_TABLES]) {
      await add(t, 'sys_seq', 'integer', 0);
      await add(t, 'sys_from', 'text', '');
      await add(t, 'sys_user', 'text', 'system');
      await add(t, 'sys_source', 'text');
      await add(t, 'sys_op', 'text', 'insert');
    }

    // Each current row takes the stamps of its last write in the old log.
    for (const t of OLD_TABLES) {
      await sql`update ${sql.table(t)} set sys_seq = coalesce((select max(h.seq) from history h where h.table_name = ${t} and h.row_id = ${sql.table(t)}.id), 0)`.execute(db);
      await sql`update ${sql.table(t)} set
        sys_from = coalesce((select h.recorded_at from history h where h.seq = ${sql.table(t)}.sys_seq), ${now}),
        sys_user = coalesce((select h.user_id from history h where h.seq = ${sql.table(t)}.sys_seq), 'system'),
        sys_source = (select h.source_id from history h where h.seq = ${sql.table(t)}.sys_seq),
        sys_op = coalesce((select h.op from history h where h.seq = ${sql.table(t)}.sys_seq), 'insert')`.execute(db);
    }

    // The versions tables: the same columns, plus when each image stopped being current.
    for (const t of [...OLD_TABLES, ...NEW_TABLES]) {
      const v = `${t}_versions`;
      if (caps.dialect === 'postgres') await sql`create table ${sql.table(v)} (like ${sql.table(t)} including defaults)`.execute(db);
      else await sql`create table ${sql.table(v)} as select * from ${sql.table(t)} where 0 = 1`.execute(db);
      await add(v, 'sys_to', 'text', '');
      await db.schema.createIndex(`${v}_id`).on(v).columns(['id', 'sys_from']).execute();
      await db.schema.createIndex(`${v}_seq`).on(v).columns(['sys_seq']).execute();
      await db.schema.createIndex(`${t}_sys_seq`).on(t).columns(['sys_seq']).execute();
    }
    for (const [t, cols] of [['appointments', ['post_id', 'start_min']], ['responsibilities', ['subject_id', 'role', 'start_min']], ['relations', ['from_id', 'type']], ['names', ['key', 'entity_type']]] as const) {
      await db.schema.createIndex(`${t}_versions_${cols[0]}`).on(`${t}_versions`).columns([...cols]).execute();
    }

    // Earlier images from the old log become versions, each closed when the next image was written.
    const columnsOf = async (table: string): Promise<Set<string>> => {
      const rows = caps.dialect === 'postgres'
        ? (await sql<{ name: string }>`select column_name as name from information_schema.columns where table_name = ${table}`.execute(db)).rows
        : (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)).rows;
      return new Set(rows.map((r) => r.name));
    };
    const images = (await sql<HistoryImage>`select seq, table_name, row_id, op, data, recorded_at, user_id, source_id from history order by seq`.execute(db)).rows;
    const byRow = new Map<string, HistoryImage[]>();
    for (const h of images) byRow.set(`${h.table_name}\u0000${h.row_id}`, [...(byRow.get(`${h.table_name}\u0000${h.row_id}`) ?? []), h]);
    const pending = new Map<string, Record<string, unknown>[]>();
    for (const list of byRow.values()) {
      for (let i = 0; i < list.length - 1; i++) {
        const h = list[i]!;
        const data = JSON.parse(h.data) as Record<string, unknown>;
        if (h.table_name === 'appointments' && 'acting' in data) data['kind'] = Number(data['acting']) === 1 ? 'acting' : 'substantive';
        const row = { ...data, sys_seq: Number(h.seq), sys_from: h.recorded_at, sys_user: h.user_id, sys_source: h.source_id, sys_op: h.op, sys_to: list[i + 1]!.recorded_at };
        pending.set(h.table_name, [...(pending.get(h.table_name) ?? []), row]);
      }
    }
    for (const [table, rows] of pending) {
      const cols = await columnsOf(`${table}_versions`);
      const clean = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => cols.has(k))));
      for (let i = 0; i < clean.length; i += 100) await db.insertInto(`${table}_versions`).values(clean.slice(i, i + 100)).execute();
    }

    const maxSeq = images.length ? Math.max(...images.map((h) => Number(h.seq))) : 0;
    await db.schema.createTable('counters').addColumn('name', 'text', (c) => c.primaryKey()).addColumn('value', 'integer', (c) => c.notNull()).execute();
    await db.insertInto('counters').values({ name: 'sys', value: maxSeq }).execute();
    if (caps.dialect === 'postgres') await sql.raw(`create sequence sys_seq start with ${maxSeq + 1}`).execute(db);
    // Rows the old log never saw (none are expected) get fresh numbers, so every version is unique.
    for (const t of OLD_TABLES) {
      const orphans = (await sql<{ id: string }>`select id from ${sql.table(t)} where sys_seq = 0`.execute(db)).rows;
      for (const o of orphans) {
        const next = (await sql<{ value: number }>`update counters set value = value + 1 where name = 'sys' returning value`.execute(db)).rows[0]!.value;
        if (caps.dialect === 'postgres') await sql`select setval('sys_seq', ${next})`.execute(db);
        await sql`update ${sql.table(t)} set sys_seq = ${next} where id = ${o.id}`.execute(db);
      }
    }
    await db.schema.dropTable('history').execute();

    if (caps.exclusionConstraints) {
      // Covers share their holder's seat and nominations hold none: the seat rule (src/domain/facts.ts) counts neither.
      await sql`alter table appointments drop constraint appointments_single_seat_no_overlap`.execute(db);
      await sql`alter table appointments add constraint appointments_single_seat_no_overlap
        exclude using gist (post_id with =, int4range(certain_from, certain_to) with &&)
        where (single_seat = 1 and certain_from is not null and kind in ('substantive', 'acting'))`.execute(db);
    }
  },
});
