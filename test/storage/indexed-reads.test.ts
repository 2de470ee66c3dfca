import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NamedEntity, ResponsibilityRole } from '../../src/domain/model.js';
import { emptyDataset } from '../../src/domain/model.js';
import { nameKey } from '../../src/domain/names.js';
import { writeDataset } from '../../src/services/ingest/ingest.service.js';
import { loadBundledDataset } from '../../src/services/import.service.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets } from '../support/databases.js';

const RUNS = 40;
const MISSING = 'no-such-id';

/** Up to a few of a pool's values, with an id that matches nothing now and then. */
const some = (pool: readonly string[]): fc.Arbitrary<string[]> =>
  fc.array(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: fc.constant(MISSING) }), { minLength: 1, maxLength: 6 });

/**
 * Every indexed read of every repository answers the same from the in-memory mirror as from SQL (decision 13): each
 * is written once against one query interface, and its two implementations come from one index declaration. The
 * bundled registry has every kind of record (claims, citations, successions, identifiers, names of every entity).
 */
describe.each(databaseTargets)('each indexed read, memory against SQL, on $name', (target) => {
  let plain: Database;
  let mirrored: Database;
  const pools: Record<string, string[]> = {};

  beforeAll(async () => {
    const location = await target.create();
    plain = await openDatabase(location);
    await loadBundledDataset(Store.of(plain));
    // The bundle links no posts by succession: a few chains, to read them by either end.
    const posts = (await Store.of(plain).posts.list()).map((p) => p.id);
    const links = emptyDataset();
    links.sources.push({ id: 'test-links', title: 'Links for the test', kind: 'curation' });
    for (let i = 0; i + 1 < Math.min(posts.length, 12); i += 2) {
      links.successions.push({ id: `test-link-${i}`, entityType: 'post', fromId: posts[i]!, toId: posts[i + 1]!, kind: 'continues-as', date: null, ordinals: 'continue', sourceId: 'test-links' });
    }
    // Nor posts for a country: two, to read them by subject.
    const org = (await Store.of(plain).organizations.list())[0]!.id;
    for (const [i, subjectId] of ['country:SE', 'country:JP'].entries()) {
      links.posts.push({ id: `test-envoy-${i}`, organizationId: org, name: `Envoy ${i}`, seats: 1, subjectId, sourceId: 'test-links' });
    }
    await writeDataset(Store.of(plain), links, 'links');
    mirrored = await openDatabase(location, { mirror: true });
    await mirrored.mirror!.load();
    const s = Store.of(plain);
    const ids = <T extends { id: string }>(xs: readonly T[]) => xs.map((x) => x.id);
    pools['posts'] = ids(await s.posts.list());
    pools['people'] = ids(await s.people.list());
    pools['organizations'] = ids(await s.organizations.list());
    pools['subjects'] = ids(await s.subjects.list());
    pools['sources'] = ids(await s.sources.list());
    pools['nameKeys'] = [...new Set((await s.names.list()).map((n) => nameKey(n.name)))];
    pools['fields'] = [...new Set((await s.claims.list()).map((c) => c.field))];
    pools['postSubjects'] = (await s.posts.list()).flatMap((p) => (p.subjectId ? [p.subjectId] : []));
    pools['successionPosts'] = (await s.successions.list()).flatMap((x) => (x.entityType === 'post' ? [x.fromId, x.toId] : []));
    for (const [name, pool] of Object.entries(pools)) expect(pool.length, name).toBeGreaterThan(0);
  }, 120_000);
  afterAll(async () => {
    await mirrored?.close();
    await plain?.close();
  });

  /** The read gives the same answer (values and order) from both stores, for any keys drawn. */
  const same = async <A>(keys: fc.Arbitrary<A>, read: (s: Store, a: A) => Promise<unknown>): Promise<void> => {
    const memory = Store.of(mirrored);
    expect(await memory.memory()).toBeDefined();
    await fc.assert(fc.asyncProperty(keys, async (a) => {
      expect(await read(memory, a), JSON.stringify(a)).toEqual(await read(Store.of(plain), a));
    }), { numRuns: RUNS });
  };

  const roles = fc.subarray<ResponsibilityRole>(['handles', 'resident-mission', 'non-resident-mission'], { minLength: 1 });
  const entity = fc.constantFrom<NamedEntity>('person', 'organization', 'post');

  it('get, getMany and list: rows by id, in the order asked, and every row in id order', async () => {
    await same(some(pools['posts']!), async (s, ids) => [await s.posts.get(ids[0]!), await s.posts.getMany(ids)]);
    await same(some(pools['people']!), (s, ids) => s.people.getMany(ids));
    await same(fc.constantFrom('posts', 'organizations', 'relations', 'sources'), (s, t) => (s as unknown as Record<string, { list(): Promise<unknown> }>)[t]!.list());
  });

  it('names by key and by entity', async () => {
    await same(fc.tuple(fc.constantFrom(...pools['nameKeys']!), fc.option(entity, { nil: undefined })), (s, [key, type]) => s.names.byKey(key, type));
    await same(fc.tuple(entity, some([...pools['people']!, ...pools['organizations']!, ...pools['posts']!])), (s, [type, ids]) => s.names.forEntities(type, ids));
  });

  it('claims, citations and identifiers of entities; claims by field', async () => {
    const ids = some([...pools['people']!, ...pools['organizations']!, ...pools['posts']!]);
    const type = fc.constantFrom('person', 'organization', 'post', 'appointment');
    await same(fc.tuple(type, ids), (s, [t, xs]) => s.claims.forEntities(t, xs));
    await same(fc.tuple(type, ids), (s, [t, xs]) => s.citations.forEntities(t, xs));
    await same(fc.tuple(type, ids), (s, [t, xs]) => s.identifiers.forEntities(t, xs));
    await same(fc.constantFrom(...pools['fields']!, 'no-such-field'), (s, field) => s.claims.byField(field));
  });

  it('successions touching records, relations to and from units', async () => {
    await same(some([...pools['successionPosts']!, ...pools['posts']!]), (s, ids) => s.successions.touching('post', ids));
    const types = fc.option(fc.subarray(['unit-of', 'agency-of', 'affiliated-institute-of'] as const, { minLength: 1 }), { nil: undefined });
    await same(fc.tuple(some(pools['organizations']!), types), (s, [ids, t]) => s.relations.toMany(ids, t));
    await same(fc.tuple(some(pools['organizations']!), types), (s, [ids, t]) => s.relations.fromMany(ids, t));
  });

  it('posts of organizations, appointments of posts and of people', async () => {
    await same(some(pools['organizations']!), (s, ids) => s.posts.forOrganizations(ids));
    await same(some([...pools['subjects']!, ...pools['postSubjects']!]), (s, ids) => s.posts.forSubjects(ids));
    await same(some(pools['posts']!), (s, ids) => s.appointments.forPosts(ids));
    await same(some(pools['people']!), (s, ids) => s.appointments.forPeople(ids));
  });

  it('responsibilities by subject and role (during any days), by unit, by subject', async () => {
    const day = fc.integer({ min: -30_000, max: 25_000 });
    await same(fc.tuple(some(pools['subjects']!), roles, day, day), (s, [subjectIds, rs, a, b]) =>
      s.responsibilities.possiblyDuring({ subjectIds, roles: rs, from: Math.min(a, b), to: Math.max(a, b) }));
    await same(some(pools['organizations']!), (s, ids) => s.responsibilities.forUnits(ids));
    await same(fc.tuple(some(pools['subjects']!), roles), (s, [ids, rs]) => s.responsibilities.forSubjectsInRoles(ids, rs));
    await same(some(pools['subjects']!), (s, ids) => s.responsibilities.forSubjects(ids));
  });
});
