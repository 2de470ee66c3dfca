/**
 * When states and bodies existed, as the field's standard references give it: ISO 3166-3 for states that no longer
 * exist, and the dates of independence, union or founding that their Wikipedia articles give. Where a date is
 * disputed or its day not agreed, only the year or month is given (a partial date), never a day we cannot stand by.
 * Everything not listed here has no known bounds: nothing says it did not exist.
 */
export const SUBJECT_HISTORY_SOURCE = {
  id: 'chancery-subject-history',
  title: 'Chancery subject catalog: lifespans of states and bodies (ISO 3166-3 and the Wikipedia article of each state or body)',
  kind: 'curation' as const,
  url: 'https://www.iso.org/iso-3166-country-codes.html',
  note: 'Curated reference data shipped with Chancery; each entry cites the state\'s or body\'s own Wikipedia article for its dates.',
};

export interface FormerState {
  /** ISO 3166-3 four-letter code where ISO gives one (`iso`), else our own. */
  code: string;
  iso: boolean;
  name: string;
  aliases: string[];
  from: string | null;
  to: string;
  /** ISO 3166-1 alpha-2 codes of the states that followed. */
  successors: string[];
}

export const FORMER_STATES: FormerState[] = [
  {
    code: 'SUHH', iso: true, name: 'Soviet Union', aliases: ['SU', 'SUN', 'USSR', 'Union of Soviet Socialist Republics', 'U.S.S.R.', '소련', '소비에트 연방'],
    from: '1922-12-30', to: '1991-12-26',
    successors: ['RU', 'UA', 'BY', 'MD', 'GE', 'AM', 'AZ', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'EE', 'LV', 'LT'],
  },
  {
    code: 'DDDE', iso: true, name: 'German Democratic Republic', aliases: ['DD', 'DDR', 'East Germany', 'GDR', 'Deutsche Demokratische Republik', '동독'],
    from: '1949-10-07', to: '1990-10-03', successors: ['DE'],
  },
  {
    code: 'CSHH', iso: true, name: 'Czechoslovakia', aliases: ['CSK', 'Czechoslovak Socialist Republic', 'Czech and Slovak Federative Republic', '체코슬로바키아'],
    from: '1918-10-28', to: '1993-01-01', successors: ['CZ', 'SK'],
  },
  {
    code: 'YUCS', iso: true, name: 'Yugoslavia', aliases: ['YUG', 'Socialist Federal Republic of Yugoslavia', 'SFRY', 'SFR Yugoslavia', '유고슬라비아'],
    from: '1918-12-01', to: '1992-04-27', successors: ['SI', 'HR', 'BA', 'MK', 'CSXX'],
  },
  {
    code: 'CSXX', iso: true, name: 'Serbia and Montenegro', aliases: ['SCG', 'Federal Republic of Yugoslavia', 'FRY', 'FR Yugoslavia'],
    from: '1992-04-27', to: '2006-06', successors: ['RS', 'ME'],
  },
  {
    code: 'YDYE', iso: true, name: 'South Yemen', aliases: ['YD', 'YMD', "People's Democratic Republic of Yemen", 'Democratic Yemen'],
    from: '1967-11-30', to: '1990-05-22', successors: ['YE'],
  },
  {
    code: 'VDVN', iso: true, name: 'North Vietnam', aliases: ['VD', 'VDR', 'Democratic Republic of Vietnam', 'Democratic Republic of Viet-Nam'],
    from: '1945-09-02', to: '1976-07-02', successors: ['VN'],
  },
  {
    code: 'SVVN', iso: false, name: 'South Vietnam', aliases: ['Republic of Vietnam', 'State of Vietnam'],
    from: '1955-10-26', to: '1975-04-30', successors: ['VN'],
  },
  {
    code: 'TGTZ', iso: false, name: 'Tanganyika', aliases: ['Republic of Tanganyika'], from: '1961-12-09', to: '1964-04-26', successors: ['TZ'],
  },
  {
    code: 'ZNTZ', iso: false, name: 'Zanzibar', aliases: ['People\'s Republic of Zanzibar'], from: '1963-12-10', to: '1964-04-26', successors: ['TZ'],
  },
  {
    code: 'KOREA', iso: false, name: 'Korea (before 1945)', aliases: ['Korea before 1945', 'Korean Empire', 'Joseon Korea', 'Korea under Japanese rule', 'Korea (Joseon)'],
    from: null, to: '1945-08-15', successors: ['KR', 'KP'],
  },
];

/** Current states whose beginning is well attested (independence, union or founding), by ISO 3166-1 alpha-2 code. */
export const STATE_BEGINNINGS: Record<string, string> = {
  KR: '1948-08-15',
  KP: '1948-09-09',
  DE: '1949-05-23',
  IN: '1947-08-15',
  PK: '1947-08-14',
  IL: '1948-05-14',
  BD: '1971-03-26',
  VN: '1976-07-02',
  TZ: '1964-04-26',
  NA: '1990-03-21',
  YE: '1990-05-22',
  ER: '1993-05-24',
  CZ: '1993-01-01',
  SK: '1993-01-01',
  UA: '1991-08-24',
  BY: '1991-08-25',
  MD: '1991-08-27',
  KG: '1991-08-31',
  UZ: '1991-08-31',
  TJ: '1991-09-09',
  AM: '1991-09-21',
  TM: '1991-10-27',
  KZ: '1991-12-16',
  GE: '1991-04-09',
  AZ: '1991',
  SI: '1991-06-25',
  HR: '1991',
  MK: '1991',
  BA: '1992-03-03',
  ME: '2006-06-03',
  RS: '2006-06',
  TL: '2002-05-20',
  XK: '2008-02-17',
  SS: '2011-07-09',
  PW: '1994-10-01',
};

export interface BodyHistory {
  from: string;
  to?: string;
}

/** Regional bodies by our code. */
export const BODY_HISTORY: Record<string, BodyHistory> = {
  UN: { from: '1945-10-24' },
  LAS: { from: '1945-03-22' },
  ASEAN: { from: '1967-08-08' },
  SAARC: { from: '1985-12-08' },
  EU: { from: '1993-11-01' },
  EEAS: { from: '2010-12-01' },
  AU: { from: '2002-07-09' },
};
