import { buildApp } from '../../api/app.js';
import { DomainError } from '../../domain/errors.js';
import { loadBundledDataset } from '../../services/import.service.js';
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

/** Serves the API until SIGINT or SIGTERM, then closes the server and the database and returns. */
export const serveCommand = async (opts: ServeOptions, io: Io): Promise<number> => {
  const port = Number(opts.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new DomainError('INVALID_ARGUMENT', 'a port from 0 to 65535', { field: '--port', value: opts.port });
  // A statement may not outlive the request that asked for it (the API's request time limit is 30 s).
  const reads = opts.readsPerMinute === undefined ? undefined : Number(opts.readsPerMinute);
  if (reads !== undefined && (!Number.isInteger(reads) || reads < 0)) throw new DomainError('INVALID_ARGUMENT', 'requests per minute per client: a whole number, 0 for no limit', { field: '--reads-per-minute', value: opts.readsPerMinute });
  const database = await openDatabase(databaseLocation(opts, io), { statementTimeout: 30_000, mirror: opts.memory !== false });
  const store = Store.of(database);
  if (await store.isEmpty()) {
    io.err('chancery: empty database, loading the bundled dataset (Ministry of Foreign Affairs of North Korea)…');
    await loadBundledDataset(store);
  }
  const app = await buildApp({ database, logger: { level: io.env['LOG_LEVEL'] ?? 'info' }, writeOrigins: opts.writeOrigin ?? [], ...(reads !== undefined ? { readsPerMinute: reads } : {}) });
  let address: string;
  try {
    address = await app.listen({ port, host: opts.host ?? '127.0.0.1' });
  } catch (e) {
    await app.close();
    await database.close();
    const code = (e as NodeJS.ErrnoException).code;
    throw new DomainError('INVALID_ARGUMENT', code === 'EADDRINUSE' ? `port ${port} is in use` : `cannot listen: ${(e as Error).message}`, { field: code === 'EADDRINUSE' ? '--port' : '--host', value: code === 'EADDRINUSE' ? port : opts.host });
  }
  io.err(`chancery: serving ${database.caps.dialect} on ${address} (docs: ${address}/docs)`);
  // The hot tables load into memory after the server answers; until then, the same answers come from SQL.
  const started = Date.now();
  database.mirror?.load().then(
    () => io.err(`chancery: ${database.mirror!.rows} rows in memory after ${((Date.now() - started) / 1000).toFixed(1)} s`),
    (e: unknown) => io.err(`chancery: answering from the database only (the in-memory copy failed to load: ${e instanceof Error ? e.message : String(e)})`),
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  io.err('chancery: shutting down');
  await app.close();
  await database.close();
  return 0;
};
