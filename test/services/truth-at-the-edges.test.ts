import { describe, expect, it } from 'vitest';
import { sayInEnglish } from '../../src/domain/messages/en.messages.js';
import { emptyDataset } from '../../src/domain/model.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { career } from '../../src/services/career.service.js';
import { chart } from '../../src/services/chart.service.js';
import { check } from '../../src/services/check.service.js';
import { recordEvent } from '../../src/services/event.service.js';
import { writeDataset } from '../../src/services/ingest/ingest.service.js';
import { route } from '../../src/services/routing.service.js';
import { who } from '../../src/services/who.service.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets, openFresh, useBundledRegistry } from '../support/databases.js';

const at = (d: string) => parsePartialDate(d);
const MINISTRY = 'Ministry of Foreign Affairs (North Korea)';

describe.each(databaseTargets)('truth at the edges, on the bundled registry ($name)', (target) => {
  const registry = useBundledRegistry(target);

  it('says the ministry did not exist in 1900: in its chart, and when routing China', async () => {
    const c = await chart(registry(), 'mfa', at('1900'));
    expect(c).toMatchObject({ status: 'not-existing', root: { organization: { name: MINISTRY }, units: [] } });
    expect(c.existed.from).toBe('1948-09-08..1948-09-09');
    const r = await route(registry(), 'China', at('1900'));
    expect(r.status).toBe('not-existing');
    expect(r.candidates).toEqual([]);
    expect(r.notExisting.map((n) => n.unit.name)).toContain('Asia Affairs Department 1');
    expect(r.reasoning.map(sayInEnglish).join(' ')).toContain('did not exist on 1900');
  });

  it('is never certain of the future: nobody holds the ministry certainly in 2099 or on 9999-12-31', async () => {
    for (const d of ['2099', '9999-12-31']) expect((await who(registry(), 'Minister of Foreign Affairs', at(d))).holders.filter((h) => h.certainty === 'certain')).toEqual([]);
  });

  it('reads AU as Australia (an ISO code wins over an alias): Asia Affairs Department 2', async () => {
    const r = await route(registry(), 'AU', at('2020-01-01'));
    expect(r.subject).toMatchObject({ code: 'AU', name: 'Australia' });
    expect(r.candidates.map((c) => c.unit.name)).toEqual(['Asia Affairs Department 2']);
    expect((await route(registry(), 'African Union', at('2020-01-01'))).subject.name).toBe('African Union');
  });

  it('is not certain of the premier on 2010-06-05, when sources end one term on 06-04 and 06-07', async () => {
    const a = await who(registry(), 'Premier', at('2010-06-05'));
    expect(a.holders.map((h) => [h.person.name, h.certainty, h.disputed])).toEqual([['Kim Yong-il', 'possible', true], ['Choe Yong-rim', 'possible', true]]);
    expect(sayInEnglish(a.reason!)).toContain('sources disagree');
    expect((await who(registry(), 'Premier', at('2010-06-01'))).holders.map((h) => [h.person.name, h.certainty])).toEqual([['Kim Yong-il', 'certain']]);
  });

  it('cites a value filled in from a second source to that source, and the registry\'s own transliterations to itself', async () => {
    const pak = await career(registry(), 'Ho Dam');
    expect(pak.person.born).toBe('1929');
    expect(pak.provenance['born']?.id).toBe('enwikipedia-net-mfa-dprk-old');
    expect(pak.provenance['name']?.id).toBe('wikipedia-mfa-dprk');
    const kimIl = await career(registry(), 'Kim Il');
    expect(kimIl.provenance['native-name']).toMatchObject({ id: 'chancery-hangul', kind: 'derived' });
    const romanized = kimIl.names.find((n) => n.kind === 'revised-romanization')!;
    expect(romanized.source).toMatchObject({ id: 'chancery-romanization', kind: 'derived' });
  });

  it('routes a former state only on its own dates, and never answers for its successors with it', async () => {
    const ussr = await route(registry(), 'USSR', at('2000'));
    expect(ussr).toMatchObject({ status: 'not-existing', subject: { name: 'Soviet Union', existed: { from: '1922-12-30', to: '1991-12-26' } } });
    expect(ussr.subject.successors).toContain('Russia');
    expect((await route(registry(), 'South Sudan', at('2000'))).status).toBe('not-existing');
    expect((await route(registry(), 'South Sudan', at('2020'))).status).toBe('covered');
    expect((await route(registry(), 'East Germany', at('1980'))).status).toBe('not-covered');
  });

  it('lists a person\'s posts on a date as who answers for each post: Choe Son-hui, vice minister only from the article\'s date', async () => {
    // The article's stale sentence names her vice minister as of 2024-12-29: before that day `who` lists her apart, as
    // first recorded then, so her career on an earlier day does not give the post either.
    const c = await career(registry(), 'Choe Son-hui', at('2023-01-01'));
    expect(c.terms.map((t) => [t.post.name, t.certainty])).toEqual([['Minister of Foreign Affairs', 'certain']]);
    const onTheDay = await career(registry(), 'Choe Son-hui', at('2024-12-29'));
    expect(onTheDay.terms.map((t) => [t.post.name, t.certainty])).toEqual([['Minister of Foreign Affairs', 'certain'], ['Vice Minister', 'possible']]);
  });
});

