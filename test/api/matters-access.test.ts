import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { addUser } from '../../src/services/auth.service.js';
import { loadBundledDataset } from '../../src/services/import.service.js';
import { addMembership } from '../../src/services/matters/desk.service.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets, openFresh } from '../support/databases.js';

const ROLES = ['anonymous', 'reader', 'clerk', 'ead2', 'asia1', 'supervisor', 'auditor', 'admin'] as const;
type Who = (typeof ROLES)[number];
const CLASSES = ['public', 'restricted', 'confidential'] as const;
type Class = (typeof CLASSES)[number];

/**
 * Who may see a matter led by European Affairs Department 2, by hand (not by the rule under test): every desk account
 * a public one; a restricted one the unit, its supervisor, clerks, auditors and admins; a confidential one the unit,
 * its supervisor, auditors and admins.
 */
const SEES: Record<Class, readonly Who[]> = {
  public: ['clerk', 'ead2', 'asia1', 'supervisor', 'auditor', 'admin'],
  restricted: ['clerk', 'ead2', 'supervisor', 'auditor', 'admin'],
  confidential: ['ead2', 'supervisor', 'auditor', 'admin'],
};
/** Who may do each change to it (an assigned matter of EAD2), by hand. */
const DOES: Record<string, readonly Who[]> = {
  assign: ['supervisor', 'admin'], transfer: ['ead2', 'supervisor', 'admin'], accept: ['admin'], start: ['ead2', 'supervisor', 'admin'],
  'holding-reply': ['ead2', 'supervisor', 'admin'], reply: ['ead2', 'supervisor', 'admin'], close: ['ead2', 'supervisor', 'admin'],
  reopen: ['ead2', 'supervisor', 'admin'], withdraw: ['supervisor', 'admin'],
};
const REGISTERS: readonly Who[] = ['clerk', 'supervisor', 'admin'];
const DESK: readonly Who[] = ['clerk', 'ead2', 'asia1', 'supervisor', 'auditor', 'admin'];

/** A digest of the desk's tables: equal digests mean no matter, change or reference counter was written. */
const deskDigest = async (database: Database): Promise<string> => {
  const h = createHash('sha256');
  for (const t of ['matters', 'matter_changes', 'counters'] as const) h.update(JSON.stringify((await database.db.selectFrom(t).selectAll().execute()).map((r) => JSON.stringify(r)).sort()));
  return h.digest('hex');
};

