import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
type AnyDb = Kysely<any>;

/**
 * Who works the matters desk: an account's dated memberships of units, each with a desk role (kept like
 * appointments: from a day, to a day or open), and each organization's desk settings (its calendar, its targets per
 * kind, what a reorganization does to open matters).
 */
export const deskAccountsMigration = {
  async up(db: AnyDb): Promise<void> {
    await db.schema
      .createTable('desk_memberships')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('unit_id', 'text')
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('from_day', 'integer', (c) => c.notNull())
      .addColumn('to_day', 'integer')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('desk_memberships_user').on('desk_memberships').columns(['user_id', 'from_day']).execute();
    await db.schema
      .createTable('desk_settings')
      .addColumn('organization_id', 'text', (c) => c.primaryKey())
      .addColumn('calendar', 'text')
      .addColumn('targets', 'text', (c) => c.notNull())
      .addColumn('on_reorganization', 'text', (c) => c.notNull())
      .execute();
  },
};
