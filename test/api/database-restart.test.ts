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
  at: number;
}

describe.skipIf(!wanted || !canRunPrivatePostgres())('chancery serve while its PostgreSQL restarts', () => {
  let pg: PrivatePostgres;
  let server: ChildProcess;
  let base: string;
  let token: string;
  let stderr = '';

  beforeAll(async () => {
    pg = await PrivatePostgres.create();
    const database = await openDatabase(pg.url);
    const store = Store.of(database);
    await loadBundledDataset(store);
    token = (await addUser(store, 'loader', 'editor', new Date().toISOString())).token;
    await database.close();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // The server as users run it, in its own process, at its default log level.
    server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'serve', '--db', pg.url, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
    server.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    for (let i = 0; i < 300 && !stderr.includes('serving'); i++) await sleep(100);
    expect(stderr).toContain('serving');
  }, 120_000);

  afterAll(() => {
    server?.kill('SIGTERM');
    pg?.destroy();
  });

  it('answers 503 with Retry-After while the database is away, recovers by itself, and applies no write by half', async () => {
    const outcomes: Outcome[] = [];
    const started = Date.now();
    let running = true;
    let n = 0;
    const call = async (kind: 'read' | 'write'): Promise<void> => {
      const marker = kind === 'write' ? `restart-${++n}` : undefined;
      try {
        const res = kind === 'read'
          ? await fetch(`${base}/api/who?post=Premier&at=2010-01-01`, { signal: AbortSignal.timeout(10_000) })
          : await fetch(`${base}/api/claims`, {
              method: 'POST', signal: AbortSignal.timeout(10_000),
              headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
              // A citation of its own per write: a half-applied write would leave a source without its claim.
              body: JSON.stringify({ entity: 'person:choe-son-hui', field: 'note', value: marker, source: { title: `Report ${marker}` } }),
            });
        await res.arrayBuffer();
        outcomes.push({ kind, status: res.status, retryAfter: res.headers.get('retry-after'), ...(marker ? { marker } : {}), at: Date.now() - started });
      } catch {
        outcomes.push({ kind, status: 0, retryAfter: null, ...(marker ? { marker } : {}), at: Date.now() - started });
      }
    };
    // Five reads and one write a second, as in the report that found the fault.
    const load = (async () => {
      for (let tick = 0; running; tick++) {
        void call('read');
        if (tick % 5 === 0) void call('write');
        await sleep(200);
      }
    })();

    await sleep(2000);
    const stoppedAt = Date.now() - started;
    pg.stop();
    await sleep(3000);
    const downOutcomes = outcomes.filter((o) => o.at > stoppedAt + 500);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('2');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    pg.start();
    const restartedAt = Date.now() - started;
    let recoveredAt: number | undefined;
    for (let i = 0; i < 100 && recoveredAt === undefined; i++) {
      const res = await fetch(`${base}/api/who?post=Premier&at=2010-01-01`);
      if (res.status === 200) recoveredAt = Date.now() - started;
      else await sleep(100);
    }
    await sleep(2000);
    running = false;
    await load;
    await sleep(500);

    expect(server.exitCode, stderr).toBeNull();
    expect(downOutcomes.length).toBeGreaterThan(5);
    expect(downOutcomes.every((o) => o.status === 503 && o.retryAfter !== null), JSON.stringify(downOutcomes.slice(0, 5))).toBe(true);
    expect(recoveredAt! - restartedAt).toBeLessThan(5000);
    const after = outcomes.filter((o) => o.at > recoveredAt! + 200);
    expect(after.length).toBeGreaterThan(5);
    expect(after.every((o) => o.status === 200 || o.status === 201), JSON.stringify(after.filter((o) => o.status >= 300).slice(0, 5))).toBe(true);
    // No answer but success or "try again": never a 500, never a dropped connection.
    expect(outcomes.filter((o) => ![200, 201, 503].includes(o.status))).toEqual([]);

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
  }, 120_000);
});
