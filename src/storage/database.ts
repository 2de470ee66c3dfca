import { Kysely } from 'kysely';
import { DomainError } from '../domain/errors.js';
import { type Capabilities, postgresCapabilities, sqliteCapabilities } from './capabilities.js';
import { postgresDialect } from './dialects/postgres.dialect.js';
import { sqliteDialect } from './dialects/sqlite.dialect.js';
import { migrateToLatest } from './migrations/migrations.js';
import type { Tables } from './tables.js';

export type Db = Kysely<Tables>;

export interface Database {
  readonly db: Db;
  readonly caps: Capabilities;
  readonly location: string;
  close(): Promise<void>;
}

export const DEFAULT_DATABASE = './chancery.db';

const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//.test(location);

/** Opens (and migrates) the database at `location`: a `postgres://` URL or a SQLite file path (`sqlite:` prefix optional). */
export const openDatabase = async (location: string = DEFAULT_DATABASE): Promise<Database> => {
  const pgUrl = isPostgresUrl(location);
  const caps = pgUrl ? postgresCapabilities : sqliteCapabilities;
  let db: Db;
  try {
    db = new Kysely<Tables>({ dialect: pgUrl ? postgresDialect(location) : sqliteDialect(location.replace(/^sqlite:/, '')) });
  } catch (e) {
    throw new DomainError('STORAGE_ERROR', `cannot open database: ${e instanceof Error ? e.message : String(e)}`, { field: '--db', value: location });
  }
  try {
    await migrateToLatest(db, caps);
  } catch (e) {
    await db.destroy();
    if (e instanceof DomainError) throw e;
    throw new DomainError('STORAGE_ERROR', `cannot open database: ${e instanceof Error ? e.message : String(e)}`, { field: '--db', value: location });
  }
  return { db, caps, location, close: () => db.destroy() };
};
