import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment } from '../../src/domain/model.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { writeDataset } from '../../src/services/ingest/ingest.service.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { emptyDataset } from '../../src/domain/model.js';
import { databaseTargets } from '../support/databases.js';

const source = { id: 's1', title: 'Source one', kind: 'web-page' as const };
const org = { id: 'org', name: 'Ministry', kind: 'ministry' as const, sourceId: 's1' };
const post = { id: 'org:minister', organizationId: 'org', name: 'Minister', seats: 1, rank: 1, sourceId: 's1' };
const people = ['ann', 'bob', 'cid'].map((id) => ({ id, name: id.toUpperCase(), sourceId: 's1' }));
const term = (personId: string, start: string | null, end: string | 'open' | 'unknown'): Appointment => ({
  id: `org:minister:${personId}:${start ?? 'undated'}`, postId: 'org:minister', personId, kind: 'substantive', sourceId: 's1',
  interval: { start: start ? parsePartialDate(start) : null, end: end === 'open' || end === 'unknown' ? { kind: end } : { kind: 'date', date: parsePartialDate(end) } },
});

describe.each(databaseTargets)('storage contract on $name', (target) => {
  let database: Database;
  let store: Store;

  beforeAll(async () => {
    const location = await target.create();
    database = await openDatabase(location);
    store = Store.of(database);
    // Opening again runs no migration twice.
    await (await openDatabase(location)).close();
    const data = emptyDataset();
    data.sources.push(source);
    data.organizations.push(org);
    data.posts.push(post);
    data.people.push(...people);
    await writeDataset(store, data, 'setup');
  });
  afterAll(async () => database?.close());

  it('round-trips partial dates with their precision and the interval kinds', async () => {
    const t = term('ann', '1998', '2003-09');
    expect(await store.appointments.write(t, 1)).toBe('inserted');
    const back = (await store.appointments.get(t.id))!;
    expect(back.interval.start).toEqual(parsePartialDate('1998'));
    expect(back.interval.end).toEqual({ kind: 'date', date: parsePartialDate('2003-09') });
    expect(await store.appointments.write(t, 1)).toBe('unchanged');
    expect(await store.appointments.write({ ...t, note: 'changed' }, 1)).toBe('updated');
  });

  it('fills an entity only where it is empty, citing the filling source; a differing value is a claim, never an overwrite', async () => {
    const fill = (nativeName: string, sourceId: string) => {
      const d = emptyDataset();
      d.sources.push({ id: 's2', title: 'Source two', kind: 'web-page' });
      d.people.push({ id: 'ann', name: 'Other name', nativeName, sourceId });
      return writeDataset(store, d, 'fill.json');
    };
    expect((await fill('안', 's2')).counts['person']).toMatchObject({ read: 1, merged: 1 });
    const ann = (await store.people.get('ann'))!;
    expect(ann).toMatchObject({ name: 'ANN', nativeName: '안' });
    expect((await store.claims.forEntity('person', 'ann')).map((c) => [c.field, c.value, c.sourceId])).toEqual([['native-name', '안', 's2']]);
    expect((await fill('안', 's2')).counts['person']).toMatchObject({ read: 1, unchanged: 1 });
    const other = await fill('다른', 's1');
    expect(other.counts['person']).toMatchObject({ merged: 1 });
    expect((await store.people.get('ann'))!.nativeName).toBe('안');
    expect((await store.claims.forEntity('person', 'ann')).map((c) => c.value).sort()).toEqual(['다른', '안']);
  });

  it('keeps every version: a change moves the old image to the versions table, and the past reads as it was', async () => {
    const t = term('ann', '1998', '2003-09');
    const v1 = (await store.appointments.version(t.id))!;
    const before = new Date(Date.now() - 1).toISOString();
    await new Promise((r) => setTimeout(r, 5));
    expect(await store.appointments.write({ ...t, note: 'changed again' }, 1)).toBe('updated');
    const v2 = (await store.appointments.version(t.id))!;
    expect(v2).toBeGreaterThan(v1);
    expect((await store.at(before).appointments.get(t.id))?.note).toBe('changed');
    expect((await store.appointments.get(t.id))?.note).toBe('changed again');
    const history = await store.history.list({ table: 'appointments', id: t.id, limit: 10 });
    expect(history.map((h) => h.op)).toEqual(['insert', 'update', 'update']);
  });

  it('finds tenures that may include a day, through the index columns', async () => {
    await store.appointments.write(term('bob', '2003-09-03', '2007-04-11'), 1);
    await store.appointments.write(term('cid', null, 'unknown'), 1);
    const at = (d: string) => store.appointments.possiblyAt('org:minister', parsePartialDate(d).earliest).then((xs) => xs.map((x) => x.personId).sort());
    expect(await at('2005-01-01')).toEqual(['bob', 'cid']);
    expect(await at('2003-09-02')).toEqual(['ann', 'cid']);
    expect(await at('2007-04-11')).toEqual(['cid']);
  });

  it('rolls a transaction back whole when any write in it fails', async () => {
    const before = await store.people.count();
    await expect(
      store.transaction(async (tx) => {
        await tx.people.upsert({ id: 'dan', name: 'DAN', sourceId: 's1' });
        await tx.people.upsert({ id: 'eve', name: 'EVE', sourceId: 'no-such-source' });
      }),
    ).rejects.toThrow();
    expect(await store.people.count()).toBe(before);
    expect(await store.people.get('dan')).toBeUndefined();
  });

  it('refuses, in the writer, a tenure that certainly overlaps another on a single-seat post', async () => {
    const data = emptyDataset();
    data.appointments.push(term('cid', '2005-01-01', '2006-01-01'));
    const result = await writeDataset(store, data, 'clash.json');
    expect(result.entries).toEqual([expect.objectContaining({ status: 'rejected', kind: 'appointment', field: 'interval' })]);
    expect(result.totals).toMatchObject({ read: 1, rejected: 1 });
    expect(await store.appointments.get(term('cid', '2005-01-01', '2006-01-01').id)).toBeUndefined();
  });

  it('refuses an end before the start in the schema itself', async () => {
    const bad = { ...term('cid', '2010-01-01', '2011-01-01'), id: 'bad' };
    bad.interval = { start: parsePartialDate('2010-01-01'), end: { kind: 'date', date: parsePartialDate('2009-01-01') } };
    await expect(store.appointments.write(bad, 1)).rejects.toThrow();
  });

  it('guards certain overlaps in the schema on PostgreSQL only; on SQLite the writer is the guard', async () => {
    const clash = term('cid', '2004-01-01', '2005-01-01');
    if (target.name === 'postgres') {
      await expect(store.appointments.write(clash, 1)).rejects.toThrow(/appointments_single_seat_no_overlap|exclusion/);
      const constraint = await sql<{ n: number }>`select count(*)::int as n from pg_constraint where conname = 'appointments_single_seat_no_overlap'`.execute(database.db);
      expect(constraint.rows[0]!.n).toBe(1);
    } else {
      await expect(store.appointments.write(clash, 1)).resolves.toBe('inserted');
      await database.db.deleteFrom('appointments').where('id', '=', clash.id).execute();
    }
    // Only the certain part is protected: a tenure of which only the year is known may still be stored.
    await expect(store.appointments.write(term('cid', '2004', 'unknown'), 1)).resolves.toBe('inserted');
  });
});
