import { beforeAll, describe, expect, it } from 'vitest';
import { sayInEnglish } from '../../src/domain/messages/en.messages.js';
import { nameKey } from '../../src/domain/names.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { type ImportReport, balanced } from '../../src/dataset/import-report.js';
import { check, type Finding } from '../../src/services/check.service.js';
import { importFile } from '../../src/services/import.service.js';
import { who } from '../../src/services/who.service.js';
import { databaseTargets, useBundledRegistry } from '../support/databases.js';
import { sharedPath } from '../support/shared.js';

// Issue 22, item 2: the bundled registry and the Wikidata tables of the same office holders, loaded together, are one
// registry: the bundled people, posts and organizations carry their QIDs, so the tables state them again instead of
// making twins, and a row naming a person only by name is the same-named person the tables identify.
const day = (d: string) => parsePartialDate(d);
const TODAY = day('2026-01-01').earliest;
const mismatchKey = (f: Finding) => (f.code === 'reconciliation-mismatch' ? `${f.post.id}|${f.person.id}|${f.start}|${f.column}` : '');

describe.each(databaseTargets)('the bundle and the Wikidata tables loaded together, on $name', (target) => {
  const store = useBundledRegistry(target);
  let report: ImportReport;
  let bundleMismatches: string[];
  let findings: Finding[];

  beforeAll(async () => {
    bundleMismatches = (await check(store(), TODAY)).findings.filter((f) => f.code === 'reconciliation-mismatch').map(mismatchKey);
    report = await importFile(store(), sharedPath('data', 'nk-wikidata'), { format: 'wikidata-csv' });
    findings = (await check(store(), TODAY)).findings;
  }, 240_000);

  it('the import report adds up (read = created + unchanged + merged + rejected), nothing rejected', () => {
    expect(balanced(report)).toBe(true);
    expect(report.totals.read).toBe(report.totals.created + report.totals.unchanged + report.totals.merged + report.totals.rejected);
    expect(report.entries.filter((e) => e.status === 'rejected')).toEqual([]);
  });

  it('states the bundled people, posts and organizations again by their QIDs, each match a note', async () => {
    const matched = (id: string) => report.entries.find((e) => e.kind === 'identity' && e.value === id && e.message?.includes('matched by wikidata'));
    for (const id of ['kim-yong-il', 'kim-tok-hun', 'choe-son-hui', 'kim-jong-un', 'cabinet-north-korea:premier', 'ministry-of-foreign-affairs-north-korea', 'north-korea']) {
      expect(matched(id), id).toBeDefined();
    }
    expect(await store().people.get('wd:Q310875')).toBeUndefined();
    expect(await store().posts.get('wd:Q7240364')).toBeUndefined();
    expect(await store().organizations.get('wd:Q423')).toBeUndefined();
  });

  it('has no duplicate people: one record per name, except two Ri Yong-ho whom Wikidata tells apart', async () => {
    const people = (await store().people.list()).filter((p) => !p.mergedInto);
    const byName = new Map<string, string[]>();
    for (const p of people) byName.set(nameKey(p.name), [...(byName.get(nameKey(p.name)) ?? []), p.id]);
    const shared = [...byName.values()].filter((ids) => ids.length > 1).map((ids) => ids.sort());
    expect(shared).toEqual([['ri-yong-ho', 'wd:Q483800']]);
    // The general (died 2012) is not the foreign minister of 2016–2020, who is the bundled one.
    expect((await store().identifiers.forEntity('person', 'ri-yong-ho')).map((i) => i.value)).toEqual(['Q12594422']);
    expect(findings.filter((f) => f.code === 'possible-same-person').every((f) => f.code === 'possible-same-person' && !f.people.some((p) => p.id === 'kim-yong-il' || p.id === 'kim-tok-hun'))).toBe(true);
  });

  it('has a single Kim Yong-il, premier 2007–2010, whose sources disagree on the end: both kept on his one term', async () => {
    const kims = (await store().people.list()).filter((p) => !p.mergedInto && nameKey(p.name) === nameKey('Kim Yong-il'));
    expect(kims.map((p) => p.id)).toEqual(['kim-yong-il']);
    const held = (await who(store(), 'cabinet-north-korea:premier', day('2009-01-01'))).holders;
    expect(held.map((h) => h.person.id)).toEqual(['kim-yong-il']);
    const ends = (await store().claims.forEntity('appointment', held[0]!.appointmentId)).filter((c) => c.field === 'end').map((c) => c.value);
    expect(new Set(ends)).toEqual(new Set(['2010-06-04', '2010-06-07']));
    expect(findings.some((f) => f.code === 'conflicting-claims' && sayInEnglish(f).includes('Kim Yong-il as Premier'))).toBe(true);
  });

  it('a person a row names only by name is the one the tables identify ("Kim Tok Hun", the premier), with a note', async () => {
    const note = report.entries.find((e) => e.kind === 'identity' && e.id === 'nk:person:kim-tok-hun');
    expect(note?.value).toBe('kim-tok-hun');
    expect(note?.message).toContain('without an identifier');
    expect(await store().people.get('nk:person:kim-tok-hun')).toBeUndefined();
    expect((await who(store(), 'cabinet-north-korea:premier', day('2022-06-25'))).holders.map((h) => h.person.name)).toEqual(['Kim Tok-hun']);
  });

  it('Wikidata\'s term of Kang Sok-ju (held) is the article\'s acting term, not a second minister', async () => {
    const answer = await who(store(), 'Minister of Foreign Affairs', day('2007-03-01'));
    expect(answer.holders.map((h) => `${h.person.name} ${h.acting ? 'acting' : 'substantive'}`)).toEqual(['Kang Sok-ju acting']);
    expect(answer.holders[0]!.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['wikipedia-mfa-dprk', 'wikidata']));
  });

  it('Kim Il Sung is not a possible premier in 2020: the premier then is Kim Jae-ryong alone, certain', async () => {
    const answer = await who(store(), 'Premier', day('2020-01-01'));
    expect(answer.holders.map((h) => `${h.person.name} ${h.certainty}`)).toEqual(['Kim Jae-ryong certain']);
  });

  it('README\'s who "Foreign Minister" names one post, the ministry\'s minister', async () => {
    const answer = await who(store(), 'Foreign Minister', day('2010-03-01'));
    expect(answer.post.id).toBe('ministry-of-foreign-affairs-north-korea:minister-of-foreign-affairs');
    expect(answer.holders.map((h) => h.person.name)).toEqual(['Pak Ui-chun']);
  });

  it('check adds no table mismatch to the bundle\'s own, and no conflict where one date only refines another', () => {
    const mismatches = findings.filter((f) => f.code === 'reconciliation-mismatch').map(mismatchKey);
    expect(mismatches.sort()).toEqual([...bundleMismatches].sort());
    const refinements = findings.filter((f) => f.code === 'conflicting-claims' && /\((born|died)\)/.test(sayInEnglish(f)));
    expect(refinements.map((f) => sayInEnglish(f))).toEqual([]);
  });
});
