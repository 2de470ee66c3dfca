import { Kysely, type LogEvent, sql } from 'kysely';
import { DomainError } from '../domain/errors.js';
import { type Capabilities, postgresCapabilities, sqliteCapabilities } from './capabilities.js';
import type { BulkInsert, QueryListener } from './bulk-insert.js';
import { type ChangeFeed, type ChangeSet, type LoadPace, RegistryMirror } from './mirror/registry-mirror.js';
import type { PoolHealth } from './dialects/postgres.dialect.js';
import { LATEST_MIGRATION } from './migrations/latest-migration.js';
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
  /** Many rows into one table at once, on the dialect's fastest path (the bulk import's writes). */
  readonly bulkInsert: BulkInsert;
  /** The hot tables in memory (opened with `mirror: true`): present-time reads outside a transaction answer from it. */
  readonly mirror?: RegistryMirror;
  /** Tells other processes what a transaction wrote, inside it, so they hear of it when (and only if) it commits. */
  announce(via: Db, changes: ChangeSet): Promise<void>;
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
  /**
   * Keep the hot tables in memory (a server): loaded in the background after opening (`mirror.load()`), kept
   * current by every commit. Not for one-shot commands, where loading costs more than the queries it saves.
   */
  mirror?: boolean;
  /** Bytes the mirror may take; by default what the heap has left when it loads (a registry that would not fit stays on disk). */
  mirrorMemory?: number;
  /** Awaited between the batches of the mirror's load (by default a turn of the event loop): a test holds the load there. */
  mirrorPace?: LoadPace;
  /**
   * Called with every statement run (its SQL and parameters), bulk inserts included (on SQLite one per row, as they
   * run; on PostgreSQL one per 20,000 rows, each column an array): for tracing, and for the tests of query plans.
   */
  onQuery?: QueryListener;
}

const logOption = (options: OpenOptions): { log?: (event: LogEvent) => void } =>
  options.onQuery ? { log: (e: LogEvent) => options.onQuery!(e.query.sql, e.query.parameters) } : {};

/** Creates the database at `location` if it is missing (a PostgreSQL server's database; a SQLite file is made on open). */
export const createDatabase = async (location: string): Promise<boolean> => {
  if (!isPostgresUrl(location)) return false;
  const { createPostgresDatabase } = await import('./dialects/postgres.dialect.js');
  return createPostgresDatabase(location);
};

/**
 * Whether the database is at the latest schema: one query, so that a command on a current database pays nothing
 * more (the migrator itself reads its lock and list and is loaded only when there is something to do).
 */
const isCurrent = async (db: Db): Promise<boolean> => {
  try {
    const r = await sql<{ name: string }>`select max(name) as name from kysely_migration`.execute(db);
    return r.rows[0]?.name === LATEST_MIGRATION;
  } catch {
    return false;
  }
};

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
  let bulkInsert: BulkInsert;
  let feed: ChangeFeed;
  let announce: Database['announce'] = () => Promise.resolve();
  try {
    // Each driver is loaded only when its database is opened: a SQLite command never loads pg.
    if (pgUrl) {
      const { postgresDialect } = await import('./dialects/postgres.dialect.js');
      const d = postgresDialect(location, options.statementTimeout);
      health = d.health;
      bulkInsert = d.bulkInsert;
      feed = d.feed;
      const { CHANGES_CHANNEL, encodeChanges } = await import('./dialects/postgres.dialect.js');
      announce = async (via, changes) => {
        if (changes.size) await sql`select pg_notify(${CHANGES_CHANNEL}, ${encodeChanges(changes)})`.execute(via);
      };
      db = new Kysely<Tables>({ dialect: d.dialect, ...logOption(options) });
    } else {
      const { sqliteDialect } = await import('./dialects/sqlite.dialect.js');
      const d = sqliteDialect(location.replace(/^sqlite:(\/\/)?/, '').replace(/^file:(\/\/)?/, ''), options.onQuery);
      bulkInsert = d.bulkInsert;
      feed = d.feed;
      db = new Kysely<Tables>({ dialect: d.dialect, ...logOption(options) });
    }
  } catch (e) {
    throw storageError(location, e);
  }
  if (options.migrate !== false && !(await isCurrent(db))) {
    try {
      const { migrateToLatest } = await import('./migrations/migrations.js');
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
  const { mirrorMemory, mirrorPace } = options;
  const mirror = options.mirror ? new RegistryMirror(db, caps.dialect, feed, mirrorMemory === undefined ? undefined : () => mirrorMemory, mirrorPace) : undefined;
  return {
    db, caps, location, columns, ping, bulkInsert, announce, ...(health ? { health } : {}), ...(mirror ? { mirror } : {}),
    close: async () => {
      await mirror?.close();
      await db.destroy();
    },
  };
};
