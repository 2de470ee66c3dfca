import { Kysely, sql } from 'kysely';
import { DomainError } from '../domain/errors.js';
import { type Capabilities, postgresCapabilities, sqliteCapabilities } from './capabilities.js';
import { postgresDialect, type PoolHealth } from './dialects/postgres.dialect.js';
import { sqliteDialect } from './dialects/sqlite.dialect.js';
import { migrateToLatest } from './migrations/migrations.js';
import type { Tables } from './tables.js';

export type Db = Kysely<Tables>;

export interface Database {
  readonly db: Db;
  readonly caps: Capabilities;
  readonly location: string;
  /** The columns of a table, in order (cached): system-time views name them explicitly. `via`: a transaction to ask through. */
  columns(table: string, via?: Db): Promise<string[]>;
  /** Whether the database answers now (a cheap round trip). */
  ping(): Promise<boolean>;
  /** PostgreSQL: the pool's view of the server (errors seen, whether the last connection failed). */
  readonly health?: PoolHealth;
  close(): Promise<void>;
}

export const DEFAULT_DATABASE = './chancery.db';

const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//.test(location);
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

const storageError = (location: string, e: unknown): DomainError =>
  new DomainError('STORAGE_ERROR', `cannot open database: ${e instanceof Error ? e.message : String(e)}`, { field: '--db', value: location });

export interface OpenOptions {
  /** Skip the migration check, for a database this process has just checked (see migrationCheck in the CLI). */
  migrate?: boolean;
  /** The longest one statement may run, in milliseconds (PostgreSQL; a server sets it so a slow query cannot hold a connection). */
  statementTimeout?: number;
}

/** Opens (and migrates) the database at `location`: a `postgres://` URL or a SQLite file path (`sqlite:` prefix optional). */
export const openDatabase = async (location: string = DEFAULT_DATABASE, options: OpenOptions = {}): Promise<Database> => {
  const scheme = SCHEME.exec(location)?.[1]?.toLowerCase();
  if (scheme && !['postgres', 'postgresql', 'sqlite', 'file'].includes(scheme)) {
    throw new DomainError('INVALID_ARGUMENT', `unsupported database "${scheme}://": use a SQLite file path or a postgres:// URL`, { field: '--db', value: location });
  }
  const pgUrl = isPostgresUrl(location);
  const caps = pgUrl ? postgresCapabilities : sqliteCapabilities;
  let db: Db;
  let health: PoolHealth | undefined;
  try {
    if (pgUrl) {
      const d = postgresDialect(location, options.statementTimeout);
      health = d.health;
      db = new Kysely<Tables>({ dialect: d.dialect });
    } else {
      db = new Kysely<Tables>({ dialect: sqliteDialect(location.replace(/^sqlite:(\/\/)?/, '').replace(/^file:(\/\/)?/, '')) });
    }
  } catch (e) {
    throw storageError(location, e);
  }
  if (options.migrate !== false) {
    try {
      await migrateToLatest(db, caps);
    } catch (e) {
      await db.destroy();
      if (e instanceof DomainError) throw e;
      throw storageError(location, e);
    }
  }
  const columnCache = new Map<string, Promise<string[]>>();
  const columns = (table: string, via: Db = db): Promise<string[]> => {
    let c = columnCache.get(table);
    if (!c) {
      c = (pgUrl
        ? sql<{ name: string }>`select column_name as name from information_schema.columns where table_name = ${table} and table_schema = current_schema() order by ordinal_position`.execute(via)
        : sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(via)
      ).then((r) => r.rows.map((x) => x.name).filter((n) => n !== 'sys_to'));
      c.catch(() => columnCache.delete(table));
      columnCache.set(table, c);
    }
    return c;
  };
  const ping = async (): Promise<boolean> => {
    try {
      await sql`select 1`.execute(db);
      return true;
    } catch {
      return false;
    }
  };
  return { db, caps, location, columns, ping, ...(health ? { health } : {}), close: () => db.destroy() };
};
