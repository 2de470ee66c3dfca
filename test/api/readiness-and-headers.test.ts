import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { loadBundledDataset } from '../../src/services/import.service.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { isMemoryRefusal } from '../../src/storage/mirror/registry-mirror.js';
import { Store } from '../../src/storage/store.js';
import { runCli } from '../support/cli.js';
import { databaseTargets } from '../support/databases.js';

describe.each(databaseTargets)('readiness, headers and enumerations on $name', (target) => {
  let location: string;
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    location = await target.create();
    database = await openDatabase(location);
    await loadBundledDataset(Store.of(database));
    app = await buildApp({ database });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('sends nosniff, no-referrer and DENY on every response: pages, answers, errors, unknown routes', async () => {
    for (const url of ['/', '/api/who?post=Premier&at=2010-01-01', '/api/who?post=nobody', '/api/nothing-here', '/health/ready', '/openapi.json']) {
      const res = await app.inject({ url });
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
    }
    const page = await app.inject({ url: '/' });
    // Built (npm run build): the page's policy forbids framing and allows no inline style or script.
    if (page.statusCode === 200) {
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
      // An address the app has no view for is the app's own page (it says so), an unknown API path stays a JSON error.
      const unknown = await app.inject({ url: '/no/such/page' });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.headers['content-type']).toContain('text/html');
      expect(unknown.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect((await app.inject({ url: '/api/nothing-here' })).json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect((await app.inject({ url: `/o/${encodeURIComponent('ministry-of-foreign-affairs-north-korea')}/map` })).statusCode).toBe(200);
    }
  });

  it('refuses an unknown entity type in the history with 400 (it used to answer an empty page), and knows the real ones', async () => {
    const wrong = await app.inject({ url: '/api/history?entity_type=person' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { code: 'VALIDATION_ERROR', field: 'querystring.entity_type' } });
    const right = await app.inject({ url: '/api/history?entity_type=people&limit=1' });
    expect(right.statusCode).toBe(200);
    expect(right.json().items).toHaveLength(1);
  });

  it('says degraded, and why, while the in-memory copy is not current; ready once it is', async () => {
    const mirrored = await openDatabase(location, { mirror: true });
    const served = await buildApp({ database: mirrored });
    try {
      const before = await served.inject({ url: '/health/ready' });
      expect(before.statusCode).toBe(200);
      expect(before.json()).toMatchObject({ status: 'degraded', memory: 'loading', database: { state: 'up' } });
      expect(before.json().reason).toMatch(/in-memory copy is not current .*answers come from SQL/);
      await mirrored.mirror!.load();
      expect((await served.inject({ url: '/health/ready' })).json()).toMatchObject({ status: 'ready', memory: 'current' });
    } finally {
      await served.close();
      await mirrored.close();
    }
  });

  it('tells the out-of-memory refusal (which retrying cannot cure) from an outage, and does not retry it', async () => {
    const mirrored = await openDatabase(location, { mirror: true, mirrorMemory: 1024 });
    const served = await buildApp({ database: mirrored });
    try {
      const error = await mirrored.mirror!.load().then(() => undefined, (e: unknown) => e);
      expect(isMemoryRefusal(error)).toBe(true);
      expect(mirrored.mirror!.attempts).toBe(0);
      const ready = (await served.inject({ url: '/health/ready' })).json();
      expect(ready).toMatchObject({ status: 'degraded', memory: 'off' });
      expect(ready.reason).toMatch(/in-memory copy is off: \d+ rows need about \d+ MB/);
    } finally {
      await served.close();
      await mirrored.close();
    }
  });
});

describe('the CLI on a PostgreSQL that cannot be reached', () => {
  it('exits 7 (unavailable, as docs/cli.md says), saying so, not 5 with "migration  failed"', async () => {
    const r = await runCli(['sources', '--db', 'postgres://postgres@127.0.0.1:1/chancery']);
    expect(r.code).toBe(7);
    expect(r.stderr).toContain('the database is unavailable');
    expect(r.stderr).not.toContain('migration');
  });
});

const pgUrl = process.env['CHANCERY_TEST_PG'];
describe.skipIf(!pgUrl)('a read the database does not answer', () => {
  it('is answered 503 with Retry-After at its deadline, not left waiting', async () => {
    const target = databaseTargets.find((t) => t.name === 'postgres')!;
    const location = await target.create();
    const database = await openDatabase(location);
    await loadBundledDataset(Store.of(database));
    const app = await buildApp({ database, answerDeadline: 500 });
    // Another session holds the table: the read waits on its lock (no statement timeout in this process).
    const other = await openDatabase(location);
    let release = (): void => undefined;
    let locked = (): void => undefined;
    const isLocked = new Promise<void>((r) => (locked = r));
    const held = other.db.transaction().execute(async (tx) => {
      await sql`lock table people in access exclusive mode`.execute(tx);
      locked();
      await new Promise<void>((r) => (release = r));
    });
    try {
      await isLocked;
      const res = await app.inject({ url: '/api/people?limit=5' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('2');
      expect(res.json()).toMatchObject({ error: { code: 'UNAVAILABLE' } });
      expect(res.json().error.message).toMatch(/no answer within 1 s/);
    } finally {
      release();
      await held;
      await other.close();
      await app.close();
      await database.close();
    }
  });
});
