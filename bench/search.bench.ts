import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nameSkeleton, querySkeletons } from '../src/domain/name-skeleton.js';
import { nameKey } from '../src/domain/names.js';
import { search } from '../src/services/search.service.js';
import { openDatabase } from '../src/storage/database.js';
import { Store } from '../src/storage/store.js';
import { fmt, ratio, seededRandom, timeEach } from './measure.js';

const SURNAMES = [['Kim', 'Gim'], ['Ri', 'Lee', 'Yi'], ['Pak', 'Park'], ['Choe', 'Choi'], ['Kang', 'Gang'], ['Jong', 'Jeong', 'Chung'], ['Han'], ['Ho', 'Heo'], ['Paek', 'Baek'], ['Yun', 'Yoon']];
const SYLLABLES = [['son', 'seon', 'sun'], ['hui', 'hee'], ['yong', 'yeong'], ['ho'], ['chol', 'cheol'], ['su'], ['nam'], ['il'], ['kwan', 'gwan'], ['myong', 'myeong'], ['jin'], ['hyok', 'hyeok'], ['chun'], ['sok', 'seok'], ['ju'], ['dam'], ['gyu', 'kyu'], ['song', 'seong'], ['tae', 'thae'], ['mi'],
  ['ok'], ['hwa'], ['ryong', 'ryeong'], ['gun', 'kun'], ['sik'], ['man'], ['bok', 'pok'], ['dok', 'tok'], ['hun'], ['jae'], ['chang'], ['u', 'woo'], ['won'], ['hak'], ['ryul', 'ryol'], ['pyo'], ['bin'], ['chan'], ['gil', 'kil'], ['dong', 'tong'],
  ['sang'], ['min'], ['hyon', 'hyeon'], ['jun'], ['yun', 'yoon'], ['gi', 'ki'], ['hae'], ['ran'], ['suk', 'sook'], ['jong', 'jeong'], ['in'], ['bae', 'pae'], ['mun'], ['hong'], ['dal', 'tal'], ['ung'], ['sam'], ['rim'], ['kyong', 'gyeong'], ['sol', 'seol']];

/**
 * Search over a million generated names: 260,000 people with up to four spellings each (just over a million names), against an in-memory map from
 * matching key to people built in the same process.
 */
export const searchBenchmark = async (location?: string): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-'));
  const database = await openDatabase(location ?? join(dir, 'names.db'));
  try {
    const rnd = seededRandom(11);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const t0 = Date.now();
    const db = database.db;
    await db.insertInto('sources').values({ id: 'bench', title: 'generated', url: null, kind: 'curation', publisher: null, license: null, published: null, accessed: null, note: null } as never).execute();
    const byKey = new Map<string, string[]>();
    const spellings: string[] = [];
    const PEOPLE = 260_000;
    const VARIANTS = 4;
    let people: Record<string, unknown>[] = [];
    let names: Record<string, unknown>[] = [];
    const flush = async () => {
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < people.length; i += 500) await trx.insertInto('people').values(people.slice(i, i + 500) as never).execute();
        for (let i = 0; i < names.length; i += 500) await trx.insertInto('names').values(names.slice(i, i + 500) as never).execute();
      });
      people = [];
      names = [];
    };
    for (let p = 0; p < PEOPLE; p++) {
      const surname = pick(SURNAMES);
      const given = [pick(SYLLABLES), pick(SYLLABLES)];
      const id = `p${p}`;
      const variants = new Set<string>();
      for (let v = 0; v < VARIANTS * 3 && variants.size < VARIANTS; v++) variants.add(`${pick(surname)} ${given.map(pick).join(v % 2 ? ' ' : '-').replace(/^./, (c) => c.toUpperCase())}`);
      const all = [...variants];
      people.push({ id, name: all[0], native_name: null, born: null, died: null, source_id: 'bench', merged_into: null });
      all.forEach((n, i) => {
        const s = nameSkeleton(n, true);
        names.push({ id: `person:${id}:${i}`, entity_type: 'person', entity_id: id, name: n, key: nameKey(n), kind: i ? 'press' : 'primary', lang: 'en', source_id: 'bench', skeleton: s.full, given_skeleton: s.given, start: null, start_min: null, start_max: null, end_kind: 'open', end: null, end_min: null, end_max: null });
        byKey.set(s.full, [...(byKey.get(s.full) ?? []), id]);
      });
      if (p % 1000 === 0) spellings.push(pick(all));
      if (people.length >= 10_000) await flush();
    }
    await flush();
    const count = await Store.of(database).names.count();
    console.log(`search: generated ${PEOPLE} people with ${count} names in ${((Date.now() - t0) / 1000).toFixed(1)} s (${database.caps.dialect})`);

    const store = Store.of(database);
    const queries = Array.from({ length: 2000 }, () => pick(spellings));
    const inMemory = await timeEach(queries, (q) => byKey.get(querySkeletons(q).full) ?? []);
    const candidates = await timeEach(queries, (q) => {
      const s = querySkeletons(q);
      return store.names.candidates({ key: nameKey(q), skeleton: s.full, given: s.asGiven, entityTypes: ['person'], limit: 100 });
    });
    const full = await timeEach(queries.slice(0, 1000), (q) => search(store, q, ['person']), 100);
    for (const q of queries.slice(0, 100)) {
      const expected = new Set(byKey.get(querySkeletons(q).full));
      const found = (await search(store, q, ['person'], 500)).results.filter((r) => r.match !== 'partial' && r.match !== 'given-name').map((r) => r.id);
      if (found.length !== expected.size || !found.every((id) => expected.has(id))) throw new Error(`search disagrees with the map for "${q}"`);
    }
    console.log(`  in-memory map of keys:                 ${fmt(inMemory)}`);
    console.log(`  registry name index (${database.caps.dialect}):        ${fmt(candidates)}`);
    console.log(`  full search answer (ranked, shown):    ${fmt(full)}`);
    console.log(`  ratio index / in-memory map: ${ratio(candidates, inMemory)}`);
    console.log(`  ratio full search / in-memory map: ${ratio(full, inMemory)}`);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
