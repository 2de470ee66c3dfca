import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sayInEnglish } from '../../src/domain/messages/en.messages.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { check } from '../../src/services/check.service.js';
import { importFile } from '../../src/services/import.service.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets, openFresh } from '../support/databases.js';

const TODAY = parsePartialDate('2026-11-28').earliest;

// One source writes a peer's title twice, once dated from the day it was taken and once undated (as IfG's person
// rows do); a second source dates it otherwise. Only the second is a disagreement, and it names the peer.
const FIXTURE = {
  sources: [
    { id: 'register-a', title: 'Register A', kind: 'dataset' },
    { id: 'register-b', title: 'Register B', kind: 'dataset' },
  ],
  people: [
    { id: 'ann', name: 'Lady Example', source: 'register-a', names: [{ name: 'Lady Example', kind: 'primary' }, { name: 'Lady Example', kind: 'primary', start: '2001-05-01' }, { name: 'Ann Example', kind: 'primary', end: '2001-05-01' }] },
    { id: 'bob', name: 'Lord Sample', source: 'register-a', names: [{ name: 'Lord Sample', kind: 'primary' }, { name: 'Lord Sample', kind: 'primary', start: '1999-02-03' }] },
  ],
  claims: [{ entity: 'name:person:ann:primary:ladyexample', field: 'start', value: '2003-01-01', source: 'register-b' }],
};

describe.each(databaseTargets)('check says what disagrees, and with whom, on $name', (target) => {
  let db: Database;
  let store: Store;
  beforeAll(async () => {
    db = await openFresh(target);
    store = Store.of(db);
    const file = join(mkdtempSync(join(tmpdir(), 'chancery-check-')), 'peers.json');
    writeFileSync(file, JSON.stringify(FIXTURE));
    await importFile(store, file);
  });
  afterAll(async () => db?.close());

  it('never reports a source against itself, and names the name and its holder, not a row id', async () => {
    const conflicts = (await check(store, TODAY)).findings.filter((f) => f.code === 'conflicting-claims');
    // Register A's undated and dated "Lord Sample" are one statement made twice: no finding.
    expect(conflicts).toHaveLength(1);
    const [finding] = conflicts;
    if (finding?.code !== 'conflicting-claims') throw new Error('expected a conflicting-claims finding');
    expect(finding.values.map((v) => [v.value, v.citing.map((c) => c.id)])).toEqual([['2001-05-01', ['register-a']], ['2003-01-01', ['register-b']]]);
    expect(finding.facts.map((f) => f.name)).toEqual(['"Lady Example", a name of Lady Example']);
    const said = sayInEnglish(finding);
    expect(said).toContain('"Lady Example", a name of Lady Example (start): sources disagree');
    expect(said).not.toContain('person:ann');
  });
});
