import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutParentheses } from '../../src/domain/names.js';
import { importFile } from '../../src/services/import.service.js';
import { search } from '../../src/services/search.service.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets, openFresh } from '../support/databases.js';
import { pocomFile, xmlTag } from '../support/shared-data.js';
import { sharedPath } from '../support/shared.js';

/** A small seeded generator (mulberry32): the same sample on every run. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** Twenty POCOM people drawn at random (seed 22, the number), each with the surname its file states. */
const sample = (): { id: string; surname: string }[] => {
  const root = sharedPath('data', 'pocom', 'people');
  const files = readdirSync(root).sort().flatMap((letter) => readdirSync(`${root}/${letter}`).filter((f) => f.endsWith('.xml')).sort().map((f) => `${letter}/${f}`));
  const random = seeded(22);
  const picked = new Set<string>();
  while (picked.size < 20) picked.add(files[Math.floor(random() * files.length)]!);
  return [...picked].map((file) => {
    const xml = pocomFile('people', file);
    return { id: `pocom:${xmlTag(xml, 'id')!}`, surname: withoutParentheses(xmlTag(xml, 'surname')!).trim() };
  });
};

describe.each(databaseTargets)('search by family name on the POCOM registry, on $name', (target) => {
  let db: Database;
  const store = () => Store.of(db);
  const people = async (q: string) => (await search(store(), q, ['person'])).results;

  beforeAll(async () => {
    db = await openFresh(target);
    await importFile(store(), sharedPath('data', 'pocom'), { format: 'pocom' });
  }, 240_000);
  afterAll(async () => {
    await db.close();
  });

  it('finds each of twenty people drawn at random by the surname their file states', async () => {
    const missed: string[] = [];
    for (const { id, surname } of sample()) if (!(await people(surname)).some((r) => r.id === id)) missed.push(`${surname} (${id})`);
    expect(missed).toEqual([]);
  });

  it('finds the people of the issue by their family names, in Western order', async () => {
    for (const [q, id] of [['Reischauer', 'reischauer-edwin-oldfather'], ['Acheson', 'acheson-dean-gooderham'], ['Dulles', 'dulles-john-foster']]) {
      const results = await people(q!);
      expect(results.map((r) => r.id), q).toContain(`pocom:${id}`);
      expect(results.find((r) => r.id === `pocom:${id}`)!.match).toBe('surname');
    }
    // "James Baker": both James Bakers, as the start of their full names (the third is a suffix, not a name).
    const bakers = (await people('James Baker')).map((r) => r.id);
    expect(bakers.slice(0, 2).sort()).toEqual(['pocom:baker-james-addison', 'pocom:baker-james-marion']);
  });

  it('finds every Albright by "Albright", family-name matches first', async () => {
    const results = await people('Albright');
    const albrights = results.filter((r) => r.match === 'surname').map((r) => r.id);
    expect(albrights).toEqual(expect.arrayContaining(['pocom:albright-edward', 'pocom:albright-madeleine-korbel']));
    // Nobody found otherwise ranks above a family-name match.
    const firstOther = results.findIndex((r) => r.match !== 'surname' && r.match !== 'exact' && r.match !== 'variant');
    if (firstOther >= 0) expect(firstOther).toBeGreaterThanOrEqual(albrights.length);
  });
});
