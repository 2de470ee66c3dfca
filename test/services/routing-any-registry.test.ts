import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sayInEnglish } from '../../src/domain/messages/en.messages.js';
import { emptyDataset } from '../../src/domain/model.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { coverage } from '../../src/services/coverage.service.js';
import { importFile } from '../../src/services/import.service.js';
import { writeDataset } from '../../src/services/ingest/ingest.service.js';
import { route } from '../../src/services/routing.service.js';
import { startAppointment, type WriteActor } from '../../src/services/write.service.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets, useBundledRegistry } from '../support/databases.js';
import { pocomPerson, xmlDate, xmlTag } from '../support/shared-data.js';
import { sharedPath } from '../support/shared.js';

// Routing for any registry (decision 021): a post for a country (POCOM's chiefs of mission, a Popolo area's member)
// answers `route` and the map for that country with its holder on the date, where no unit is recorded for it.

const COUNTRIES = ['netherlands', 'japan', 'cuba'];
const actor: WriteActor = { user: { id: 'system', name: 'system', role: 'admin' } as never, now: '2026-12-03T10:00:00.000Z' };
const day = (d: string) => parsePartialDate(d);

/** A POCOM folder of the real files: the principal officers' roles, three countries' chiefs and the people they name. */
const pocomSubset = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-pocom-'));
  const from = (...p: string[]) => sharedPath('data', 'pocom', ...p);
  for (const d of ['positions-principals', 'roles-country-chiefs', 'missions-countries', 'missions-orgs', 'concurrent-appointments', 'people']) mkdirSync(join(dir, d));
  copyFileSync(from('positions-principals', 'secretary.xml'), join(dir, 'positions-principals', 'secretary.xml'));
  for (const f of readdirSync(from('roles-country-chiefs'))) copyFileSync(from('roles-country-chiefs', f), join(dir, 'roles-country-chiefs', f));
  const people = new Set<string>();
  for (const c of COUNTRIES) {
    copyFileSync(from('missions-countries', `${c}.xml`), join(dir, 'missions-countries', `${c}.xml`));
    for (const m of readFileSync(from('missions-countries', `${c}.xml`), 'utf8').matchAll(/<person-id>([^<]+)<\/person-id>/g)) people.add(m[1]!);
  }
  for (const m of readFileSync(from('positions-principals', 'secretary.xml'), 'utf8').matchAll(/<person-id>([^<]+)<\/person-id>/g)) people.add(m[1]!);
  for (const id of people) {
    mkdirSync(join(dir, 'people', id[0]!), { recursive: true });
    copyFileSync(from('people', id[0]!, `${id}.xml`), join(dir, 'people', id[0]!, `${id}.xml`));
  }
  return dir;
};

/** The chief of mission the country's file dates around `at`: who should hold the post then (POCOM's person id and name). */
const chiefOn = (country: string, at: string): { id: string; name: string } => {
  const file = readFileSync(sharedPath('data', 'pocom', 'missions-countries', `${country}.xml`), 'utf8');
  // Its chiefs, not the other nominees listed after them.
  const xml = file.slice(file.indexOf('<chiefs>'), file.indexOf('</chiefs>'));
  const chiefs = xml.split('<chief>').slice(1).map((c) => ({ person: xmlTag(c, 'person-id')!, started: xmlDate(c, 'started'), ended: xmlDate(c, 'ended') }));
  const on = chiefs.filter((c) => c.started && c.started <= at).sort((a, b) => a.started!.localeCompare(b.started!)).at(-1)!;
  expect(on.ended! > at).toBe(true);
  return { id: on.person, name: pocomPerson(on.person).name };
};

