import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import isoCountries from 'i18n-iso-countries';
import type { Subject } from '../model.js';
import { nameKey, slugify } from '../names.js';

const require = createRequire(import.meta.url);
// world-countries' typings describe its ESM entry; the JSON itself is the stable interface.
const countries = require('world-countries/countries.json') as Country[];
isoCountries.registerLocale(require('i18n-iso-countries/langs/ko.json') as isoCountries.LocaleData);

/**
 * Names the maintained libraries lack, as sources in this field write them. Keys are looked up after
 * `nameKey` folding and after a leading "the" is dropped.
 */
const COUNTRY_ALIASES: Record<string, string> = {
  'DR Congo': 'CD',
  'DRC': 'CD',
  'Democratic Republic of Congo': 'CD',
  'Congo': 'CG',
  'Republic of Congo': 'CG',
  'Congo-Brazzaville': 'CG',
  'Sudan': 'SD',
  'Antigua Barbuda': 'AG',
  'Bosnia-Herzegovina': 'BA',
  'Vatican City': 'VA',
  'Holy See': 'VA',
  "Cote d'Ivoire": 'CI',
  'East Timor': 'TL',
  'Timor Leste': 'TL',
  'Russian Federation': 'RU',
  'Turkey': 'TR',
  'Burma': 'MM',
  'Swaziland': 'SZ',
  'Cabo Verde': 'CV',
  'Cape Verde': 'CV',
  'United States of America': 'US',
  'USA': 'US',
  'UK': 'GB',
  'Great Britain': 'GB',
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
  'Maldives': 'MV',
  'South Korea': 'KR',
  'Republic of Korea': 'KR',
  'ROK': 'KR',
  'North Korea': 'KP',
  'DPRK': 'KP',
  "Democratic People's Republic of Korea": 'KP',
};

interface RegionalBody {
  code: string;
  name: string;
  aliases: string[];
}

const REGIONAL_BODIES: RegionalBody[] = [
  { code: 'ASEAN', name: 'Association of Southeast Asian Nations', aliases: ['ASEAN', 'Association of South-East Asian Nations'] },
  { code: 'SAARC', name: 'South Asian Association for Regional Cooperation', aliases: ['SAARC'] },
  { code: 'EU', name: 'European Union', aliases: ['EU', 'EU headquarters', 'European Union headquarters', 'other EU headquarters'] },
  { code: 'EUCO', name: 'European Council', aliases: [] },
  { code: 'EC', name: 'European Commission', aliases: [] },
  { code: 'EEAS', name: 'European External Action Service', aliases: ['EEAS'] },
  { code: 'AU', name: 'African Union', aliases: ['AU'] },
  { code: 'LAS', name: 'Arab League', aliases: ['League of Arab States'] },
  { code: 'UN', name: 'United Nations', aliases: ['UN'] },
];

interface FunctionDef {
  code: string;
  name: string;
  aliases: string[];
}

const FUNCTIONS: FunctionDef[] = [
  { code: 'press-and-information', name: 'press and information', aliases: ['press', 'information', 'press affairs'] },
  { code: 'consular-affairs', name: 'consular affairs', aliases: ['consular', 'consular services'] },
  { code: 'treaty-and-legal-affairs', name: 'treaty and legal affairs', aliases: ['treaties and legal affairs', 'treaties', 'legal affairs', 'treaty'] },
  { code: 'protocol', name: 'protocol', aliases: ['diplomatic protocol'] },
  { code: 'international-organizations', name: 'international organizations', aliases: ['international organisations'] },
  { code: 'economic-cooperation', name: 'economic cooperation', aliases: ['economic co-operation'] },
];

const stripArticle = (text: string): string => text.trim().replace(/^the\s+/i, '');

export const countrySubjectId = (alpha2: string): string => `country:${alpha2}`;

/** Countries (ISO 3166-1), regional bodies and functions, found by any common name, code or Korean name. */
export class SubjectCatalog {
  private readonly byKey = new Map<string, Subject>();
  private readonly byId = new Map<string, Subject>();

  constructor() {
    for (const c of countries) {
      const subject: Subject = { id: countrySubjectId(c.cca2), kind: 'country', code: c.cca2, name: c.name.common };
      this.byId.set(subject.id, subject);
      const names = [c.cca2, c.cca3, c.name.common, c.name.official, ...c.altSpellings, c.translations['kor']?.common, c.translations['kor']?.official];
      const ko = isoCountries.getName(c.cca2, 'ko', { select: 'all' }) as string[] | undefined;
      for (const n of [...names, ...(ko ?? [])]) if (n) this.add(n, subject, false);
    }
    for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) {
      const subject = this.byId.get(countrySubjectId(code));
      if (subject) this.add(alias, subject, true);
    }
    for (const b of REGIONAL_BODIES) {
      const subject: Subject = { id: `body:${b.code.toLowerCase()}`, kind: 'regional-body', code: b.code, name: b.name };
      this.byId.set(subject.id, subject);
      for (const n of [b.name, ...b.aliases]) this.add(n, subject, true);
    }
    for (const f of FUNCTIONS) {
      const subject: Subject = { id: `function:${f.code}`, kind: 'function', code: f.code, name: f.name };
      this.byId.set(subject.id, subject);
      for (const n of [f.name, ...f.aliases]) this.add(n, subject, true);
    }
  }

  private add(name: string, subject: Subject, override: boolean): void {
    const key = nameKey(stripArticle(name));
    if (!key) return;
    // Library names never displace an earlier country's own name (e.g. an alt spelling shared by two entries).
    if (override || !this.byKey.has(key)) this.byKey.set(key, subject);
  }

  /** The subject a name denotes, or undefined. Case, spacing, punctuation and a leading "the" do not matter. */
  resolve(name: string): Subject | undefined {
    const cleaned = stripArticle(name.replace(/\s*\(([^)]*)\)\s*$/, ''));
    return this.byKey.get(nameKey(cleaned)) ?? this.byKey.get(nameKey(stripArticle(name)));
  }

  get(id: string): Subject | undefined {
    return this.byId.get(id);
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
