import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servesInPost } from '../../src/domain/model.js';
import { certainSpan } from '../../src/domain/time/interval.js';
import { formatDay } from '../../src/domain/time/day.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { career } from '../../src/services/career.service.js';
import { importFile, loadBundledDataset } from '../../src/services/import.service.js';
import { route } from '../../src/services/routing.service.js';
import { who } from '../../src/services/who.service.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets, openFresh } from '../support/databases.js';
import { sharedPath } from '../support/shared.js';

const day = (d: string) => parsePartialDate(d);

// The posts whose country of today is younger than their terms (issue 20, item 4): before, 85 of their served terms
// were on no day in `who` or `person --at`, although `holders` listed them.
const OLD_COUNTRIES = ['germany', 'serbia', 'montenegro', 'yemen', 'korea', 'tanzania'];

// Missions accredited to Switzerland by a ministry formed in 1950: an embassy from abroad from 1960, a resident
// embassy from 1975 (the first's accreditation gives way to it), a consulate general from 1962 (it gives way to none).
const MISSIONS = {
  sources: [{ id: 'register', title: 'Test register of missions', kind: 'dataset', asOf: '2020-01-01' }],
  organizations: [
    { id: 'ministry', name: 'Ministry of Foreign Affairs (test)', kind: 'ministry', formed: '1950-01-01', source: 'register' },
    { id: 'missions', name: 'Missions (test)', kind: 'mission', source: 'register' },
    { id: 'embassy-vienna', name: 'Embassy in Vienna', kind: 'mission', missionType: 'Embassy', headquarters: 'Vienna', source: 'register' },
    { id: 'embassy-bern', name: 'Embassy in Bern', kind: 'mission', missionType: 'Embassy', headquarters: 'Bern', source: 'register' },
    { id: 'consulate-geneva', name: 'Consulate General in Geneva', kind: 'mission', missionType: 'Consulate General', headquarters: 'Geneva', source: 'register' },
  ],
  relations: [
    { from: 'missions', to: 'ministry', type: 'agency-of', start: null, end: 'open', source: 'register' },
    ...['embassy-vienna', 'embassy-bern', 'consulate-geneva'].map((id) => ({ from: id, to: 'missions', type: 'unit-of', start: null, end: 'open', source: 'register' })),
  ],
  responsibilities: [
    { unit: 'embassy-vienna', subject: 'Switzerland', role: 'non-resident-mission', start: null, end: 'open', source: 'register' },
    { unit: 'embassy-vienna', subject: 'Austria', role: 'resident-mission', start: '1960-01-01', end: 'open', source: 'register' },
    { unit: 'embassy-bern', subject: 'Switzerland', role: 'resident-mission', start: '1975-03-01', end: 'open', source: 'register' },
    { unit: 'consulate-geneva', subject: 'Switzerland', role: 'resident-mission', start: '1962-01-01', end: 'open', source: 'register' },
  ],
};

