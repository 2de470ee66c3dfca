import BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { type BulkInsert, type QueryListener, quoteIdent, skipDuplicates } from '../bulk-insert.js';
import type { ChangeFeed } from '../mirror/registry-mirror.js';
import { asConstraintViolation } from './constraint-error.js';

/** Runs one call into the driver, its constraint errors turned into the domain's (see asConstraintViolation). */
const refusing = <T>(run: () => T): T => {
  try {
    return run();
  } catch (e) {
    throw asConstraintViolation(e) ?? e;
  }
};

/** A statement whose runs map constraint errors (SQLite raises them synchronously, from `run`, `all` or `iterate`). */
const mappingErrors = (stmt: SqliteStatement): SqliteStatement => ({
  get reader() {
    return stmt.reader;
  },
  all: (parameters) => refusing(() => stmt.all(parameters)),
  run: (parameters) => refusing(() => stmt.run(parameters)),
  iterate: (parameters) => refusing(() => stmt.iterate(parameters)),
});

/** How many distinct SQL texts keep a prepared statement: the registry issues a few dozen shapes. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely prepares every statement anew; for short indexed reads the preparation costs more than the read. The same
 * SQL text always gets the same prepared statement (better-sqlite3 statements are reusable and synchronous).
 */
const withStatementCache = (database: BetterSqlite3.Database): SqliteDatabase => {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare: (sql: string): SqliteStatement => {
      let stmt = cache.get(sql);
      if (stmt) {
        // Refresh its place so the least recently used statement is the one evicted.
        cache.delete(sql);
      } else {
        stmt = mappingErrors(database.prepare(sql) as unknown as SqliteStatement);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
};

/**
 * Bulk inserts as one prepared single-row statement run in a loop: better-sqlite3 is synchronous, so this costs no
 * round trip and no SQL text per row, and it runs on the one connection, inside the caller's transaction. `onQuery`
 * is told of each row's statement, as it is of every statement the query builder runs.
 */
const sqliteBulkInsert = (database: BetterSqlite3.Database, onQuery?: QueryListener): BulkInsert => {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return async (_via, table, columns, rows, skipDuplicatesOf) => {
    const key = `${table}|${columns.join(',')}|${skipDuplicatesOf?.join(',') ?? ''}`;
    let stmt = statements.get(key);
    if (!stmt) {
      const text = `insert into ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
      stmt = database.prepare(text + skipDuplicates(skipDuplicatesOf));
      statements.set(key, stmt);
    }
    for (const row of rows) {
      onQuery?.(stmt.source, row);
      refusing(() => stmt.run(row));
    }
  };
};

/** A SQLite file (created if absent), or `:memory:`. */
export const sqliteDialect = (file: string, onQuery?: QueryListener): { dialect: SqliteDialect; bulkInsert: BulkInsert; feed: ChangeFeed } => {
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  // In WAL mode a commit without a sync per transaction is still durable against a crash of the process (only an
  // operating-system crash can lose the last transactions), and it makes windows of a bulk import cheap.
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('cache_size = -65536');
  // data_version changes when another connection (another process) commits: a mirror's cue to read back.
  const dataVersion = database.prepare('pragma data_version').pluck();
  const feed: ChangeFeed = { dataVersion: () => dataVersion.get() as number };
  return { dialect: new SqliteDialect({ database: withStatementCache(database) }), bulkInsert: sqliteBulkInsert(database, onQuery), feed };
};
