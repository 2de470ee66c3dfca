import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Appointment, type Dataset, emptyDataset } from '../../src/domain/model.js';
import type { Interval } from '../../src/domain/time/interval.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { career } from '../../src/services/career.service.js';
import { check } from '../../src/services/check.service.js';
import { holders } from '../../src/services/holders.service.js';
import { writeDataset } from '../../src/services/ingest/ingest.service.js';
import { route } from '../../src/services/routing.service.js';
import { search } from '../../src/services/search.service.js';
import { who } from '../../src/services/who.service.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets, openFresh } from '../support/databases.js';
import { csvRows, pocomChief, pocomFile, pocomPerson, xmlDate, xmlTag } from '../support/shared-data.js';

/**
 * Small registries built from rows of the real datasets in ../shared/data (IfG ministers, POCOM), each proving one
 * shape real registries have. Every fact cites the dataset it came from.
 */
const d = (t: string) => parsePartialDate(t);
const iv = (start: string | undefined, end: string | undefined): Interval => ({ start: start ? d(start) : null, end: end ? { kind: 'date', date: d(end) } : { kind: 'open' } });
const IFG = { id: 'ifg', title: 'Institute for Government, Ministers Database', kind: 'dataset' as const, license: 'CC BY 4.0', url: 'https://www.instituteforgovernment.org.uk/ministers-database', published: '2026' };
const POCOM = { id: 'pocom', title: 'Office of the Historian, Principal Officers and Chiefs of Mission', kind: 'dataset' as const, license: 'CC0', url: 'https://history.state.gov/departmenthistory/people/principals-chiefs', published: '2025' };

const ifg = {
  people: csvRows('ifg-ministers', 'person.csv'),
  posts: new Map(csvRows('ifg-ministers', 'post.csv').map((r) => [r['id']!, r])),
  organisations: new Map(csvRows('ifg-ministers', 'organisation.csv').map((r) => [r['id']!, r])),
  appointments: csvRows('ifg-ministers', 'appointment.csv'),
  characteristics: csvRows('ifg-ministers', 'appointment_characteristics.csv'),
};

/** An IfG person with every name they had, each dated as the IfG splits its person records. */
const ifgPerson = (data: Dataset, id: string): void => {
  const rows = ifg.people.filter((r) => r['id'] === id);
  const current = rows.find((r) => !r['end_date']) ?? rows[0]!;
  data.people.push({ id, name: current['name']!, sourceId: 'ifg' });
  for (const r of rows) {
    data.names.push({ entityType: 'person', entityId: id, name: r['name']!, kind: 'primary', sourceId: 'ifg', ...(rows.length > 1 ? { interval: iv(r['start_date'] || undefined, r['end_date'] || undefined) } : {}) });
  }
};

const ifgPost = (data: Dataset, postId: string): void => {
  const post = ifg.posts.get(postId)!;
  const org = ifg.organisations.get(post['organisation_id']!)!;
  if (!data.organizations.some((o) => o.id === org['id'])) {
    data.organizations.push({ id: org['id']!, name: org['name']!, kind: 'ministry', sourceId: 'ifg', ...(org['start_date'] ? { formed: d(org['start_date']) } : {}), ...(org['end_date'] ? { dissolved: d(org['end_date']) } : {}) });
    data.names.push({ entityType: 'organization', entityId: org['id']!, name: org['name']!, kind: 'primary', sourceId: 'ifg' });
  }
  if (!data.posts.some((p) => p.id === postId)) {
    data.posts.push({ id: postId, organizationId: org['id']!, name: post['name']!, seats: 1, sourceId: 'ifg' });
    data.names.push({ entityType: 'post', entityId: postId, name: post['name']!, kind: 'primary', sourceId: 'ifg' });
  }
};

const ifgAppointment = (data: Dataset, id: string, extra: Partial<Appointment> = {}): Appointment => {
  const a = ifg.appointments.find((r) => r['id'] === id)!;
  ifgPost(data, a['post_id']!);
  if (!data.people.some((p) => p.id === a['person_id'])) ifgPerson(data, a['person_id']!);
  const appointment: Appointment = { id, postId: a['post_id']!, personId: a['person_id']!, interval: iv(a['start_date'], a['end_date'] || undefined), kind: 'substantive', sourceId: 'ifg', ...extra };
  data.appointments.push(appointment);
  return appointment;
};

