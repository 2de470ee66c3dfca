import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Appointment, type Dataset, emptyDataset, type Responsibility } from '../../src/domain/model.js';
import { type Interval, possibleSpan } from '../../src/domain/time/interval.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { balanced } from '../../src/dataset/import-report.js';
import { writeDataset } from '../../src/services/ingest/ingest.service.js';
import { route } from '../../src/services/routing.service.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets, openFresh } from '../support/databases.js';

const d = (t: string) => parsePartialDate(t);
const YEARS = ['1990', '1994', '1998', '2002', '2006', '2010'];
const iv = (start: string | null, end: string | null): Interval => ({ start: start ? d(start) : null, end: end ? { kind: 'date', date: d(end) } : { kind: 'open' } });

/** The registry every run builds on: two sources, a ministry with two units, a post of three seats, three people. */
const base = (p: string): Dataset => {
  const data = emptyDataset();
  data.sources.push({ id: `${p}s1`, title: 'Source one', kind: 'web-page', published: '2020' }, { id: `${p}s2`, title: 'Source two', kind: 'dataset', published: '2021' });
  data.organizations.push({ id: `${p}min`, name: 'Ministry', kind: 'ministry', sourceId: `${p}s1` });
  for (const u of ['u1', 'u2']) {
    data.organizations.push({ id: `${p}${u}`, name: `Unit ${u}`, kind: 'department', sourceId: `${p}s1` });
    data.relations.push({ id: `${p}${u}~unit-of~${p}min`, fromId: `${p}${u}`, toId: `${p}min`, type: 'unit-of', interval: iv(null, null), sourceId: `${p}s1` });
  }
  data.posts.push({ id: `${p}post`, organizationId: `${p}min`, name: 'Envoy', seats: 3, sourceId: `${p}s1` });
  for (const who of ['a', 'b', 'c']) data.people.push({ id: `${p}${who}`, name: `Person ${who}`, sourceId: `${p}s1` });
  data.subjects.push(...['FR', 'DE'].map((c) => ({ id: `country:${c}`, kind: 'country' as const, code: c, name: c })));
  return data;
};

/** A record, then copies of it that each differ in exactly one field (including ones that name nothing stored). */
const responsibilityVariants = (p: string) =>
  fc.record({
    start: fc.constantFrom(...YEARS), length: fc.integer({ min: 1, max: 3 }),
    changes: fc.array(fc.record({ field: fc.constantFrom('unit', 'subject', 'role', 'start', 'end', 'source', 'note'), pick: fc.integer({ min: 0, max: 5 }) }), { maxLength: 8 }),
  }).map(({ start, length, changes }) => {
    const i = YEARS.indexOf(start);
    const first: Responsibility = { id: '', unitId: `${p}u1`, subjectId: 'country:FR', interval: iv(start, YEARS[Math.min(i + length, YEARS.length - 1)] ?? null), sourceId: `${p}s1` };
    return [first, ...changes.map(({ field, pick }): Responsibility => {
      const r = { ...first };
      if (field === 'unit') r.unitId = [`${p}u2`, `${p}nowhere`][pick % 2]!;
      if (field === 'subject') r.subjectId = ['country:DE', 'country:FR'][pick % 2]!;
      if (field === 'role') r.role = (['resident-mission', 'handles'] as const)[pick % 2]!;
      if (field === 'start') r.interval = { ...r.interval, start: d(YEARS[pick]!) };
      if (field === 'end') r.interval = { ...r.interval, end: pick === 5 ? { kind: 'open' } : { kind: 'date', date: d(`${2011 + pick}`) } };
      if (field === 'source') r.sourceId = [`${p}s2`, `${p}missing-source`][pick % 2]!;
      if (field === 'note') r.note = `note ${pick}`;
      return r;
    })];
  });

const appointmentVariants = (p: string) =>
  fc.record({
    start: fc.constantFrom(...YEARS),
    changes: fc.array(fc.record({ field: fc.constantFrom('person', 'kind', 'start', 'end', 'source', 'post'), pick: fc.integer({ min: 0, max: 5 }) }), { maxLength: 8 }),
  }).map(({ start, changes }) => {
    const first: Appointment = { id: '', postId: `${p}post`, personId: `${p}a`, interval: iv(start, `${Number(start) + 3}`), kind: 'substantive', sourceId: `${p}s1` };
    return [first, ...changes.map(({ field, pick }): Appointment => {
      const a = { ...first };
      if (field === 'person') a.personId = [`${p}b`, `${p}c`, `${p}nobody`][pick % 3]!;
      if (field === 'kind') a.kind = (['acting', 'nominated', 'substantive'] as const)[pick % 3]!;
      if (field === 'start') a.interval = { ...a.interval, start: d(YEARS[pick]!) };
      if (field === 'end') a.interval = { ...a.interval, end: pick === 5 ? { kind: 'open' } : { kind: 'date', date: d(`${2011 + pick}`) } };
      if (field === 'source') a.sourceId = [`${p}s2`, `${p}missing-source`][pick % 2]!;
      if (field === 'post') a.postId = `${p}no-post`;
      return a;
    })];
  });

/** The fact spans the record: from its start (or earlier) to its end; an open record, up to its source's date. */
const covers = (fact: Interval, record: Interval, sourceYear: number): boolean => {
  const f = possibleSpan(fact);
  const r = possibleSpan(record);
  const to = r.to ?? d(`${sourceYear}`).latest + 1;
  return (f.from === null || (r.from !== null && f.from <= r.from)) && (f.to === null || to <= f.to);
};

