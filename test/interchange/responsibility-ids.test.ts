import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportRegistry } from '../../src/services/export.service.js';
import { importFile } from '../../src/services/import.service.js';
import { openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets } from '../support/databases.js';

const dir = mkdtempSync(join(tmpdir(), 'chancery-responsibility-ids-'));

/**
 * A mission accredited to one country eleven times by one source (POCOM's concurrent accreditations): without ids,
 * the import numbers them in reading order (`…@s`, `…@s~2` … `…@s~11`), and a copy that reads them back in id order
 * (`~10` before `~2`) would number them otherwise. A second source disputes the end of the second one.
 */
const BASE = 'm/u1>country:FR:non-resident-mission@s';
const LINES = [
  { record: 'source', id: 's', title: 'Chiefs of mission', kind: 'dataset' },
  { record: 'source', id: 't', title: 'A gazette', kind: 'dataset' },
  { record: 'organization', id: 'm', name: 'Ministry', kind: 'ministry', source: 's' },
  { record: 'organization', id: 'm/u1', name: 'Embassy in Belgium', kind: 'mission', source: 's' },
  ...Array.from({ length: 11 }, (_, i) => ({
    record: 'responsibility', unit: 'm/u1', subject: 'FR', role: 'non-resident-mission', start: `${1900 + 10 * i}`, end: `${1905 + 10 * i}`, source: 's',
  })),
  { record: 'claim', entity: `responsibility:${BASE}~2`, field: 'end', value: '1916', source: 't' },
];
const file = join(dir, 'accreditations.jsonl');
writeFileSync(file, LINES.map((l) => JSON.stringify(l)).join('\n') + '\n');

const startsById = async (store: Store) => Object.fromEntries((await store.responsibilities.forUnits(['m/u1'])).map((r) => [r.id, r.interval.start?.text]));
const dump = async (store: Store, tag: string): Promise<string[]> => {
  const out = join(dir, `${tag}.jsonl`);
  await exportRegistry(store, 'jsonl', out);
  return readFileSync(out, 'utf8').split('\n').filter(Boolean).sort();
};

describe.each(databaseTargets)('responsibilities of one unit, subject, role and source, on $name', (target) => {
  it('without ids in the file, are numbered in reading order; the claim is filed on the one it names', async () => {
    const database = await openDatabase(await target.create());
    try {
      const store = Store.of(database);
      const report = await importFile(store, file);
      expect(report.counts['responsibility']).toMatchObject({ read: 11, created: 11, rejected: 0 });
      const starts = await startsById(store);
      expect(starts[BASE]).toBe('1900');
      expect(starts[`${BASE}~2`]).toBe('1910');
      expect(starts[`${BASE}~10`]).toBe('1990');
      expect((await store.claims.forEntities('responsibility', [`${BASE}~2`])).map((c) => [c.field, c.value, c.sourceId])).toContainEqual(['end', '1916', 't']);
    } finally {
      await database.close();
    }
  });

  it.each(EXPORT_FORMATS)('exported as %s, they carry their ids: a copy keeps each one, and each claim on the same one', async (format) => {
    const source = await openDatabase(await target.create());
    const copy = await openDatabase(await target.create());
    try {
      await importFile(Store.of(source), file);
      const before = await dump(Store.of(source), `${target.name}-${format}-before`);
      const out = join(dir, `${target.name}-${format}${format === 'csv' ? '' : format === 'popolo' ? '.json' : '.jsonl'}`);
      await exportRegistry(Store.of(source), format, out);
      const report = await importFile(Store.of(copy), out, { format });
      expect(report.entries.filter((e) => e.status === 'rejected')).toEqual([]);
      expect(await startsById(Store.of(copy))).toEqual(await startsById(Store.of(source)));
      expect((await Store.of(copy).claims.forEntities('responsibility', [`${BASE}~2`])).map((c) => [c.field, c.value, c.sourceId])).toContainEqual(['end', '1916', 't']);
      expect(await dump(Store.of(copy), `${target.name}-${format}-after`)).toEqual(before);
      expect(before.filter((l) => l.includes('"record":"responsibility"')).every((l) => l.includes(`"id":"${BASE}`))).toBe(true);
    } finally {
      await source.close();
      await copy.close();
    }
  });
});
