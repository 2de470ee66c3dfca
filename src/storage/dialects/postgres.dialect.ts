import { PostgresDialect } from 'kysely';
import pg from 'pg';

/** A PostgreSQL server named by a `postgres://` URL. */
export const postgresDialect = (url: string): PostgresDialect =>
  new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 4 }) });