describe.each(databaseTargets)('truth at the edges, on small registries of our own ($name)', (target) => {
  const seed = async () => {
    const database = await openFresh(target);
    const store = Store.of(database, { userId: 'test', now: () => '2026-11-28T00:00:00.000Z' });
    const d = emptyDataset();
    d.sources.push({ id: 'n', title: 'Note', kind: 'curation', published: '2026' });
    const always = { start: null, end: { kind: 'open' as const } };
    d.organizations.push({ id: 'm1', name: 'Ministry One', kind: 'ministry', sourceId: 'n' }, { id: 'm2', name: 'Ministry Two', kind: 'ministry', sourceId: 'n' });
    d.organizations.push({ id: 'dept', name: 'Department', kind: 'department', sourceId: 'n' }, { id: 'dept/sub', name: 'Sub-unit', kind: 'department', sourceId: 'n' });
    d.relations.push(
      { id: 'dept~unit-of~m1', fromId: 'dept', toId: 'm1', type: 'unit-of', interval: { start: at('2000'), end: { kind: 'date', date: at('2010-01-01') } }, sourceId: 'n' },
      { id: 'dept~unit-of~m2', fromId: 'dept', toId: 'm2', type: 'unit-of', interval: { start: at('2010-01-01'), end: { kind: 'open' } }, sourceId: 'n' },
      { id: 'dept/sub~unit-of~dept', fromId: 'dept/sub', toId: 'dept', type: 'unit-of', interval: always, sourceId: 'n' },
    );
    d.subjects.push({ id: 'country:FR', kind: 'country', code: 'FR', name: 'France' });
    d.responsibilities.push({ id: 'r', unitId: 'dept/sub', subjectId: 'country:FR', interval: { start: at('2001'), end: { kind: 'open' } }, sourceId: 'n' });
    d.posts.push({ id: 'm1:a', organizationId: 'm1', name: 'Minister', seats: 1, sourceId: 'n' }, { id: 'm1:b', organizationId: 'm1', name: 'Envoy', seats: 1, sourceId: 'n' });
    d.people.push({ id: 'x', name: 'X', sourceId: 'n' });
    d.appointments.push(
      { id: 'xa', postId: 'm1:a', personId: 'x', interval: { start: at('2001-01-01'), end: { kind: 'date', date: at('2003-01-01') } }, kind: 'substantive', sourceId: 'n' },
      { id: 'xb', postId: 'm1:b', personId: 'x', interval: { start: at('2002-01-01'), end: { kind: 'date', date: at('2004-01-01') } }, kind: 'substantive', sourceId: 'n' },
    );
    await writeDataset(store, d, 'seed.json');
    return { database, store };
  };

  it('routes by organization on the date: before a unit moved, its sub-unit answered for the old ministry', async () => {
    const { database, store } = await seed();
    try {
      expect((await route(store, 'France', at('2005'), 'm1')).candidates.map((c) => c.unit.name)).toEqual(['Sub-unit']);
      expect((await route(store, 'France', at('2005'), 'm2')).status).toBe('not-covered');
      expect((await route(store, 'France', at('2015'), 'm2')).candidates.map((c) => c.chain.map((s) => s.unit.name))).toEqual([['Sub-unit', 'Department', 'Ministry Two']]);
      expect((await route(store, 'France', at('2015'), 'm1')).status).toBe('not-covered');
    } finally {
      await database.close();
    }
  });

  it('reports two posts of one person only where the organization\'s rule says one post at a time', async () => {
    const { database, store } = await seed();
    try {
      expect((await check(store, at('2026').earliest)).findings.filter((f) => f.code === 'incompatible-posts')).toEqual([]);
      await store.organizations.upsert({ ...(await store.organizations.get('m1'))!, exclusivePosts: true });
      expect((await check(store, at('2026').earliest)).findings.filter((f) => f.code === 'incompatible-posts').map((f) => f.severity)).toEqual(['error']);
    } finally {
      await database.close();
    }
  });

  it('merges units whose links to their parent end on the merge date; refuses a merge of one unit', async () => {
    const { database, store } = await seed();
    try {
      const d = emptyDataset();
      d.organizations.push({ id: 'm2/a', name: 'A', kind: 'department', sourceId: 'n' }, { id: 'm2/b', name: 'B', kind: 'department', sourceId: 'n' });
      for (const u of ['m2/a', 'm2/b']) d.relations.push({ id: `${u}~unit-of~m2`, fromId: u, toId: 'm2', type: 'unit-of', interval: { start: at('2011'), end: { kind: 'date', date: at('2020-01-01') } }, sourceId: 'n' });
      await writeDataset(store, d, 'more.json');
      const merged = await recordEvent(store, { kind: 'merge', date: at('2020-01-01'), units: ['m2/a', 'm2/b'], name: 'A and B', sourceId: 'n' });
      expect(merged.created.organizations).toEqual(['m2/a-and-b']);
      expect((await chart(store, 'm2', at('2021'))).root.units.map((u) => u.organization.name).sort()).toEqual(['A and B', 'Department']);
      await expect(recordEvent(store, { kind: 'merge', date: at('2021-01-01'), units: ['m2/a-and-b'], name: 'Alone', sourceId: 'n' })).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    } finally {
      await database.close();
    }
  });

  it('applies structural events given in a dataset, as record does', async () => {
    const { database, store } = await seed();
    try {
      const d = emptyDataset();
      d.applyEvents.push({ id: 'ev1', kind: 'rename', date: at('2012-01-01'), organizationId: '', description: 'renamed', details: { unit: 'dept/sub', name: 'Western Unit' }, sourceId: 'n' });
      const report = await writeDataset(store, d, 'events.json');
      expect(report.counts['event']).toMatchObject({ read: 1, created: 1 });
      expect((await route(store, 'France', at('2013'))).candidates[0]!.unit.name).toBe('Western Unit');
      expect((await route(store, 'France', at('2005'))).candidates[0]!.unit).toMatchObject({ name: 'Sub-unit', currentName: 'Western Unit' });
      expect((await writeDataset(store, d, 'events.json')).counts['event']).toMatchObject({ unchanged: 1 });
    } finally {
      await database.close();
    }
  });
});
