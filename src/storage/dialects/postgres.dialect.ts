import { type PostgresPool, type PostgresPoolClient, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { DomainError } from '../../domain/errors.js';
import { type BulkInsert, quoteIdent, skipDuplicates } from '../bulk-insert.js';
import type { Db } from '../database.js';
import { asConstraintViolation } from './constraint-error.js';
import type { ChangeFeed, ChangeSet } from '../mirror/registry-mirror.js';
import type { RegistryTable } from '../tables.js';

/** What the pool has seen of the server: lets `/health/ready` and errors say that the database is away. */
export interface PoolHealth {
  /** The last connection-level error, if the server has not answered since. */
  lastError: string | undefined;
  errors: number;
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '08007']);

/** Errors that mean the server went away or cannot be reached, rather than that a statement was wrong. */
export const isConnectionError = (e: unknown): boolean => {
  const err = e as { code?: string; message?: string } | undefined;
  if (!err) return false;
  if (err.code && CONNECTION_CODES.has(err.code)) return true;
  return /Connection terminated|not queryable|connection error|terminating connection|Connection refused|timeout exceeded when trying to connect/i.test(err.message ?? '');
};

const unavailable = (e: unknown): DomainError =>
  new DomainError('UNAVAILABLE', `the database is unavailable (${e instanceof Error ? e.message : String(e)}); try again shortly`, {}, { retryAfter: 2 });

/**
 * A PostgreSQL server named by a `postgres://` URL. The pool listens for errors on idle connections (without a
 * listener, a server restart would end the process), turns connection failures into UNAVAILABLE errors that the
 * edges report as "try again", and drops broken connections so that the next query reconnects by itself.
 */
export const postgresDialect = (url: string, statementTimeout?: number): { dialect: PostgresDialect; health: PoolHealth; bulkInsert: BulkInsert; feed: ChangeFeed } => {
  const health: PoolHealth = { lastError: undefined, errors: 0 };
  const pool = new pg.Pool({
    connectionString: url, max: 8, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000, ...(statementTimeout ? { statement_timeout: statementTimeout } : {}),
  });
  pool.on('error', (e) => {
    health.lastError = e.message;
    health.errors++;
  });
  // The pool reuses clients: each gets one error listener, and a flag the wrapper reads.
  const states = new WeakMap<pg.PoolClient, { broken: boolean }>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    let state = states.get(client);
    if (!state) {
      const fresh = { broken: false };
      states.set(client, (state = fresh));
      client.on('error', (e) => {
        fresh.broken = true;
        health.lastError = e.message;
        health.errors++;
      });
    }
    const st = state;
    return {
      query: (async (...args: unknown[]) => {
        try {
          const r = await (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
          health.lastError = undefined;
          return r;
        } catch (e) {
          if (isConnectionError(e)) {
            st.broken = true;
            health.lastError = e instanceof Error ? e.message : String(e);
            health.errors++;
            throw unavailable(e);
          }
          if ((e as { code?: string }).code === '57014') {
            throw new DomainError('UNAVAILABLE', `the database gave up on a query after ${statementTimeout ?? 0} ms (statement_timeout); try a narrower question`, {}, { retryAfter: 5 });
          }
          throw asConstraintViolation(e) ?? e;
        }
      }) as PostgresPoolClient['query'],
      release: (destroy?: boolean) => client.release(destroy || st.broken),
    };
  };
  const wrapped: PostgresPool = {
    connect: async () => {
      try {
        return wrap(await pool.connect());
      } catch (e) {
        health.lastError = e instanceof Error ? e.message : String(e);
        health.errors++;
        throw isConnectionError(e) || /password|does not exist|authentication/i.test(String(e)) ? unavailableOrMissing(e) : e;
      }
    },
    end: () => pool.end(),
  };
  return { dialect: new PostgresDialect({ pool: wrapped }), health, bulkInsert: postgresBulkInsert(), feed: postgresFeed(url) };
};

/** The channel commits are announced on: each notification names the tables and version numbers one commit wrote. */
export const CHANGES_CHANNEL = 'chancery_changes';

export const encodeChanges = (changes: ChangeSet): string => JSON.stringify(Object.fromEntries([...changes].map(([t, r]) => [t, [r.min, r.max]])));

