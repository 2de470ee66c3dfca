import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { ordinalSource } from '../../src/domain/ordinal.js';
import { DERIVED_ORDINAL_NOTE, GENERATED_NAMES, presentCareer, presentHolders, presentWho } from '../../src/cli/present.js';
import { careerSchema, holdersSchema, whoSchema } from '../../src/api/answer-schemas.js';
import { career } from '../../src/services/career.service.js';
import { ROMANIZATION_SOURCE } from '../../src/domain/sources.js';
import { holders } from '../../src/services/holders.service.js';
import { who } from '../../src/services/who.service.js';
import { databaseTargets, useBundledRegistry } from '../support/databases.js';

const TODAY = parsePartialDate('2026-11-28').earliest;

describe('whose number an ordinal is', () => {
  it('is a source\'s only when a source numbers the term with that very number', () => {
    expect(ordinalSource(3, [{ field: 'ordinal', value: '3' }])).toBe('source');
    expect(ordinalSource(3, [{ field: 'ordinal', value: '4' }])).toBe('derived');
    expect(ordinalSource(3, [{ field: 'on-behalf-of', value: '3' }])).toBe('derived');
    expect(ordinalSource(3, [])).toBe('derived');
    expect(ordinalSource(null, [{ field: 'ordinal', value: '3' }])).toBeNull();
  });
});

