import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
type AnyDb = Kysely<any>;

/**
 * The matters desk (decision 023): matters, and their history of changes. Not registry tables: matters are records
 * of work, not sourced facts, so they are not system-versioned; each change is kept whole in `matter_changes`.
 * Days are day numbers (decision 002); lists and the kept routing answers are JSON text.
 */
export const mattersMigration = {
  async up(db: AnyDb): Promise<void> {
    await db.schema
      .createTable('matters')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('reference', 'text', (c) => c.notNull().unique())
      .addColumn('organization_id', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('sender_ref', 'text')
      .addColumn('sender_name', 'text', (c) => c.notNull())
      .addColumn('subjects', 'text', (c) => c.notNull())
      .addColumn('received', 'integer', (c) => c.notNull())
      .addColumn('language', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('summary', 'text')
      .addColumn('classification', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('lead_unit_id', 'text')
      .addColumn('consulted', 'text', (c) => c.notNull())
      .addColumn('triage', 'text', (c) => c.notNull())
      .addColumn('routing', 'text', (c) => c.notNull())
      .addColumn('clock_from', 'integer', (c) => c.notNull())
      .addColumn('target_days', 'integer', (c) => c.notNull())
      .addColumn('due_day', 'integer', (c) => c.notNull())
      .addColumn('transfer_to', 'text')
      .addColumn('replied_on', 'integer')
      .addColumn('open', 'integer', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // A unit's queue (open first, by due day), the triage queue, and a period's report read these.
    await db.schema.createIndex('matters_queue').on('matters').columns(['lead_unit_id', 'open', 'due_day', 'id']).execute();
    await db.schema.createIndex('matters_transfer_queue').on('matters').columns(['transfer_to', 'open', 'due_day']).execute();
    await db.schema.createIndex('matters_received').on('matters').columns(['received', 'lead_unit_id']).execute();
    await db.schema.createIndex('matters_replied').on('matters').columns(['replied_on', 'lead_unit_id']).execute();
    await db.schema.createIndex('matters_open').on('matters').columns(['open', 'due_day']).execute();
    await db.schema
      .createTable('matter_changes')
      .addColumn('matter_id', 'text', (c) => c.notNull().references('matters.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('day', 'integer', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('unit_from', 'text')
      .addColumn('unit_to', 'text')
      .addColumn('after', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('matter_changes_pk', ['matter_id', 'version'])
      .execute();
    await db.schema.createIndex('matter_changes_day').on('matter_changes').columns(['action', 'day']).execute();
  },
};
