/** The name of the last migration in migrations.ts: a database whose newest applied migration is this is current. */
export const LATEST_MIGRATION = '016-desk-accounts';
