import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { addUser } from '../../src/services/auth.service.js';
import { holders } from '../../src/services/holders.service.js';
import { loadBundledDataset } from '../../src/services/import.service.js';
import { showSource } from '../../src/services/listing.service.js';
import { setSourceCoverage } from '../../src/services/source-coverage.service.js';
import { who } from '../../src/services/who.service.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets, openFresh } from '../support/databases.js';

const MINISTER = 'ministry-of-foreign-affairs-north-korea:minister-of-foreign-affairs';
const day = (d: string) => parsePartialDate(d);
const enc = encodeURIComponent;

// The registry is built with the clock at 2030: what it answers must not depend on the day it was built.
describe.each(databaseTargets)('a source covers up to its own date, never the importing clock, on $name', (target) => {
  let database: Database;
  let store: Store;
  let app: FastifyInstance;
  let clock = new Date('2030-05-01T09:00:00.000Z');
  const tick = () => (clock = new Date(clock.getTime() + 1000));
  let editor = '';
  let reader = '';

  beforeAll(async () => {
    database = await openFresh(target);
    store = Store.of(database, { userId: 'system', now: () => clock.toISOString() });
    await loadBundledDataset(store);
    editor = (await addUser(store, 'editor-user', 'editor', clock.toISOString())).token;
    reader = (await addUser(store, 'reader-user', 'reader', clock.toISOString())).token;
    app = await buildApp({ database, clock: () => tick() });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('counts an open term up to its source\'s date, as "at least": Choe Son-hui ≥2y 201d as of 2024-12-29, whatever the clock', async () => {
    const table = await holders(store, MINISTER, day('2030-05-01').earliest);
    const choe = table.terms.find((t) => t.person.name === 'Choe Son-hui')!;
    expect(choe.end).toBe('incumbent');
    expect(choe.timeInOffice).toEqual({ years: 2, days: 201, approximate: true });
    const later = await who(store, MINISTER, day('2026-11-01'));
    expect(later.holders.map((h) => [h.person.name, h.certainty])).toEqual([['Choe Son-hui', 'possible']]);
    expect((await who(store, MINISTER, day('2024-12-29'))).holders.map((h) => h.certainty)).toEqual(['certain']);
  });

  it('gives a source without a date of its own the newest date any of its facts carries, and says so', async () => {
    // The 2012 revision of the list of heads of state gives no date of its own: its newest fact, Kim Jong-il's death.
    expect(await showSource(store, 'wikipedia-heads-of-state-2012')).toMatchObject({ coverage: '2011-12-17', coverageRule: 'newest-fact' });
    // The State Affairs Commission page is dated by the newest event its text reflects (the 2019 amendments).
    expect(await showSource(store, 'wikipedia-sac-president')).toMatchObject({ coverage: '2019-12-31', coverageRule: 'source-date' });
    expect(await showSource(store, 'wikipedia-mfa-dprk')).toMatchObject({ coverage: '2024-12-29', coverageRule: 'source-date' });
    // Nothing open is certain past 2024-12-29, the newest date any bundled source gives, though the clock says 2030.
    const open = (await store.appointments.list()).filter((a) => a.interval.end.kind === 'open' && a.interval.start);
    expect(open.length).toBeGreaterThan(1);
    for (const a of open) {
      const end = a.interval.end as { asOf?: number };
      expect(end.asOf, a.id).toBeDefined();
      expect(end.asOf!, a.id).toBeLessThanOrEqual(day('2024-12-29').earliest);
    }
  });

  it('lists a vice minister known only as current apart before the source, not as a possible holder', async () => {
    for (const at of ['1950', '1978']) {
      const answer = await who(store, 'Vice Minister', day(at));
      expect(answer.holders, at).toEqual([]);
      const later = answer.recordedLater.map((r) => [r.person.name, r.firstRecorded]);
      expect(later, at).toContainEqual(['Han Song-ryol', '2024-12-29']);
    }
    expect((await who(store, 'Vice Minister', day('2024-12-29'))).holders.map((h) => h.person.name)).toContain('Han Song-ryol');
  });

  it('lets a user set a source\'s coverage (and remove the correction); answers follow at once', async () => {
    const set = await setSourceCoverage(store, 'wikipedia-mfa-dprk', '2026-06-30');
    expect(set).toMatchObject({ coverage: '2026-06-30', rule: 'set', changed: true });
    expect(set.factsUpdated).toBeGreaterThan(0);
    expect((await who(store, MINISTER, day('2026-01-01'))).holders.map((h) => [h.person.name, h.certainty])).toEqual([['Choe Son-hui', 'certain']]);
    const back = await setSourceCoverage(store, 'wikipedia-mfa-dprk', null);
    expect(back).toMatchObject({ coverage: '2024-12-29', rule: 'source-date' });
    expect((await who(store, MINISTER, day('2026-01-01'))).holders.map((h) => h.certainty)).toEqual(['possible']);
    await expect(setSourceCoverage(store, 'no-such-source', '2020')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(setSourceCoverage(store, 'wikipedia-mfa-dprk', '2020-02-30')).rejects.toMatchObject({ code: 'INVALID_DATE' });
  });

  it('takes a coverage correction over HTTP from an editor only, recorded in the history under the editor', async () => {
    const url = `/api/sources/${enc('wikipedia-mfa-dprk')}/coverage`;
    expect((await app.inject({ method: 'PUT', url, payload: { coverage: '2026-06-30' } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'PUT', url, headers: { authorization: `Bearer ${reader}` }, payload: { coverage: '2026-06-30' } })).statusCode).toBe(403);
    const res = await app.inject({ method: 'PUT', url, headers: { authorization: `Bearer ${editor}` }, payload: { coverage: '2026-06-30' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ sourceId: 'wikipedia-mfa-dprk', coverage: '2026-06-30', rule: 'set' });
    const holdersOn = (await app.inject({ url: `/api/who?post=${enc(MINISTER)}&at=2026-01-01` })).json().holders;
    expect(holdersOn.map((h: { certainty: string }) => h.certainty)).toEqual(['certain']);
    const history = (await app.inject({ url: `/api/history?entity_type=sources&entity_id=${enc('wikipedia-mfa-dprk')}` })).json().items;
    expect(history.at(-1)).toMatchObject({ user: 'editor-user', op: 'update' });
    expect((await app.inject({ url: `/api/sources/${enc('wikipedia-mfa-dprk')}` })).json()).toMatchObject({ coverage: '2026-06-30', coverageRule: 'set' });
    expect((await app.inject({ method: 'PUT', url, headers: { authorization: `Bearer ${editor}` }, payload: { coverage: null } })).json()).toMatchObject({ coverage: '2024-12-29' });
  });
});
