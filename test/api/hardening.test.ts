import { request } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { addUser } from '../../src/services/auth.service.js';
import { loadBundledDataset } from '../../src/services/import.service.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { contentDigest } from '../support/content-digest.js';
import { databaseTargets, openFresh } from '../support/databases.js';

const CHOE = 'ministry-of-foreign-affairs-north-korea:minister-of-foreign-affairs:choe-son-hui:2022-06-11';
const enc = encodeURIComponent;
const source = { title: 'A roster', url: 'https://example.org/roster' };

/** A body each write route would accept from its role: the check must refuse it for who the caller is, not for its shape. */
const VALID_BODIES: Record<string, object> = {
  'POST /api/people': { name: 'Kim Test', source },
  'POST /api/appointments': { post: 'Vice Minister', person: 'han-song-ryol', start: '2025-01-01', source },
  'POST /api/appointments/{id}/end': { end: '2025-06-01', source },
  'POST /api/claims': { entity: 'person:choe-son-hui', field: 'born', value: '1964', source },
  'POST /api/events': { kind: 'rename', date: '2025-01-01', unit: 'European Affairs Department 2', name: 'Europe Two', source },
  'POST /api/users': { name: 'mallory', role: 'admin' },
  'POST /api/users/{name}/revoke': {},
  'PUT /api/sources/{id}/coverage': { coverage: '2025-01-01' },
  'GET /api/users': {},
  'GET /api/me': {},
  // The matters desk: a reader has no desk role (test/api/matters-access.test.ts checks every desk role).
  'POST /api/matters': { kind: 'letter', sender: 'x', subjects: ['Sweden'], received: '2020-01-01', title: 'x' },
  'POST /api/matters/routing': { subjects: ['Sweden'], received: '2020-01-01' },
  'GET /api/matters': {},
  'GET /api/matters-report': {},
  'GET /api/matters/{ref}': {},
  ...Object.fromEntries(['assign', 'transfer'].map((a) => [`POST /api/matters/{ref}/${a}`, { unit: 'mfa', reason: 'x' }])),
  ...Object.fromEntries(['accept', 'start', 'holding-reply', 'reply', 'close', 'reopen', 'withdraw'].map((a) => [`POST /api/matters/{ref}/${a}`, {}])),
};
/** Protected routes any signed-in account may use (who am I): they refuse only anonymous callers and bad tokens. */
const OPEN_TO_READERS = new Set(['GET /api/me']);
const PATH_VALUES: Record<string, string> = { id: enc(CHOE), name: 'editor-user', ref: 'MFA-2020-000001' };

/** Raw HTTP over a socket, for what `inject` cannot send: oversized headers. */
const rawGet = (port: number, path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });

