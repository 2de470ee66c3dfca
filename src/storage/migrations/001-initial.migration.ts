import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { Capabilities } from '../capabilities.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
type AnyDb = Kysely<any>;

const withInterval = <T extends string>(t: CreateTableBuilder<T>): CreateTableBuilder<T> =>
  t
    .addColumn('start', 'text')
    .addColumn('start_min', 'integer')
    .addColumn('start_max', 'integer')
    .addColumn('end_kind', 'text', (c) => c.notNull())
    .addColumn('end', 'text')
    .addColumn('end_min', 'integer')
    .addColumn('end_max', 'integer');

export const initialMigration = (caps: Capabilities) => ({
  async up(db: AnyDb): Promise<void> {
    await db.schema
      .createTable('sources')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('url', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('publisher', 'text')
      .addColumn('license', 'text')
      .addColumn('published', 'text')
      .addColumn('accessed', 'text')
      .addColumn('note', 'text')
      .execute();

    await db.schema
      .createTable('organizations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('native_name', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('agency_type', 'text')
      .addColumn('jurisdiction', 'text')
      .addColumn('headquarters', 'text')
      .addColumn('logo', 'text')
      .addColumn('formed', 'text')
      .addColumn('dissolved', 'text')
      .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
      .execute();

    await withInterval(
      db.schema
        .createTable('relations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('from_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('to_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id')),
    ).execute();
    await db.schema.createIndex('relations_to').on('relations').columns(['to_id', 'type']).execute();
    await db.schema.createIndex('relations_from').on('relations').columns(['from_id', 'type']).execute();

    await db.schema
      .createTable('posts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('seats', 'integer', (c) => c.notNull().check(sql`seats >= 1`))
      .addColumn('rank', 'integer')
      .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
      .execute();

    await db.schema
      .createTable('people')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('native_name', 'text')
      .addColumn('born', 'text')
      .addColumn('died', 'text')
      .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
      .execute();

    await db.schema
      .createTable('names')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('lang', 'text')
      .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
      .execute();
    await db.schema.createIndex('names_key').on('names').columns(['key', 'entity_type']).execute();
    await db.schema.createIndex('names_entity').on('names').columns(['entity_type', 'entity_id']).execute();

    await withInterval(
      db.schema
        .createTable('appointments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('post_id', 'text', (c) => c.notNull().references('posts.id'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
        .addColumn('acting', 'integer', (c) => c.notNull())
        .addColumn('single_seat', 'integer', (c) => c.notNull())
        .addColumn('certain_from', 'integer')
        .addColumn('certain_to', 'integer')
        .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
        .addColumn('note', 'text'),
    )
      .addCheckConstraint('appointments_end_after_start', sql`end_max is null or start_min is null or end_max > start_min`)
      .execute();
    await db.schema.createIndex('appointments_post').on('appointments').columns(['post_id', 'start_min']).execute();
    await db.schema.createIndex('appointments_person').on('appointments').columns(['person_id']).execute();

    await db.schema
      .createTable('subjects')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('code', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .execute();

    await withInterval(
      db.schema
        .createTable('responsibilities')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('unit_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
        .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
        .addColumn('note', 'text'),
    ).execute();
    await db.schema.createIndex('responsibilities_subject').on('responsibilities').columns(['subject_id', 'start_min', 'end_max']).execute();
    await db.schema.createIndex('responsibilities_unit').on('responsibilities').columns(['unit_id']).execute();

    await db.schema
      .createTable('events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('date_min', 'integer', (c) => c.notNull())
      .addColumn('date_max', 'integer', (c) => c.notNull())
      .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('details', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
      .execute();

    await db.schema
      .createTable('claims')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
      .addColumn('quote', 'text')
      .addColumn('note', 'text')
      .execute();
    await db.schema.createIndex('claims_entity').on('claims').columns(['entity_type', 'entity_id', 'field']).execute();

    if (caps.exclusionConstraints) {
      // The certain part of two tenures of one single-seat post may never meet; the uncertain parts are for `check`.
      await sql`create extension if not exists btree_gist`.execute(db);
      await sql`alter table appointments add constraint appointments_single_seat_no_overlap
        exclude using gist (post_id with =, int4range(certain_from, certain_to) with &&)
        where (single_seat = 1 and certain_from is not null)`.execute(db);
    }
  },
});
