import BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';

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
        stmt = database.prepare(sql) as unknown as SqliteStatement;
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
};

/** A SQLite file (created if absent), or `:memory:`. */
export const sqliteDialect = (file: string): SqliteDialect => {
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database: withStatementCache(database) });
};