describe.each(databaseTargets)('the HTTP API under attack, on $name', (target) => {
  let database: Database;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  const auth = (role: string) => ({ authorization: `Bearer ${tokens[role]}` });

  beforeAll(async () => {
    database = await openFresh(target);
    const store = Store.of(database);
    await loadBundledDataset(store);
    for (const role of ['reader', 'editor', 'admin']) tokens[role] = (await addUser(store, `${role}-user`, role, new Date().toISOString())).token;
    app = await buildApp({ database, readsPerMinute: 0 });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('refuses every protected route of the OpenAPI document to anonymous (401) and to a reader (403), whatever the body, before reading it', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, Record<string, { security?: unknown[]; tags?: string[] }>> };
    const protectedRoutes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).filter(([, op]) => op.security?.length).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, admin: op.tags?.includes('admin') ?? false })),
    );
    // Every write route is protected and has a valid body here: a new route without either fails this test.
    expect(protectedRoutes.map((r) => r.key).sort()).toEqual(Object.keys(VALID_BODIES).sort());
    const before = await contentDigest(database);
    for (const r of protectedRoutes) {
      const url = r.path.replace(/\{(\w+)\}/g, (_m, name: string) => PATH_VALUES[name]!);
      const bodies: (string | undefined)[] = r.method === 'GET' ? [undefined] : [undefined, '', '{', '[]', '{"source":1}', JSON.stringify(VALID_BODIES[r.key])];
      const callers: [string, Record<string, string>, number][] = [
        ['anonymous', {}, 401], ['a malformed token', { authorization: 'Bearer' }, 401], ['an unknown token', { authorization: 'Bearer nope' }, 401],
        ...(OPEN_TO_READERS.has(r.key) ? [] : [['a reader', auth('reader'), 403] as [string, Record<string, string>, number]]), ...(r.admin && !OPEN_TO_READERS.has(r.key) ? [['an editor', auth('editor'), 403] as [string, Record<string, string>, number]] : []),
      ];
      for (const [who, headers, status] of callers) {
        for (const body of bodies) {
          const res = await app.inject({
            method: r.method as 'POST', url, headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { payload: body } : {}),
          });
          expect(res.statusCode, `${r.key} by ${who} with ${body ?? 'no body'}`).toBe(status);
          expect(res.json().error.code).toBe(status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        }
      }
    }
    expect(await contentDigest(database)).toBe(before);
  });

  it('answers the router\'s and the HTTP parser\'s own errors in the one error shape', async () => {
    const longId = await app.inject({ url: `/api/people/${'x'.repeat(600)}` });
    expect([longId.statusCode, longId.json().error.code]).toEqual([414, 'URI_TOO_LONG']);
    const badUrl = await app.inject({ url: '/api/people/%E0%A4%A' });
    expect([badUrl.statusCode, badUrl.json().error.code]).toEqual([400, 'BAD_URL']);
    const tooLarge = await app.inject({ method: 'POST', url: '/api/claims', headers: { ...auth('editor'), 'content-type': 'application/json' }, payload: JSON.stringify({ value: 'x'.repeat(300_000) }) });
    expect([tooLarge.statusCode, tooLarge.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const mediaType = await app.inject({ method: 'POST', url: '/api/claims', headers: { ...auth('editor'), 'content-type': 'text/csv' }, payload: 'a,b' });
    expect([mediaType.statusCode, mediaType.json().error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(address).port);
    const headers = await rawGet(port, '/api/check', { 'x-filler': 'y'.repeat(20_000) });
    expect(headers.status).toBe(431);
    expect(JSON.parse(headers.body)).toMatchObject({ error: { code: 'HEADERS_TOO_LARGE', field: null } });
  });

  it('refuses unknown parameters, unbounded text, control characters and unsafe links, naming the field, and writes nothing', async () => {
    const before = await contentDigest(database);
    const unknown = await app.inject({ url: '/api/who?post=Premier&date=2010-01-01' });
    expect([unknown.statusCode, unknown.json().error.message, unknown.json().error.field]).toEqual([400, 'unknown parameter "date"', 'querystring.date']);
    const write = (payload: object) => app.inject({ method: 'POST', url: '/api/people', headers: auth('editor'), payload });
    const cases: [object, string][] = [
      [{ name: 'Kim\u001b[2J', source }, 'body.name'],
      [{ name: 'Kim\u0000', source }, 'body.name'],
      [{ name: 'K'.repeat(301), source }, 'body.name'],
      [{ name: 'Kim', source: { title: 'A link', url: 'javascript:alert(1)' } }, 'body.source.url'],
      [{ name: 'Kim', source, extra: 1 }, 'body.extra'],
    ];
    for (const [payload, field] of cases) {
      const res = await write(payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 60)).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    const eventUnit = await app.inject({ method: 'POST', url: '/api/events', headers: auth('editor'), payload: { kind: 'establish', date: '2025-01-01', name: 'U'.repeat(100_000), parent: 'mfa', source } });
    expect(eventUnit.statusCode).toBe(400);
    const holders = await app.inject({ url: `/api/holders?post=Premier&with=${enc('No Such Post')}` });
    expect([holders.statusCode, holders.json().error.code]).toEqual([404, 'NOT_FOUND']);
    expect(await contentDigest(database)).toBe(before);
  });

  it('refuses a merge of a single unit and gives versions under known_at', async () => {
    const merge = await app.inject({ method: 'POST', url: '/api/events', headers: auth('editor'), payload: { kind: 'merge', date: '2025-01-01', units: ['European Affairs Department 2'], name: 'Europe', source } });
    expect(merge.statusCode).toBe(400);
    const now = new Date().toISOString();
    const entity = (await app.inject({ url: `/api/appointments/${enc(CHOE)}?known_at=${enc(now)}` })).json();
    expect(entity.version).toEqual(expect.any(Number));
  });

  it('counts one budget per account however its token is written, and reads too, per address', async () => {
    const limited = await buildApp({ database, writesPerMinute: 3, readsPerMinute: 5 });
    try {
      const token = tokens['reader']!;
      const spellings = [`Bearer ${token}`, `bearer ${token}`, `BEARER ${token}`, `Bearer  ${token}`];
      const statuses: number[] = [];
      for (const authorization of spellings) {
        statuses.push((await limited.inject({ method: 'POST', url: '/api/claims', headers: { authorization }, payload: {} })).statusCode);
      }
      expect(statuses).toEqual([403, 403, 403, 429]);
      const reads: number[] = [];
      for (let i = 0; i < 6; i++) reads.push((await limited.inject({ url: `/api/check?known_at=2026-01-0${i + 1}` })).statusCode);
      expect(reads).toEqual([200, 200, 200, 200, 200, 429]);
      const other = await limited.inject({ url: '/api/check', remoteAddress: '10.0.0.2' });
      expect(other.statusCode).toBe(200);
      expect((await limited.inject({ url: '/health/ready' })).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
