import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numbersHolders } from '../../src/domain/ordinal.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { balanced, type ImportReport } from '../../src/dataset/import-report.js';
import { membershipSpan } from '../../src/importers/interchange/popolo.reader.js';
import { whoForArea } from '../../src/services/area.service.js';
import { career } from '../../src/services/career.service.js';
import { exportRegistry } from '../../src/services/export.service.js';
import { holders } from '../../src/services/holders.service.js';
import { importFile } from '../../src/services/import.service.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { openDatabase } from '../../src/storage/database.js';
import { buildApp } from '../../src/api/app.js';
import { runCli } from '../support/cli.js';
import { databaseTargets, openFresh } from '../support/databases.js';
import { sharedPath } from '../support/shared.js';

// EveryPolitician's two Popolo shapes, whole: the Dáil (parties and constituencies as areas, dates from legislative
// periods) and the Scottish Parliament (multilingual names, seat counts per organization). Asked as their users ask:
// who represented a constituency on a date, a member's party then, how many seats the chamber has.
const FILES = {
  ireland: sharedPath('data', 'everypolitician', 'Ireland-Dail-ep-popolo.json'),
  scotland: sharedPath('data', 'everypolitician', 'Scottish-Parliament-popolo-m17n.json'),
};
const day = (d: string) => parsePartialDate(d);
const TODAY = day('2026-01-01').earliest;

