import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.js';
import { type Appointment, emptyDataset } from '../../src/domain/model.js';
import { dayFromParts as dayOf } from '../../src/domain/time/day.js';
import { type Interval } from '../../src/domain/time/interval.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { check } from '../../src/services/check.service.js';
import { loadBundledDataset } from '../../src/services/import.service.js';
import { writeDataset } from '../../src/services/ingest/ingest.service.js';
import { who } from '../../src/services/who.service.js';
import { endAppointment, startAppointment, type WriteActor } from '../../src/services/write.service.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { contentDigest } from '../support/content-digest.js';
import { databaseTargets, openFresh } from '../support/databases.js';

const MINISTER = 'ministry-of-foreign-affairs-north-korea:minister-of-foreign-affairs';
const CHOE = `${MINISTER}:choe-son-hui:2022-06-11`;
const NOW = '2026-11-28T09:00:00.000Z';
const at = (d: string) => parsePartialDate(d);
const actor: WriteActor = { user: { id: 'system', name: 'system', role: 'admin' } as never, now: NOW };
const iv = (start: string | null, end: string | null): Interval => ({ start: start ? at(start) : null, end: end ? { kind: 'date', date: at(end) } : { kind: 'unknown' } });

const certainOn = async (store: Store, post: string, date: string) =>
  (await who(store, post, at(date))).holders.filter((h) => h.certainty === 'certain' && h.kind !== 'cover').map((h) => h.person.id);
const shownOn = async (store: Store, post: string, date: string) => (await who(store, post, at(date))).holders.map((h) => `${h.person.id}:${h.certainty}`);
const seatFindings = async (store: Store) => (await check(store, dayOf(2026, 11, 28))).findings.filter((f) => f.code === 'seats-exceeded');

