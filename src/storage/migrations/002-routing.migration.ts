import { type Kysely, sql } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
type AnyDb = Kysely<any>;

/**
 * Routing: a responsibility's role (a department handles a subject; a mission is accredited to a country) and the
 * organization it belongs to, so that routing reads one index by (organization, subject) or by subject; names get
 * dates, so a rename is a dated name and not a new unit.
 */
export const routingMigration = {
  async up(db: AnyDb): Promise<void> {
    await db.schema.alterTable('responsibilities').addColumn('role', 'text', (c) => c.notNull().defaultTo('handles')).execute();
    await db.schema.alterTable('responsibilities').addColumn('organization_id', 'text').execute();
    await db.schema.createIndex('claims_field').on('claims').column('field').execute();
    await db.schema.createIndex('responsibilities_route').on('responsibilities').columns(['subject_id', 'role', 'organization_id', 'start_min']).execute();
    for (const [name, type] of [['start', 'text'], ['start_min', 'integer'], ['start_max', 'integer'], ['end_kind', 'text'], ['end', 'text'], ['end_min', 'integer'], ['end_max', 'integer']] as const) {
      await db.schema.alterTable('names').addColumn(name, type).execute();
    }
    await sql`update names set end_kind = 'open'`.execute(db);
  },
};
