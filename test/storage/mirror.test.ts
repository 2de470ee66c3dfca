import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset.js';
import { emptyDataset } from '../../src/domain/model.js';
import type { Interval } from '../../src/domain/time/interval.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { chart } from '../../src/services/chart.service.js';
import { holders } from '../../src/services/holders.service.js';
import { prepareAnswers } from '../../src/services/prepare.service.js';
import { importFile } from '../../src/services/import.service.js';
import { writeDataset } from '../../src/services/ingest/ingest.service.js';
import { route } from '../../src/services/routing.service.js';
import { chainAt } from '../../src/services/structure.service.js';
import { who } from '../../src/services/who.service.js';
import { addEvent, startAppointment, type WriteActor } from '../../src/services/write.service.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets } from '../support/databases.js';

const COUNTRIES = ['FR', 'DE', 'JP', 'US', 'GB', 'CN', 'SE', 'KE'];
const dir = mkdtempSync(join(tmpdir(), 'chancery-mirror-'));

/** A question of the kinds the mirror serves, with a date at any precision. */
const question = fc.record({
  kind: fc.constantFrom('who', 'route', 'chain', 'holders', 'chart'),
  ministry: fc.integer({ min: 0, max: 2 }),
  index: fc.integer({ min: 0, max: 9 }),
  year: fc.integer({ min: 1925, max: 2030 }),
  month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
});
type Question = typeof question extends fc.Arbitrary<infer Q> ? Q : never;

const ask = async (store: Store, q: Question): Promise<unknown> => {
  const text = `${q.year}${q.month ? `-${String(q.month).padStart(2, '0')}${q.day ? `-${String(q.day).padStart(2, '0')}` : ''}` : ''}`;
  const at = parsePartialDate(text);
  const m = `gen-m${q.ministry}`;
  try {
    // Post 0 is asked by its name (found through the names' keys), the others by id.
    if (q.kind === 'who') return await who(store, q.index === 0 ? `Minister ${q.ministry}` : `${m}:post${q.index}`, at);
    // Odd indexes ask within the ministry (its routing scope), even ones anywhere.
    if (q.kind === 'route') return await route(store, COUNTRIES[q.index % COUNTRIES.length]!, at, q.index % 2 ? m : undefined);
    if (q.kind === 'chain') return await chainAt(store, `${m}/u${q.index}`, at);
    if (q.kind === 'holders') return await holders(store, `${m}:post${q.index}`, at.earliest, q.index % 2 ? [`${m}:post0`] : []);
    return await chart(store, m, at);
  } catch (e) {
    return { error: (e as Error).message };
  }
};

/** The answers of a store with the mirror and one without, to the same questions: they must be equal. */
const compare = async (mirrored: Database, plain: Database, questions: readonly Question[]): Promise<void> => {
  for (const q of questions) expect(await ask(Store.of(mirrored), q), JSON.stringify(q)).toEqual(await ask(Store.of(plain), q));
};