describe.each(databaseTargets)('routing for any registry, on $name', (target) => {
  let location: string;
  let plain: Database;
  const store = () => Store.of(plain);

  beforeAll(async () => {
    location = await target.create();
    plain = await openDatabase(location);
    const report = await importFile(store(), pocomSubset(), { format: 'pocom' });
    expect(report.entries.filter((e) => e.status === 'rejected')).toEqual([]);
  }, 120_000);
  afterAll(async () => plain?.close());

  it('route Netherlands on 1990-01-01: the Chief of Mission to the Netherlands and his holder that day, with the reasoning', async () => {
    const answer = await route(store(), 'Netherlands', day('1990-01-01'));
    expect(answer.status).toBe('covered');
    expect(answer.candidates).toEqual([]);
    expect(answer.posts.map((p) => [p.post.id, p.organization?.name, p.status])).toEqual([['pocom:chief-of-mission:netherlands', 'United States Department of State', 'held']]);
    const chief = chiefOn('netherlands', '1990-01-01');
    expect(answer.posts[0]!.holders.map((h) => h.person.id)).toEqual([`pocom:${chief.id}`]);
    const holder = answer.posts[0]!.holders[0]!.person.name;
    expect(holder.startsWith(chief.name)).toBe(true);
    const why = answer.reasoning.find((r) => r.code === 'post-held')!;
    expect(why).toMatchObject({ post: { id: 'pocom:chief-of-mission:netherlands' }, subject: { id: 'country:NL' }, holders: [{ name: holder }] });
    expect(sayInEnglish(why)).toContain(`held by ${holder}, per Principal Officers and Chiefs of Mission: Chief of Mission to Netherlands`);
    expect(answer.reasoning.map((r) => r.code)).not.toContain('not-covered');
  });

  it('the map on 1965-01-01 lists Japan with its chief of mission that day (Reischauer), and no country before the registry has anyone there', async () => {
    const map = await coverage(store(), day('1965-01-01'));
    const japan = map.countries.find((c) => c.subject.code === 'JP')!;
    expect(japan).toMatchObject({ status: 'covered', numeric: '392', units: [] });
    expect(japan.posts.flatMap((p) => p.holders.map((h) => h.person.name))).toEqual(['Edwin Oldfather Reischauer']);
    // The Netherlands: vacant between two envoys that day (1964-05-27 to 1965-06-23), so not on the map.
    expect(map.countries.map((c) => c.subject.code).sort()).toEqual(['JP']);
    // The map and `route` never disagree: one rule.
    expect((await route(store(), 'Japan', day('1965-01-01'))).posts).toEqual(japan.posts);
    // Before the first envoy, the registry says nothing of Japan.
    const before = await route(store(), 'Japan', day('1770-01-01'));
    expect([before.status, before.posts]).toEqual(['not-covered', []]);
    expect((await coverage(store(), day('1770-01-01'))).countries).toEqual([]);
  });

  it('a post vacant between two envoys is shown as vacant, between whom, and covers nothing (Cuba, 1970)', async () => {
    const answer = await route(store(), 'Cuba', day('1970-01-01'));
    expect(answer.status).toBe('not-covered');
    expect(answer.posts.map((p) => [p.post.id, p.status, p.holders])).toEqual([['pocom:chief-of-mission:cuba', 'vacant', []]]);
    const why = answer.reasoning.find((r) => r.code === 'post-vacant')!;
    expect(why).toMatchObject({ after: { end: expect.stringMatching(/^1961/) }, before: { start: expect.stringMatching(/^197\d/) } });
    expect(sayInEnglish(why)).toMatch(/^Chief of Mission to Cuba \(United States Department of State\) is for Cuba, but was vacant on 1970-01-01: after .+, before .+\.$/);
    expect((await coverage(store(), day('1970-01-01'))).countries.map((c) => c.subject.code)).not.toContain('CU');
  });

  it('with an organization asked for, only its posts answer', async () => {
    expect((await route(store(), 'Netherlands', day('1990-01-01'), 'us-department-of-state')).status).toBe('covered');
    const other = emptyDataset();
    other.sources.push({ id: 'test-other', title: 'Another registry', kind: 'curation' });
    other.organizations.push({ id: 'other-ministry', name: 'Other Ministry', kind: 'ministry', sourceId: 'test-other', exclusivePosts: false });
    await writeDataset(store(), other, 'other');
    const within = await route(store(), 'Netherlands', day('1990-01-01'), 'other-ministry');
    expect([within.status, within.posts]).toEqual(['not-covered', []]);
  });

  it('a kept answer is dropped by a new post for the country and by a new term of its post (the mirror, decision 12)', async () => {
    const mirrored = await openDatabase(location, { mirror: true });
    try {
      await mirrored.mirror!.load();
      const memory = Store.of(mirrored);
      const at = day('1970-01-01');
      expect((await route(memory, 'Cuba', at)).status).toBe('not-covered');
      // A term in the Cuban vacancy, written through the mirrored store: the kept answer is dropped with the post's timeline.
      const envoy = `pocom:${chiefOn('netherlands', '1990-01-01').id}`;
      await startAppointment(memory, actor, { post: 'pocom:chief-of-mission:cuba', person: envoy, start: '1969-01-01', end: '1971-01-01' }, { title: 'A test roster' });
      const after = await route(memory, 'Cuba', at);
      expect([after.status, after.posts.map((p) => p.holders.map((h) => h.person.id))]).toEqual(['covered', [[envoy]]]);
      // A second post for the Netherlands, in another organization: found by the index it is filed under.
      const consul = emptyDataset();
      consul.sources.push({ id: 'test-consul', title: 'A consul list', kind: 'curation' });
      consul.posts.push({ id: 'other-ministry:envoy-nl', organizationId: 'other-ministry', name: 'Envoy to the Netherlands', seats: 1, subjectId: 'country:NL', sourceId: 'test-consul' });
      consul.appointments.push({
        id: 'test-envoy-term', postId: 'other-ministry:envoy-nl', personId: envoy, kind: 'substantive', sourceId: 'test-consul',
        interval: { start: day('1969-06-01'), end: { kind: 'date', date: day('1970-06-01') } },
      });
      await writeDataset(memory, consul, 'consul');
      expect((await route(memory, 'Netherlands', at)).posts.map((p) => p.post.id)).toEqual(['pocom:chief-of-mission:netherlands', 'other-ministry:envoy-nl']);
      expect(await route(memory, 'Netherlands', at)).toEqual(await route(store(), 'Netherlands', at));
      expect(await route(memory, 'Cuba', at)).toEqual(await route(store(), 'Cuba', at));
    } finally {
      await mirrored.close();
    }
  });
});

