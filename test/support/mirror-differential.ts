import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { chart } from '../../src/services/chart.service.js';
import { holders } from '../../src/services/holders.service.js';
import { importFile } from '../../src/services/import.service.js';
import { prepareAnswers } from '../../src/services/prepare.service.js';
import { route } from '../../src/services/routing.service.js';
import { chainAt } from '../../src/services/structure.service.js';
import { who } from '../../src/services/who.service.js';
import { addEvent, startAppointment, type WriteActor } from '../../src/services/write.service.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import type { DatabaseTarget } from './databases.js';

/**
 * The mirror's differential property (decisions 8, 9, 12): on a generated registry, every answer from the in-memory
 * mirror with its prepared answers equals the answer through SQL, before and after writes of another process and of
 * this one. Run small in `npm test` (test/storage/mirror.test.ts) and long in `npm run fuzz` (test/fuzz).
 */
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
const eventually = async (target: DatabaseTarget, check: () => Promise<void>): Promise<void> => {
  // SQLite: the mirror looks for another connection's commit once per turn of the event loop, so the answers of the
  // next turn see it; PostgreSQL hears of it a moment later.
  const tries = target.name === 'postgres' ? 40 : 1;
  await new Promise((r) => setImmediate(r));
  for (let i = 1; ; i++) {
    try {
      await check();
      return;
    } catch (e) {
      if (i >= tries) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
};


const actor: WriteActor = { user: { id: 'system', name: 'system', role: 'admin' } as never, now: '2026-11-28T10:00:00.000Z' };
let run = 0;

/** The property over a generated registry (any seed) and a list of questions, on one kind of database. */
export const generatedRegistries = (target: DatabaseTarget) =>
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
      await eventually(target, () => compare(mirrored, plain, [...questions, { kind: 'who', ministry: 0, index: 1, year: 2027, month: 3, day: undefined }]));
  
      // This process writes: its next answer already includes it.
      await startAppointment(Store.of(mirrored), actor, { post: 'gen-m2:post3', person: 'gen-p2-3', start: '2028-02-02' }, { title: 'Yet another roster' });
      const after = await who(Store.of(mirrored), 'gen-m2:post3', parsePartialDate('2028-03'));
      expect(after.holders.map((h) => h.person.id)).toContain('gen-p2-3');
      await compare(mirrored, plain, questions);
    } finally {
      await mirrored.close();
      await plain.close();
    }
  });
