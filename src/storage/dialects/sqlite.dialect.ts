import BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect } from 'kysely';

/** A SQLite file (created if absent), or `:memory:`. */
export const sqliteDialect = (file: string): SqliteDialect => {
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database });
};
