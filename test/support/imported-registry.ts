import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { runCli } from './cli.js';
import type { DatabaseTarget } from './databases.js';
import { sharedPath } from './shared.js';

/** A registry built by `chancery import` of a real dataset, that the CLI (by its location), the API and the store all answer from. */
export interface ImportedRegistry {
  db: string;
  app: FastifyInstance;
  store: Store;
}

/**
 * A fresh database of the target kind into which `chancery import` reads `../shared/data/<path>`, with an app on it at
 * a fixed clock; opened before the suite's tests and closed after them. Returns a getter.
 */
export const useImportedRegistry = (target: DatabaseTarget, ...path: string[]): (() => ImportedRegistry) => {
  let db = '';
  let database: Database | undefined;
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    db = await target.create();
    const imported = await runCli(['import', sharedPath('data', ...path), '--db', db]);
    expect(imported.code, imported.stderr).toBe(0);
    database = await openDatabase(db);
    app = await buildApp({ database, clock: () => new Date('2026-11-28T10:00:00Z') });
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });
  return () => ({ db, app: app!, store: Store.of(database!) });
};