/** Another process's commit reaches the mirror through the change feed: on PostgreSQL a notification, a moment later. */
const eventually = async (check: () => Promise<void>): Promise<void> => {
  for (let i = 0; ; i++) {
    try {
      await check();
      return;
    } catch (e) {
      if (i >= 40) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
};

describe.each(databaseTargets)('the in-memory mirror on $name', (target) => {
  it('finds the responsibilities that may hold during any days exactly as the SQL rule does, at every boundary', async () => {
    const location = await target.create();
    const plain = await openDatabase(location);
    const mirrored = await openDatabase(location, { mirror: true });
    try {
      const data = emptyDataset();
      data.sources.push({ id: 's', title: 'S', kind: 'curation' });
      data.subjects.push({ id: 'country:FR', kind: 'country', code: 'FR', name: 'France' });
      // A unit each: one unit's statements about one subject would merge into one fact.
      const add = (id: string, interval: Interval) => {
        data.organizations.push({ id, name: `Unit ${id}`, kind: 'department', sourceId: 's' });
        data.responsibilities.push({ id, unitId: id, subjectId: 'country:FR', sourceId: 's', interval });
      };
      const texts = ['2001', '2001-03', '2001-03-15', '2002-12', '2003', '2003-01-01', '2004-06-30'];
      texts.forEach((start, i) => texts.forEach((end, j) => {
        if (j > i) add(`u${i}-${j}`, { start: parsePartialDate(start), end: { kind: 'date', date: parsePartialDate(end) } });
      }));
      add('open', { start: parsePartialDate('2002'), end: { kind: 'open' } });
      add('undated', { start: null, end: { kind: 'unknown' } });
      await writeDataset(Store.of(plain), data, 'boundaries');
      await mirrored.mirror!.load();
      const days = texts.flatMap((t) => [parsePartialDate(t).earliest, parsePartialDate(t).latest]).flatMap((d) => [d - 1, d, d + 1]);
      await fc.assert(fc.asyncProperty(fc.constantFrom(...days), fc.constantFrom(...days), async (a, b) => {
        const q = { subjectIds: ['country:FR'], from: Math.min(a, b), to: Math.max(a, b), roles: ['handles' as const] };
        const fromMemory = (await Store.of(mirrored).responsibilities.possiblyDuring(q)).map((r) => r.id);
        expect(fromMemory).toEqual((await Store.of(plain).responsibilities.possiblyDuring(q)).map((r) => r.id));
      }), { numRuns: 300 });
    } finally {
      await mirrored.close();
      await plain.close();
    }
  });

  it('refuses to load a registry that would not fit in memory, saying how much it needs, and answers through SQL', async () => {
    const location = await target.create();
    const file = join(dir, `registry-${target.name}-small.jsonl`);
    await generateDataset(file, 100, 3);
    const plain = await openDatabase(location);
    const mirrored = await openDatabase(location, { mirror: true, mirrorMemory: 64 * 1024 });
    try {
      await importFile(Store.of(plain), file);
      const error = await mirrored.mirror!.load().then(() => undefined, (e: unknown) => e as { code?: string; message: string });
      expect(error?.code).toBe('UNAVAILABLE');
      expect(error?.message).toMatch(/the registry's [\d,]+ rows need about \d+ MB of memory and this process has 0 MB left: start Node with --max-old-space-size=\d+/);
      expect(mirrored.mirror!.rows).toBe(0);
      expect(mirrored.mirror!.refused).toMatch(/^\d+ rows need about \d+ MB$/);
      const at = parsePartialDate('1990-06-01');
      expect(await who(Store.of(mirrored), 'gen-m0:post1', at)).toEqual(await who(Store.of(plain), 'gen-m0:post1', at));
    } finally {
      await mirrored.close();
      await plain.close();
    }
  });

  it('answers exactly as SQL does on generated registries, and stays exact as this process and another write', async () => {
    const actor: WriteActor = { user: { id: 'system', name: 'system', role: 'admin' } as never, now: '2026-11-28T10:00:00.000Z' };
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.array(question, { minLength: 20, maxLength: 40 }), async (seed, questions) => {
        const location = await target.create();
        const file = join(dir, `registry-${target.name}-${++run}.jsonl`);
        await generateDataset(file, 300, seed);
        const plain = await openDatabase(location);
        const mirrored = await openDatabase(location, { mirror: true });
        try {
          await importFile(Store.of(plain), file);
          await mirrored.mirror!.load();
          expect(mirrored.mirror!.rows).toBeGreaterThan(500);
          // As `serve` does: every post's timeline and every organization's routing scope built and kept, then asked on any date.
          expect((await prepareAnswers(Store.of(mirrored))).posts).toBe(await mirrored.db.selectFrom('posts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n)));
          await compare(mirrored, plain, questions);

          // Another process (another connection) writes: a new term and a unit renamed.
          await startAppointment(Store.of(plain), actor, { post: 'gen-m0:post1', person: 'gen-p0-1', start: '2027-01-01' }, { title: 'A later roster' });
          await addEvent(Store.of(plain), actor, { kind: 'rename', date: parsePartialDate('2027-06'), unit: 'gen-m1/u2', name: 'Renamed Department' }, { title: 'A decree' });
          await eventually(() => compare(mirrored, plain, [...questions, { kind: 'who', ministry: 0, index: 1, year: 2027, month: 3, day: undefined }]));

          // This process writes: its next answer already includes it.
          await startAppointment(Store.of(mirrored), actor, { post: 'gen-m2:post3', person: 'gen-p2-3', start: '2028-02-02' }, { title: 'Yet another roster' });
          const after = await who(Store.of(mirrored), 'gen-m2:post3', parsePartialDate('2028-03'));
          expect(after.holders.map((h) => h.person.id)).toContain('gen-p2-3');
          await compare(mirrored, plain, questions);
        } finally {
          await mirrored.close();
          await plain.close();
        }
      }),
      { numRuns: target.name === 'sqlite' ? 6 : 3 },
    );
  }, 180_000);
});