describe.each(databaseTargets)('who may see and do what on the matters desk, over HTTP ($name)', (target) => {
  let database: Database;
  let app: FastifyInstance;
  const tokens: Partial<Record<Who, string>> = {};
  const refs: Partial<Record<Class, string>> = {};
  const headers = (who: Who): Record<string, string> => (who === 'anonymous' ? {} : { authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    database = await openFresh(target);
    const store = Store.of(database);
    await loadBundledDataset(store);
    const now = new Date().toISOString();
    const admin = await addUser(store, 'admin', 'admin', now);
    tokens.admin = admin.token;
    const units: Partial<Record<Who, [string, string | undefined]>> = {
      reader: ['', undefined], clerk: ['clerk', undefined], ead2: ['desk-officer', 'European Affairs Department 2'], asia1: ['desk-officer', 'Asia Affairs Department 1'],
      supervisor: ['supervisor', 'mfa'], auditor: ['auditor', undefined],
    };
    for (const [who, [role, unit]] of Object.entries(units) as [Who, [string, string | undefined]][]) {
      tokens[who] = (await addUser(store, who, 'reader', now)).token;
      if (role) await addMembership(store, { user: admin.user, now }, { user: who, role, ...(unit ? { unit } : {}), from: '2000-01-01' });
    }
    app = await buildApp({ database, readsPerMinute: 0, writesPerMinute: 1_000_000 });
    for (const c of CLASSES) {
      const res = await app.inject({
        method: 'POST', url: '/api/matters', headers: headers('admin'),
        payload: { organization: 'mfa', kind: 'note-verbale', sender: 'Embassy of Sweden', subjects: ['Sweden'], received: '2010-03-01', title: `A ${c} note`, classification: c },
      });
      expect(res.statusCode, res.body).toBe(201);
      refs[c] = res.json().reference;
    }
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('answers every matters route × role × classification with the right status, before reading any body, and changes nothing', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, Record<string, { tags?: string[] }>> };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => op.tags?.includes('matters')).map(([m]) => `${m.toUpperCase()} ${path}`));
    const perMatter = routes.filter((r) => r.includes('{ref}'));
    const general = routes.filter((r) => !r.includes('{ref}'));
    expect(perMatter.sort()).toEqual(['GET /api/matters/{ref}', ...Object.keys(DOES).map((a) => `POST /api/matters/{ref}/${a}`)].sort());
    expect(general.sort()).toEqual(['GET /api/matters', 'GET /api/matters-report', 'POST /api/matters', 'POST /api/matters/routing']);
    const before = await deskDigest(database);
    const denied = (who: Who, allowed: readonly Who[]) => (who === 'anonymous' ? 401 : allowed.includes(who) ? undefined : 403);
    let checked = 0;
    for (const who of ROLES) {
      for (const c of CLASSES) {
        for (const route of perMatter) {
          const [method, path] = route.split(' ') as ['GET' | 'POST', string];
          const url = path.replace('{ref}', refs[c]!);
          const action = path.split('/')[4];
          const allowed = action ? DOES[action]!.filter((w) => SEES[c].includes(w)) : SEES[c];
          const refusal = denied(who, allowed);
          if (method === 'GET') {
            const res = await app.inject({ url, headers: headers(who) });
            expect(res.statusCode, `${route} ${c} by ${who}`).toBe(refusal ?? 200);
          } else {
            // A malformed body: refused for who the caller is before it is read, else refused as malformed.
            const bad = await app.inject({ method, url, headers: { ...headers(who), 'content-type': 'application/json' }, payload: '{' });
            expect(bad.statusCode, `${route} ${c} by ${who}, malformed`).toBe(refusal ?? 400);
            // A valid body with a stale If-Match: refused for who the caller is, else for the version (nothing written either way).
            const payload = action === 'assign' || action === 'transfer' ? { unit: 'Asia Affairs Department 1', reason: 'a test' } : { reason: 'a test' };
            const res = await app.inject({ method, url, headers: { ...headers(who), 'if-match': '"999"' }, payload });
            expect(res.statusCode, `${route} ${c} by ${who}`).toBe(refusal ?? 412);
          }
          checked++;
        }
      }
      const list = await app.inject({ url: '/api/matters?all=true', headers: headers(who) });
      expect(list.statusCode, `list by ${who}`).toBe(denied(who, DESK) ?? 200);
      if (list.statusCode === 200) {
        const seen = (list.json().matters as { reference: string }[]).map((m) => m.reference).sort();
        // A desk officer's queue is their own units' matters: Asia Affairs Department 1's holds none of these.
        const queued = who === 'asia1' ? [] : CLASSES.filter((c) => SEES[c].includes(who)).map((c) => refs[c]!);
        expect(seen, `list by ${who}`).toEqual(queued.sort());
      }
      const report = await app.inject({ url: '/api/matters-report?from=2010-01-01&to=2010-12-31', headers: headers(who) });
      expect(report.statusCode, `report by ${who}`).toBe(denied(who, DESK) ?? 200);
      const register = await app.inject({ method: 'POST', url: '/api/matters', headers: { ...headers(who), 'content-type': 'application/json' }, payload: '{"title": 1}' });
      expect(register.statusCode, `register by ${who}`).toBe(denied(who, REGISTERS) ?? 400);
      const preview = await app.inject({ method: 'POST', url: '/api/matters/routing', headers: headers(who), payload: { organization: 'mfa', subjects: ['Mongolia'], received: '2020-01-01' } });
      expect(preview.statusCode, `routing preview by ${who}`).toBe(denied(who, REGISTERS) ?? 200);
    }
    expect(checked).toBe(ROLES.length * CLASSES.length * perMatter.length);
    expect(await deskDigest(database)).toBe(before);
  });

  it('works a matter through its workflow over HTTP with ETags, and reports it', async () => {
    const ref = refs.public!;
    const show = await app.inject({ url: `/api/matters/${ref}`, headers: headers('ead2') });
    expect(show.headers.etag).toBe('"1"');
    expect(show.json().matter).toMatchObject({ leadUnit: 'ministry-of-foreign-affairs-north-korea/european-affairs-department-2', deadline: 'overdue', due: '2010-03-24' });
    const noMatch = await app.inject({ method: 'POST', url: `/api/matters/${ref}/reply`, headers: headers('ead2'), payload: {} });
    expect(noMatch.statusCode).toBe(428);
    const replied = await app.inject({ method: 'POST', url: `/api/matters/${ref}/reply`, headers: { ...headers('ead2'), 'if-match': '"1"' }, payload: {} });
    expect(replied.statusCode, replied.body).toBe(200);
    expect(replied.json()).toMatchObject({ status: 'replied', version: 2 });
    expect(replied.headers.etag).toBe('"2"');
    // Replied today, years after its due day: counted as replied, not within target; the other two are overdue.
    const today = new Date().toISOString().slice(0, 10);
    const report = await app.inject({ url: `/api/matters-report?from=2010-01-01&to=${today}`, headers: headers('ead2') });
    expect(report.json().units).toEqual([expect.objectContaining({
      unit: { id: 'ministry-of-foreign-affairs-north-korea/european-affairs-department-2', name: 'European Affairs Department 2' },
      received: 3, replied: 1, repliedWithinTarget: 0, shareWithinTarget: 0, overdue: 2, transferredIn: 0, transferredOut: 0,
    })]);
  });
});
