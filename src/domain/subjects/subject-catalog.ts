import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type isoCountriesModule from 'i18n-iso-countries';
import type { Subject } from '../model.js';
import { nameKey, slugify, stripTrailingParenthesis } from '../names.js';
import { ALWAYS, type Extent, type Life, lifeExtent } from '../time/interval.js';
import { type PartialDate, parsePartialDate } from '../time/partial-date.js';
import { CONTINUED_AS, PREDECESSOR_STATES } from './predecessor-states.data.js';
import { BODY_HISTORY, FORMER_STATES, STATE_BEGINNINGS } from './subject-history.js';
import { lineExtent, territoryLine } from './territory.js';

const require = createRequire(import.meta.url);
/** Languages whose country names are accepted (besides every translation world-countries carries). */
const LANGUAGES = ['en', 'fr', 'de', 'es', 'ru', 'zh', 'ja', 'ko', 'it', 'pt', 'ar'];

/**
 * The country data (a few MB of JSON), read when the catalog is first built rather than when this module is
 * imported: a command that never names a country does not pay for it.
 */
const countryData = (): { countries: Country[]; isoCountries: typeof isoCountriesModule } => {
  // world-countries' typings describe its ESM entry; the JSON itself is the stable interface.
  const countries = require('world-countries/countries.json') as Country[];
  const isoCountries = require('i18n-iso-countries') as typeof isoCountriesModule;
  for (const lang of LANGUAGES) isoCountries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`) as isoCountriesModule.LocaleData);
  return { countries, isoCountries };
};

/**
 * Names the maintained libraries lack, as sources in this field write them. Keys are looked up after
 * `nameKey` folding and after a leading "the" is dropped.
 */
const COUNTRY_ALIASES: Record<string, string> = {
  'DR Congo': 'CD',
  'DRC': 'CD',
  'Democratic Republic of Congo': 'CD',
  'Zaire': 'CD',
  'Congo': 'CG',
  'Republic of Congo': 'CG',
  'Congo-Brazzaville': 'CG',
  'Sudan': 'SD',
  'Antigua Barbuda': 'AG',
  'Bosnia-Herzegovina': 'BA',
  'Vatican City': 'VA',
  'Holy See': 'VA',
  "Cote d'Ivoire": 'CI',
  'Ivory Coast': 'CI',
  'East Timor': 'TL',
  'Timor Leste': 'TL',
  'TP': 'TL',
  'Russian Federation': 'RU',
  'Turkey': 'TR',
  'Burma': 'MM',
  'Swaziland': 'SZ',
  'Cabo Verde': 'CV',
  'Cape Verde': 'CV',
  'United States of America': 'US',
  'USA': 'US',
  'U.S.': 'US',
  'UK': 'GB',
  'Great Britain': 'GB',
  'Britain': 'GB',
  'Czechia': 'CZ',
  'Macedonia': 'MK',
  'Laos': 'LA',
  'Syria': 'SY',
  'Iran': 'IR',
  'Vietnam': 'VN',
  'Viet Nam': 'VN',
  'Palestine': 'PS',
  'State of Palestine': 'PS',
  'Gambia': 'GM',
  'Bahamas': 'BS',
  'Philippines': 'PH',
  'Netherlands': 'NL',
  'Holland': 'NL',
  'Maldives': 'MV',
  'South Korea': 'KR',
  'Republic of Korea': 'KR',
  'ROK': 'KR',
  'North Korea': 'KP',
  'DPRK': 'KP',
  "Democratic People's Republic of Korea": 'KP',
  'West Germany': 'DE',
  'Federal Republic of Germany': 'DE',
  'FRG': 'DE',
  'Dahomey': 'BJ',
  'Upper Volta': 'BF',
  'Ceylon': 'LK',
  'Siam': 'TH',
  'Persia': 'IR',
  'Kampuchea': 'KH',
  'Rhodesia': 'ZW',
  'Southern Rhodesia': 'ZW',
};

interface CatalogEntry {
  code: string;
  name: string;
  aliases: string[];
}

const REGIONAL_BODIES: CatalogEntry[] = [
  { code: 'ASEAN', name: 'Association of Southeast Asian Nations', aliases: ['ASEAN', 'Association of South-East Asian Nations'] },
  { code: 'SAARC', name: 'South Asian Association for Regional Cooperation', aliases: ['SAARC'] },
  { code: 'EU', name: 'European Union', aliases: ['EU', 'EU headquarters', 'European Union headquarters', 'other EU headquarters'] },
  { code: 'EUCO', name: 'European Council', aliases: [] },
  { code: 'EC', name: 'European Commission', aliases: [] },
  { code: 'EEAS', name: 'European External Action Service', aliases: ['EEAS'] },
  // "AU" is Australia's ISO code: a code always wins over an alias, so the African Union is found by its name.
  { code: 'AU', name: 'African Union', aliases: ['AU'] },
  { code: 'LAS', name: 'Arab League', aliases: ['League of Arab States'] },
  { code: 'UN', name: 'United Nations', aliases: ['UN', 'U.N.', 'United Nations Organization', 'UNO', '유엔', '국제연합', 'Nations Unies', 'Vereinte Nationen', 'Naciones Unidas'] },
];

const FUNCTIONS: CatalogEntry[] = [
  { code: 'press-and-information', name: 'press and information', aliases: ['press', 'information', 'press affairs'] },
  { code: 'consular-affairs', name: 'consular affairs', aliases: ['consular', 'consular services'] },
  { code: 'treaty-and-legal-affairs', name: 'treaty and legal affairs', aliases: ['treaties and legal affairs', 'treaties', 'legal affairs', 'treaty'] },
  { code: 'protocol', name: 'protocol', aliases: ['diplomatic protocol'] },
  { code: 'international-organizations', name: 'international organizations', aliases: ['international organisations'] },
  { code: 'economic-cooperation', name: 'economic cooperation', aliases: ['economic co-operation'] },
];

/** Which function a regional body's business falls to when no unit is recorded for the body itself. */
export const BODY_FUNCTIONS: Record<string, string> = { 'body:un': 'function:international-organizations' };

const stripArticle = (text: string): string => text.trim().replace(/^the\s+/i, '');

export const countrySubjectId = (alpha2: string): string => `country:${alpha2}`;

/** A country through time (`SubjectCatalog.territory`). */
export interface Territory {
  /** The subject itself first, then the states it continues, nearest first, each with when it existed. */
  line: { subject: Subject; extent: Extent }[];
  /** When the line existed, as one extent. */
  extent: Extent;
  /** The same as its sources wrote it: the first state's beginning, the last one's end (null: unknown). */
  existed: { from: string | null; to: string | null };
}

/** How strongly a name denotes its subject: an ISO code beats our aliases, which beat a library's other spellings. */
const enum Weight {
  Translation = 1,
  OwnName = 2,
  Alias = 3,
  Code = 4,
}

/**
 * Countries and territories (ISO 3166-1, and 3166-3 for former states), regional bodies and functions, found by any
 * common name, code or name in the main languages; with lives and successors where they are known.
 */
export class SubjectCatalog {
  private readonly byKey = new Map<string, { subject: Subject; weight: Weight }>();
  private readonly byId = new Map<string, Subject>();
  private readonly numeric = new Map<string, string>();
  private readonly territories = new Map<string, Territory>();

  constructor() {
    const life = (from: string | null, to: string | null | undefined) => ({ from: from ? parsePartialDate(from) : null, to: to ? parsePartialDate(to) : null });
    const { countries, isoCountries } = countryData();
    for (const c of countries) {
      const begins = STATE_BEGINNINGS[c.cca2];
      const subject: Subject = { id: countrySubjectId(c.cca2), kind: c.independent === false ? 'territory' : 'country', code: c.cca2, name: c.name.common, ...(begins ? { life: life(begins, null) } : {}) };
      this.byId.set(subject.id, subject);
      if (c.ccn3) this.numeric.set(subject.id, c.ccn3);
      this.add(c.cca2, subject, Weight.Code);
      this.add(c.cca3, subject, Weight.Code);
      this.add(c.name.common, subject, Weight.OwnName);
      this.add(c.name.official, subject, Weight.OwnName);
      for (const n of c.altSpellings) this.add(n, subject, n.length <= 3 && n.toUpperCase() === n ? Weight.Translation : Weight.OwnName);
      for (const t of Object.values(c.translations)) {
        this.add(t.common, subject, Weight.Translation);
        this.add(t.official, subject, Weight.Translation);
      }
      for (const lang of LANGUAGES) {
        const names = isoCountries.getName(c.cca2, lang, { select: 'all' }) as string[] | undefined;
        for (const n of names ?? []) this.add(n, subject, Weight.Translation);
      }
    }
    for (const s of FORMER_STATES) {
      const subject: Subject = {
        id: countrySubjectId(s.code), kind: 'country', code: s.code, name: s.name, life: life(s.from, s.to),
        successors: s.successors.map((x) => countrySubjectId(x)),
      };
      this.byId.set(subject.id, subject);
      this.add(s.code, subject, Weight.Code);
      this.add(s.name, subject, Weight.OwnName);
      for (const a of s.aliases) this.add(a, subject, Weight.Alias);
    }
    for (const s of PREDECESSOR_STATES) {
      const subject: Subject = {
        id: countrySubjectId(s.code), kind: 'country', code: s.code, name: s.name, life: life(s.from.date, s.to.date),
        successors: CONTINUED_AS.filter((c) => c.from === s.code).map((c) => countrySubjectId(c.to)),
      };
      this.byId.set(subject.id, subject);
      this.add(s.name, subject, Weight.OwnName);
      for (const a of s.aliases) this.add(a, subject, Weight.Alias);
    }
    for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) {
      const subject = this.byId.get(countrySubjectId(code));
      if (subject) this.add(alias, subject, Weight.Alias);
    }
    for (const b of REGIONAL_BODIES) {
      const h = BODY_HISTORY[b.code];
      const subject: Subject = { id: `body:${b.code.toLowerCase()}`, kind: 'regional-body', code: b.code, name: b.name, ...(h ? { life: life(h.from, h.to) } : {}) };
      this.byId.set(subject.id, subject);
      this.add(b.name, subject, Weight.OwnName);
      for (const n of b.aliases) this.add(n, subject, Weight.Alias);
    }
    for (const f of FUNCTIONS) {
      const subject: Subject = { id: `function:${f.code}`, kind: 'function', code: f.code, name: f.name };
      this.byId.set(subject.id, subject);
      for (const n of [f.name, ...f.aliases]) this.add(n, subject, Weight.Alias);
    }
  }

  private add(name: string | undefined, subject: Subject, weight: Weight): void {
    if (!name) return;
    const key = nameKey(stripArticle(name));
    if (!key) return;
    const existing = this.byKey.get(key);
    // A stronger name is never displaced; among equals, the first entry keeps it (e.g. an alt spelling shared by two).
    if (!existing || weight > existing.weight) this.byKey.set(key, { subject, weight });
  }

  /** The subject a name denotes, or undefined. Case, spacing, punctuation and a leading "the" do not matter. */
  resolve(name: string): Subject | undefined {
    const cleaned = stripArticle(stripTrailingParenthesis(name));
    return this.byKey.get(nameKey(cleaned))?.subject ?? this.byKey.get(nameKey(stripArticle(name)))?.subject;
  }

  get(id: string): Subject | undefined {
    return this.byId.get(id);
  }

  /**
   * A country through time: the subject and the states it continues (`territoryLine`, the predecessor table), each
   * with its extent, and when the line existed as one extent (`lineExtent`). What a post or responsibility tied to
   * the subject is bounded by; a subject that continues nothing is its own line.
   */
  territory(id: string): Territory {
    let t = this.territories.get(id);
    if (!t) {
      const line = territoryLine(id, CONTINUED_AS.map((c) => ({ from: countrySubjectId(c.from), to: countrySubjectId(c.to) })))
        .flatMap((x) => {
          const subject = this.byId.get(x);
          return subject ? [{ subject, extent: lifeExtent(subject.life ?? ALWAYS) }] : [];
        });
      const bound = (pick: (l: Life) => PartialDate | null, better: (a: PartialDate, b: PartialDate) => boolean): string | null => {
        const dates = line.map((x) => (x.subject.life ? pick(x.subject.life) : null));
        if (!dates.length || dates.some((d) => d === null)) return null;
        return dates.reduce((a, b) => (better(b!, a!) ? b : a))!.text;
      };
      t = {
        line, extent: line.length ? lineExtent(line.map((x) => x.extent)) : lifeExtent(ALWAYS),
        existed: { from: bound((l) => l.from, (a, b) => a.earliest < b.earliest), to: bound((l) => l.to, (a, b) => a.latest > b.latest) },
      };
      this.territories.set(id, t);
    }
    return t;
  }

  /** Every country and territory the catalog knows. */
  countries(): Subject[] {
    return [...this.byId.values()].filter((s) => s.kind === 'country' || s.kind === 'territory');
  }

  /** ISO 3166-1 numeric code of a country subject (what world maps key their shapes by), e.g. "752" for Sweden. */
  numericCode(id: string): string | undefined {
    return this.numeric.get(id);
  }

  /** Every name the catalog knows, as matching keys, with the subject each denotes (for suggestions and search). */
  keys(): IterableIterator<[string, { subject: Subject }]> {
    return this.byKey.entries();
  }

  /** A function subject for a name the catalog lacks, so that a new department's function is still stored. */
  functionFor(name: string): Subject {
    const known = this.resolve(name);
    if (known?.kind === 'function') return known;
    return { id: `function:${slugify(name)}`, kind: 'function', code: slugify(name), name: name.toLowerCase() };
  }
}

let shared: SubjectCatalog | undefined;
/** The catalog is immutable reference data; build it once per process. */
export const subjectCatalog = (): SubjectCatalog => (shared ??= new SubjectCatalog());
