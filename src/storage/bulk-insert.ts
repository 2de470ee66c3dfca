import type { Db } from './database.js';

/**
 * Inserts many rows of one table, bypassing the query builder: the path bulk imports take. `rows` hold values in
 * the order of `columns`. With `skipDuplicatesOf` (the columns of a unique key), a row whose key is stored already
 * is skipped (ON CONFLICT (…) DO NOTHING); every other constraint still holds. Runs on `via` (a transaction), so it lands or rolls back with it.
 */
export type BulkInsert = (via: Db, table: string, columns: readonly string[], rows: readonly unknown[][], skipDuplicatesOf?: readonly string[]) => Promise<void>;

/** Told of every statement run (its SQL and parameters): the query builder's and the bulk paths' alike. */
export type QueryListener = (sql: string, parameters: readonly unknown[]) => void;

/** The clause that skips rows whose unique key is stored already. */
export const skipDuplicates = (key: readonly string[] | undefined): string => (key?.length ? ` on conflict (${key.map(quoteIdent).join(', ')}) do nothing` : '');

export const quoteIdent = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return `"${name}"`;
};
