import { type PostgresPool, type PostgresPoolClient, PostgresDialect } from 'kysely';
import pg from 'pg';
import { DomainError } from '../../domain/errors.js';

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
export const postgresDialect = (url: string, statementTimeout?: number): { dialect: PostgresDialect; health: PoolHealth } => {
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
          throw e;
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
  return { dialect: new PostgresDialect({ pool: wrapped }), health };
};

const unavailableOrMissing = (e: unknown): DomainError => {
  const message = e instanceof Error ? e.message : String(e);
  const missing = /database "([^"]+)" does not exist/.exec(message);
  if (missing) return new DomainError('STORAGE_ERROR', `the PostgreSQL database "${missing[1]}" does not exist; create it, or run: chancery init --create-db --db <url>`, { field: '--db' }, { missingDatabase: missing[1] });
  return /password|authentication/i.test(message) ? new DomainError('STORAGE_ERROR', `PostgreSQL refused the login: ${message}`, { field: '--db' }) : unavailable(e);
};
