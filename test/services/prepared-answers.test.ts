import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { importFile } from '../../src/services/import.service.js';
import { COVERAGE, coverage } from '../../src/services/coverage.service.js';
import { writeDataset } from '../../src/services/ingest/ingest.service.js';
import { TIMELINE } from '../../src/services/post-state.service.js';
import { emptyDataset } from '../../src/domain/model.js';
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

  it("keeps the map's answer for the last dates asked, as SQL gives it, until a change touches what it read", async () => {
    const location = await target.create();
    const file = join(dir, `registry-${target.name}-map.jsonl`);
    await generateDataset(file, 300, 6);
    const plain = await openDatabase(location);
    await importFile(Store.of(plain), file);
    const mirrored = await openDatabase(location, { mirror: true });
    try {
      await mirrored.mirror!.load();
      const kept = preparedAnswersOf(mirrored.mirror!);
      const first = await coverage(Store.of(mirrored), at);
      expect(kept.has(COVERAGE, { at, orgRef: undefined })).toBe(true);
      expect(first).toEqual(await coverage(Store.of(plain), at));
      expect(await coverage(Store.of(mirrored), at)).toBe(first);
      expect(first.countries.some((c) => c.subject.id === 'country:KP')).toBe(false);

      // Another connection records a unit for a country no unit handled: the kept answer goes, and the next has it.
      const data = emptyDataset();
      data.sources.push({ id: 'late', title: 'A later desk list', kind: 'curation' });
      data.subjects.push({ id: 'country:KP', kind: 'country', code: 'KP', name: 'North Korea' });
      data.responsibilities.push({ id: 'late-kp', unitId: 'gen-m0/u1', subjectId: 'country:KP', sourceId: 'late', interval: { start: parsePartialDate('1980'), end: { kind: 'open' } } });
      expect((await writeDataset(Store.of(plain), data, 'late')).counts['responsibility']?.created).toBe(1);
      await until(async () => {
        await Store.of(mirrored).memory();
        return !kept.has(COVERAGE, { at, orgRef: undefined });
      });
      const after = await coverage(Store.of(mirrored), at);
      expect(after.countries.some((c) => c.subject.id === 'country:KP')).toBe(true);
      expect(after).toEqual(await coverage(Store.of(plain), at));

      // At most 16 dates are kept: the oldest goes first.
      for (let year = 1960; year < 1976; year++) await coverage(Store.of(mirrored), parsePartialDate(`${year}-01-01`));
      expect(kept.has(COVERAGE, { at, orgRef: undefined })).toBe(false);
      expect(kept.has(COVERAGE, { at: parsePartialDate('1975-01-01'), orgRef: undefined })).toBe(true);
    } finally {
      await mirrored.close();
      await plain.close();
    }
  });
});
