import { type AliasedRawBuilder, sql } from 'kysely';
import type { Capabilities } from './capabilities.js';
import type { Db } from './database.js';
import type { RegistryTable, SysColumns } from './tables.js';

/** Who is writing, on what source, and the clock that stamps each write (the edges own the clock). */
export interface WriteContext {
  userId: string;
  sourceId?: string;
  now: () => string;
}

export const systemContext = (): WriteContext => ({ userId: 'system', now: () => new Date().toISOString() });

/**
 * Numbers for `n` new versions, in increasing order. SQLite has one writer at a time, so a counter row serves; on
 * PostgreSQL a sequence hands them out without holding a lock for the writer's whole transaction.
 */
export const allocateSeqs = async (db: Db, caps: Capabilities, n: number): Promise<number[]> => {
  if (n <= 0) return [];
  if (caps.dialect === 'postgres') {
    const r = await sql<{ v: string | number }>`select nextval('sys_seq') as v from generate_series(1, ${n})`.execute(db);
    return r.rows.map((x) => Number(x.v)).sort((a, b) => a - b);
  }
  const r = await sql<{ value: number }>`update counters set value = value + ${n} where name = 'sys' returning value`.execute(db);
  const last = Number(r.rows[0]!.value);
  return Array.from({ length: n }, (_x, i) => last - n + 1 + i);
};

/** The stamps of a write, for the rows it makes current. */
export const stamp = (context: WriteContext, seq: number, op: 'insert' | 'update', at: string): SysColumns => ({
  sys_seq: seq, sys_from: at, sys_user: context.userId, sys_source: context.sourceId ?? null, sys_op: op,
});

/** An ISO instant (as the history stamps it) at which to read the registry; undefined reads the present. */
export type KnownAt = string | undefined;

const viewCache = new Map<string, string>();

/**
 * The rows of `table` as the registry knew them at `knownAt`: current rows written by then, and earlier images that
 * were current then. With no instant, the table itself. Used by every read, so one rule defines system time.
 */
export const tableAt = (table: RegistryTable, columns: readonly string[], knownAt: KnownAt): RegistryTable | AliasedRawBuilder<unknown, RegistryTable> => {
  if (knownAt === undefined) return table;
  let cols = viewCache.get(table);
  if (!cols) {
    cols = columns.map((c) => `"${c}"`).join(', ');
    viewCache.set(table, cols);
  }
  return sql`(select ${sql.raw(cols)} from ${sql.table(table)} where sys_from <= ${knownAt}
    union all select ${sql.raw(cols)} from ${sql.table(`${table}_versions`)} where sys_from <= ${knownAt} and sys_to > ${knownAt})`.as(table);
};
