import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/services/auth.service.js';
import { loadBundledDataset } from '../../src/services/import.service.js';
import { openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { canRunPrivatePostgres, freePort, PrivatePostgres } from '../support/private-postgres.js';

const wanted = Boolean(process.env['CHANCERY_TEST_PG']);
if (wanted && process.env['CI'] && !canRunPrivatePostgres()) throw new Error('the restart test needs PostgreSQL 15 in /usr/lib/postgresql/15/bin in CI');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Outcome {
  kind: 'read' | 'write';
  status: number;
  retryAfter: string | null;
  marker?: string;
  /** When the answer came, from the start of the test. */
  at: number;
  /** How long the request waited for its answer. */
  took: number;
}

/** A read is answered within this (the server's default answer deadline) or not at all: the client waits a little longer. */
const DEADLINE_MS = 25_000;

const startServer = async (url: string): Promise<{ server: ChildProcess; base: string; log: () => string }> => {
  const port = await freePort();
  let stderr = '';
  // The server as users run it, in its own process, at its default log level.
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'serve', '--db', url, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  server.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  for (let i = 0; i < 1800 && !stderr.includes('rows in memory'); i++) await sleep(100);
  expect(stderr).toContain('rows in memory');
  return { server, base: `http://127.0.0.1:${port}`, log: () => stderr };
};

const readiness = async (base: string): Promise<{ status: number; body: { status: string; memory: string; reason?: string } }> => {
  const res = await fetch(`${base}/health/ready`, { signal: AbortSignal.timeout(DEADLINE_MS + 2000) });
  return { status: res.status, body: (await res.json()) as { status: string; memory: string; reason?: string } };
};

describe.skipIf(!wanted || !canRunPrivatePostgres())('two chancery servers while their PostgreSQL stops for 10 s', () => {
  let pg: PrivatePostgres;
  let servers: { server: ChildProcess; base: string; log: () => string }[] = [];
  let token: string;

  beforeAll(async () => {
    pg = await PrivatePostgres.create();
    const database = await openDatabase(pg.url);
    const store = Store.of(database);
    await loadBundledDataset(store);
    token = (await addUser(store, 'loader', 'editor', new Date().toISOString())).token;
    await database.close();
    servers = await Promise.all([startServer(pg.url), startServer(pg.url)]);
  }, 300_000);

  afterAll(() => {
    for (const s of servers) s.server.kill('SIGTERM');
    pg?.destroy();
  });

  it('answers 503 with Retry-After while the database is away, every mirror is current again within 15 s, and no request outlives its deadline', async () => {
    const outcomes: Outcome[] = [];
    const started = Date.now();
    let running = true;
    let n = 0;
    const call = async (kind: 'read' | 'write', base: string, path = '/api/who?post=Premier&at=2010-01-01'): Promise<void> => {
      const marker = kind === 'write' ? `restart-${++n}` : undefined;
      const sent = Date.now();
      try {
        const res = kind === 'read'
          ? await fetch(`${base}${path}`, { signal: AbortSignal.timeout(DEADLINE_MS + 5000) })
          : await fetch(`${base}/api/claims`, {
              method: 'POST', signal: AbortSignal.timeout(DEADLINE_MS + 5000),
              headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
              // A citation of its own per write: a half-applied write would leave a source without its claim.
              body: JSON.stringify({ entity: 'person:choe-son-hui', field: 'note', value: marker, source: { title: `Report ${marker}` } }),
            });
        await res.arrayBuffer();
        outcomes.push({ kind, status: res.status, retryAfter: res.headers.get('retry-after'), ...(marker ? { marker } : {}), at: Date.now() - started, took: Date.now() - sent });
      } catch {
        outcomes.push({ kind, status: 0, retryAfter: null, ...(marker ? { marker } : {}), at: Date.now() - started, took: Date.now() - sent });
      }
    };
    // Five reads (one of them the coverage question the report saw hang) and one write a second, on each server.
    const load = (async () => {
      for (let tick = 0; running; tick++) {
        for (const { base } of servers) {
          void call('read', base, tick % 5 === 1 ? '/api/coverage' : undefined);
          if (tick % 5 === 0) void call('write', base);
        }
        await sleep(200);
      }
    })();

    await sleep(2000);
    const stoppedAt = Date.now() - started;
    pg.stop();
    await sleep(3000);
    for (const { base } of servers) {
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(503);
      expect(ready.headers.get('retry-after')).toBe('2');
      expect((await fetch(`${base}/health`)).status).toBe(200);
    }
    // Ten seconds away: far longer than a moment, so that a mirror which gave up would be seen.
    await sleep(7000);
    const downOutcomes = outcomes.filter((o) => o.at - o.took > stoppedAt + 500);
    pg.start();
    const restartedAt = Date.now();
    const recovery: number[] = [];
    const degraded: string[] = [];
    await Promise.all(servers.map(async ({ base }, i) => {
      for (let k = 0; k < 300 && recovery[i] === undefined; k++) {
        const r = await readiness(base).catch(() => undefined);
        if (r?.status === 200 && r.body.status === 'ready' && r.body.memory === 'current') recovery[i] = Date.now() - restartedAt;
        else {
          if (r?.status === 200 && r.body.status === 'degraded' && r.body.reason) degraded.push(r.body.reason);
          await sleep(100);
        }
      }
    }));
    await sleep(2000);
    running = false;
    await load;
    await sleep(DEADLINE_MS / 5);
    // The closing note's figures: how long after the restart each server had its mirror back.
    console.log(`database-restart: mirrors current again ${recovery.map((ms) => `${ms} ms`).join(' and ')} after the restart; ` +
      `${outcomes.length} requests, slowest ${Math.max(...outcomes.map((o) => o.took))} ms`);

    for (const s of servers) expect(s.server.exitCode, s.log()).toBeNull();
    expect(recovery).toHaveLength(servers.length);
    for (const ms of recovery) expect(ms).toBeLessThan(15_000);
    // While the mirror was not current, readiness said so and why, instead of "ready".
    expect(degraded.every((r) => /in-memory copy/.test(r))).toBe(true);
    expect(downOutcomes.length).toBeGreaterThan(5);
    expect(downOutcomes.every((o) => o.status === 503 && o.retryAfter !== null), JSON.stringify(downOutcomes.filter((o) => o.status !== 503).slice(0, 5))).toBe(true);
    const lastRecovery = restartedAt - started + Math.max(...recovery);
    const after = outcomes.filter((o) => o.at - o.took > lastRecovery + 200);
    expect(after.length).toBeGreaterThan(5);
    expect(after.every((o) => o.status === 200 || o.status === 201), JSON.stringify(after.filter((o) => o.status >= 300).slice(0, 5))).toBe(true);
    // Every request answered (never a dropped connection, never a client that gave up), with success or "try again".
    expect(outcomes.filter((o) => ![200, 201, 503].includes(o.status))).toEqual([]);
    expect(outcomes.filter((o) => o.kind === 'read' && o.took > DEADLINE_MS + 1000)).toEqual([]);

    const database = await openDatabase(pg.url);
    try {
      const claims = await database.db.selectFrom('claims').select(['value', 'source_id']).where('value', 'like', 'restart-%').execute();
      const sources = await database.db.selectFrom('sources').select(['id', 'title']).where('title', 'like', 'Report restart-%').execute();
      const written = new Set(outcomes.filter((o) => o.kind === 'write' && o.status === 201).map((o) => o.marker));
      for (const m of written) expect(claims.map((c) => c.value)).toContain(m);
      // Each write landed whole or not at all: a claim for every source it cited, and a source for every claim.
      expect(claims.map((c) => `Report ${c.value}`).sort()).toEqual(sources.map((s) => s.title).sort());
      expect(new Set(claims.map((c) => c.source_id))).toEqual(new Set(sources.map((s) => s.id)));
    } finally {
      await database.close();
    }
  }, 180_000);
});
