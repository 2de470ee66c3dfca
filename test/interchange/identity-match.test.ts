import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { balanced } from '../../src/dataset/import-report.js';
import { career } from '../../src/services/career.service.js';
import { importFile } from '../../src/services/import.service.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets, openFresh } from '../support/databases.js';
import { sharedPath } from '../support/shared.js';

describe.each(databaseTargets)('matching records of another registry by identifier, on $name', (target) => {
  it('a person another file names under its own id but with a known QID is the stored person, and their terms follow', async () => {
    const db = await openFresh(target);
    try {
      const store = Store.of(db);
      await importFile(store, sharedPath('data', 'nk-wikidata'), { format: 'wikidata-csv' });
      const people = await store.people.count();
      const file = join(mkdtempSync(join(tmpdir(), 'chancery-match-')), 'other.json');
      writeFileSync(file, JSON.stringify({
        persons: [{ id: 'other-registry-17', name: 'Kim Jong Il', identifiers: [{ scheme: 'wikidata', identifier: 'Q10665' }], birth_date: '1941-02-16' }],
        organizations: [{ id: 'wpk', name: "Workers' Party of Korea", classification: 'party' }],
        memberships: [{ person_id: 'other-registry-17', organization_id: 'wpk', role: 'General Secretary', start_date: '1997-10-08', end_date: '2011-12-17' }],
      }));
      const report = await importFile(store, file, { format: 'popolo' });
      expect(balanced(report)).toBe(true);
      expect(report.entries.filter((e) => e.status === 'rejected')).toEqual([]);
      expect(report.entries.find((e) => e.kind === 'identity' && e.id === 'other-registry-17')?.message).toContain('matched by wikidata Q10665');
      expect(await store.people.count()).toBe(people);
      expect(await store.people.get('other-registry-17')).toBeUndefined();
      const kim = await career(store, 'wd:Q10665', parsePartialDate('2000-01-01'));
      expect(kim.terms.map((t) => t.post.name)).toContain('General Secretary');
      // Importing it again changes nothing.
      const again = await importFile(store, file, { format: 'popolo' });
      expect(again.totals.created).toBe(0);
    } finally {
      await db.close();
    }
  });
});
