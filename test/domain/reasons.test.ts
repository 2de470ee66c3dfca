import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Catalogue, renderReason, withReasonTexts } from '../../src/domain/messages/catalogue.js';
import { ko } from '../../src/domain/messages/ko.messages.js';
import { en, sayInEnglish } from '../../src/domain/messages/en.messages.js';
import { type Reason, type ReasonCode, type ReasonOf, TAKEN_BY } from '../../src/domain/reasons.js';
import { SUCCESSION_KINDS } from '../../src/domain/model.js';

const who = (id: string, name: string) => ({ id, name });
const RI = who('ri-su-yong', 'Ri Su-yong');
const YONG_HO = who('ri-yong-ho', 'Ri Yong-ho');
const SWEDEN = who('SE', 'Sweden');
const DEPT = who('european-affairs-department-2', 'European Affairs Department 2');
const MFA = who('mfa', 'Ministry of Foreign Affairs');
const MINISTER = who('minister-of-foreign-affairs', 'Minister of Foreign Affairs');
const WIKI = { id: 'wikipedia-mfa-dprk', title: 'Wikipedia' };
const TERM = { id: 'a1', person: RI, post: MINISTER };

/** One reason of every code, with parameters: typed so that a code without a sample does not compile. */
const SAMPLES: { [C in ReasonCode]: ReasonOf<C> } = {
  'post-not-existing': { code: 'post-not-existing', post: MINISTER, at: '1900', from: '1948-09-09', to: null },
  'seats-all-held': { code: 'seats-all-held' },
  'no-certain-holder': { code: 'no-certain-holder', at: '2099', doubts: [{ code: 'known-until', person: RI, asOf: '2024-12-29' }] },
  'vacant-between': { code: 'vacant-between', after: { person: RI, end: '2016-05-10' }, before: { person: YONG_HO, start: '2016-05-12' } },
  'no-record': { code: 'no-record' },
  'dates-disputed': { code: 'dates-disputed', person: RI },
  'known-until': { code: 'known-until', person: RI, asOf: '2024-12-29' },
  'start-unrecorded': { code: 'start-unrecorded', person: RI },
  'dates-partial': { code: 'dates-partial', person: RI },
  'subject-ended': { code: 'subject-ended', subject: who('DD', 'German Democratic Republic'), at: '2000', ended: '1990-10-03', successors: [who('DE', 'Germany')] },
  'subject-not-begun': { code: 'subject-not-begun', subject: who('SS', 'South Sudan'), at: '2000', began: '2011-07-09' },
  'unit-not-existing': { code: 'unit-not-existing', unit: DEPT, subject: SWEDEN, at: '1900', from: '1948-09-09' },
  'not-covered': { code: 'not-covered', subject: SWEDEN, at: '2010-03-01', within: MFA },
  responsible: { code: 'responsible', unit: DEPT, subject: SWEDEN, via: null, at: '2010-03-01', sources: [WIKI], chain: [DEPT, MFA] },
  'possibly-responsible': { code: 'possibly-responsible', unit: DEPT, subject: SWEDEN, via: who('eu', 'Europe'), at: '2010', sources: [WIKI], chain: [DEPT, MFA] },
  'post-held': { code: 'post-held', post: who('pocom:chief-of-mission:sweden', 'Chief of Mission to Sweden'), organization: MFA, subject: SWEDEN, at: '1990', holders: [RI], sources: [WIKI] },
  'post-possibly-held': { code: 'post-possibly-held', post: MINISTER, organization: null, subject: SWEDEN, at: '1990', holders: [RI, YONG_HO], sources: [WIKI] },
  'post-vacant': { code: 'post-vacant', post: MINISTER, organization: MFA, subject: SWEDEN, at: '1990', after: { person: RI, end: '1989' }, before: { person: YONG_HO, start: null } },
  'sources-disagree': { code: 'sources-disagree', subject: SWEDEN, units: 2 },
  'change-unplaced': { code: 'change-unplaced', subject: SWEDEN, at: '2010' },
  'end-before-start': { code: 'end-before-start', term: TERM, start: '2010-05-01', end: '2010-04-01' },
  'term-after-death': { code: 'term-after-death', term: TERM, end: '2020-01-01', person: RI, died: '2019-05-05' },
  'term-before-birth': { code: 'term-before-birth', term: TERM, start: '1900', person: RI, born: '1940' },
  'seats-exceeded': { code: 'seats-exceeded', post: MINISTER, seats: 1, day: '2016-05-11', holders: [RI, YONG_HO] },
  'source-overlap': { code: 'source-overlap', source: WIKI, post: MINISTER, terms: [{ person: RI, start: '2014', end: '2016-05-11' }, { person: YONG_HO, start: '2016', end: 'incumbent' }] },
  'incompatible-posts': { code: 'incompatible-posts', person: RI, posts: [MINISTER, who('first-vice-minister', 'First Vice Minister')], organization: MFA, overlap: 'possible' },
  'conflicting-claims': {
    code: 'conflicting-claims', handover: true,
    facts: [{ type: 'appointment', id: 'a1', name: 'Ri Su-yong', post: MINISTER, field: 'end' }, { type: 'appointment', id: 'a2', name: 'Ri Yong-ho', post: MINISTER, field: 'start' }],
    values: [{ value: '2016-05-09', citing: [WIKI] }, { value: '2016-05-10', citing: [{ id: 'kcna', title: 'KCNA' }] }],
  },
  'conflicting-responsibility': { code: 'conflicting-responsibility', subject: SWEDEN, units: [DEPT, who('d1', 'European Affairs Department 1')], organization: MFA, citing: [WIKI] },
  'responsibility-outside-unit': { code: 'responsibility-outside-unit', unit: DEPT, subject: SWEDEN, when: 'after-abolished' },
  'event-before-establishment': { code: 'event-before-establishment', event: { id: 'e1', kind: 'rename', date: '1950' }, unit: DEPT, established: '1960-01-01' },
  'possible-same-person': { code: 'possible-same-person', people: [RI, who('ri-su-yong-2', 'Ri Su Yong')], sharing: 'name-spelling' },
  'ordinal-mismatch': { code: 'ordinal-mismatch', term: { id: 'a1', person: RI, post: MINISTER }, claimed: '7', derived: 8 },
  'reconciliation-mismatch': {
    code: 'reconciliation-mismatch', post: MINISTER, person: RI, start: '2014', end: '2016', column: 'Head of state',
    read: ['Kim Jong Un'], derived: ['Kim Jong Un', 'Kim Yong-nam'], missing: ['Kim Yong-nam'], extra: [], unmatched: ['Office'],
  },
  'taken-as': { code: 'taken-as', asked: 'Ambassador to Japan', taken: who('pocom:chief-of-mission:japan', 'Chief of Mission to Japan'), by: 'alias', alias: 'Chief of Mission to Japan' },
  'post-continued-as': {
    code: 'post-continued-as', post: who('h', 'Secretary of State for Health'), successors: [who('hsc', 'Secretary of State for Health and Social Care')],
    kind: 'continues-as', date: '2018-01-08', inferred: true, rule: 'inferred: the rule',
  },
};