describe.each(databaseTargets)('the seat rule, one rule for every write and every answer ($name)', (target) => {
  let database: Database;
  let store: Store;

  beforeAll(async () => {
    database = await openFresh(target);
    store = Store.of(database, { userId: 'system', now: () => NOW });
    await loadBundledDataset(store);
    // A small ministry beside the bundled one: a post of one seat and a post of two, and the terms the answers read.
    const data = emptyDataset();
    data.sources.push({ id: 'sr-roster', title: 'A roster', kind: 'dataset', published: '2020' });
    data.organizations.push({ id: 'sr-min', name: 'Seat Ministry', kind: 'ministry', sourceId: 'sr-roster' });
    data.posts.push({ id: 'sr-one', organizationId: 'sr-min', name: 'Sole Envoy', seats: 1, sourceId: 'sr-roster' }, { id: 'sr-two', organizationId: 'sr-min', name: 'Twin Envoy', seats: 2, sourceId: 'sr-roster' });
    for (const p of ['a', 'b', 'c', 'd']) data.people.push({ id: `sr-${p}`, name: `Person ${p.toUpperCase()}`, sourceId: 'sr-roster' });
    const term = (id: string, post: string, person: string, interval: Interval): Appointment => ({ id, postId: post, personId: person, interval, kind: 'substantive', sourceId: 'sr-roster' });
    data.appointments.push(
      // One seat: A certainly holds it 2000–2010; B's start is unknown and it ended between 1999 and 2008, so B only may
      // hold it (from the first day its end shows it held: evidence windows, docs/dates.md).
      term('sr-one:a', 'sr-one', 'sr-a', iv('2000-01-01', '2010-01-01')), term('sr-one:b', 'sr-one', 'sr-b', iv(null, '1999-01-01..2008-01-01')),
      // Two seats: A and C certainly 2000–2010 and B only may then; from 2011 only A is certain, and D may hold the other.
      term('sr-two:a', 'sr-two', 'sr-a', iv('2000-01-01', '2010-01-01')), term('sr-two:c', 'sr-two', 'sr-c', iv('2000-01-01', '2010-01-01')),
      term('sr-two:b', 'sr-two', 'sr-b', iv(null, '1999-01-01..2008-01-01')), term('sr-two:a2', 'sr-two', 'sr-a', iv('2011-01-01', '2013-01-01')),
      term('sr-two:d', 'sr-two', 'sr-d', iv(null, '2011-03-01..2012-01-01')),
    );
    const report = await writeDataset(store, data, 'seat-rule.json');
    expect(report.totals.rejected).toBe(0);
  });
  afterAll(async () => database?.close());

  it('refuses an end that would put two certain holders in the one seat of the Minister of Foreign Affairs, changing nothing', async () => {
    const choe = (await store.appointments.get(CHOE))!;
    // Choe Son-hui's term is open, known up to its source's date: a successor may start after that day.
    expect(choe.interval.end).toMatchObject({ kind: 'open' });
    const knownUntil = (choe.interval.end as { asOf: number }).asOf;
    expect(knownUntil).toBeLessThan(dayOf(2025, 6, 1));
    const started = await startAppointment(store, actor, { post: MINISTER, person: 'ri-yong-ho', start: '2025-06-01' }, { title: 'A later report' });
    expect(started.created).toBe(true);
    const before = await contentDigest(database);
    const version = (await store.appointments.version(CHOE))!;
    const refused = await endAppointment(store, actor, CHOE, '2026-01-01', { title: 'A report of her departure' }, version).then(() => undefined, (e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'CONSTRAINT_VIOLATION', place: { field: 'end', value: '2026-01-01' } });
    expect((refused as Error).message).toMatch(/Minister of Foreign Affairs has 1 seat, and this term would make 2 holders on 2025-06-01/);
    expect(await contentDigest(database)).toBe(before);
    expect(await certainOn(store, MINISTER, '2025-09-01')).toEqual(['ri-yong-ho']);
    expect(await seatFindings(store)).toEqual([]);
    // An end before the successor's start keeps the rule: it is written.
    await endAppointment(store, actor, CHOE, '2025-05-31', { title: 'A report of her departure' }, version);
    expect(await certainOn(store, MINISTER, '2025-05-30')).toEqual(['choe-son-hui']);
    expect(await certainOn(store, MINISTER, '2025-09-01')).toEqual(['ri-yong-ho']);
  });

  it('answers only the certain holders once the seats are all certainly taken, and the possible ones while a seat is free', async () => {
    // One seat, A certain: B, who only may have held it, cannot have.
    expect(await shownOn(store, 'sr-one', '2005-06-01')).toEqual(['sr-a:certain']);
    // Two seats, A and C certain: B cannot have held one.
    expect(await shownOn(store, 'sr-two', '2005-06-01')).toEqual(['sr-a:certain', 'sr-c:certain']);
    // Two seats, only A certain: D may hold the other.
    expect(await shownOn(store, 'sr-two', '2011-06-01')).toEqual(['sr-a:certain', 'sr-d:possible']);
    // Before A's term, nobody is certain: B may hold the one seat.
    expect(await shownOn(store, 'sr-one', '1999-06-01')).toEqual(['sr-b:possible']);
  });

  it('lets a cover act in the seat of a holder on leave, and a nomination hold none: neither is a second holder', async () => {
    const cover = await startAppointment(store, actor, { post: 'sr-one', person: 'sr-c', start: '2004-01-01', end: '2004-06-01', kind: 'cover', covers: 'sr-one:a' }, { title: 'A gazette' });
    expect(cover.created).toBe(true);
    const nominee = await startAppointment(store, actor, { post: 'sr-one', person: 'sr-d', start: '2004-02-01', end: '2004-03-01', kind: 'nominated' }, { title: 'A gazette' });
    expect(nominee.created).toBe(true);
    expect(await shownOn(store, 'sr-one', '2004-03-01')).toEqual(['sr-a:certain', 'sr-c:certain']);
    expect(await certainOn(store, 'sr-one', '2004-03-01')).toEqual(['sr-a']);
    expect(await seatFindings(store)).toEqual([]);
    // An acting holder takes a seat of their own: refused beside A.
    await expect(startAppointment(store, actor, { post: 'sr-one', person: 'sr-c', start: '2004-07-01', end: '2004-08-01', acting: true }, { title: 'A gazette' }))
      .rejects.toMatchObject({ code: 'CONSTRAINT_VIOLATION' });
  });

  it('turns a write the schema itself refuses into CONSTRAINT_VIOLATION, never a driver error', async () => {
    const a = (await store.appointments.get('sr-one:a'))!;
    const backwards = { ...a, id: 'sr-one:backwards', interval: { start: at('2020-01-01'), end: { kind: 'date' as const, date: at('2019-01-01') } } };
    await expect(store.appointments.write(backwards, 1)).rejects.toMatchObject({ code: 'CONSTRAINT_VIOLATION', details: { driverCode: expect.any(String) } });
    if (target.name === 'postgres') {
      // Past the guard, straight to the table: PostgreSQL's exclusion constraint mirrors the rule.
      const clash = { ...a, id: 'sr-one:clash', personId: 'sr-b', interval: iv('2001-01-01', '2002-01-01') };
      await expect(store.appointments.write(clash, 1)).rejects.toMatchObject({ code: 'CONSTRAINT_VIOLATION', details: { constraint: 'appointments_single_seat_no_overlap' } });
      // A cover's row is not flagged: the constraint does not count it, as the rule does not.
      await expect(store.appointments.write({ ...clash, id: 'sr-one:cover', kind: 'cover', coversId: a.id }, 1)).resolves.toBe('inserted');
    }
  });
});
