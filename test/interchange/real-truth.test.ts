import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import type { ImportReport } from '../../src/dataset/import-report.js';
import { chart, type ChartNode } from '../../src/services/chart.service.js';
import { importFile } from '../../src/services/import.service.js';
import { showSource } from '../../src/services/listing.service.js';
import { who } from '../../src/services/who.service.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets, openFresh } from '../support/databases.js';
import { sharedPath } from '../support/shared.js';

const day = (d: string) => parsePartialDate(d);
const holdersOn = async (store: Store, post: string, at: string) => (await who(store, post, day(at))).holders.map((h) => [h.person.name, h.certainty, h.kind]);

// POCOM and the IfG ministers, each imported once per database (the imports are the slow part), asked what a
// historian would ask: nothing certain past what the data covers, served terms kept as served.
describe.each(databaseTargets)('truth on the real datasets, on $name', (target) => {
  const dbs: Database[] = [];
  let pocom: Store;
  let ifg: Store;
  let pocomReport: ImportReport;

  beforeAll(async () => {
    // The clock says 2030: no answer below may depend on it.
    const context = { userId: 'system', now: () => '2030-01-01T00:00:00.000Z' };
    for (const [format, path] of [['pocom', ['data', 'pocom']], ['ifg', ['data', 'ifg-ministers']]] as const) {
      const db = await openFresh(target);
      dbs.push(db);
      const store = Store.of(db, context);
      const report = await importFile(store, sharedPath(...path), { format });
      if (format === 'pocom') [pocom, pocomReport] = [store, report];
      else ifg = store;
    }
  }, 600_000);
  afterAll(async () => {
    for (const db of dbs) await db.close();
  });

  it('POCOM: a chief of mission still in office when the file for the post was last changed is not certain in 2025', async () => {
    expect(await holdersOn(pocom, 'Chief of Mission to Benin', '2025-01-01')).toEqual([['Patricia Mahoney', 'possible', 'substantive']]);
    // The Benin file is dated by its newest record: 2019.
    expect(await showSource(pocom, 'pocom:missions-countries/benin')).toMatchObject({ coverage: '2019-07-04', coverageRule: 'source-date' });
    // Each post's file is its own source; the report says what they cover, and how.
    expect(pocomReport.entries.filter((e) => e.kind === 'source' && e.status === 'note').length).toBeGreaterThan(290);
  });

  it('IfG: the last ministers are certain up to the newest date the database carries, not in November 2026', async () => {
    expect(await showSource(ifg, 'ifg-ministers-database')).toMatchObject({ coverage: '2026-06-12', coverageRule: 'newest-fact' });
    const open = (await ifg.appointments.list()).filter((a) => a.interval.end.kind === 'open');
    expect(open.length).toBeGreaterThan(100);
    const posts = [...new Set(open.map((a) => a.postId))].slice(0, 25);
    for (const p of posts) {
      const answer = await who(ifg, p, day('2026-11-01'));
      expect(answer.holders.filter((h) => h.certainty === 'certain'), p).toEqual([]);
    }
    expect(await holdersOn(ifg, 'Prime Minister', '2026-06-12')).toEqual([['Keir Starmer', 'certain', 'substantive']]);
  });

  it('POCOM: a row with an end but no start is a served term, its start between its appointment and its end', async () => {
    const sweden = (await pocom.appointments.forPost('pocom:chief-of-mission:sweden')).find((a) => a.personId === 'pocom:hughes-christopher');
    expect(sweden).toMatchObject({ kind: 'substantive' });
    expect(sweden!.interval.start?.text).toBe('1819-01-21..1825-07-04');
    expect(await holdersOn(pocom, 'pocom:chief-of-mission:sweden', '1822-06-01')).toEqual([['Christopher Hughes Jr.', 'possible', 'substantive']]);
    const all = await pocom.appointments.list();
    // 974 rows have no start: the 423 with an end served; the others, and the other nominees, were named only.
    const nominated = all.filter((a) => a.kind === 'nominated');
    expect(nominated.length).toBe(553);
    expect(nominated.filter((a) => a.interval.end.kind === 'date').length).toBeLessThanOrEqual(2);
  });

  it('POCOM: the Secretaries of State ad interim act in the Secretary\'s post (42 terms); an element with an attribute is read', async () => {
    const secretary = await pocom.appointments.forPost('pocom:principal:secretary');
    expect(secretary.filter((a) => a.kind === 'acting').length).toBe(42);
    expect(await pocom.posts.get('pocom:principal:secretary-ad-interim')).toBeUndefined();
    expect(await holdersOn(pocom, 'pocom:principal:secretary', '1795-12-01')).toEqual([['Timothy Pickering', 'possible', 'acting']]);
    // <principal treatAsConsecutive="yes">: James Monroe's second term, dropped by the old reader.
    expect(secretary.find((a) => a.id === 'pocom:secr-1815-monr')?.note).toContain('treatAsConsecutive');
    expect(await holdersOn(pocom, 'pocom:principal:secretary', '1816-01-01')).toEqual([['James Monroe', 'certain', 'substantive']]);
  });

  it('POCOM: on the 1990 chart, no "possibly" holder of a post that had a later term begun before 1990', async () => {
    const c = await chart(pocom, 'us-department-of-state', day('1990-01-01'));
    const posts: ChartNode['posts'] = [];
    const walk = (n: ChartNode) => {
      posts.push(...n.posts);
      n.units.forEach(walk);
    };
    walk(c.root!);
    expect(posts.length).toBeGreaterThan(250);
    const stale: string[] = [];
    for (const p of posts) {
      const terms = (await pocom.appointments.forPost(p.post.id)).filter((t) => t.kind !== 'nominated');
      for (const h of p.holders.filter((x) => x.certainty === 'possible')) {
        const began = terms.find((t) => t.id === h.appointmentId)?.interval.start?.latest ?? -Infinity;
        if (terms.some((t) => t.interval.start && t.interval.start.earliest > began && t.interval.start.latest < day('1990-01-01').earliest)) stale.push(`${p.post.id}: ${h.person.name}`);
      }
    }
    expect(stale).toEqual([]);
    // Chad, once shown with Alan Wood Lukens and John Propst Blane as possible holders.
    expect((await who(pocom, 'pocom:chief-of-mission:chad', day('1990-01-01'))).holders.map((h) => h.certainty)).not.toContain('possible');
  });

  it('POCOM: the report accounts for every XML element read, naming what is not stored', async () => {
    const xml = pocomReport.entries.filter((e) => e.kind === 'xml');
    const summary = xml.find((e) => !e.line)!;
    expect(summary.message).toMatch(/^\d+ XML elements read in \d+ files: \d+ read into records/);
    expect(summary.message).toContain('country-mission/chiefs/chief/arrived');
    // A misspelt element (<norte/> in the Kenya file) is empty and says nothing; a stray attribute is named with its place.
    expect(xml.some((e) => e.field === 'country-mission/chiefs/chief/started/date@certainty' && e.file?.endsWith('netherlands.xml'))).toBe(true);
  });
});