describe.each(databaseTargets)('fact identity on $name', (target) => {
  let database: Database;
  let store: Store;
  let run = 0;
  beforeAll(async () => {
    database = await openFresh(target);
    store = Store.of(database, { userId: 'test', now: () => '2026-11-28T00:00:00.000Z' });
  });
  afterAll(async () => database?.close());

  it('accounts for every record: read = created + unchanged + merged + rejected; each kept record is found in a fact; a second import changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.integer(), async (seedA, seedB) => {
        const p = `r${++run}-`;
        const responsibilities = fc.sample(responsibilityVariants(p), { seed: seedA, numRuns: 1 })[0]!;
        const appointments = fc.sample(appointmentVariants(p), { seed: seedB, numRuns: 1 })[0]!;
        const data = base(p);
        data.responsibilities.push(...responsibilities);
        data.appointments.push(...appointments);
        const report = await writeDataset(store, data, 'generated.json');
        expect(balanced(report)).toBe(true);
        const rejected = report.entries.filter((e) => e.status === 'rejected');
        expect(rejected.every((e) => e.message && e.file)).toBe(true);
        expect(report.counts['responsibility']!.read).toBe(responsibilities.length);
        expect(report.counts['appointment']!.read).toBe(appointments.length);

        // Every record that was not rejected lives on in a fact of its key that its source states, spanning its dates.
        const stored = await store.responsibilities.forUnits([`${p}u1`, `${p}u2`]);
        const citations = await store.citations.forEntities('responsibility', stored.map((r) => r.id));
        const sourcesOf = (id: string, own: string) => [own, ...citations.filter((c) => c.entityId === id).map((c) => c.sourceId)];
        const valid = (r: Responsibility) => !(r.interval.start && r.interval.end.kind === 'date' && r.interval.end.date.latest <= r.interval.start.earliest);
        const kept = responsibilities.filter((r) => !r.unitId.endsWith('nowhere') && !r.sourceId.endsWith('missing-source') && valid(r));
        expect(report.counts['responsibility']!.rejected).toBe(responsibilities.length - kept.length);
        for (const r of kept) {
          const home = stored.filter((f) => f.unitId === r.unitId && f.subjectId === r.subjectId && (f.role ?? 'handles') === (r.role ?? 'handles'));
          const year = r.sourceId.endsWith('s1') ? 2020 : 2021;
          expect(home.some((f) => sourcesOf(f.id, f.sourceId).includes(r.sourceId) && covers(f.interval, r.interval, year)), JSON.stringify(r)).toBe(true);
        }
        const again = await writeDataset(store, data, 'generated.json');
        expect(again.totals).toMatchObject({ created: 0, merged: 0, read: report.totals.read });
      }),
      { numRuns: target.name === 'postgres' ? 15 : 40 },
    );
  });

  it('keeps both periods when a unit takes a country back years later', async () => {
    const p = 'back-';
    const data = base(p);
    data.responsibilities.push(
      { id: '', unitId: `${p}u1`, subjectId: 'country:FR', interval: iv('1990', '1994'), sourceId: `${p}s1` },
      { id: '', unitId: `${p}u2`, subjectId: 'country:FR', interval: iv('1994', '2002'), sourceId: `${p}s1` },
      { id: '', unitId: `${p}u1`, subjectId: 'country:FR', interval: iv('2002', null), sourceId: `${p}s1` },
    );
    const report = await writeDataset(store, data, 'back.json');
    expect(report.counts['responsibility']).toMatchObject({ read: 3, created: 3 });
    const unit = async (year: string) => (await route(store, 'France', d(year), `${p}min`)).candidates.map((c) => c.unit.name);
    expect([await unit('1991'), await unit('1996'), await unit('2010')]).toEqual([['Unit u1'], ['Unit u2'], ['Unit u1']]);
  });

  it('gives one fact two citations when two sources state it, and keeps each source\'s dates side by side when they differ', async () => {
    const p = 'two-';
    const data = base(p);
    data.appointments.push(
      { id: '', postId: `${p}post`, personId: `${p}a`, interval: iv('2001-03-01', '2005-06-30'), kind: 'substantive', sourceId: `${p}s1` },
      { id: '', postId: `${p}post`, personId: `${p}a`, interval: iv('2001-03-01', '2005-06-30'), kind: 'substantive', sourceId: `${p}s2` },
      { id: '', postId: `${p}post`, personId: `${p}b`, interval: iv('2002-01-01', '2004-12-31'), kind: 'substantive', sourceId: `${p}s1` },
      { id: '', postId: `${p}post`, personId: `${p}b`, interval: iv('2002-01-01', '2005-01-03'), kind: 'substantive', sourceId: `${p}s2` },
    );
    const report = await writeDataset(store, data, 'two.json');
    expect(report.counts['appointment']).toMatchObject({ read: 4, created: 2, merged: 2 });
    const [a, b] = await Promise.all([`${p}a`, `${p}b`].map(async (id) => (await store.appointments.forPerson(id))[0]!));
    expect((await store.citations.forEntity('appointment', a!.id)).map((c) => c.sourceId)).toEqual([`${p}s2`]);
    expect(b!.interval.end).toMatchObject({ kind: 'date', date: { text: '2004-12-31..2005-01-03' } });
    expect((await store.claims.forEntity('appointment', b!.id)).filter((c) => c.field === 'end').map((c) => [c.sourceId, c.value]).sort()).toEqual([[`${p}s1`, '2004-12-31'], [`${p}s2`, '2005-01-03']]);
  });
});