describe.each(databaseTargets)('territories through time, on $name', (target) => {
  const dbs: Database[] = [];
  let pocom: Store;
  let bundled: Store;
  let missions: Store;

  beforeAll(async () => {
    const open = async () => {
      const db = await openFresh(target);
      dbs.push(db);
      return Store.of(db);
    };
    pocom = await open();
    await importFile(pocom, sharedPath('data', 'pocom'), { format: 'pocom' });
    bundled = await open();
    await loadBundledDataset(bundled);
    missions = await open();
    const file = join(mkdtempSync(join(tmpdir(), 'chancery-territories-')), 'missions.json');
    writeFileSync(file, JSON.stringify(MISSIONS));
    await importFile(missions, file);
  }, 600_000);
  afterAll(async () => {
    for (const db of dbs) await db.close();
  });

  it('POCOM: the chief of mission to Germany follows Prussia, the German Empire and the Reich, and says which it was', async () => {
    const on = async (at: string) => {
      const a = await who(pocom, 'pocom:chief-of-mission:germany', day(at));
      return [a.countryThen?.name ?? null, a.holders.map((h) => [h.person.name, h.certainty])];
    };
    expect(await on('1800-01-01')).toEqual(['Kingdom of Prussia', [['John Quincy Adams', 'certain']]]);
    expect(await on('1875-01-01')).toEqual(['German Empire', [['John Chandler Bancroft Davis', 'certain']]]);
    expect(await on('1935-01-01')).toEqual(['Germany (1918–1945)', [['William Edward Dodd', 'certain']]]);
    expect(await on('1960-01-01')).toEqual([null, [['Walter Cecil Dowling', 'certain']]]);
    // Before the first of them, the post did not exist: it says since when it did.
    const before = await who(pocom, 'pocom:chief-of-mission:germany', day('1600'));
    expect([before.status, before.existed.from]).toEqual(['not-existing', '1701-01-18']);
  });

  it('POCOM: Serbia, Montenegro, Yemen and Korea before the country of today, each named as it was then', async () => {
    const then = async (post: string, at: string) => {
      const a = await who(pocom, `pocom:chief-of-mission:${post}`, day(at));
      return [a.countryThen?.name ?? null, a.holders.length > 0];
    };
    expect(await then('serbia', '1890-01-01')).toEqual(['Kingdom of Serbia', true]);
    expect(await then('serbia', '2003-01-01')).toEqual(['Serbia and Montenegro', true]);
    expect(await then('montenegro', '1911-01-01')).toEqual(['Kingdom of Montenegro', true]);
    expect(await then('yemen', '1955-01-01')).toEqual(['Kingdom of Yemen', true]);
    expect(await then('yemen', '1980-01-01')).toEqual(['Yemen Arab Republic', true]);
    expect(await then('korea', '1890-01-01')).toEqual(['Korea (before 1945)', true]);
  });

  it('POCOM: no served term of these posts is lost: who on a day it certainly ran lists it, and person --at lists the post', async () => {
    let checked = 0;
    const lost: string[] = [];
    for (const post of OLD_COUNTRIES) {
      for (const a of (await pocom.appointments.forPost(`pocom:chief-of-mission:${post}`)).filter(servesInPost)) {
        const span = certainSpan(a.interval);
        if (!span || span.from === null) continue;
        const at = day(formatDay(span.from));
        checked++;
        const holders = (await who(pocom, a.postId, at)).holders.map((h) => h.appointmentId);
        const person = (await career(pocom, a.personId, at)).terms.map((t) => t.appointmentId);
        if (!holders.includes(a.id) || !person.includes(a.id)) lost.push(`${a.id} on ${at.text}`);
      }
    }
    expect(checked).toBeGreaterThan(150);
    expect(lost).toEqual([]);
  });

  it('POCOM: person --at names the country as it was then', async () => {
    const adams = await career(pocom, 'pocom:adams-john-quincy', day('1800-01-01'));
    expect(adams.accreditations.map((x) => x.subject.name)).toContain('Kingdom of Prussia');
  });

  it('bundled: no mission is possibly open before the state that sends it existed (route China --at 1900)', async () => {
    expect((await route(bundled, 'China', day('1900'))).missions).toEqual([]);
    expect((await route(bundled, 'China', day('1947'))).missions).toEqual([]);
    // After the ministry was formed, the missions the list names (with no dates) may be open.
    const later = await route(bundled, 'China', day('1960'));
    expect(later.missions.map((m) => [m.mission.name, m.certainty])).toContainEqual(['Embassy in Beijing', 'possible']);
  });

  it('missions: not before the ministry that sends them existed, and an accreditation gives way to a later one', async () => {
    const listed = async (at: string) => (await route(missions, 'Switzerland', day(at))).missions.map((m) => [m.mission.name, m.certainty]);
    expect(await listed('1940')).toEqual([]);
    expect(await listed('1970')).toEqual([['Consulate General in Geneva', 'certain'], ['Embassy in Vienna', 'possible']]);
    // From 1975 the resident embassy holds Switzerland: the one in Vienna is no longer possibly accredited there.
    expect(await listed('1980')).toEqual([['Consulate General in Geneva', 'certain'], ['Embassy in Bern', 'certain']]);
  });
});
