import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset.js';
import { buildApp } from '../../src/api/app.js';
import { emptyDataset } from '../../src/domain/model.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { importFile } from '../../src/services/import.service.js';
import { writeDataset } from '../../src/services/ingest/ingest.service.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets } from '../support/databases.js';

const dir = mkdtempSync(join(tmpdir(), 'chancery-loading-'));

/** A post, its holder and their source, written while the in-memory copy loads. */
const lateWrite = () => {
  const data = emptyDataset();
  data.sources.push({ id: 'late', title: 'Written during the load', kind: 'curation' });
  data.organizations.push({ id: 'late-org', name: 'Late Office', kind: 'ministry', sourceId: 'late' });
  data.posts.push({ id: 'late-post', organizationId: 'late-org', name: 'Late Secretary', seats: 1, sourceId: 'late' });
  data.people.push({ id: 'late-person', name: 'Pak Late', sourceId: 'late' });
  data.appointments.push({ id: 'late-term', postId: 'late-post', personId: 'late-person', kind: 'substantive', sourceId: 'late', interval: { start: parsePartialDate('2001'), end: { kind: 'open' } } });
  return data;
};

describe.each(databaseTargets)('a server whose in-memory copy is loading, on $name', (target) => {
  it('answers from SQL while the copy loads (held between two batches), says it is loading, and answers the same once it is current', async () => {
    const location = await target.create();
    const file = join(dir, `registry-${target.name}.jsonl`);
    await generateDataset(file, 1000, 11);
    const plain = await openDatabase(location);
    await importFile(Store.of(plain), file);
    // The load stops after its first batch of rows, until the test lets it go on.
    let mirrored: Database | undefined = undefined;
    let reached = (): void => undefined;
    const atPause = new Promise<void>((r) => (reached = r));
    let release = (): void => undefined;
    const released = new Promise<void>((r) => (release = r));
    let held = false;
    mirrored = await openDatabase(location, {
      mirror: true,
      mirrorPace: async () => {
        if (held || !/^loading: [1-9]/.test(mirrored?.mirror?.behind ?? '')) return;
        held = true;
        reached();
        await released;
      },
    });
    const served = await buildApp({ database: mirrored });
    const reference = await buildApp({ database: plain });
    try {
      const loading = mirrored.mirror!.load();
      await atPause;
      const ready = await served.inject({ url: '/health/ready' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toMatchObject({ status: 'degraded', memory: 'loading', database: { state: 'up' } });
      expect(ready.json().reason).toMatch(/loading: [\d,]+ of about [\d,]+ rows\); answers come from SQL/);
      expect((await served.inject({ url: '/health' })).statusCode).toBe(200);
      // A question and a write while the copy is held half loaded: both go through SQL (the load holds no connection).
      const asked = { url: '/api/who?post=gen-m0:post1&at=1990-06-01' };
      const during = await served.inject(asked);
      expect(during.statusCode).toBe(200);
      expect(during.json()).toEqual((await reference.inject(asked)).json());
      await writeDataset(Store.of(mirrored), lateWrite(), 'late');
      const late = { url: '/api/who?post=late-post&at=2010-01-01' };
      expect((await served.inject(late)).json().holders.map((h: { person: { id: string } }) => h.person.id)).toEqual(['late-person']);
      expect(mirrored.mirror!.rows).toBe(0);

      release();
      await loading;
      expect(await mirrored.mirror!.current()).toBeDefined();
      expect((await served.inject({ url: '/health/ready' })).json()).toMatchObject({ status: 'ready', memory: 'current' });
      // What was written while it loaded is in memory, and the answers are those SQL gives.
      expect(mirrored.mirror!.table('posts').get('late-post')).toBeDefined();
      expect(mirrored.mirror!.table('appointments').get('late-term')).toBeDefined();
      for (const q of [asked, late]) expect((await served.inject(q)).json()).toEqual((await reference.inject(q)).json());
    } finally {
      release();
      await served.close();
      await reference.close();
      await mirrored.close();
      await plain.close();
    }
  }, 60_000);
});
