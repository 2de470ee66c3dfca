import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sayInEnglish } from '../../src/domain/messages/en.messages.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { type ImportReport, balanced } from '../../src/dataset/import-report.js';
import { career } from '../../src/services/career.service.js';
import { check } from '../../src/services/check.service.js';
import { exportRegistry } from '../../src/services/export.service.js';
import { holders } from '../../src/services/holders.service.js';
import { type ImportFormat, importFile } from '../../src/services/import.service.js';
import { who } from '../../src/services/who.service.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets, openFresh } from '../support/databases.js';
import { sharedPath } from '../support/shared.js';

// The five real sources, each imported whole into its own registry: every record accounted for, nothing rejected,
// a second import changing nothing; then the questions a historian asks of them, answered from the data.
const SOURCES: [string, ImportFormat, string[]][] = [
  ['POCOM', 'pocom', ['data', 'pocom']],
  ['IfG ministers', 'ifg', ['data', 'ifg-ministers']],
  ['Wikidata tables', 'wikidata-csv', ['data', 'nk-wikidata']],
  ['EveryPolitician Popolo', 'popolo', ['data', 'everypolitician', 'Tuvalu-ep-popolo-v1.0.extract.json']],
  ['EveryPolitician folder', 'everypolitician', ['data', 'everypolitician']],
];
const day = (d: string) => parsePartialDate(d);
const names = async (store: Store, post: string, at: string) => (await who(store, post, day(at))).holders.map((h) => h.person.name);