describe.each(databaseTargets)('provenance of what the bundled registry answers on $name', (target) => {
  const registry = useBundledRegistry(target);

  it('marks the premiers 1–16 and heads of state as numbered by Chancery, the ministers as numbered by the article', async () => {
    const premiers = await holders(registry(), 'cabinet-north-korea:premier', TODAY);
    const numbered = premiers.terms.filter((t) => t.ordinal !== null);
    expect(numbered.map((t) => t.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(new Set(numbered.map((t) => t.ordinalSource))).toEqual(new Set(['derived']));
    expect(premiers.terms.filter((t) => t.ordinal === null).every((t) => t.ordinalSource === null)).toBe(true);

    const heads = await holders(registry(), 'north-korea:head-of-state', TODAY);
    expect(heads.terms.filter((t) => t.ordinal === 6 || t.ordinal === 7).map((t) => [t.person.name, t.ordinalSource]))
      .toEqual([['Kim Jong Il', 'derived'], ['Kim Jong Un', 'derived']]);

    const ministers = await holders(registry(), 'Minister of Foreign Affairs', TODAY);
    expect(ministers.terms.filter((t) => t.ordinal !== null).map((t) => t.ordinalSource)).toEqual(Array(11).fill('source'));
  });

  it('says so in the CLI table and the API answer', async () => {
    const premiers = await holders(registry(), 'cabinet-north-korea:premier', TODAY);
    const text = presentHolders(premiers);
    expect(text).toMatch(/^ {0,2}1\* +Kim Il Sung/m);
    expect(text).toMatch(/^16\* +Pak Thae-song/m);
    expect(text).toContain(DERIVED_ORDINAL_NOTE);
    expect(holdersSchema.parse(premiers).terms[0]!.ordinalSource).toBe('derived');

    const ministers = presentHolders(await holders(registry(), 'Minister of Foreign Affairs', TODAY));
    expect(ministers).toMatch(/^ {0,2}1 +Pak Hon-yong/m);
    expect(ministers).not.toContain('*');
  });

  it('says whose number it is on who and on a career too, as on the table (CLI and API)', async () => {
    const premier = await who(registry(), 'cabinet-north-korea:premier', parsePartialDate('1980-01-01'));
    expect(premier.holders.map((h) => [h.person.name, h.ordinal, h.ordinalSource])).toEqual([['Ri Jong-ok', 4, 'derived']]);
    expect(presentWho(premier)).toMatch(/4\*\. Ri Jong-ok/);
    expect(presentWho(premier)).toContain(DERIVED_ORDINAL_NOTE);
    expect(whoSchema.parse(premier).holders[0]!.ordinalSource).toBe('derived');
    const minister = await who(registry(), 'Minister of Foreign Affairs', parsePartialDate('2010-01-01'));
    expect(minister.holders.map((h) => h.ordinalSource)).toEqual(['source']);
    expect(presentWho(minister)).not.toContain('*');

    const choe = await career(registry(), 'Choe Son-hui');
    expect(choe.terms.filter((t) => t.ordinal !== null).map((t) => [t.post.name, t.ordinal, t.ordinalSource])).toEqual([['Minister of Foreign Affairs', 11, 'source']]);
    const ri = await career(registry(), 'Ri Jong-ok');
    expect(ri.terms.find((t) => t.post.name === 'Premier')).toMatchObject({ ordinal: 4, ordinalSource: 'derived' });
    expect(presentCareer(ri)).toMatch(/Premier \(4\*\)/);
    expect(careerSchema.parse(ri).terms.some((t) => t.ordinalSource === 'derived')).toBe(true);
  });

  it('credits curated values to the curation and a source\'s own words to the source', async () => {
    // The article gives the Hangul of Kim Yong-nam and Pak Song-chol: theirs, not the curators'; Kim Il's is the curators'.
    for (const name of ['Kim Yong-nam', 'Pak Song-chol']) expect((await career(registry(), name)).provenance['native-name']?.id, name).toBe('wikipedia-mfa-dprk');
    expect((await career(registry(), 'Kim Il')).provenance['native-name']?.id).toBe('chancery-hangul');
    // Kim Il's end is the curators' range between the page's end and the successor's start; the page is cited for the term.
    const kimIl = (await who(registry(), 'cabinet-north-korea:premier', parsePartialDate('1975-01-01'))).holders[0]!;
    expect(kimIl.end).toBe('1976-04-19..1976-04-29');
    expect(kimIl.sources.map((s) => s.id)).toEqual(['chancery-curation', 'hrwiki-premiers-2007']);
  });

  it('labels the romanizations Chancery generated as generated, and only those', async () => {
    const a = await career(registry(), 'Choe Son-hui');
    const generated = a.names.filter((n) => n.generated);
    expect(generated.length).toBeGreaterThan(0);
    expect(generated.every((n) => n.source.id === ROMANIZATION_SOURCE.id)).toBe(true);
    expect(a.names.filter((n) => n.source.id === ROMANIZATION_SOURCE.id).every((n) => n.generated)).toBe(true);
    // The article's own spelling is the article's, not Chancery's.
    expect(a.names.filter((n) => n.kind === 'primary' || n.kind === 'native').map((n) => [n.name, n.generated]))
      .toEqual(expect.arrayContaining([['Choe Son-hui', false], ['최선희', false]]));
    expect(a.names.some((n) => n.kind === 'press' && !n.generated)).toBe(false);
    const line = presentCareer(a).split('\n').find((l) => l.includes(GENERATED_NAMES));
    expect(line).toBeDefined();
    // Each spelling Chancery alone gives is on it; one a source also gives (the article's "Choe Son-hui") is not.
    for (const n of generated.filter((g) => g.name !== 'Choe Son-hui')) expect(line).toContain(n.name);
    expect(line).not.toContain('Choe Son-hui;');
    expect(line).not.toMatch(/Choe Son-hui$/);
    expect(careerSchema.parse(a).names.filter((n) => n.generated)).toHaveLength(generated.length);
  });

  it('keeps Kim Il Sung, died "1994", certain head of state up to the day his term ends, 8 July 1994', async () => {
    const on = async (d: string) => (await who(registry(), 'north-korea:head-of-state', parsePartialDate(d))).holders.map((h) => [h.person.name, h.certainty]);
    for (const d of ['1994-01-01', '1994-03-01', '1994-07-07']) expect(await on(d), d).toEqual([['Kim Il Sung', 'certain']]);
    expect((await on('1994-07-08')).map(([name]) => name)).not.toContain('Kim Il Sung');
    const life = await career(registry(), 'Kim Il Sung', parsePartialDate('1994-05-01'));
    expect(life.terms.filter((t) => t.post.id === 'north-korea:head-of-state').map((t) => t.certainty)).toEqual(['certain']);
  });
});
