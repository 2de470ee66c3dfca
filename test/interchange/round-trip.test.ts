import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { recordEvent } from '../../src/services/event.service.js';
import { exportRegistry } from '../../src/services/export.service.js';
import { importFile, loadBundledDataset } from '../../src/services/import.service.js';
import { route } from '../../src/services/routing.service.js';
import { who } from '../../src/services/who.service.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets, openFresh } from '../support/databases.js';

// Export, then import into an empty database: the same registry. "The same" is read off the canonical dump (JSON
// Lines, sorted) and off the answers people rely on.
const dump = async (db: Database, dir: string, name: string): Promise<string[]> => {
  const file = join(dir, `${name}.jsonl`);
  await exportRegistry(Store.of(db), 'jsonl', file);
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).sort();
};

describe.each(databaseTargets)('export and import back, on $name', (target) => {
  let source: Database;
  let dir: string;
  let before: string[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chancery-round-trip-'));
    source = await openFresh(target);
    await loadBundledDataset(Store.of(source));
    // A recorded merge: its stored details (the units merged, the unit they went into) are not fields of the input.
    await Store.of(source).transaction((tx) => recordEvent(tx, {
      kind: 'merge', date: parsePartialDate('2025-03-01'), units: ['Asia Affairs Department 1', 'Asia Affairs Department 2'], name: 'Asia Affairs Department', sourceId: 'wikipedia-mfa-dprk',
    }));
    before = await dump(source, dir, 'before');
    expect(before.join('\n')).toContain('"into":"ministry-of-foreign-affairs-north-korea/asia-affairs-department"');
  });
  afterAll(async () => source?.close());

  it.each(['jsonl', 'csv', 'popolo'] as const)('%s: exports the bundled registry and imports it into an empty database unchanged, every record accounted for', async (format) => {
    const out = join(dir, format === 'csv' ? 'csv-folder' : `export.${format === 'popolo' ? 'json' : 'jsonl'}`);
    const exported = await exportRegistry(Store.of(source), format, out);
    expect(exported.counts['appointments']).toBeGreaterThan(40);
    const copy = await openFresh(target);
    try {
      const report = await importFile(Store.of(copy), out, { format });
      const t = report.totals;
      expect(t.read).toBe(t.created + t.unchanged + t.merged + t.rejected);
      expect(report.entries.filter((e) => e.status === 'rejected')).toEqual([]);
      expect(await dump(copy, dir, `after-${format}`)).toEqual(before);
      const at = parsePartialDate('2024-07-01');
      expect((await route(Store.of(copy), 'South Korea', at)).candidates.map((c) => c.unit.name)).toEqual((await route(Store.of(source), 'South Korea', at)).candidates.map((c) => c.unit.name));
      const minister = 'ministry-of-foreign-affairs-north-korea:minister-of-foreign-affairs';
      expect((await who(Store.of(copy), minister, parsePartialDate('2007-03-01'))).holders).toEqual((await who(Store.of(source), minister, parsePartialDate('2007-03-01'))).holders);
      // Importing the same export again changes nothing.
      const again = await importFile(Store.of(copy), out, { format });
      expect(again.totals.created).toBe(0);
      expect(await dump(copy, dir, `again-${format}`)).toEqual(before);
    } finally {
      await copy.close();
    }
  });

  it('refuses a place it cannot write to with a clear error naming it, before reading anything', async () => {
    await expect(exportRegistry(Store.of(source), 'jsonl', join(dir, 'missing-folder', 'x.jsonl'))).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', place: { field: '--out' } });
    const file = join(dir, 'a-file');
    await exportRegistry(Store.of(source), 'jsonl', file);
    await expect(exportRegistry(Store.of(source), 'csv', join(file, 'sub'))).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('ENOTDIR') });
  });

  it('exports only what may hold on a date with --at', async () => {
    const file = join(dir, 'at.jsonl');
    const all = await exportRegistry(Store.of(source), 'jsonl', join(dir, 'all.jsonl'));
    const on = await exportRegistry(Store.of(source), 'jsonl', file, parsePartialDate('2010-03-01'));
    expect(on.counts['appointments']).toBeLessThan(all.counts['appointments']!);
    expect(readFileSync(file, 'utf8')).toContain('"record":"appointment","id":"ministry-of-foreign-affairs-north-korea:minister-of-foreign-affairs:pak-ui-chun:2007-05-18"');
    expect(readFileSync(file, 'utf8')).not.toContain('choe-son-hui:2022-06-11');
    // What is exported for a date imports whole: no claim or citation refers to a fact left out.
    const copy = await openFresh(target);
    try {
      const report = await importFile(Store.of(copy), file, { format: 'jsonl' });
      expect(report.entries.filter((e) => e.status === 'rejected')).toEqual([]);
    } finally {
      await copy.close();
    }
  });
});
