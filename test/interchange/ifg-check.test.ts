import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { check } from '../../src/services/check.service.js';
import { importFile } from '../../src/services/import.service.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets, openFresh } from '../support/databases.js';
import { sharedPath } from '../support/shared.js';

// IfG writes a peer's title on two person rows, one dated and one not: `check` once read that as the database
// disagreeing with itself, 186 times, each shown by a name row's id.
describe.each(databaseTargets)('check on the IfG ministers database, on $name', (target) => {
  let db: Database;
  let store: Store;
  beforeAll(async () => {
    db = await openFresh(target);
    store = Store.of(db);
    await importFile(store, sharedPath('data', 'ifg-ministers'), { format: 'ifg' });
  }, 600_000);
  afterAll(async () => db?.close());

  it('reports no source against itself', async () => {
    const findings = (await check(store, parsePartialDate('2026-11-28').earliest)).findings;
    const selfConflicts = findings.filter((f) => f.code === 'conflicting-claims' && new Set(f.values.flatMap((v) => v.citing.map((c) => c.id))).size === 1
      && f.values.some((v) => v.value === 'unknown'));
    expect(selfConflicts).toEqual([]);
    expect(findings.filter((f) => f.code === 'conflicting-claims')).toEqual([]);
  }, 120_000);
});
