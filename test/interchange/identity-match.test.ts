import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { balanced } from '../../src/dataset/import-report.js';
import { career } from '../../src/services/career.service.js';
import { importFile } from '../../src/services/import.service.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets, openFresh } from '../support/databases.js';
import { sharedPath } from '../support/shared.js';

describe.each(databaseTargets)('matching records of another registry by identifier, on $name', (target) => {
  it('a person another file names under its own id but with a known QID is the stored person, and their terms follow', async () => {
    const db = await openFresh(target);
    try {
      const store = Store.of(db);
      await importFile(store, sharedPath('data', 'nk-wikidata'), { format: 'wikidata-csv' });
      const people = await store.people.count();
      const file = join(mkdtempSync(join(tmpdir(), 'chancery-match-')), 'other.json');
      writeFileSync(file, JSON.stringify({
        persons: [{ id: 'other-registry-17', name: 'Kim Jong Il', identifiers: [{ scheme: 'wikidata', identifier: 'Q10665' }], birth_date: '1941-02-16' }],
        organizations: [{ id: 'wpk', name: "Workers' Party of Korea", classification: 'party' }],
        memberships: [{ person_id: 'other-registry-17', organization_id: 'wpk', role: 'General Secretary', start_date: '1997-10-08', end_date: '2011-12-17' }],
      }));
      const report = await importFile(store, file, { format: 'popolo' });
      expect(balanced(report)).toBe(true);
      expect(report.entries.filter((e) => e.status === 'rejected')).toEqual([]);
      expect(report.entries.find((e) => e.kind === 'identity' && e.id === 'other-registry-17')?.message).toContain('matched by wikidata Q10665');
      expect(await store.people.count()).toBe(people);
      expect(await store.people.get('other-registry-17')).toBeUndefined();
      const kim = await career(store, 'wd:Q10665', parsePartialDate('2000-01-01'));
      expect(kim.terms.map((t) => t.post.name)).toContain('General Secretary');
      // Importing it again changes nothing.
      const again = await importFile(store, file, { format: 'popolo' });
      expect(again.totals.created).toBe(0);
    } finally {
      await db.close();
    }
  });
});

describe.each(databaseTargets)('matching a person named only by name within one import, on $name', (target) => {
  // Two people Wikidata tells apart by QID share the name Ri Yong-ho: the diplomat (born 1956) and the general (died
  // 2012). A row naming "Ri Yong Ho" without an identifier is the one whose life its terms fit, where only one fits.
  const dataset = {
    sources: [{ id: 'tables', title: 'Office-holder tables', kind: 'dataset' }],
    organizations: [{ id: 'state', name: 'State', kind: 'state', source: 'tables' }],
    posts: [
      { id: 'state:fm', organization: 'state', name: 'Foreign Minister', seats: 1, source: 'tables' },
      { id: 'state:council', organization: 'state', name: 'Council member', seats: 20, source: 'tables' },
    ],
    people: [
      { id: 'q-diplomat', name: 'Ri Yong-ho', born: '1956-07-10', source: 'tables', identifiers: [{ scheme: 'wikidata', value: 'Q12594422' }] },
      { id: 'q-general', name: 'Ri Yong-ho', born: '1942-10-05', died: '2012-07', source: 'tables', identifiers: [{ scheme: 'wikidata', value: 'Q483800' }] },
      { id: 'page:minister', name: 'Ri Yong Ho', source: 'tables' },
      { id: 'page:councillor', name: 'Ri Yong Ho', source: 'tables' },
      { id: 'page:other-name', name: 'Ri Yong Hoo', source: 'tables' },
    ],
    appointments: [
      { post: 'state:fm', person: 'page:minister', start: '2016-05-13', end: '2020-01-18', source: 'tables' },
      { post: 'state:council', person: 'page:councillor', start: '2010-04', end: '2011', source: 'tables' },
      { post: 'state:council', person: 'page:other-name', start: '2016', end: '2017', source: 'tables' },
    ],
  };

  it('is matched where exactly one namesake\'s life fits its terms (with a note), else left and proposed', async () => {
    const db = await openFresh(target);
    try {
      const store = Store.of(db);
      const file = join(mkdtempSync(join(tmpdir(), 'chancery-name-match-')), 'tables.json');
      writeFileSync(file, JSON.stringify(dataset));
      const report = await importFile(store, file, { format: 'dataset' });
      expect(balanced(report)).toBe(true);
      expect(report.entries.filter((e) => e.status === 'rejected')).toEqual([]);
      // The 2016 minister can only be the diplomat: the general died in 2012.
      const note = report.entries.find((e) => e.kind === 'identity' && e.id === 'page:minister');
      expect(note?.value).toBe('q-diplomat');
      expect(note?.message).toContain('without an identifier');
      expect(await store.people.get('page:minister')).toBeUndefined();
      expect((await career(store, 'q-diplomat', parsePartialDate('2018-01-01'))).terms.map((t) => t.post.name)).toEqual(['Foreign Minister']);
      // In 2010 both were alive: not matched, but proposed as possibly either.
      expect(await store.people.get('page:councillor')).toBeDefined();
      const proposals = report.entries.filter((e) => e.kind === 'identity' && e.id === 'page:councillor').map((e) => e.value);
      expect(proposals).toEqual(expect.arrayContaining(['q-diplomat', 'q-general']));
      expect(report.entries.find((e) => e.id === 'page:councillor')?.message).toContain('may be the same person');
      // Another spelling is never matched by name alone.
      expect(await store.people.get('page:other-name')).toBeDefined();
    } finally {
      await db.close();
    }
  });
});