describe.each(databaseTargets)('shapes of real registries, from ../shared/data ($name)', (target) => {
  let database: Database;
  let store: Store;
  const load = async (data: Dataset) => {
    const report = await writeDataset(store, data, 'fixture');
    expect(report.totals.rejected, JSON.stringify(report.entries.filter((e) => e.status === 'rejected'))).toBe(0);
    return report;
  };
  beforeAll(async () => {
    database = await openFresh(target);
    store = Store.of(database, { userId: 'test', now: () => '2026-11-28T00:00:00.000Z' });
    const data = emptyDataset();
    data.sources.push(IFG, POCOM);
    await load(data);
  });
  afterAll(async () => database?.close());

  it('a dated name change: Peter Mandelson is Lord Mandelson from 3 October 2008, and each answer names him as he was then', async () => {
    const data = emptyDataset();
    const mandelson = '002a6349-2ee5-44b0-9b33-000baae8c737';
    for (const a of ifg.appointments.filter((r) => r['person_id'] === mandelson)) ifgAppointment(data, a['id']!);
    await load(data);
    const then = await who(store, 'Secretary of State for Trade and Industry', d('1998-09-01'));
    expect(then.holders.map((h) => [h.person.name, h.person.currentName])).toEqual([['Peter Mandelson', 'Lord Mandelson']]);
    const later = await who(store, 'Secretary of State for Business, Enterprise and Regulatory Reform', d('2009-01-01'));
    expect(later.holders.map((h) => [h.person.name, h.person.currentName])).toEqual([['Lord Mandelson', null]]);
    expect((await search(store, 'Peter Mandelson', ['person'])).results[0]?.id).toBe(mandelson);
    expect((await career(store, 'Peter Mandelson')).names.filter((n) => n.kind === 'primary').map((n) => [n.name, n.from, n.to]).sort()).toEqual([['Lord Mandelson', '2008-10-03', null], ['Peter Mandelson', null, '2008-10-03']]);
  });

  it('a cover on a one-seat post: Chloe Smith covers Michelle Donelan\'s maternity leave at DSIT, one seat, no overlap', async () => {
    const [donelanId, smithId] = ['b2840c9c-d4f1-4f84-9c32-0cc3cd77c8c9', '03b68e42-cc7e-4d10-ae28-dbaa80caa6bf'];
    const leave = ifg.characteristics.find((r) => r['appointment_id'] === donelanId && r['is_on_leave'] === 'True')!;
    const acting = ifg.characteristics.find((r) => r['appointment_id'] === smithId && r['is_acting'] === 'True')!;
    expect([leave['leave_reason'], leave['start_date'], leave['end_date']]).toEqual(['Maternity leave', acting['start_date'], acting['end_date']]);
    // Without saying whom it covers, an acting term breaks the one seat and is refused, with its place and why.
    const plain = emptyDataset();
    ifgAppointment(plain, donelanId);
    ifgAppointment(plain, smithId, { kind: 'acting' });
    const refused = await writeDataset(store, plain, 'plain.json');
    expect(refused.entries.filter((e) => e.status === 'rejected').map((e) => e.message)).toEqual([expect.stringMatching(/has 1 seat, and this term would make 2 holders on 2023-04-28/)]);
    const covered = emptyDataset();
    ifgAppointment(covered, smithId, { kind: 'cover', coversId: donelanId, note: `covering ${leave['leave_reason']!.toLowerCase()}` });
    await load(covered);
    const a = await who(store, 'Secretary of State for Science, Innovation and Technology', d('2023-05-15'));
    expect(a.holders.map((h) => [h.person.name, h.kind, h.certainty, h.covers?.person.name ?? null])).toEqual([
      ['Michelle Donelan', 'substantive', 'certain', null], ['Chloe Smith', 'cover', 'certain', 'Michelle Donelan'],
    ]);
    expect((await check(store, d('2026').earliest)).findings.filter((f) => f.code === 'seats-exceeded')).toEqual([]);
  });

  it('a merger whose minister\'s post continues under a new name: the Foreign Secretary from the FCO into the FCDO', async () => {
    const [fcdo, dfid] = ['5140880e-3784-47d9-a643-64c0397009a9', '74d7b4e7-e541-44ba-b643-4e91df504fd5'];
    const [oldPost, newPost] = ['ec5c9bc9-046e-4df2-ac63-b651073778ef', '5f655663-f908-4209-859f-51fed3d01c64'];
    const data = emptyDataset();
    for (const a of ifg.appointments.filter((r) => r['post_id'] === oldPost || r['post_id'] === newPost)) ifgAppointment(data, a['id']!);
    const org = ifg.organisations.get(dfid)!;
    data.organizations.push({ id: dfid, name: org['name']!, kind: 'ministry', formed: d(org['start_date']!), dissolved: d(org['end_date']!), sourceId: 'ifg' });
    const links = csvRows('ifg-ministers', 'organisation_link.csv').filter((l) => l['successor_organisation_id'] === fcdo);
    expect(links.map((l) => l['type'])).toEqual(['Merger', 'Merger']);
    for (const l of links) data.successions.push({ id: `org:${l['id']}`, entityType: 'organization', fromId: l['predecessor_organisation_id']!, toId: fcdo, kind: 'merged-into', date: d(l['link_start_date']!), ordinals: 'continue', sourceId: 'ifg' });
    data.successions.push({ id: 'foreign-secretary', entityType: 'post', fromId: oldPost, toId: newPost, kind: 'continues-as', date: d('2020-09-02'), ordinals: 'continue', sourceId: 'ifg', note: 'the FCO and DfID merged into the FCDO; the Foreign Secretary continued' });
    await load(data);
    const table = await holders(store, 'Secretary of State for Foreign, Commonwealth and Development Affairs', d('2026-11-28').earliest);
    expect(table.terms[0]).toMatchObject({ ordinal: 1, person: { name: 'Lord Carrington' }, post: { id: oldPost } });
    const raab = table.terms.filter((t) => t.person.name === 'Dominic Raab');
    expect(raab.map((t) => [t.post.id, t.ordinal])).toEqual([[oldPost, raab[0]!.ordinal], [newPost, raab[0]!.ordinal]]);
    expect(table.terms.at(-1)).toMatchObject({ person: { name: 'Yvette Cooper' }, ordinal: raab[0]!.ordinal! + 5 });
    expect((await who(store, 'Secretary of State for Foreign and Commonwealth Affairs', d('2022-01-01'))).holders.map((h) => h.person.name)).toEqual(['Liz Truss']);
    // Asked by the new post's name, 2015 is answered by the FCO post it continues, naming the holder as he was then.
    const hammond = (await who(store, 'Secretary of State for Foreign, Commonwealth and Development Affairs', d('2015-01-01'))).holders;
    expect(hammond.map((h) => [h.person.name, h.person.currentName])).toEqual([['Philip Hammond', 'Lord Hammond of Runnymede']]);
  });

  it('an envoy accredited to several countries at once: George Williamson, resident in Guatemala, to five republics', async () => {
    const file = pocomFile('concurrent-appointments', '1873-will-01.xml');
    const person = pocomPerson(xmlTag(file, 'person-id')!);
    const chiefs = [...file.matchAll(/<chief-id>([^<]+)<\/chief-id>/g)].map((m) => pocomChief(m[1]!));
    const data = emptyDataset();
    data.organizations.push({ id: 'us-department-of-state', name: 'United States Department of State', kind: 'ministry', sourceId: 'pocom' });
    data.people.push({ id: person.id, name: person.name, sourceId: 'pocom', ...(person.birth ? { born: d(person.birth) } : {}), ...(person.death ? { died: d(person.death) } : {}) });
    for (const c of chiefs) {
      const country = c.territory.replace(/-/g, ' ');
      const postId = `us-chief-of-mission:${c.territory}`;
      data.posts.push({ id: postId, organizationId: 'us-department-of-state', name: `Chief of Mission to ${country}`, seats: 1, subjectId: `country:${{ 'costa-rica': 'CR', 'el-salvador': 'SV', guatemala: 'GT', honduras: 'HN', nicaragua: 'NI' }[c.territory]}`, sourceId: 'pocom' });
      data.appointments.push({ id: c.id, postId, personId: person.id, interval: iv(c.started, c.ended), kind: 'substantive', sourceId: 'pocom', note: c.role, ...(c.appointed ? { appointed: d(c.appointed) } : {}) });
    }
    await load(data);
    const early = await career(store, person.id, d('1874-01-01'));
    expect(early.accreditations.map((a) => a.subject.name).sort()).toEqual(['Costa Rica', 'El Salvador', 'Guatemala', 'Nicaragua']);
    const later = await career(store, person.id, d('1875-01-01'));
    expect(later.accreditations).toHaveLength(5);
    expect(later.terms.every((t) => t.certainty === 'certain')).toBe(true);
  });

  it('a country that no longer exists: chiefs of mission to the German Democratic Republic, and no such post after 1990', async () => {
    const text = pocomFile('missions-countries', 'german-democratic-republic.xml');
    const ids = [...text.matchAll(/<chief>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]!);
    const chiefs = ids.map((id) => pocomChief(id)).filter((c) => c.started);
    const data = emptyDataset();
    data.organizations.push({ id: 'us-department-of-state', name: 'United States Department of State', kind: 'ministry', sourceId: 'pocom' });
    data.posts.push({ id: 'us-chief-of-mission:gdr', organizationId: 'us-department-of-state', name: 'Chief of Mission to the German Democratic Republic', seats: 1, subjectId: 'country:DDDE', sourceId: 'pocom' });
    data.names.push({ entityType: 'post', entityId: 'us-chief-of-mission:gdr', name: 'Chief of Mission to the German Democratic Republic', kind: 'primary', sourceId: 'pocom' });
    for (const c of chiefs) {
      const p = pocomPerson(c.person);
      if (!data.people.some((x) => x.id === p.id)) data.people.push({ id: p.id, name: p.name, sourceId: 'pocom' });
      // POCOM leaves an end blank when it is not recorded (a chargé until the ambassador came): unknown, not still running.
      const interval: Interval = c.ended ? iv(c.started, c.ended) : { start: d(c.started!), end: { kind: 'unknown' } };
      data.appointments.push({ id: c.id, postId: 'us-chief-of-mission:gdr', personId: p.id, interval, kind: c.role.includes('ad-interim') ? 'acting' : 'substantive', sourceId: 'pocom', note: c.role });
    }
    await load(data);
    expect((await who(store, 'Chief of Mission to the German Democratic Republic', d('1980-06-01'))).status).toBe('held');
    const after = await who(store, 'Chief of Mission to the German Democratic Republic', d('1995'));
    expect(after).toMatchObject({ status: 'not-existing', existed: { to: '1990-10-03' } });
    expect((await route(store, 'East Germany', d('1995'))).status).toBe('not-existing');
    const cooper = await career(store, 'cooper-john-sherman', d('1975-06-01'));
    expect(cooper.accreditations.map((a) => a.subject.name)).toEqual(['German Democratic Republic']);
  });

  it('a post created later than its organization: the Administrator of AID (1961–1997) within the Department of State', async () => {
    const xml = pocomFile('positions-principals', 'administrator-aid.xml');
    const data = emptyDataset();
    data.organizations.push({ id: 'us-department-of-state', name: 'United States Department of State', kind: 'ministry', sourceId: 'pocom' });
    data.posts.push({ id: 'administrator-aid', organizationId: 'us-department-of-state', name: xml.match(/<singular>([^<]+)<\/singular>/)![1]!, seats: 1, life: { from: d(xmlTag(xml, 'start')!), to: d(xmlTag(xml, 'end')!) }, sourceId: 'pocom' });
    const first = xml.slice(xml.indexOf('<principal>'), xml.indexOf('</principal>'));
    const person = pocomPerson(xmlTag(first, 'person-id')!);
    data.people.push({ id: person.id, name: person.name, sourceId: 'pocom' });
    data.appointments.push({ id: xmlTag(first, 'id')!, postId: 'administrator-aid', personId: person.id, interval: iv(xmlDate(first, 'started'), xmlDate(first, 'ended')), kind: 'substantive', sourceId: 'pocom' });
    await load(data);
    expect(await who(store, 'administrator-aid', d('1950'))).toMatchObject({ status: 'not-existing', existed: { from: '1961', to: '1997' } });
    expect((await who(store, 'administrator-aid', d('1962-01-01'))).holders.map((h) => h.person.name)).toEqual([person.name]);
    expect((await who(store, 'administrator-aid', d('1990'))).status).toBe('no-data');
  });
});
