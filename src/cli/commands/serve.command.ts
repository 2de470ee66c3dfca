import { buildApp } from '../../api/app.js';
import { webAppBuilt } from '../../api/web-app.js';
import { DomainError } from '../../domain/errors.js';
import { asyncLog } from '../async-log.js';
import { loadBundledDataset } from '../../services/import.service.js';
import { prepareAnswers } from '../../services/prepare.service.js';
import { openDatabase } from '../../storage/database.js';
import { Store } from '../../storage/store.js';
import { databaseLocation, type GlobalOptions } from '../context.js';
import type { Io } from '../io.js';

interface ServeOptions extends GlobalOptions {
  port?: string;
  host?: string;
  writeOrigin?: string[];
  /** `--no-memory`: answer from the database alone (no in-memory copy of the hot tables). */
  memory?: boolean;
  readsPerMinute?: string;
}

/** The longest one statement may run on PostgreSQL, and the longest a read waits for its answer (then a 503). */
const STATEMENT_TIMEOUT_MS = 20_000;
const ANSWER_DEADLINE_MS = 25_000;

/** One line a request (`10:42:07 GET /api/who?… 200 3.1 ms`) from fastify's JSON log, for a terminal. */
export const readableLog = (write: (line: string) => void): { write(chunk: string): void } => {
  // fastify logs a request twice (coming in, with its URL; completed, with its status): joined by request id.
  const pending = new Map<string, string>();
  return {
    write: (chunk) => {
      let e: { time?: number; level?: number; msg?: string; reqId?: string; req?: { method?: string; url?: string }; res?: { statusCode?: number }; responseTime?: number; err?: { message?: string } };
      try {
        e = JSON.parse(chunk) as typeof e;
      } catch {
        write(chunk.trimEnd());
        return;
      }
      if (e.msg === 'incoming request' && e.reqId) {
        if (pending.size > 10_000) pending.clear();
        pending.set(e.reqId, `${e.req?.method ?? ''} ${e.req?.url ?? ''}`);
        return;
      }
      const time = new Date(e.time ?? Date.now()).toTimeString().slice(0, 8);
      if (e.res?.statusCode !== undefined) {
        const request = (e.reqId && pending.get(e.reqId)) || '';
        if (e.reqId) pending.delete(e.reqId);
        write(`${time} ${request} ${e.res.statusCode} ${(e.responseTime ?? 0).toFixed(1)} ms`);
        return;
      }
      const level = (e.level ?? 30) >= 50 ? 'error' : (e.level ?? 30) >= 40 ? 'warning' : '';
      write(`${time} ${level ? `${level}: ` : ''}${e.msg ?? ''}${e.err?.message ? ` — ${e.err.message}` : ''}`);
    },
  };
};

/** Serves the API until SIGINT, SIGTERM or SIGHUP (or the end of whatever started it), then closes everything. */
export const serveCommand = async (opts: ServeOptions, io: Io): Promise<number> => {
  const port = Number(opts.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new DomainError('INVALID_ARGUMENT', 'a port from 0 to 65535', { field: '--port', value: opts.port });
  // A statement may not outlive the request that asked for it (a read is answered within 25 s, a 503 past it).
  const reads = opts.readsPerMinute === undefined ? undefined : Number(opts.readsPerMinute);
  if (reads !== undefined && (!Number.isInteger(reads) || reads < 0)) throw new DomainError('INVALID_ARGUMENT', 'requests per minute per client: a whole number, 0 for no limit', { field: '--reads-per-minute', value: opts.readsPerMinute });
  const database = await openDatabase(databaseLocation(opts, io), { statementTimeout: STATEMENT_TIMEOUT_MS, mirror: opts.memory !== false });
  const store = Store.of(database);
  if (await store.isEmpty()) {
    io.err('chancery: empty database, loading the bundled dataset (Ministry of Foreign Affairs of North Korea)…');
    await loadBundledDataset(store);
  }
  const level = io.env['LOG_LEVEL'] ?? 'info';
  // A person at a terminal reads one short line a request; anything else (a file, a log collector) gets JSON, written
  // off the event loop (a request does not wait for its log line).
  const log = io.interactive ? undefined : asyncLog(1);
  const logger = { level, stream: log ?? readableLog((line) => io.out(line)) };
  const app = await buildApp({ database, logger, writeOrigins: opts.writeOrigin ?? [], answerDeadline: ANSWER_DEADLINE_MS, ...(reads !== undefined ? { readsPerMinute: reads } : {}) });
  let address: string;
  try {
    address = await app.listen({ port, host: opts.host ?? '127.0.0.1' });
  } catch (e) {
    await app.close();
    await database.close();
    log?.flushSync();
    const code = (e as NodeJS.ErrnoException).code;
    throw new DomainError('INVALID_ARGUMENT', code === 'EADDRINUSE' ? `port ${port} is in use` : `cannot listen: ${(e as Error).message}`, { field: code === 'EADDRINUSE' ? '--port' : '--host', value: code === 'EADDRINUSE' ? port : opts.host });
  }
  // The web app's address first: it is what a person opens; the API and its docs follow.
  const web = webAppBuilt() ? `web app at ${address}/` : 'web app not built (npm run build)';
  io.err(`chancery: ${web} — serving ${database.caps.dialect} on ${address} (API: ${address}/api, docs: ${address}/docs)`);
  // The hot tables load into memory after the server answers; until then, the same answers come from SQL.
  const started = Date.now();
  // Then what the hot questions read whatever the date is built, so that a first question costs what the next ones do.
  database.mirror?.load().then(
    async () => {
      io.err(`chancery: ${database.mirror!.rows} rows in memory after ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const prepared = await prepareAnswers(store);
      io.err(`chancery: ${prepared.posts} posts and ${prepared.organizations} organizations prepared after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    },
    (e: unknown) => io.err(`chancery: answering from the database only (the in-memory copy failed to load: ${e instanceof Error ? e.message : String(e)}` +
      `${database.mirror!.refused === undefined ? '; trying again until it loads' : ''})`),
  ).catch((e: unknown) => io.err(`chancery: what answers read is built as they are asked (${e instanceof Error ? e.message : String(e)})`));
  await new Promise<void>((resolve) => {
    // Started through `npx` (npm exec), a signal may stop npm and not reach this process: when the process that
    // started the server goes away, the server stops too.
    const parent = process.ppid;
    const orphaned = setInterval(() => process.ppid !== parent && stop(), 500);
    orphaned.unref();
    const stop = () => {
      clearInterval(orphaned);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.off('SIGHUP', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    process.on('SIGHUP', stop);
  });
  io.err('chancery: shutting down');
  await app.close();
  await database.close();
  log?.flushSync();
  return 0;
};