describe.each(databaseTargets)('a Popolo area and the bundled ministry, on $name', (target) => {
  const bundled = useBundledRegistry(target);

  it('the bundled ministry answers as before: departments decide, no post is for a country', async () => {
    const sweden = await route(bundled(), 'Sweden', day('2010-03-01'));
    expect(sweden.status).toBe('covered');
    expect(sweden.candidates.length).toBe(1);
    expect(sweden.posts).toEqual([]);
    expect(sweden.reasoning.map((r) => r.code)).toEqual([sweden.candidates[0]!.certainty === 'certain' ? 'responsible' : 'possibly-responsible']);
    const map = await coverage(bundled(), day('2010-03-01'));
    expect(map.countries.every((c) => c.posts.length === 0 && (c.units.length > 0 || c.status === 'not-existing'))).toBe(true);
  });

  it('a constituency stored by an import is asked by its name: its member on the date', async () => {
    const area = emptyDataset();
    area.sources.push({ id: 'test-dail', title: 'Dáil members', kind: 'dataset' });
    area.subjects.push({ id: 'area:dublin-central', kind: 'territory', name: 'Dublin Central' });
    area.organizations.push({ id: 'dail', name: 'Dáil Éireann', kind: 'legislature', sourceId: 'test-dail', exclusivePosts: false });
    area.posts.push({ id: 'dail/member/dublin-central', organizationId: 'dail', name: 'Member of Dáil Éireann for Dublin Central', seats: 4, subjectId: 'area:dublin-central', sourceId: 'test-dail' });
    area.people.push({ id: 'test-member', name: 'Paschal Donohoe', sourceId: 'test-dail' });
    area.appointments.push({
      id: 'test-term', postId: 'dail/member/dublin-central', personId: 'test-member', kind: 'substantive', sourceId: 'test-dail',
      interval: { start: day('2011-03-09'), end: { kind: 'date', date: day('2016-03-10') } },
    });
    await writeDataset(bundled(), area, 'dail');
    const answer = await route(bundled(), 'Dublin Central', day('2012-06-01'));
    expect(answer.subject).toMatchObject({ id: 'area:dublin-central', name: 'Dublin Central' });
    expect(answer.status).toBe('covered');
    expect(answer.posts.map((p) => [p.post.name, p.holders.map((h) => h.person.name)])).toEqual([['Member of Dáil Éireann for Dublin Central', ['Paschal Donohoe']]]);
    await expect(route(bundled(), 'Dublin Centra', day('2012-06-01'))).rejects.toMatchObject({ code: 'UNKNOWN_SUBJECT' });
  });
});
