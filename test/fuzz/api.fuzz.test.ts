import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { addUser } from '../../src/services/auth.service.js';
import { loadBundledDataset } from '../../src/services/import.service.js';
import { type Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { contentDigest } from '../support/content-digest.js';
import { databaseTargets, openFresh } from '../support/databases.js';
import { FUZZ_TIMEOUT, FuzzFigures, hostileJson, runs } from './fuzz-support.js';

const source = { title: 'A roster', url: 'https://example.org/roster' };
const ROUTES: { url: string; body: Record<string, unknown> }[] = [
  { url: '/api/people', body: { name: 'Kim Test', nativeName: '김테스트', born: '1960', source } },
  { url: '/api/appointments', body: { post: 'Vice Minister', person: 'han-song-ryol', start: '2025-01-01', kind: 'acting', source } },
  { url: `/api/appointments/${encodeURIComponent('ministry-of-foreign-affairs-north-korea:minister-of-foreign-affairs:choe-son-hui:2022-06-11')}/end`, body: { end: '2030-01-01', source } },
  { url: '/api/claims', body: { entity: 'person:choe-son-hui', field: 'born', value: '1964', source } },
  { url: '/api/events', body: { kind: 'rename', date: '2025-01-01', unit: 'European Affairs Department 2', name: 'Europe Two', source } },
  { url: '/api/users', body: { name: 'someone', role: 'reader' } },
];

/** A valid body with fields replaced, removed or added, or any JSON at all. */
const body = fc.oneof(
  fc.tuple(fc.nat(), fc.array(fc.tuple(fc.constantFrom('set', 'delete', 'add'), fc.nat(), fc.string({ maxLength: 8 }), hostileJson), { minLength: 1, maxLength: 4 })).map(([r, ms]) => {
    const route = ROUTES[r % ROUTES.length]!;
    const b: Record<string, unknown> = structuredClone(route.body);
    for (const [op, i, key, value] of ms) {
      const keys = Object.keys(b);
      const k = keys[i % keys.length]!;
      if (op === 'set') b[k] = value;
      else if (op === 'delete') delete b[k];
      else b[key] = value;
    }
    return { url: route.url, payload: JSON.stringify(b) };
  }),
  fc.tuple(fc.nat(), hostileJson).map(([r, v]) => ({ url: ROUTES[r % ROUTES.length]!.url, payload: JSON.stringify(v) ?? '' })),
  fc.tuple(fc.nat(), fc.string({ maxLength: 200 })).map(([r, s]) => ({ url: ROUTES[r % ROUTES.length]!.url, payload: s })),
);

describe.each(databaseTargets)('fuzzing the write API on $name', (target) => {
  const figures = new FuzzFigures(`API write bodies on ${target.name}`);
  let database: Database;
  let app: FastifyInstance;
  let admin = '';
  let day = 0;

  beforeAll(async () => {
    database = await openFresh(target);
    const store = Store.of(database);
    await loadBundledDataset(store);
    admin = (await addUser(store, 'fuzz-admin', 'admin', new Date().toISOString())).token;
    app = await buildApp({ database, readsPerMinute: 0, writesPerMinute: 1_000_000 });
  }, 120_000);
  afterAll(async () => {
    figures.report();
    await app?.close();
    await database?.close();
  });

  it('answers any body with success or a 4xx in the one error shape, never a 5xx; a refused write changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(body, async ({ url, payload }) => {
        const before = await contentDigest(database);
        let status = 0;
        let json: { error?: { code: string; message: string } } = {};
        await figures.run(() => `${url} ${payload}`, async () => {
          const res = await app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json', 'if-match': String(++day) }, payload });
          status = res.statusCode;
          json = res.json();
        });
        expect(status, `${url} ${payload.slice(0, 300)} → ${JSON.stringify(json).slice(0, 300)}`).toBeLessThan(500);
        if (status >= 400) {
          figures.refused++;
          expect(json.error?.code).toEqual(expect.any(String));
          expect(await contentDigest(database)).toBe(before);
        }
      }),
      { numRuns: runs(60, 5_000) },
    );
  }, FUZZ_TIMEOUT);
});