const decodeChanges = (payload: string | undefined): ChangeSet => {
  const out: ChangeSet = new Map();
  try {
    for (const [t, [min, max]] of Object.entries(JSON.parse(payload ?? '{}') as Record<string, [number, number]>)) out.set(t as RegistryTable, { min, max });
  } catch {
    // Not ours: ignore.
  }
  return out;
};

/** LISTEN on a connection of its own (the pool's connections come and go). */
const postgresFeed = (url: string): ChangeFeed => ({
  listen: async (onChange, onLost) => {
    const client = new pg.Client({ connectionString: url });
    let stopped = false;
    const lost = () => {
      if (stopped) return;
      stopped = true;
      void client.end().catch(() => undefined);
      onLost();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (n) => {
      if (n.channel === CHANGES_CHANNEL) onChange(decodeChanges(n.payload));
    });
    await client.connect();
    await client.query(`listen ${CHANGES_CHANNEL}`);
    return async () => {
      stopped = true;
      await client.end().catch(() => undefined);
    };
  },
});

/** Rows per statement: each column travels as one array parameter, so the limit is memory, not parameters. */
const PG_BULK_ROWS = 20_000;

/**
 * Bulk inserts as `insert … select * from unnest($1::type[], …)`: one statement and one round trip per 20,000 rows,
 * each column one array parameter, through the caller's transaction (COPY would need its own connection).
 */
const postgresBulkInsert = (): BulkInsert => {
  const types = new Map<string, Promise<Map<string, string>>>();
  const typesOf = (via: Db, table: string): Promise<Map<string, string>> => {
    let t = types.get(table);
    if (!t) {
      t = sql<{ name: string; type: string }>`select column_name as name, udt_name as type from information_schema.columns
        where table_name = ${table} and table_schema = current_schema()`.execute(via).then((r) => new Map(r.rows.map((x) => [x.name, x.type])));
      t.catch(() => types.delete(table));
      types.set(table, t);
    }
    return t;
  };
  return async (via, table, columns, rows, skipDuplicatesOf) => {
    if (rows.length === 0) return;
    const t = await typesOf(via, table);
    const arrays = columns.map((c) => `::${quoteIdent(t.get(c) ?? 'text')}[]`);
    const head = `insert into ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) select * from unnest(`;
    for (let from = 0; from < rows.length; from += PG_BULK_ROWS) {
      const part = rows.slice(from, from + PG_BULK_ROWS);
      const params = columns.map((_c, i) => part.map((r) => r[i] ?? null));
      const args = sql.join(params.map((p, i) => sql`${p}${sql.raw(arrays[i]!)}`));
      await sql`${sql.raw(head)}${args})${sql.raw(skipDuplicates(skipDuplicatesOf))}`.execute(via);
    }
  };
};

const unavailableOrMissing = (e: unknown): DomainError => {
  const message = e instanceof Error ? e.message : String(e);
  const missing = /database "([^"]+)" does not exist/.exec(message);
  if (missing) return new DomainError('STORAGE_ERROR', `the PostgreSQL database "${missing[1]}" does not exist; create it, or run: chancery init --create-db --db <url>`, { field: '--db' }, { missingDatabase: missing[1] });
  return /password|authentication/i.test(message) ? new DomainError('STORAGE_ERROR', `PostgreSQL refused the login: ${message}`, { field: '--db' }) : unavailable(e);
};

/**
 * Creates the database a `postgres://` URL names, on its server (through the server's `postgres` database), unless it
 * exists. Returns whether it was created. The name must be a plain identifier: it cannot be a parameter.
 */
export const createPostgresDatabase = async (url: string): Promise<boolean> => {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) {
    throw new DomainError('INVALID_ARGUMENT', `"${name}" is not a database name --create-db can create (letters, digits and _)`, { field: '--db', value: url });
  }
  target.pathname = '/postgres';
  const client = new pg.Client({ connectionString: target.toString() });
  try {
    await client.connect();
    if ((await client.query('select 1 from pg_database where datname = $1', [name])).rowCount) return false;
    await client.query(`create database "${name}"`);
    return true;
  } catch (e) {
    throw e instanceof DomainError ? e : new DomainError('STORAGE_ERROR', `cannot create the database "${name}": ${e instanceof Error ? e.message : String(e)}`, { field: '--db', value: url });
  } finally {
    await client.end().catch(() => undefined);
  }
};
