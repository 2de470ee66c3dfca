import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset.js';
import { emptyDataset } from '../../src/domain/model.js';
import type { Interval } from '../../src/domain/time/interval.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { importFile } from '../../src/services/import.service.js';
import { writeDataset } from '../../src/services/ingest/ingest.service.js';
import { who } from '../../src/services/who.service.js';
import { openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets } from '../support/databases.js';
import { generatedRegistries } from '../support/mirror-differential.js';

const dir = mkdtempSync(join(tmpdir(), 'chancery-mirror-'));

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
    // A few registries, no shrinking: a broken rule fails in seconds. The long run is test/fuzz/mirror.fuzz.test.ts.
    await fc.assert(generatedRegistries(target), { numRuns: target.name === 'sqlite' ? 2 : 1, endOnFailure: true });
  }, 60_000);
});
