import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { loadBundledDataset } from '../../src/services/import.service.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { runCli } from './cli.js';
import { type DatabaseTarget, openFresh } from './databases.js';

/** One registry that the CLI (by its location) and the API (an app on it) both answer from. */
export interface CliAndApi {
  /** The database's location, for `--db`. */
  db: string;
  app: FastifyInstance;
}

/**
 * A database of the target kind made by `chancery init` (so the CLI's own loading is what the API reads), with an
 * app on it at a fixed clock; opened before the suite's tests and closed after them. Returns a getter.
 */
export const useCliAndApi = (target: DatabaseTarget): (() => CliAndApi) => {
  let db = '';
  let database: Database | undefined;
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    db = await target.create();
    expect((await runCli(['init', '--db', db])).code).toBe(0);
    database = await openFresh({ ...target, create: async () => db });
    if (await Store.of(database).isEmpty()) await loadBundledDataset(Store.of(database));
    app = await buildApp({ database, clock: () => new Date('2026-11-28T10:00:00Z') });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });
  return () => ({ db, app: app! });
};
