import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { loadBundledDataset } from '../../src/services/import.service.js';
import { Store } from '../../src/storage/store.js';
import { type Database, openDatabase } from '../../src/storage/database.js';

/** A database kind the shared suites run against: a real SQLite file, or a fresh database on a real PostgreSQL. */
export interface DatabaseTarget {
  name: 'sqlite' | 'postgres';
  /** A new, empty database; returns its location. */
  create(): Promise<string>;
}

const pgUrl = process.env['CHANCERY_TEST_PG'];
if (!pgUrl && process.env['CI']) throw new Error('CHANCERY_TEST_PG must name a PostgreSQL server in CI (.ci/run starts one)');

let counter = 0;
const sqlite: DatabaseTarget = {
  name: 'sqlite',
  create: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chancery-test-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    return join(dir, `registry-${++counter}.db`);
  },
};

const postgres: DatabaseTarget = {
  name: 'postgres',
  create: async () => {
    const name = `chancery_test_${process.pid}_${Date.now()}_${++counter}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    try {
      await admin.query(`create database ${name}`);
    } finally {
      await admin.end();
    }
    const url = new URL(pgUrl!);
    url.pathname = `/${name}`;
    return url.toString();
  },
};

/** Every target this run has: SQLite always, PostgreSQL when CHANCERY_TEST_PG is set (always in CI). */
export const databaseTargets: DatabaseTarget[] = pgUrl ? [sqlite, postgres] : [sqlite];

export const openFresh = async (target: DatabaseTarget): Promise<Database> => openDatabase(await target.create());

/**
 * A fresh database of the target kind with the bundled dataset loaded, opened before the suite's tests and closed
 * after them. Returns a getter, since the store exists only once `beforeAll` has run.
 */
export const useBundledRegistry = (target: DatabaseTarget): (() => Store) => {
  let database: Database | undefined;
  let store: Store | undefined;
  beforeAll(async () => {
    database = await openFresh(target);
    store = Store.of(database);
    await loadBundledDataset(store);
  });
  afterAll(async () => database?.close());
  return () => store!;
};
