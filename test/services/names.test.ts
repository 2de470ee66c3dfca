import { describe, expect, it } from 'vitest';
import { emptyDataset } from '../../src/domain/model.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { writeDataset } from '../../src/services/ingest/ingest.service.js';
import { mergePeople, splitPeople } from '../../src/services/person.service.js';
import { search } from '../../src/services/search.service.js';
import { who } from '../../src/services/who.service.js';
import { NAME_VARIANTS } from '../support/name-variants.js';
import { databaseTargets, useBundledRegistry } from '../support/databases.js';

describe.each(databaseTargets)('names on the bundled registry ($name)', (target) => {
  const registry = useBundledRegistry(target);

  it('finds Choe Son-hui first by press spelling and by her given name in Hangul', async () => {
    for (const q of ['Choi Sun-hee', '선희', '최선희', "Ch'oe Sŏn-hŭi", 'choe son hui']) {
      const { results } = await search(registry(), q);
      expect(results[0], q).toMatchObject({ kind: 'person', id: 'choe-son-hui', name: 'Choe Son-hui' });
    }
  });

  it('finds every person of the dataset by every spelling', async () => {
    for (const spellings of NAME_VARIANTS) {
      const first = (await search(registry(), spellings[0]!, ['person'])).results[0];
      expect(first, spellings[0]).toBeDefined();
      for (const s of spellings) expect((await search(registry(), s, ['person'])).results[0]?.id, s).toBe(first!.id);
    }
  });

  it('finds Ri Yong-ho as Lee Yong-ho, and lists Kim Il before Kim Il Sung without merging them', async () => {
    expect((await search(registry(), 'Lee Yong-ho')).results[0]).toMatchObject({ id: 'ri-yong-ho' });
    const kim = (await search(registry(), 'Kim Il', ['person'])).results;
    expect(kim.slice(0, 2).map((r) => [r.id, r.match])).toEqual([['kim-il', 'exact'], ['kim-il-sung', 'partial']]);
  });

  it('searches units, posts and countries too', async () => {
    expect((await search(registry(), 'Asian Affairs Department 1', ['unit'])).results[0]?.name).toBe('Asia Affairs Department 1');
    expect((await search(registry(), '외무성')).results[0]?.name).toBe('Ministry of Foreign Affairs (North Korea)');
    expect((await search(registry(), 'first vice minister', ['post'])).results[0]?.name).toBe('First Vice Minister');
    expect((await search(registry(), '스웨덴', ['country'])).results[0]).toMatchObject({ kind: 'country', id: 'SE' });
  });

  it('proposes, with evidence, that a newly imported record is a known person, and never merges on its own', async () => {
    const d = emptyDataset();
    d.sources.push({ id: 'press-note', title: 'A press report', kind: 'news-report' });
    d.people.push({ id: 'choi-sun-hee', name: 'Choi Sun-hee', nativeName: '최선희', sourceId: 'press-note' });
    d.posts.push({ id: 'test:envoy', organizationId: 'ministry-of-foreign-affairs-north-korea', name: 'Test Envoy', seats: 3, sourceId: 'press-note' });
    d.appointments.push({ id: 'test:envoy:choi-sun-hee', postId: 'test:envoy', personId: 'choi-sun-hee', kind: 'substantive', sourceId: 'press-note', interval: { start: parsePartialDate('2019'), end: { kind: 'date', date: parsePartialDate('2020') } } });
    const { entries } = await writeDataset(registry(), d, 'press.json');
    const proposal = entries.find((e) => e.kind === 'identity')!;
    expect(proposal).toMatchObject({ id: 'choi-sun-hee', value: 'choe-son-hui' });
    expect(proposal.message).toContain('the same Hangul, 최선희');
    expect((await registry().people.get('choi-sun-hee'))?.mergedInto).toBeUndefined();
  });

  it('merges two records of one person with history, and splits them again exactly', async () => {
    const store = registry();
    const envoy = async () => (await who(store, 'test:envoy', parsePartialDate('2019-06-01'))).holders.map((h) => h.person.id);
    expect(await envoy()).toEqual(['choi-sun-hee']);
    const record = await mergePeople(store, 'choe-son-hui', 'choi-sun-hee', 'press-note', '2026-11-28T10:00:00Z');
    expect(record.moved.appointments).toEqual(['test:envoy:choi-sun-hee']);
    expect(await envoy()).toEqual(['choe-son-hui']);
    expect((await search(store, 'Choi Sun-hee', ['person'])).results.map((r) => r.id)).toEqual(['choe-son-hui']);
    // Importing the same file again keeps the merge.
    const d = emptyDataset();
    d.appointments.push({ id: 'test:envoy:choi-sun-hee', postId: 'test:envoy', personId: 'choi-sun-hee', kind: 'substantive', sourceId: 'press-note', interval: { start: parsePartialDate('2019'), end: { kind: 'date', date: parsePartialDate('2020') } } });
    await writeDataset(store, d, 'press.json');
    expect(await envoy()).toEqual(['choe-son-hui']);
    await splitPeople(store, 'choi-sun-hee', '2026-11-28T11:00:00Z');
    expect(await envoy()).toEqual(['choi-sun-hee']);
    expect((await store.people.get('choi-sun-hee'))?.mergedInto).toBeUndefined();
    await expect(splitPeople(store, 'choi-sun-hee', '2026-11-28T12:00:00Z')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