describe.each(databaseTargets)('Popolo areas, parties and seats, on $name', (target) => {
  const dbs = new Map<string, Database>();
  const locations = new Map<string, string>();
  const reports = new Map<string, ImportReport>();
  const dir = mkdtempSync(join(tmpdir(), 'chancery-popolo-'));
  const store = (name: string) => Store.of(dbs.get(name)!);

  beforeAll(async () => {
    for (const [name, file] of Object.entries(FILES)) {
      const location = await target.create();
      const db = await openDatabase(location);
      locations.set(name, location);
      dbs.set(name, db);
      reports.set(name, await importFile(Store.of(db), file, { format: 'popolo' }));
    }
  }, 120_000);
  afterAll(async () => {
    for (const db of dbs.values()) await db.close();
  });

  it.each(Object.keys(FILES))('%s: imports with nothing rejected, balanced; a second import changes nothing', async (name) => {
    const report = reports.get(name)!;
    expect(balanced(report)).toBe(true);
    expect(report.entries.filter((e) => e.status === 'rejected')).toEqual([]);
    const dump = async (tag: string) => {
      const file = join(dir, `${target.name}-${name}-${tag}.jsonl`);
      await exportRegistry(store(name), 'jsonl', file);
      return readFileSync(file, 'utf8');
    };
    const before = await dump('first');
    const again = await importFile(store(name), FILES[name as keyof typeof FILES], { format: 'popolo' });
    expect(balanced(again)).toBe(true);
    expect([again.totals.created, again.totals.rejected, again.totals.read]).toEqual([0, 0, report.totals.read]);
    expect(await dump('second')).toBe(before);
  });

  it('Dáil: who represented Dublin Central on a date in the 31st and in the 32nd Dáil, with their parties', async () => {
    const s = store('ireland');
    const inThe31st = await whoForArea(s, 'Dublin Central', day('2012-06-01'));
    expect(inThe31st.area.name).toBe('Dublin Central');
    expect(inThe31st.posts.map((p) => p.post.name)).toEqual(['Member of Dáil Éireann for Dublin Central']);
    const held = (a: typeof inThe31st) => a.posts.flatMap((p) => p.holders.map((h) => `${h.person.name} (${a.parties[h.appointmentId]})`)).sort();
    expect(held(inThe31st)).toEqual(['Joe Costello (Labour)', 'Mary Lou McDonald (Sinn Féin)', "Maureen O'Sullivan (Independent)", 'Paschal Donohoe (Fine Gael)']);
    expect(held(await whoForArea(s, 'dublin central', day('2017-01-01')))).toEqual(['Mary Lou McDonald (Sinn Féin)', "Maureen O'Sullivan (Independent)", 'Paschal Donohoe (Fine Gael)']);
    // Between the two Dála (2016-03-02 to 2016-03-10) nobody sat.
    expect((await whoForArea(s, 'Dublin Central', day('2016-03-05'))).posts[0]!.holders).toEqual([]);
    await expect(whoForArea(s, 'Dublin Centrall', day('2012-06-01'))).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('did you mean "Dublin Central"') });
  });

  it('Dáil: the same question from the command line and over HTTP', async () => {
    const cli = await runCli(['who', '--area', 'Dublin Central', '--at', '2017-01-01', '--db', locations.get('ireland')!]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('Member of Dáil Éireann for Dublin Central:');
    expect(cli.stdout).toMatch(/Paschal Donohoe .*\(Fine Gael\)/);
    expect((await runCli(['who', '--area', 'Dublin Centrall', '--db', locations.get('ireland')!])).stderr).toContain('did you mean "Dublin Central"');
    const app = await buildApp({ database: dbs.get('ireland')!, clock: () => new Date('2026-11-28T10:00:00Z') });
    try {
      const res = await app.inject({ url: `/api/who/area?area=${encodeURIComponent('Dublin Central')}&at=2012-06-01` });
      expect(res.statusCode).toBe(200);
      const body = res.json() as { posts: { holders: { person: { name: string } }[] }[] };
      expect(body.posts[0]!.holders.map((h) => h.person.name).sort()).toEqual(['Joe Costello', 'Mary Lou McDonald', "Maureen O'Sullivan", 'Paschal Donohoe']);
      expect((await app.inject({ url: '/api/who/area?area=Atlantis' })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });

  it("Dáil: a member's party on a date, on his page and in the constituency's holders; members are not numbered", async () => {
    const s = store('ireland');
    const murphy = (await s.people.list()).find((p) => p.name === 'Paul Murphy')!;
    expect((await career(s, murphy.id, day('2013-01-01'))).terms.map((t) => t.party)).toEqual(['Socialist Party']);
    expect((await career(s, murphy.id, day('2017-01-01'))).terms.map((t) => t.party)).toEqual(['Anti-Austerity Alliance']);
    const table = await holders(s, 'Member of Dáil Éireann for Dublin Central', TODAY);
    expect(table.terms.map((t) => `${t.person.name}|${t.start}|${t.party}`)).toContain('Joe Costello|2011-03-09|Labour');
    expect(table.terms.every((t) => t.ordinal === null)).toBe(true);
    // The chamber's stated seats are kept, on the chamber.
    const dail = (await s.organizations.list()).find((o) => o.name === 'Dáil Éireann')!;
    expect((await s.claims.forEntity('organization', dail.id)).filter((c) => c.field === 'seats').map((c) => c.value)).toEqual(['166']);
  });

  it('Scottish Parliament: 129 seats, as the file states, filled by 129 members on a date; names in every language', async () => {
    const s = store('scotland');
    const parliament = (await s.organizations.list()).find((o) => o.name === 'Scottish Parliament')!;
    expect(parliament.kind).toBe('legislature');
    expect((await s.claims.forEntity('organization', parliament.id)).filter((c) => c.field === 'seats').map((c) => c.value)).toEqual(['129']);
    const posts = (await s.posts.list()).filter((p) => p.organizationId === parliament.id);
    // 73 constituencies of one seat and 8 regions of seven — but the file starts Rachael Hamilton's term for Ettrick,
    // Roxburgh and Berwickshire on 2016-06-08 while John Lamont's runs to 2017-05-04 (the by-election was in 2017):
    // the seats are as many as the source's terms overlap, never fewer.
    const seats = new Map(posts.map((p) => [p.name.replace('Member of the Scottish Parliament for ', ''), p.seats]));
    expect([...seats.values()].filter((n) => n === 7)).toHaveLength(8);
    expect([...seats].filter(([, n]) => n !== 1 && n !== 7)).toEqual([['Ettrick, Roxburgh and Berwickshire', 2]]);
    let seated = 0;
    for (const p of posts) seated += (await whoForArea(s, p.subjectId!, day('2016-05-20'))).posts.reduce((n, a) => n + a.holders.length, 0);
    expect(seated).toBe(129);
    expect((await s.names.forEntity('organization', parliament.id)).map((n) => `${n.name}@${n.lang}`)).toContain('Senedd yr Alban@cy');
    const fitzpatrick = (await s.people.list()).find((p) => p.name === 'Joe FitzPatrick')!;
    expect((await s.names.forEntity('person', fitzpatrick.id)).map((n) => `${n.name}@${n.lang}`)).toContain('Joe Fitzpatrick@cy');
  });

  it("Scottish Parliament: a region's seven members; the Presiding Officer's party before and after his election; nobody is numbered", async () => {
    const s = store('scotland');
    const region = await whoForArea(s, 'West Scotland', day('2016-05-10'));
    expect(region.posts[0]!.post.name).toBe('Member of the Scottish Parliament for West Scotland');
    expect(region.posts[0]!.holders).toHaveLength(7);
    const partyOf = async (at: string) => {
      const answer = await whoForArea(s, 'West Scotland', day(at));
      const h = answer.posts[0]!.holders.find((x) => x.person.name === 'Ken Macintosh')!;
      return answer.parties[h.appointmentId];
    };
    expect([await partyOf('2016-05-10'), await partyOf('2016-06-01')]).toEqual(['Scottish Labour Party', 'independent politician']);
    const macintosh = (await s.people.list()).find((p) => p.name === 'Ken Macintosh')!;
    expect((await career(s, macintosh.id)).terms.map((t) => `${t.start}–${t.end ?? ''} ${t.party}`)).toEqual(['2016-05-05–2016-05-12 Scottish Labour Party', '2016-05-12–incumbent independent politician']);
    const edinburgh = await holders(s, 'Member of the Scottish Parliament for Edinburgh Central', TODAY);
    expect(edinburgh.terms.map((t) => [t.person.name, t.party, t.ordinal])).toEqual([['Ruth Davidson', 'Scottish Conservatives', null]]);
  });

  it('a member elected but never seated (the membership ends before its term starts) is kept as a nomination', async () => {
    const db = await openFresh(target);
    try {
      const file = join(dir, `never-seated-${target.name}.json`);
      writeFileSync(file, JSON.stringify({
        persons: [{ id: 'p1', name: 'Seated Member' }, { id: 'p2', name: 'Never Seated' }],
        organizations: [{ id: 'house', name: 'House', classification: 'legislature', seats: 2 }],
        areas: [{ id: 'north', name: 'North', type: 'constituency' }],
        events: [{ id: 'term/1', name: '1st House', classification: 'legislative period', start_date: '2020-01-10', end_date: '2024-01-10', organization_id: 'house' }],
        memberships: [
          { person_id: 'p1', organization_id: 'house', area_id: 'north', legislative_period_id: 'term/1', role: 'member' },
          { person_id: 'p2', organization_id: 'house', area_id: 'north', legislative_period_id: 'term/1', role: 'member', end_date: '2020-01-05' },
        ],
      }));
      const s = Store.of(db);
      const report = await importFile(s, file, { format: 'popolo' });
      expect(report.totals.rejected).toBe(0);
      const never = (await s.appointments.list()).find((a) => a.personId === 'p2')!;
      expect(never.kind).toBe('nominated');
      expect(never.note).toContain('never seated');
      expect((await whoForArea(s, 'North', day('2021-01-01'))).posts[0]!.holders.map((h) => h.person.name)).toEqual(['Seated Member']);
    } finally {
      await db.close();
    }
  });
});

describe('membership spans and numbering (rules)', () => {
  const iso = fc.integer({ min: 0, max: 20_000 }).map((n) => new Date(Date.UTC(1950, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  it('a membership dated only by its period is seated unless its own end is on or before the period starts', () => {
    fc.assert(fc.property(iso, iso, (periodStart, ownEnd) => {
      const periods = new Map([['t', { name: 'T', start: periodStart }]]);
      const span = membershipSpan({ legislative_period_id: 't', end_date: ownEnd }, periods);
      expect(span.start).toBe(periodStart);
      expect(span.end).toBe(ownEnd);
      expect(span.seated).toBe(ownEnd > periodStart);
      // With its own start, the membership's dates are its own: never taken for a nomination here.
      expect(membershipSpan({ legislative_period_id: 't', start_date: periodStart, end_date: ownEnd }, periods).seated).toBe(true);
    }));
  });
  it('members of a chamber or a party are not numbered; a sole office is, wherever it is', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 500 }), fc.constantFrom('legislature', 'party', 'ministry', 'mission', undefined), fc.boolean(), (seats, kind, forArea) => {
      const numbered = numbersHolders({ seats, ...(forArea ? { subjectId: 'area:x' } : {}) }, kind as never);
      if (kind !== 'legislature' && kind !== 'party') expect(numbered).toBe(true);
      else expect(numbered).toBe(seats === 1 && !forArea);
    }));
  });
});