describe.each(databaseTargets)('real datasets, on $name', (target) => {
  const dbs = new Map<string, Database>();
  const reports = new Map<string, ImportReport>();
  const dir = mkdtempSync(join(tmpdir(), 'chancery-real-'));
  const store = (name: string) => Store.of(dbs.get(name)!);
  const dump = async (name: string, tag: string) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}-${tag}.jsonl`);
    await exportRegistry(store(name), 'jsonl', file);
    return readFileSync(file, 'utf8');
  };

  beforeAll(async () => {
    for (const [name, format, path] of SOURCES) {
      const db = await openFresh(target);
      dbs.set(name, db);
      reports.set(name, await importFile(Store.of(db), sharedPath(...path), { format }));
    }
  }, 240_000);
  afterAll(async () => {
    for (const db of dbs.values()) await db.close();
  });

  it.each(SOURCES.map(([name]) => name))('%s: imports completely (read = created + unchanged + merged + rejected, none rejected); again, changes nothing', async (name) => {
    const report = reports.get(name)!;
    expect(balanced(report)).toBe(true);
    expect(report.entries.filter((e) => e.status === 'rejected')).toEqual([]);
    expect(report.totals.read).toBeGreaterThan(100);
    const before = await dump(name, 'first');
    const [, format, path] = SOURCES.find(([n]) => n === name)!;
    const again = await importFile(store(name), sharedPath(...path), { format });
    expect(balanced(again)).toBe(true);
    expect(again.totals.created).toBe(0);
    expect(again.totals.rejected).toBe(0);
    expect(again.totals.read).toBe(report.totals.read);
    expect(await dump(name, 'second')).toBe(before);
  }, 240_000);

  it('POCOM: who was US chief of mission to Japan on 1965-01-01, and Secretary of State on 1990-01-01', async () => {
    const s = store('POCOM');
    expect(await names(s, 'pocom:chief-of-mission:japan', '1965-01-01')).toEqual(['Edwin Oldfather Reischauer']);
    expect(await names(s, 'pocom:principal:secretary', '1990-01-01')).toEqual(['James Addison Baker III']);
    // The role title and the dates the source gives, on the term.
    const term = (await who(s, 'pocom:chief-of-mission:japan', day('1965-01-01'))).holders[0]!;
    expect(term.note).toContain('Ambassador Extraordinary and Plenipotentiary');
    expect(term.start).toBe('1961-04-27');
  });

  it('POCOM: an envoy accredited to several countries at once holds each post on one day, and his mission handles the others', async () => {
    const s = store('POCOM');
    // George Williamson, resident in Guatemala 1873–79, accredited to four other Central American states at once.
    const williamson = await career(s, 'pocom:williamson-george-mcwillie', day('1875-01-01'));
    expect(williamson.terms.filter((t) => t.certainty === 'certain').map((t) => t.post.name).sort()).toEqual([
      'Chief of Mission to Costa Rica', 'Chief of Mission to El Salvador', 'Chief of Mission to Guatemala', 'Chief of Mission to Honduras', 'Chief of Mission to Nicaragua',
    ]);
    const accredited = (await s.responsibilities.forUnits(['pocom:mission:guatemala'])).filter((r) => r.role === 'non-resident-mission' && r.note?.includes('1873-will'));
    expect(accredited.map((r) => r.subjectId).sort()).toEqual(['country:CR', 'country:HN', 'country:NI', 'country:SV']);
  });

  it('POCOM: a nomination that never led to service is kept as such, not as a term', async () => {
    const s = store('POCOM');
    const nominated = (await s.appointments.list()).filter((a) => a.kind === 'nominated');
    expect(nominated.length).toBeGreaterThan(10);
    const one = nominated[0]!;
    const post = await s.posts.get(one.postId);
    const during = one.interval.start ? one.interval.start.text : '1900';
    expect((await who(s, post!.id, day(during))).holders.map((h) => h.appointmentId)).not.toContain(one.id);
  });

  it('IfG: who was UK Prime Minister on 2022-10-01; departments merged into another; a name that changed; a cover during leave', async () => {
    const s = store('IfG ministers');
    const pm = (await s.posts.list()).find((p) => p.name === 'Prime Minister')!;
    expect(await names(s, pm.id, '2022-10-01')).toEqual(['Liz Truss']);
    expect(await names(s, pm.id, '2010-06-01')).toEqual(['David Cameron']);
    const orgs = new Map((await s.organizations.list()).map((o) => [o.id, o.name]));
    const beis = [...orgs].find(([, n]) => n === 'Department for Business, Energy and Industrial Strategy')![0];
    const mergedInto = (await s.successions.list()).filter((x) => x.toId === beis && x.kind === 'merged-into').map((x) => orgs.get(x.fromId)).sort();
    expect(mergedInto).toEqual(['Department for Business, Innovation and Skills', 'Department of Energy and Climate Change']);
    // Peter Mandelson became Lord Mandelson on 2008-10-03: his name on a date is the name then.
    const mandelson = (await s.people.list()).find((p) => p.name === 'Lord Mandelson')!;
    expect((await career(s, mandelson.id, day('2005-01-01'))).person.name).toBe('Peter Mandelson');
    expect((await career(s, mandelson.id, day('2009-01-01'))).person.name).toBe('Lord Mandelson');
    const cover = await s.appointments.get('ifg:appointment:86d4e1d3-809e-4e2f-9b82-8d27e41c9011');
    expect(cover).toMatchObject({ kind: 'cover', coversId: 'ifg:appointment:8f28bc47-0679-4af0-a11a-3f27889e41b0' });
  });

  it('Wikidata tables: QIDs kept, year and month precision honoured, and where Wikidata and Wikipedia disagree both are claims', async () => {
    const s = store('Wikidata tables');
    expect((await s.identifiers.forEntity('person', 'wd:Q10665')).map((i) => `${i.scheme}:${i.value}`)).toContain('wikidata:Q10665');
    expect((await s.people.get('wd:Q1062006'))?.died?.text).toBe('2021-12');
    const kim = (await who(s, 'wd:Q7240364', day('2009-01-01'))).holders.find((h) => h.person.id === 'wd:Q310875')!;
    const ends = (await s.claims.forEntity('appointment', kim.appointmentId)).filter((c) => c.field === 'end').map((c) => `${c.value}@${c.sourceId}`).sort();
    expect(ends).toEqual(['2010-06-04@web:en-wikipedia-org-wiki-premier-of-north-korea', '2010-06-07@wikidata']);
    expect((await check(s, day('2026-01-01').earliest)).findings.some((f) => f.code === 'conflicting-claims' && sayInEnglish(f).includes('Kim Yong-il'))).toBe(true);
  });

  it('EveryPolitician folder: the parliament and the North Korean position files, each file its own source', async () => {
    const s = store('EveryPolitician folder');
    expect(await names(s, 'ep:north-korea:premier-of-north-korea', '2008-01-01')).toEqual(['Kim Yong-il']);
    expect((await s.people.get('ep:ebbf5070-ae94-4ae9-9c7a-5645c6ce7bb0'))?.name).toBe('Kim Jong-un');
    expect((await s.sources.list()).map((x) => x.id)).toEqual(expect.arrayContaining(['everypolitician:north-korea:positions-csv', 'everypolitician:north-korea:positions-json', 'popolo:tuvalu-ep-popolo-v1-0-extract']));
  });

  it('EveryPolitician Popolo: memberships that start and end mid-term; a membership ending after its member died is flagged by check', async () => {
    const s = store('EveryPolitician Popolo');
    const table = await holders(s, '153fea0b-2fd9-4947-8cde-0ed2db820827/member', day('2026-01-01').earliest);
    expect(table.terms.some((t) => t.start === '2013-09-10' && t.person.name)).toBe(true);
    const findings = (await check(s, day('2026-01-01').earliest)).findings.filter((f) => f.code === 'term-after-death');
    expect(findings.map(sayInEnglish).join('\n')).toContain('Isaia Italeli');
  });
});