/** Every text a reason carries among its parameters (names, titles, dates, values), at any depth. */
const texts = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(texts)
    : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => (k === 'code' || k === 'id' || k === 'type' ? [] : texts(v))) : [];

describe('reasons and the English message catalogue', () => {
  it('has an English message for every code, and no message for a code that does not exist', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it.each(Object.values(SAMPLES).map((r) => [r.code, r] as const))('renders %s with its parameters', (_code, reason) => {
    const text = sayInEnglish(reason as Reason);
    expect(text.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
    // Every name, title and date the reason carries is said (enumerated values are said in words, not as codes).
    const enumerated = new Set(['possible', 'certain', 'after-abolished', 'before-established', 'name-spelling', 'hangul-name', 'incumbent', 'alias', 'closest', 'continues-as']);
    for (const t of texts(reason).filter((x) => !enumerated.has(x))) expect(text, t).toContain(t);
  });

  it('says the words the services said before reasons were data', () => {
    expect(sayInEnglish(SAMPLES['vacant-between'])).toBe("vacant between Ri Su-yong's term (ended 2016-05-10) and Ri Yong-ho's (started 2016-05-12)");
    expect(sayInEnglish(SAMPLES['no-certain-holder'])).toBe("no holder is certain on 2099: Ri Su-yong's term is known only up to 2024-12-29, the date of its newest source");
    expect(sayInEnglish({ code: 'no-certain-holder', at: '2010', doubts: [] })).toBe('no holder is certain on every day of 2010');
    expect(sayInEnglish(SAMPLES['post-not-existing'])).toBe('Minister of Foreign Affairs did not exist on 1900 (from 1948-09-09)');
    expect(sayInEnglish(SAMPLES['not-covered'])).toBe('No unit within Ministry of Foreign Affairs is recorded as responsible for Sweden on 2010-03-01.');
    expect(sayInEnglish(SAMPLES.responsible)).toBe(
      'European Affairs Department 2 is responsible for Sweden on 2010-03-01, per Wikipedia; chain: European Affairs Department 2 → Ministry of Foreign Affairs.',
    );
    expect(sayInEnglish(SAMPLES['seats-exceeded'])).toBe('Minister of Foreign Affairs has 1 seat but 2 holders on 2016-05-11: Ri Su-yong, Ri Yong-ho');
  });

  it('renders any names and dates it is given, whatever they contain', () => {
    const named = fc.record({ id: fc.string({ minLength: 1 }), name: fc.string({ minLength: 1 }) });
    fc.assert(fc.property(named, named, fc.string(), fc.string(), (after, before, end, start) => {
      const text = sayInEnglish({ code: 'vacant-between', after: { person: after, end }, before: { person: before, start } });
      return text.includes(after.name) && text.includes(before.name) && text.includes(`(ended ${end})`) && text.includes(`(started ${start})`);
    }));
  });

  it('writes each reason in JSON with its text beside its code and parameters, nested ones too, leaving the answer as it was', () => {
    const answer = Object.freeze({ status: 'possibly-held', reason: Object.freeze(SAMPLES['no-certain-holder']), finding: { code: 'NOT_A_REASON' } });
    const written = JSON.parse(JSON.stringify(answer, withReasonTexts(en))) as { reason: { text: string; doubts: { text: string }[] }; finding: object };
    expect(written.reason).toEqual({ ...SAMPLES['no-certain-holder'], text: sayInEnglish(SAMPLES['no-certain-holder']), doubts: [{ ...SAMPLES['known-until'], text: sayInEnglish(SAMPLES['known-until']) }] });
    expect(written.finding).toEqual({ code: 'NOT_A_REASON' });
    expect(answer.reason).not.toHaveProperty('text');
  });

  it.each(Object.values(SAMPLES).map((r) => [r.code, r] as const))('renders %s in Korean (the web app\'s second language) with its parameters', (_code, reason) => {
    const text = renderReason(reason as Reason, ko);
    expect(text).toMatch(/[\uAC00-\uD7A3]/);
    expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
    // Enumerated values are rendered in words (a succession's kind, how a name was taken), not as written.
    const enumerated = new Set(['possible', 'certain', 'after-abolished', 'before-established', 'name-spelling', 'hangul-name', 'incumbent', ...SUCCESSION_KINDS, ...TAKEN_BY]);
    for (const t of texts(reason).filter((x) => !enumerated.has(x))) expect(text, t).toContain(t);
  });

  it('takes another language as one more catalogue: the same reasons in its words', () => {
    const shouting = Object.fromEntries(Object.entries(en).map(([code, say]) => [code, (r: Reason, inner: (x: Reason) => string) => (say as (r: Reason, i: typeof inner) => string)(r, inner).toUpperCase()])) as unknown as Catalogue;
    expect(renderReason(SAMPLES['vacant-between'], shouting)).toBe(sayInEnglish(SAMPLES['vacant-between']).toUpperCase());
  });
});
