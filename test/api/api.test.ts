import SwaggerParser from '@apidevtools/swagger-parser';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import * as answers from '../../src/api/answer-schemas.js';
import { areaWhoSchema, careerSchema, chartSchema, checkSchema, coverageSchema, diffSchema, historySchema, holdersSchema, meSchema, pageOf, routeSchema, searchSchema, unitSchema, userSchema, whoSchema } from '../../src/api/answer-schemas.js';
import { z } from 'zod';
import { addUser } from '../../src/services/auth.service.js';
import { loadBundledDataset } from '../../src/services/import.service.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { contentDigest } from '../support/content-digest.js';
import { databaseTargets, openFresh } from '../support/databases.js';

const MINISTER = 'ministry-of-foreign-affairs-north-korea:minister-of-foreign-affairs';
const CHOE = `${MINISTER}:choe-son-hui:2022-06-11`;
const enc = encodeURIComponent;

describe.each(databaseTargets)('the HTTP API on $name', (target) => {
  let database: Database;
  let app: FastifyInstance;
  let clock = new Date('2026-11-28T09:00:00.000Z');
  const tick = () => (clock = new Date(clock.getTime() + 1000));
  const tokens: Record<string, string> = {};
  const auth = (role: string) => ({ authorization: `Bearer ${tokens[role]}` });

  beforeAll(async () => {
    database = await openFresh(target);
    const store = Store.of(database, { userId: 'system', now: () => clock.toISOString() });
    await loadBundledDataset(store);
    for (const role of ['reader', 'editor', 'admin']) tokens[role] = (await addUser(store, `${role}-user`, role, clock.toISOString())).token;
    tick();
    app = await buildApp({ database, clock: () => tick() });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('answers every read of its OpenAPI document exactly in its strict schema: no key missing, none extra', async () => {
    const entity = (kind: string, schema: z.ZodObject, id: string): [string, z.ZodType][] => [
      [`/api/${kind}?limit=500`, pageOf(schema)], [`/api/${kind}?limit=5&at=2010-03-01`, pageOf(schema)],
      [`/api/${kind}/${enc(id)}`, schema.extend({ version: z.number().nullable() })],
    ];
    const firstId = async (kind: string) => ((await app.inject({ url: `/api/${kind}?limit=1` })).json() as { items: { id: string }[] }).items[0]!.id;
    const cases: Record<string, [string, z.ZodType][]> = {
      '/api/who': [[`/api/who?post=${enc('Minister of Foreign Affairs')}&at=2007-03-01`, whoSchema], ['/api/who?post=Premier&at=1990', whoSchema], [`/api/who?post=${enc('Vice Minister')}&at=1950`, whoSchema]],
      '/api/who/area': [['/api/who/area?area=China&at=2010-03-01', areaWhoSchema], ['/api/who/area?area=Sweden', areaWhoSchema]],
      '/api/holders': [['/api/holders?post=Premier', holdersSchema], [`/api/holders?post=${enc(MINISTER)}&with=${enc('north-korea:head-of-state,Premier')}`, holdersSchema]],
      '/api/route': [['/api/route?subject=SE&at=2010-03-01', routeSchema], ['/api/route?subject=Mongolia', routeSchema], ['/api/route?subject=KR&at=2024-05-15', routeSchema], ['/api/route?subject=SU&at=2010', routeSchema], ['/api/route?subject=UN', routeSchema]],
      '/api/chart': [['/api/chart?org=mfa&at=2010-01-01', chartSchema], ['/api/chart?org=mfa&at=1900', chartSchema]],
      '/api/diff': [['/api/diff?org=mfa&from=2019-01-01&to=2025-01-01', diffSchema], ['/api/diff?org=mfa&in=2024', diffSchema]],
      '/api/check': [['/api/check', checkSchema]],
      '/api/career': [['/api/career?person=choe-son-hui', careerSchema], ['/api/career?person=choe-son-hui&at=2023', careerSchema]],
      '/api/search': [[`/api/search?q=${enc('Choe')}`, searchSchema], [`/api/search?q=${enc('최선희')}`, searchSchema], ['/api/search?q=Sweeden', searchSchema]],
      '/api/coverage': [['/api/coverage?at=2024-05-15', coverageSchema]],
      '/api/unit': [[`/api/unit?unit=${enc('European Affairs Department 2')}&at=2010-03-01`, unitSchema]],
      '/api/units': [['/api/units?limit=500', pageOf(answers.unitLinkSchema)]],
      '/api/registry': [['/api/registry', answers.organizationsSchema]],
      '/api/history': [['/api/history?limit=50', historySchema]],
      '/api/me': [['/api/me', meSchema]],
      '/api/users': [['/api/users', z.strictObject({ items: z.array(userSchema) })]],
    };
    const kinds: [string, z.ZodObject][] = [
      ['organizations', answers.organizationSchema], ['posts', answers.postSchema], ['people', answers.personSchema], ['appointments', answers.appointmentSchema],
      ['responsibilities', answers.responsibilitySchema], ['relations', answers.relationSchema], ['events', answers.eventSchema], ['sources', answers.sourceSchema], ['claims', answers.claimSchema],
    ];
    for (const [kind, schema] of kinds) {
      cases[`/api/${kind}`] = entity(kind, schema, await firstId(kind)).slice(0, 2);
      cases[`/api/${kind}/{id}`] = entity(kind, schema, await firstId(kind)).slice(2);
    }
    // A new read without a case here fails: the contract covers every documented read.
    const doc = (await app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const reads = Object.entries(doc.paths).filter(([, ops]) => 'get' in ops).map(([path]) => path).sort();
    expect(reads).toEqual(Object.keys(cases).sort());
    for (const [url, schema] of Object.values(cases).flat()) {
      const res = await app.inject({ url, headers: auth('admin') });
      expect(res.statusCode, url).toBe(200);
      const parsed = schema.safeParse(res.json());
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), url).toEqual([]);
    }
  });

  it('answers the map, a unit\'s history and who-am-I exactly in their strict schemas, and as route does', async () => {
    const coverage = (at: string) => app.inject({ url: `/api/coverage?at=${at}` }).then((r) => coverageSchema.parse(r.json()));
    const in2010 = await coverage('2010-03-01');
    const country = (c: typeof in2010, code: string) => c.countries.find((x) => x.subject.code === code);
    expect(country(in2010, 'SE')).toMatchObject({ numeric: '752', status: 'covered', units: [{ unit: { name: 'European Affairs Department 2' } }] });
    expect(country(in2010, 'MN')?.status).toBe('conflict');
    expect(country(in2010, 'KI')).toBeUndefined();
    expect(country(await coverage('2023-01-01'), 'KR')?.units.map((u) => u.unit.name)).toEqual(['United Front Department (North Korea)']);
    expect(country(await coverage('2024-05-15'), 'KR')?.status).toBe('uncertain');
    expect(country(await coverage('2024-07-01'), 'KR')?.units.map((u) => u.unit.name)).toEqual(['Ministry of Foreign Affairs (North Korea)']);
    const unit = unitSchema.parse((await app.inject({ url: `/api/unit?unit=${enc('European Affairs Department 2')}&at=2010-03-01` })).json());
    expect(unit.responsibilities.find((r) => r.subject.code === 'SE')).toMatchObject({ role: 'handles', certainty: expect.stringMatching(/certain|possible/) });
    expect(unit.responsibilities.every((r) => r.sources.length > 0)).toBe(true);
    expect((await app.inject({ url: '/api/me', headers: auth('editor') })).json()).toEqual({ name: 'editor-user', role: 'editor' });
    expect((await app.inject({ url: '/api/me' })).statusCode).toBe(401);
  });

  it("lists the registry's organizations for the start page: top-level first with counts, the ministry the default", async () => {
    const answer = answers.organizationsSchema.parse((await app.inject({ url: '/api/registry' })).json());
    expect(answer.defaultOrganization).toBe('ministry-of-foreign-affairs-north-korea');
    const first = answer.organizations.findIndex((o) => o.parentId !== null);
    expect(answer.organizations.slice(0, first).every((o) => o.parentId === null)).toBe(true);
    expect(answer.organizations.slice(first).every((o) => o.parentId !== null)).toBe(true);
    const ministry = answer.organizations.find((o) => o.organization.id === 'ministry-of-foreign-affairs-north-korea')!;
    expect(ministry).toMatchObject({ parentId: null, nativeName: '외무성', headPost: { id: MINISTER } });
    expect(ministry.units).toBeGreaterThanOrEqual(12);
    expect(ministry.posts).toBeGreaterThanOrEqual(3);
    expect(answer.organizations.find((o) => o.organization.name === 'European Affairs Department 2')?.parentId).toBe('ministry-of-foreign-affairs-north-korea');
    expect(answer.totals.organizations).toBe(answer.organizations.length);
  });

  it('answers who and route as the CLI does', async () => {
    const who = await app.inject({ url: `/api/who?post=${enc('Minister of Foreign Affairs')}&at=2007-03-01` });
    expect(who.statusCode).toBe(200);
    expect(who.json().holders).toMatchObject([{ person: { name: 'Kang Sok-ju' }, acting: true }]);
    const route = await app.inject({ url: '/api/route?subject=SE&at=2010-03-01' });
    expect(route.json().candidates[0].unit.name).toBe('European Affairs Department 2');
    const search = await app.inject({ url: `/api/search?q=${enc('선희')}` });
    expect(search.json().results[0].id).toBe('choe-son-hui');
    for (const url of ['/api/holders?post=Premier', '/api/chart?org=mfa&at=2010-01-01', '/api/diff?org=mfa&from=2019-01-01&to=2025-01-01', '/api/check']) {
      expect((await app.inject({ url })).statusCode, url).toBe(200);
    }
  });

  it('lists entities a page at a time, filters by valid time, and gives versions as ETags', async () => {
    const first = (await app.inject({ url: '/api/appointments?limit=5' })).json();
    expect(first.items).toHaveLength(5);
    expect(first.next).toBe(5);
    const inForce = (await app.inject({ url: `/api/appointments?at=2007-03-01&limit=500` })).json().items.map((a: { id: string }) => a.id);
    expect(inForce).toContain(`${MINISTER}:kang-sok-ju:2007-01-03`);
    expect(inForce).not.toContain(CHOE);
    const one = await app.inject({ url: `/api/appointments/${enc(CHOE)}` });
    expect(one.headers.etag).toMatch(/^"\d+"$/);
    expect(one.json()).toMatchObject({ id: CHOE, start: '2022-06-11', end: 'incumbent' });
    expect((await app.inject({ url: '/api/people/nobody' })).json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String), field: 'id' } });
  });

  it('refuses writes without a token (401), from a reader (403), with a stale version (412), changing nothing', async () => {
    const before = await contentDigest(database);
    const body = { end: '2026-11-01', source: { title: 'A report' } };
    const url = `/api/appointments/${enc(CHOE)}/end`;
    expect((await app.inject({ method: 'POST', url, payload: body })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url, payload: body, headers: { authorization: 'Bearer nonsense' } })).statusCode).toBe(401);
    const reader = await app.inject({ method: 'POST', url, payload: body, headers: auth('reader') });
    expect(reader.statusCode).toBe(403);
    expect(reader.json().error.code).toBe('FORBIDDEN');
    const stale = await app.inject({ method: 'POST', url, payload: body, headers: { ...auth('editor'), 'if-match': '"1"' } });
    expect(stale.statusCode).toBe(412);
    expect((await app.inject({ method: 'POST', url, payload: body, headers: auth('editor') })).statusCode).toBe(428);
    const bad = await app.inject({ method: 'POST', url, payload: { end: 'soon', source: { title: 'x' } }, headers: auth('editor') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_ERROR', field: 'body.end' });
    const big = await app.inject({ method: 'POST', url: '/api/claims', payload: { entity: 'person:choe-son-hui', field: 'x', value: 'y'.repeat(300_000), source: { title: 'x' } }, headers: auth('editor') });
    expect(big.statusCode).toBe(413);
    expect(await contentDigest(database)).toBe(before);
  });

  it('refuses an overlapping appointment on a single-seat post with 422, changing nothing', async () => {
    const before = await contentDigest(database);
    const res = await app.inject({ method: 'POST', url: '/api/appointments', headers: auth('editor'), payload: { post: MINISTER, person: 'ri-yong-ho', start: '2023-01-01', source: { title: 'A wrong report' } } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'CONSTRAINT_VIOLATION', field: 'start' });
    expect(await contentDigest(database)).toBe(before);
  });

  it('lets an editor end Choe Son-hui\'s appointment; the post is vacant after, known_at still shows her, history says who', async () => {
    const knownBefore = clock.toISOString();
    tick();
    const etag = (await app.inject({ url: `/api/appointments/${enc(CHOE)}` })).headers.etag!;
    const res = await app.inject({
      method: 'POST', url: `/api/appointments/${enc(CHOE)}/end`, headers: { ...auth('editor'), 'if-match': etag },
      payload: { end: '2026-11-01', source: { title: 'Test report of a replacement', url: 'https://example.org/report', accessed: '2026-11-28' } },
    });
    expect(res.statusCode).toBe(200);
    expect(answers.appointmentEndedSchema.safeParse(res.json()).success).toBe(true);
    const who = async (q = '') => (await app.inject({ url: `/api/who?post=${enc(MINISTER)}&at=2026-11-15${q}` })).json().holders.map((h: { person: { name: string } }) => h.person.name);
    expect(await who()).toEqual([]);
    expect(await who(`&known_at=${enc(knownBefore)}`)).toEqual(['Choe Son-hui']);
    expect((await app.inject({ url: `/api/who?post=${enc(MINISTER)}&at=2026-10-15` })).json().holders).toHaveLength(1);
    const history = (await app.inject({ url: `/api/history?entity_type=appointments&entity_id=${enc(CHOE)}` })).json().items;
    expect(history.map((h: { op: string }) => h.op)).toEqual(['insert', 'update']);
    expect(history[1]).toMatchObject({ user: 'editor-user', sourceId: expect.stringMatching(/^cite:/), data: { end: '2026-11-01' } });
    const source = (await app.inject({ url: `/api/sources/${enc(history[1].sourceId)}` })).json();
    expect(source).toMatchObject({ title: 'Test report of a replacement', url: 'https://example.org/report', accessed: '2026-11-28' });
    // The old ETag is stale now.
    const again = await app.inject({ method: 'POST', url: `/api/appointments/${enc(CHOE)}/end`, headers: { ...auth('editor'), 'if-match': etag }, payload: { end: '2026-11-02', source: { title: 'x' } } });
    expect(again.statusCode).toBe(412);
  });

  it('adds people, claims and events; admins manage users; reads need no token', async () => {
    const person = await app.inject({ method: 'POST', url: '/api/people', headers: auth('editor'), payload: { name: 'Kim Song-nam', nativeName: '김성남', source: { id: 'wikipedia-mfa-dprk' } } });
    expect(person.statusCode).toBe(201);
    const exact = (schema: z.ZodType, body: unknown) => {
      const parsed = schema.safeParse(body);
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    };
    exact(answers.personWrittenSchema, person.json());
    const claim = await app.inject({ method: 'POST', url: '/api/claims', headers: auth('editor'), payload: { entity: 'person:kim-song-nam', field: 'born', value: '1953', source: { title: 'A biography' } } });
    expect(claim.statusCode).toBe(201);
    exact(answers.claimWrittenSchema, claim.json());
    const event = await app.inject({ method: 'POST', url: '/api/events', headers: auth('editor'), payload: { kind: 'rename', date: '2026-01', unit: 'Protocol Department', name: 'Department of Protocol', source: { title: 'A test note' } } });
    expect(event.statusCode).toBe(201);
    exact(answers.eventResultSchema, event.json());
    expect((await app.inject({ url: '/api/chart?org=mfa&at=2026-06-01' })).body).toContain('Department of Protocol');
    expect((await app.inject({ method: 'POST', url: '/api/users', headers: auth('editor'), payload: { name: 'eve', role: 'editor' } })).statusCode).toBe(403);
    const created = await app.inject({ method: 'POST', url: '/api/users', headers: auth('admin'), payload: { name: 'eve', role: 'editor' } });
    expect(created.statusCode).toBe(201);
    exact(answers.userCreatedSchema, created.json());
    const eve = { authorization: `Bearer ${created.json().token}` };
    expect((await app.inject({ method: 'POST', url: '/api/users/eve/revoke', headers: auth('admin') })).json()).toEqual({ revoked: 1 });
    expect((await app.inject({ method: 'POST', url: '/api/claims', headers: eve, payload: { entity: 'person:kim-song-nam', field: 'x', value: 'y', source: { title: 'z' } } })).statusCode).toBe(401);
  });

  it('reads the history as it was known at an instant, and says which parameter is malformed', async () => {
    const all = (await app.inject({ url: '/api/history?limit=5' })).json();
    expect(all.items.length).toBe(5);
    const known = (await app.inject({ url: `/api/history?limit=5&known_at=${enc('2026-11-28T09:00:00.000Z')}` })).json();
    expect(known.items.map((h: { seq: number }) => h.seq)).toEqual(all.items.map((h: { seq: number }) => h.seq));
    expect((await app.inject({ url: '/api/history?known_at=1900-01-01' })).json().items).toEqual([]);
    const garbage = await app.inject({ url: '/api/history?since=garbage' });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'since' });
  });

  it('answers a person\'s career on a date', async () => {
    const res = await app.inject({ url: `/api/career?person=${enc('Choe Son-hui')}&at=2023-01-01` });
    expect(res.statusCode).toBe(200);
    expect(res.json().terms.map((t: { post: { name: string } }) => t.post.name)).toContain('Minister of Foreign Affairs');
  });

  it('publishes a valid OpenAPI 3.1 document and docs that need no internet', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    await SwaggerParser.validate(structuredClone(doc));
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/who', '/api/route', '/api/people', '/api/appointments/{id}/end', '/api/history']));
    const page = await app.inject({ url: '/docs/' });
    expect(page.statusCode).toBe(200);
    const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.filter((a) => /^(https?:)?\/\//.test(a))).toEqual([]);
    for (const a of assets.filter((x) => x.endsWith('.js') || x.endsWith('.css'))) {
      expect((await app.inject({ url: new URL(a, 'http://x/docs/').pathname })).statusCode, a).toBe(200);
    }
  });

  it('lists units, and by id through the organizations', async () => {
    const units = (await app.inject({ url: '/api/units?limit=500&at=2020-01-01' })).json().items;
    expect(units.filter((u: { parentId: string }) => u.parentId === 'ministry-of-foreign-affairs-north-korea').map((u: { name: string }) => u.name)).toContain('European Affairs Department 2');
    expect((await app.inject({ url: `/api/organizations/${enc('ministry-of-foreign-affairs-north-korea/european-affairs-department-2')}` })).statusCode).toBe(200);
  });

  it('loses no update when two editors write the same version at once: one wins, the other gets 412', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/appointments', headers: auth('editor'), payload: { post: 'Vice Minister', person: 'han-song-ryol', start: '2025-01-01', source: { title: 'A roster' } } });
    expect(created.statusCode).toBe(201);
    expect(answers.appointmentStartedSchema.safeParse(created.json()).success).toBe(true);
    const id = created.json().appointment.id as string;
    const etag = created.headers.etag!;
    const end = (date: string) => app.inject({ method: 'POST', url: `/api/appointments/${enc(id)}/end`, headers: { ...auth('editor'), 'if-match': etag }, payload: { end: date, source: { title: `Report ${date}` } } });
    const results = await Promise.all([end('2025-06-01'), end('2025-07-01')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 412]);
    const winner = results.find((r) => r.statusCode === 200)!.json().appointment.end;
    expect((await app.inject({ url: `/api/appointments/${enc(id)}` })).json().end).toBe(winner);
  });

  it('limits the rate of writes per client', async () => {
    const limited = await buildApp({ database, writesPerMinute: 2 });
    try {
      const attempt = () => limited.inject({ method: 'POST', url: '/api/claims', headers: auth('reader'), payload: { entity: 'person:x', field: 'f', value: 'v', source: { title: 't' } } });
      expect([(await attempt()).statusCode, (await attempt()).statusCode]).toEqual([403, 403]);
      const third = await attempt();
      expect(third.statusCode).toBe(429);
      expect(third.json().error.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });

  it('answers over a real socket on loopback', async () => {
    const server = await buildApp({ database });
    const address = await server.listen({ port: 0, host: '127.0.0.1' });
    try {
      const res = await fetch(`${address}/api/route?subject=${enc('South Korea')}&at=2024-07-01`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { candidates: { unit: { name: string } }[] }).candidates[0]!.unit.name).toBe('Ministry of Foreign Affairs (North Korea)');
      const cors = await fetch(`${address}/api/people`, { method: 'OPTIONS', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } });
      expect(cors.headers.get('access-control-allow-origin')).toBeNull();
      const read = await fetch(`${address}/health`, { headers: { origin: 'https://elsewhere.example' } });
      expect(read.headers.get('access-control-allow-origin')).toBe('https://elsewhere.example');
    } finally {
      await server.close();
    }
  });
});
