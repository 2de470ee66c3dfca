import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDataset, type Responsibility } from '../../src/domain/model.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { chart } from '../../src/services/chart.service.js';
import { check } from '../../src/services/check.service.js';
import { writeDataset } from '../../src/services/ingest/ingest.service.js';
import { diff } from '../../src/services/diff.service.js';
import { recordEvent } from '../../src/services/event.service.js';
import { route } from '../../src/services/routing.service.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { runCli } from '../support/cli.js';
import { databaseTargets } from '../support/databases.js';

const at = (d: string) => parsePartialDate(d);
const SINCE_2000 = { start: at('2000-01-01'), end: { kind: 'open' as const } };

/** A small ministry of our own making: units A, B, C; A handles France and Germany, B Japan, C the United States. */
const seed = async (store: Store): Promise<void> => {
  const d = emptyDataset();
  d.sources.push({ id: 'note', title: 'Test note', kind: 'curation' });
  d.organizations.push({ id: 'min', name: 'Ministry', kind: 'ministry', sourceId: 'note' });
  for (const u of ['a', 'b', 'c']) {
    d.organizations.push({ id: `min/${u}`, name: `Department ${u.toUpperCase()}`, kind: 'department', sourceId: 'note' });
    d.relations.push({ id: `min/${u}~unit-of~min`, fromId: `min/${u}`, toId: 'min', type: 'unit-of', interval: SINCE_2000, sourceId: 'note' });
  }
  const resp = (unit: string, code: string): Responsibility => ({ id: `min/${unit}>country:${code}@note`, unitId: `min/${unit}`, subjectId: `country:${code}`, interval: SINCE_2000, sourceId: 'note' });
  d.subjects.push(...['FR', 'DE', 'JP', 'US'].map((c) => ({ id: `country:${c}`, kind: 'country' as const, code: c, name: c })));
  d.responsibilities.push(resp('a', 'FR'), resp('a', 'DE'), resp('b', 'JP'), resp('c', 'US'));
  await writeDataset(store, d, 'seed');
};

