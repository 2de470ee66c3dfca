import { type Kysely, sql } from 'kysely';
import { nameSkeleton } from '../../domain/name-skeleton.js';
import type { Capabilities } from '../capabilities.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
type AnyDb = Kysely<any>;

/**
 * Names: a matching key (skeleton) for every name, and for people the given name's, indexed for equality and for
 * prefix ranges (byte order on both databases: COLLATE "C" on PostgreSQL, SQLite's default). People can be merged
 * and split again, with the record of each merge kept.
 */
export const namesMigration = (caps: Capabilities) => ({
  async up(db: AnyDb): Promise<void> {
    const textC = caps.dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
    await db.schema.alterTable('names').addColumn('skeleton', textC).execute();
    await db.schema.alterTable('names').addColumn('given_skeleton', textC).execute();
    const rows = await db.selectFrom('names').select(['id', 'name', 'entity_type']).execute();
    for (const r of rows as { id: string; name: string; entity_type: string }[]) {
      const s = nameSkeleton(r.name, r.entity_type === 'person');
      await db.updateTable('names').set({ skeleton: s.full, given_skeleton: s.given }).where('id', '=', r.id).execute();
    }
    await db.schema.createIndex('names_skeleton').on('names').columns(['skeleton', 'entity_type']).execute();
    await db.schema.createIndex('names_given_skeleton').on('names').columns(['given_skeleton']).execute();

    await db.schema.alterTable('people').addColumn('merged_into', 'text').execute();
    await db.schema
      .createTable('person_merges')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kept_id', 'text', (c) => c.notNull().references('people.id'))
      .addColumn('merged_id', 'text', (c) => c.notNull().references('people.id'))
      .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('undone_at', 'text')
      .addColumn('moved', 'text', (c) => c.notNull())
      .execute();
  },
});