describe.each(databaseTargets)('a term one source states as held and another as acting, on $name', (target) => {
  // The acting term's end is unknown, so it may run into 2008: only the start tells the terms apart (as POCOM's
  // chargé d'affaires who later became ambassador).
  it('is one acting term where both start on one day; a later substantive term of the same person stays its own', async () => {
    const db = await openFresh(target);
    try {
      const store = Store.of(db);
      const dir = mkdtempSync(join(tmpdir(), 'chancery-acting-'));
      const base = {
        sources: [{ id: 'article', title: 'Article', kind: 'article' }, { id: 'tables', title: 'Tables', kind: 'dataset' }],
        organizations: [{ id: 'mfa', name: 'Ministry', kind: 'ministry', source: 'article' }],
        posts: [{ id: 'mfa:minister', organization: 'mfa', name: 'Minister', seats: 1, source: 'article' }],
        people: [{ id: 'kang', name: 'Kang Sok-ju', source: 'article' }],
      };
      writeFileSync(join(dir, 'article.json'), JSON.stringify({ ...base, appointments: [{ post: 'mfa:minister', person: 'kang', start: '2007-01-03', end: 'unknown', kind: 'acting', source: 'article' }] }));
      writeFileSync(join(dir, 'tables.json'), JSON.stringify({
        sources: base.sources, people: base.people,
        appointments: [
          { post: 'mfa:minister', person: 'kang', start: '2007-01-03', end: '2007-05-18', source: 'tables' },
          { post: 'mfa:minister', person: 'kang', start: '2008-01-01', end: '2009-01-01', source: 'tables' },
        ],
      }));
      await importFile(store, join(dir, 'article.json'), { format: 'dataset' });
      const report = await importFile(store, join(dir, 'tables.json'), { format: 'dataset' });
      expect(balanced(report)).toBe(true);
      expect(report.entries.filter((e) => e.status === 'rejected')).toEqual([]);
      expect(report.entries.find((e) => e.status === 'merged' && e.kind === 'appointment')?.message).toContain('kept as acting');
      const terms = (await store.appointments.list()).map((a) => `${a.interval.start?.text} ${a.kind}`).sort();
      expect(terms).toEqual(['2007-01-03 acting', '2008-01-01 substantive']);
    } finally {
      await db.close();
    }
  });
});
