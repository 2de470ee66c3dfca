import type { Db } from './database.js';

/**
 * Inserts many rows of one table, bypassing the query builder: the path bulk imports take. `rows` hold values in
 * the order of `columns`. With `ignoreExisting`, a row whose id is stored already is skipped (ON CONFLICT (id) DO
 * NOTHING); every other constraint still holds. Runs on `via` (a transaction), so it lands or rolls back with it.
 */
export type BulkInsert = (via: Db, table: string, columns: readonly string[], rows: readonly unknown[][], ignoreExisting: boolean) => Promise<void>;

export const quoteIdent = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return `"${name}"`;
};
