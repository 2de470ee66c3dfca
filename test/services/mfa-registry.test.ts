import { describe, expect, it } from 'vitest';
import { sayInEnglish } from '../../src/domain/messages/en.messages.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { chart } from '../../src/services/chart.service.js';
import { check } from '../../src/services/check.service.js';
import { holders } from '../../src/services/holders.service.js';
import { loadBundledDataset, totalCounts } from '../../src/services/import.service.js';
import { who } from '../../src/services/who.service.js';
import { databaseTargets, useBundledRegistry } from '../support/databases.js';

const MINISTER = 'Minister of Foreign Affairs';
const TODAY = parsePartialDate('2026-11-28').earliest;
const at = (d: string) => parsePartialDate(d);

describe.each(databaseTargets)('the bundled North Korean MFA registry on $name', (target) => {
  const registry = useBundledRegistry(target);

  it('loads the same files a second time without changing anything', async () => {
    const again = totalCounts(await loadBundledDataset(registry()));
    expect(again).toMatchObject({ created: 0, merged: 0 });
    expect(again.read).toBe(again.unchanged + again.rejected);
  });

  it.each([
    ['2007-03-01', 'Kang Sok-ju', true],
    ['2022-06-10', 'Ri Son-gwon', false],
    ['2022-06-11', 'Choe Son-hui', false],
    ['2024-12-01', 'Choe Son-hui', false],
    ['1948-09-09', 'Pak Hon-yong', false],
  ])('who held the ministry on %s: %s', async (date, name, acting) => {
    const answer = await who(registry(), MINISTER, at(date));
    expect(answer.holders.map((h) => [h.person.name, h.acting, h.certainty])).toEqual([[name, acting, 'certain']]);
  });

  it('is certain of an open term only up to the date of its newest source, and says so after it', async () => {
    for (const d of ['2025-01-01', '2099', '9999-12-31']) {
      const a = await who(registry(), MINISTER, at(d));
      expect(a.holders.map((h) => [h.person.name, h.certainty]), d).toEqual([['Choe Son-hui', 'possible']]);
      expect(a.status).toBe('possibly-held');
      expect(sayInEnglish(a.reason!)).toContain('known only up to 2024-12-29');
    }
  });

  it('tells a vacancy between two known terms from a post that did not exist', async () => {
    const gap = await who(registry(), MINISTER, at('2016-05-11'));
    expect(gap).toMatchObject({ status: 'vacant', holders: [], vacancy: { after: { person: { name: 'Ri Su-yong' } }, before: { person: { name: 'Ri Yong-ho' } } } });
    const before = await who(registry(), MINISTER, at('1900'));
    expect(before).toMatchObject({ status: 'not-existing', holders: [] });
    const headOfState = await who(registry(), 'Head of state', at('2012-02-01'));
    expect(headOfState).toMatchObject({ status: 'vacant', vacancy: { after: { person: { name: 'Kim Jong Il' } }, before: { person: { name: 'Kim Jong Un' } } } });
  });

  it('knows nobody before the ministry existed, and says a year is only possibly one holder', async () => {
    expect((await who(registry(), 'minister of foreign affairs', at('1947-01-01'))).holders).toEqual([]);
    const in2020 = await who(registry(), MINISTER, at('2020'));
    expect(in2020.holders.map((h) => [h.person.name, h.certainty])).toEqual([['Ri Yong-ho', 'possible'], ['Ri Son-gwon', 'possible']]);
  });

  it('has twelve terms in order, ordinals by rule, the acting holder unnumbered', async () => {
    const table = await holders(registry(), MINISTER, TODAY);
    expect(table.terms.map((t) => [t.ordinal, t.person.name, t.acting])).toEqual([
      [1, 'Pak Hon-yong', false], [2, 'Nam Il', false], [3, 'Pak Song-chol', false], [4, 'Ho Dam', false], [5, 'Kim Yong-nam', false],
      [6, 'Paek Nam-sun', false], [null, 'Kang Sok-ju', true], [7, 'Pak Ui-chun', false], [8, 'Ri Su-yong', false], [9, 'Ri Yong-ho', false],
      [10, 'Ri Son-gwon', false], [11, 'Choe Son-hui', false],
    ]);
    expect(table.terms[0]!.timeInOffice).toEqual({ years: 4, days: 175, approximate: false });
    expect(table.terms[0]!.person.nativeName).toBe('박헌영');
    expect(table.terms[11]!.end).toBe('incumbent');
  });

  it('derives the premiers and heads of state of each term from dated data', async () => {
    const table = await holders(registry(), MINISTER, TODAY);
    const term = (name: string) => table.terms.find((t) => t.person.name === name)!;
    expect(term('Pak Ui-chun').concurrent['Premier']).toEqual(['Kim Yong-il', 'Choe Yong-rim', 'Pak Pong-ju']);
    expect(term('Pak Ui-chun').concurrent['Head of state']).toEqual(['Kim Yong-nam', 'Kim Jong Il', 'Office vacant', 'Kim Jong Un']);
    expect(term('Ho Dam').concurrent['Premier']).toEqual(['Kim Il Sung', 'Kim Il', 'Pak Song-chol', 'Ri Jong-ok']);
    expect(term('Choe Son-hui').concurrent['Premier']).toEqual(['Kim Tok-hun', 'Pak Thae-song']);
  });

  it('reconciles the article cells: run-together names split, shifted cells placed, lost cells and mismatches reported', async () => {
    const table = await holders(registry(), MINISTER, TODAY);
    const rec = (name: string, column: string) => table.terms.find((t) => t.person.name === name)!.reconciliation.find((r) => r.column === column && r.source.id === 'wikipedia-mfa-dprk')!;
    expect(rec('Ho Dam', 'Premier')).toMatchObject({ status: 'match', sourceNames: ['Kim Il Sung', 'Kim Il', 'Pak Song-chol', 'Ri Jong-ok'] });
    expect(rec('Kang Sok-ju', 'Premier')).toMatchObject({ status: 'match', shiftedFrom: 'Head of state' });
    expect(rec('Kang Sok-ju', 'Head of state').status).toBe('lost');
    expect(rec('Nam Il', 'Premier').status).toBe('lost');
    expect(rec('Kim Yong-nam', 'Head of state')).toMatchObject({ status: 'mismatch', missing: ['Yang Hyong-sop'], extra: ['Office vacant'] });
    const statuses = table.terms.flatMap((t) => t.reconciliation.map((r) => r.status));
    expect(statuses.filter((s) => s === 'mismatch' || s === 'unreadable')).toHaveLength(1);
  });

  it('checks: Choe Son-hui in two posts, the founding-date conflict and the others, each with sources', async () => {
    const { findings } = await check(registry(), TODAY);
    const byCode = (code: string) => findings.filter((f) => f.code === code);
    const choe = byCode('incompatible-posts').find((f) => sayInEnglish(f).includes('Choe Son-hui'))!;
    expect(choe.sources.map((s) => s.id)).toContain('wikipedia-mfa-dprk');
    const founding = byCode('conflicting-claims').find((f) => sayInEnglish(f).includes('formed'))!;
    expect(sayInEnglish(founding)).toMatch(/1948-09-08.*1948-09-09|1948-09-09.*1948-09-08/);
    expect(founding.sources.map((s) => s.id).sort()).toEqual(['outremer-mfa-dprk-2023-10', 'riteme-mfa-dprk', 'wikimili-mfa-dprk', 'wikipedia-mfa-dprk']);
    const handover = byCode('conflicting-claims').filter((f) => sayInEnglish(f).includes('Kim Yong-il'));
    expect(handover).toHaveLength(1);
    expect(sayInEnglish(handover[0]!)).toMatch(/one handover.*Choe Yong-rim.*Kim Yong-il|one handover.*Kim Yong-il.*Choe Yong-rim/);
    expect(sayInEnglish(handover[0]!)).toContain('2010-06-07');
    const mongolia = byCode('conflicting-responsibility').find((f) => sayInEnglish(f).startsWith('Mongolia'))!;
    expect(mongolia.sources.map((s) => s.id).sort()).toEqual(['mfa-dprk-structure-2021', 'wikipedia-mfa-dprk']);
    expect(byCode('reconciliation-mismatch')).toHaveLength(1);
    // Only a source that contradicts itself overlaps two premiers; a same-year handover (2009) is not an overlap.
    expect(byCode('source-overlap').map(sayInEnglish)).toEqual([expect.stringMatching(/Croatian Wikipedia.*Kim Il.*Pak Song-chol/)]);
    expect(findings.some((f) => sayInEnglish(f).includes('Kim Jong Il') && sayInEnglish(f).includes('Kim Yong-nam'))).toBe(false);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('charts the ministry: posts with seats and holders, twelve departments with their countries, related bodies', async () => {
    const answer = await chart(registry(), 'MFA', at('2010-03-01'));
    expect(answer.root.organization.name).toBe('Ministry of Foreign Affairs (North Korea)');
    expect(answer.root.posts.map((p) => [p.post.name, p.seats])).toEqual([['Minister of Foreign Affairs', 1], ['First Vice Minister', 1], ['Vice Minister', 7]]);
    expect(answer.root.posts[0]!.holders.map((h) => h.person.name)).toEqual(['Pak Ui-chun']);
    expect(answer.root.units).toHaveLength(12);
    const ead2 = answer.root.units.find((u) => u.organization.name === 'European Affairs Department 2')!;
    const sweden = ead2.responsibilities.find((r) => r.subject.code === 'SE')!;
    expect(sweden.sources.map((s) => s.id).sort()).toEqual(['mfa-dprk-structure-2021', 'wikipedia-mfa-dprk']);
    expect(answer.related.map((r) => [r.type, r.direction, r.organization.name]).sort()).toEqual(expect.arrayContaining([
      ['agency-of', 'to', 'Cabinet (North Korea)'],
      ['agency-of', 'from', 'Diplomatic missions of North Korea'],
      ['affiliated-institute-of', 'from', 'Institute for American Studies'],
      ['sponsored-organization-of', 'from', 'Korea-Arab Association'],
    ]));
  });

  it('records the 1948 establishment and the May 2024 transfer from the United Front Department as events', async () => {
    const events = await registry().events.forOrganization('ministry-of-foreign-affairs-north-korea');
    expect(events.map((e) => [e.kind, e.date.text])).toEqual([['establish', '1948'], ['transfer', '2024-05']]);
    expect(events[1]!.details).toMatchObject({ subject: 'country:KR', from: 'united-front-department-north-korea', reportedBy: 'Daily NK' });
  });
});
