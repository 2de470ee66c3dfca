import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { balanced, type ImportReport } from '../../src/dataset/import-report.js';
import { importFile } from '../../src/services/import.service.js';
import { openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets } from '../support/databases.js';

const dir = mkdtempSync(join(tmpdir(), 'chancery-collisions-'));

/**
 * A unit that takes a country back twice, stated by one source (JSON Lines gives each responsibility the id
 * `unit>subject@source`: three facts, one id), the first statement again, and one appointment id given to two terms.
 */
const LINES = [
  { record: 'source', id: 's', title: 'Desk lists', kind: 'dataset' },
  { record: 'organization', id: 'm', name: 'Ministry', kind: 'ministry', source: 's' },
  { record: 'organization', id: 'm/u1', name: 'First Department', kind: 'department', source: 's' },
  { record: 'relation', from: 'm/u1', to: 'm', type: 'unit-of', start: '1940', source: 's' },
  { record: 'post', id: 'm:p1', organization: 'm', name: 'Director', seats: 1, source: 's' },
  { record: 'post', id: 'm:p2', organization: 'm', name: 'Deputy Director', seats: 1, source: 's' },
  { record: 'person', id: 'kim', name: 'Kim Il', source: 's' },
  { record: 'responsibility', unit: 'm/u1', subject: 'FR', start: '1950', end: '1955', source: 's' }, // line 8
  { record: 'responsibility', unit: 'm/u1', subject: 'FR', start: '1960', end: '1965', source: 's' }, // line 9
  { record: 'responsibility', unit: 'm/u1', subject: 'FR', start: '1970', end: '1975', source: 's' }, // line 10
  { record: 'responsibility', unit: 'm/u1', subject: 'FR', start: '1950', end: '1955', source: 's' }, // line 11: line 8 again
  { record: 'appointment', id: 'term-1', post: 'm:p1', person: 'kim', start: '1950', end: '1955', source: 's' }, // line 12
  { record: 'appointment', id: 'term-1', post: 'm:p2', person: 'kim', start: '1960', end: '1965', source: 's' }, // line 13
];

const file = join(dir, 'collisions.jsonl');
writeFileSync(file, LINES.map((l) => JSON.stringify(l)).join('\n') + '\n');

describe.each(databaseTargets)('an import whose records collide by id, on $name', (target) => {
  // One window for the whole file, and a window per record (what collides then collides with a stored row).
  it.each([{ windows: 'one window', batchSize: 5000 }, { windows: 'a window per record', batchSize: 1 }])('completes in $windows, reporting every record', async ({ batchSize }) => {
    const database = await openDatabase(await target.create());
    try {
      const store = Store.of(database);
      const report: ImportReport = await importFile(store, file, { batchSize });
      expect(report.stoppedAt).toBeUndefined();
      expect(balanced(report)).toBe(true);
      expect(report.counts['responsibility']).toEqual({ read: 4, created: 3, unchanged: 1, merged: 0, rejected: 0 });
      expect(report.counts['appointment']).toEqual({ read: 2, created: 2, unchanged: 0, merged: 0, rejected: 0 });
      // Each record whose id another fact held says so, naming the other and the id it was stored under.
      const renamed = report.entries.filter((e) => e.status === 'created').map((e) => [e.kind, e.line, e.id, e.message]).sort((a, b) => Number(a[1]) - Number(b[1]));
      const first = batchSize === 1 ? 'stored before' : `stated at ${file}`;
      expect(renamed).toEqual([
        ['responsibility', 9, 'm/u1>country:FR@s~2', expect.stringContaining(`the id "m/u1>country:FR@s" is already another responsibility's (${first}`)],
        ['responsibility', 10, 'm/u1>country:FR@s~3', expect.stringContaining('the id "m/u1>country:FR@s" is already another responsibility\'s')],
        ['appointment', 13, 'term-1~2', expect.stringContaining(`the id "term-1" is already another appointment's (${first}`)],
      ]);
      if (batchSize !== 1) expect(renamed[0]![3]).toContain(`${file}:8`);
      if (batchSize !== 1) expect(renamed[2]![3]).toContain(`${file}:12`);
      const stored = await store.responsibilities.forUnits(['m/u1']);
      expect(stored.map((r) => [r.id, r.interval.start?.text])).toEqual([
        ['m/u1>country:FR@s', '1950'], ['m/u1>country:FR@s~2', '1960'], ['m/u1>country:FR@s~3', '1970'],
      ]);
      // The same file again changes nothing, and says so of every record.
      const again = await importFile(store, file, { batchSize });
      expect(again.stoppedAt).toBeUndefined();
      expect(again.totals.created + again.totals.merged + again.totals.rejected).toBe(0);
      expect(again.totals.unchanged).toBe(again.totals.read);
    } finally {
      await database.close();
    }
  });

  it('goes on past a record the database itself refuses (a rule its checks do not know), rejecting it with its place', async () => {
    const database = await openDatabase(await target.create());
    try {
      // A rule only the database knows: a trigger that refuses one person, as a constraint the importer cannot foresee.
      if (target.name === 'sqlite') {
        await sql`create trigger refuse_person before insert on people when new.id = 'refused' begin select raise(abort, 'this person is refused'); end`.execute(database.db);
      } else {
        await sql.raw(`create function refuse_person() returns trigger language plpgsql as $$ begin
          if new.id = 'refused' then raise exception 'this person is refused' using errcode = '23514'; end if; return new; end $$`).execute(database.db);
        await sql`create trigger refuse_person before insert on people for each row execute function refuse_person()`.execute(database.db);
      }
      const refusedFile = join(dir, `refused-${target.name}.jsonl`);
      writeFileSync(refusedFile, [
        ...LINES.slice(0, 7),
        { record: 'person', id: 'refused', name: 'Ri Refused', source: 's' }, // line 8
        { record: 'person', id: 'pak', name: 'Pak Kept', source: 's' },
        { record: 'appointment', post: 'm:p2', person: 'refused', start: '1950', end: '1955', source: 's' }, // line 10
        { record: 'appointment', post: 'm:p2', person: 'pak', start: '1960', end: '1965', source: 's' },
      ].map((l) => JSON.stringify(l)).join('\n') + '\n');
      const store = Store.of(database);
      const report = await importFile(store, refusedFile);
      expect(report.stoppedAt).toBeUndefined();
      expect(balanced(report)).toBe(true);
      expect(report.counts['person']).toEqual({ read: 3, created: 2, unchanged: 0, merged: 0, rejected: 1 });
      expect(report.counts['appointment']).toEqual({ read: 2, created: 1, unchanged: 0, merged: 0, rejected: 1 });
      const rejected = report.entries.filter((e) => e.status === 'rejected').map((e) => [e.kind, e.line, e.message]);
      expect(rejected).toEqual([
        ['person', 8, expect.stringContaining('this person is refused')],
        // The person's own name, and the term, refer to the person refused.
        ['name', 8, 'no person with id "refused"'],
        ['appointment', 10, 'no person with id "refused"'],
      ]);
      expect((await store.people.get('pak'))?.name).toBe('Pak Kept');
      expect(await store.people.get('refused')).toBeUndefined();
    } finally {
      await database.close();
    }
  });
});