describe.each(databaseTargets)('structural events on $name', (target) => {
  let database: Database;
  let store: Store;
  const unitOf = async (subject: string, date: string) => (await route(store, subject, at(date), 'min')).candidates.map((c) => c.unit.name);

  beforeAll(async () => {
    const location = await target.create();
    const { openDatabase } = await import('../../src/storage/database.js');
    database = await openDatabase(location);
    store = Store.of(database);
    await seed(store);
    const base = { sourceId: 'note' };
    await recordEvent(store, { ...base, kind: 'transfer', date: at('2010-01-01'), subject: 'Germany', from: 'min/a', to: 'min/b' });
    await recordEvent(store, { ...base, kind: 'rename', date: at('2012-01-01'), unit: 'min/a', name: 'Europe Department' });
    await recordEvent(store, { ...base, kind: 'establish', date: at('2013-06'), name: 'Department D', parent: 'min' });
    await recordEvent(store, { ...base, kind: 're-parent', date: at('2014-01-01'), unit: 'min/c', parent: 'min/b' });
    await recordEvent(store, { ...base, kind: 'merge', date: at('2015-01-01'), units: ['min/a', 'min/b'], name: 'Western Department' });
    await recordEvent(store, { ...base, kind: 'split', date: at('2016-01-01'), unit: 'Western Department', parts: [{ name: 'West 1', subjects: ['France'] }, { name: 'West 2', subjects: ['Germany', 'Japan'] }] });
    await recordEvent(store, { ...base, kind: 'abolish', date: at('2017-01-01'), unit: 'Department D' });
  });
  afterAll(async () => database?.close());

  it('a transfer moves a subject from its date on, and earlier answers stay', async () => {
    expect(await unitOf('Germany', '2009-12-31')).toEqual(['Department A']);
    expect(await unitOf('Germany', '2010-01-01')).toEqual(['Department B']);
    expect(await unitOf('France', '2010-06-01')).toEqual(['Department A']);
  });

  it('a rename is a dated name: the chart and the diff show each name in its time', async () => {
    const names = async (d: string) => (await chart(store, 'min', at(d))).root.units.map((u) => u.organization.name).sort();
    expect(await names('2011-06-01')).toContain('Department A');
    expect(await names('2012-06-01')).toContain('Europe Department');
    const d = await diff(store, 'min', at('2011-06-01'), at('2012-06-01'));
    expect(d.units.renamed).toEqual([{ unit: { id: 'min/a', name: 'Europe Department', currentName: null }, from: 'Department A', to: 'Europe Department' }]);
    expect(d.events.map((e) => e.kind)).toEqual(['rename']);
  });

  it('establish and re-parent change the tree from their dates', async () => {
    const d = await diff(store, 'min', at('2013-01-01'), at('2014-06-01'));
    expect(d.units.established.map((u) => u.unit.name)).toEqual(['Department D']);
    expect(d.units.moved).toEqual([{ unit: { id: 'min/c', name: 'Department C', currentName: null }, from: 'min', to: 'min/b' }]);
    const c2014 = (await chart(store, 'min', at('2014-06-01'))).root.units.find((u) => u.organization.id === 'min/b')!;
    expect(c2014.units.map((u) => u.organization.id)).toEqual(['min/c']);
    expect((await route(store, 'United States', at('2014-06-01'), 'min')).candidates[0]!.chain.map((s) => s.unit.id)).toEqual(['min/c', 'min/b', 'min']);
  });

  it('a merge gathers the merged units\' subjects; a split hands them out again', async () => {
    expect(await unitOf('France', '2015-06-01')).toEqual(['Western Department']);
    expect(await unitOf('Japan', '2015-06-01')).toEqual(['Western Department']);
    expect(await unitOf('France', '2016-06-01')).toEqual(['West 1']);
    expect(await unitOf('Germany', '2016-06-01')).toEqual(['West 2']);
    expect(await unitOf('Japan', '2014-06-01')).toEqual(['Department B']);
    const d = await diff(store, 'min', at('2014-06-01'), at('2016-06-01'));
    expect(d.units.abolished.map((u) => u.unit.name).sort()).toEqual(['Department B', 'Europe Department']);
    expect(d.units.established.map((u) => u.unit.name).sort()).toEqual(['West 1', 'West 2']);
    // Named as the chart and route name them (the catalog's name), not by their ids.
    expect(d.responsibilities.moved.map((m) => m.subject).sort()).toEqual(['France', 'Germany', 'Japan']);
  });

  it('abolish ends a unit, and check finds nothing wrong with all this', async () => {
    const units = async (d: string) => (await chart(store, 'min', at(d))).root.units.map((u) => u.organization.name);
    expect(await units('2016-06-01')).toContain('Department D');
    expect(await units('2017-06-01')).not.toContain('Department D');
    const { findings } = await check(store, at('2026-01-01').earliest);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.code === 'conflicting-responsibility')).toEqual([]);
  });

  it('check flags a responsibility before its unit existed and an event before a unit\'s establishment', async () => {
    const d = emptyDataset();
    d.responsibilities.push({ id: 'bad', unitId: 'min/department-d', subjectId: 'country:US', interval: { start: at('2001-01-01'), end: { kind: 'date', date: at('2002-01-01') } }, sourceId: 'note' });
    d.events.push({ id: 'early', kind: 'rename', date: at('1999'), organizationId: 'min', description: 'an early rename', details: { unit: 'min/department-d' }, sourceId: 'note' });
    await writeDataset(store, d, 'bad');
    const codes = (await check(store, at('2026-01-01').earliest)).findings.map((f) => f.code);
    expect(codes).toContain('responsibility-outside-unit');
    expect(codes).toContain('event-before-establishment');
  });

  it('refuses an event with a source that does not exist, changing nothing', async () => {
    const before = await store.responsibilities.count();
    await expect(recordEvent(store, { kind: 'transfer', date: at('2020-01-01'), sourceId: 'nope', subject: 'France', from: 'min/west-1', to: 'min/west-2' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(recordEvent(store, { kind: 'transfer', date: at('2020-01-01'), sourceId: 'note', subject: 'France', from: 'min/west-1' })).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    expect(await store.responsibilities.count()).toBe(before);
  });

  it('the CLI records an event', async () => {
    const r = await runCli(['record', 'transfer', '--subject', 'France', '--from', 'West 1', '--to', 'West 2', '--date', '2018-01-01', '--source', 'note', '--db', database.location]);
    expect(r.code).toBe(0);
    expect(await unitOf('France', '2018-06-01')).toEqual(['West 2']);
  });
});
