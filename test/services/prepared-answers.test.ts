import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { importFile } from '../../src/services/import.service.js';
import { TIMELINE } from '../../src/services/post-state.service.js';
import { preparedAnswersOf } from '../../src/services/prepared/prepared-answers.js';
import { ROUTE_SCOPE, route } from '../../src/services/routing.service.js';
import { who } from '../../src/services/who.service.js';
import { startAppointment, type WriteActor } from '../../src/services/write.service.js';
import { openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets } from '../support/databases.js';

const dir = mkdtempSync(join(tmpdir(), 'chancery-prepared-'));
const actor: WriteActor = { user: { id: 'system', name: 'system', role: 'admin' } as never, now: '2026-11-28T10:00:00.000Z' };
const at = parsePartialDate('1990-06-01');

/** Waits for a condition the mirror reaches after another connection's commit (PostgreSQL: a notification later). */
const until = async (check: () => Promise<boolean>): Promise<void> => {
  for (let i = 0; i < 60; i++) {
    await new Promise((r) => setTimeout(r, 50));
    if (await check()) return;
  }
  throw new Error('the mirror did not hear of the commit');
};

describe.each(databaseTargets)('prepared answers on $name', (target) => {
  it('a write to one post drops what was derived from it and keeps the rest; the mirror reads back only the tables it changed', async () => {
    const location = await target.create();
    const file = join(dir, `registry-${target.name}.jsonl`);
    await generateDataset(file, 300, 5);
    const plain = await openDatabase(location);
    await importFile(Store.of(plain), file);
    const statements: string[] = [];
    const mirrored = await openDatabase(location, { mirror: true, onQuery: (sql) => statements.push(sql) });
    try {
      await mirrored.mirror!.load();
      const kept = preparedAnswersOf(mirrored.mirror!);
      // Each built by asking: a post's timeline alone, an organization's routing scope with its heads' timelines.
      await who(Store.of(mirrored), 'gen-m0:post1', at);
      await who(Store.of(mirrored), 'gen-m2:post3', at);
      await route(Store.of(mirrored), 'FR', at, 'gen-m2');
      expect([kept.has(TIMELINE, 'gen-m0:post1'), kept.has(TIMELINE, 'gen-m2:post3'), kept.has(ROUTE_SCOPE, 'gen-m2')]).toEqual([true, true, true]);

      // Another connection adds a term to gen-m0:post1.
      await startAppointment(Store.of(plain), actor, { post: 'gen-m0:post1', person: 'gen-p0-2', start: '2031-01-01' }, { title: 'A later roster' });
      statements.length = 0;
      await until(async () => {
        await Store.of(mirrored).memory();
        return !kept.has(TIMELINE, 'gen-m0:post1');
      });
      expect(kept.has(TIMELINE, 'gen-m2:post3')).toBe(true);
      expect(kept.has(ROUTE_SCOPE, 'gen-m2')).toBe(true);
      const answer = await who(Store.of(mirrored), 'gen-m0:post1', parsePartialDate('2031-06'));
      expect(answer.holders.map((h) => h.person.id)).toContain('gen-p0-2');
      expect(answer).toEqual(await who(Store.of(plain), 'gen-m0:post1', parsePartialDate('2031-06')));

      // Catching up read the tables the commit wrote, and no other.
      const readBack = new Set(statements.flatMap((s) => /^select \* from "(\w+)" where "sys_seq" >/.exec(s)?.[1] ?? []));
      expect(readBack.has('appointments')).toBe(true);
      for (const untouched of ['organizations', 'relations', 'posts', 'responsibilities', 'subjects', 'successions']) expect(readBack.has(untouched), untouched).toBe(false);
    } finally {
      await mirrored.close();
      await plain.close();
    }
  });
});
