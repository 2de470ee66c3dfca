/**
 * States that came before today's countries, and which country each was continued as: what a post or a
 * responsibility tied to a country follows on the dates they existed (decision 20, docs/dates.md "Territories
 * through time"). Two tables:
 * - `PREDECESSOR_STATES`: states ISO 3166-3 has no code for (it lists only names withdrawn from ISO 3166 since 1974),
 *   each bound with the source that states it and the words it uses. A bound no source we can cite states is `null`
 *   (unknown: it does not limit) and says so in `note`; a bound sources give two ways is a range between them.
 * - `CONTINUED_AS`: which state each state was continued as, for the posts and responsibilities tied to it; ISO
 *   3166-3 states (`FORMER_STATES`, subject-history.ts, where their lives are) take part by their four-letter codes.
 * Sources are the stored copies of the pages named (read 2026-12-03).
 */

export interface ReferenceSource {
  id: string;
  title: string;
  url: string;
}

export const REFERENCE_SOURCES = {
  iso3166_3: {
    id: 'iso-3166-3',
    title: 'ISO 3166-3, formerly used names of countries (as in the iso-codes data, iso_3166-3.json)',
    url: 'https://www.iso.org/iso-3166-country-codes.html',
  },
  hsgGermany: {
    id: 'hsg-germany',
    title: 'Office of the Historian: A Guide to the United States’ History of Recognition, Diplomatic, and Consular Relations, by Country, since 1776: Germany',
    url: 'https://history.state.gov/countries/germany',
  },
  hsgSerbia: {
    id: 'hsg-kingdom-of-yugoslavia',
    title: 'Office of the Historian: … by Country, since 1776: Kingdom of Serbia/Yugoslavia',
    url: 'https://history.state.gov/countries/kingdom-of-yugoslavia',
  },
  hsgMontenegro: {
    id: 'hsg-montenegro',
    title: 'Office of the Historian: … by Country, since 1776: Montenegro',
    url: 'https://history.state.gov/countries/montenegro',
  },
  hsgYemen: {
    id: 'hsg-yemen',
    title: 'Office of the Historian: … by Country, since 1776: Yemen',
    url: 'https://history.state.gov/countries/yemen',
  },
  stateYemenNote: {
    id: 'state-background-yemen',
    title: 'U.S. Department of State, Background Notes: Yemen (March 2012)',
    url: 'http://m.state.gov/md196398.htm',
  },
  frus1919: {
    id: 'frus-1919-v02-d831',
    title: 'Foreign Relations of the United States, 1919, vol. II, document 831 (the Serbian Chargé to the Acting Secretary of State)',
    url: 'https://history.state.gov/historicaldocuments/frus1919v02/d831',
  },
  prussiaArticle: {
    id: 'wikipedia-kingdom-of-prussia',
    title: 'Kingdom of Prussia (Wikipedia article, as quoted by ancestry.bartfeenstra.com and countries.fandom.com)',
    url: 'https://countries.fandom.com/wiki/Kingdom_of_Prussia',
  },
  germanEmpire1848: {
    id: 'wikipedia-german-empire-1848-us-relations',
    title: 'German Empire–United States relations (Wikipedia article, wikimili mirror)',
    url: 'https://wikimili.com/en/German_Empire–United_States_relations',
  },
  germanyBackground: {
    id: 'state-background-germany',
    title: 'U.S. Department of State, Background Note: Germany (edinformatics.com copy)',
    url: 'https://edinformatics.com/travel/germany.htm',
  },
  pocom: {
    id: 'pocom',
    title: 'Principal Officers and Chiefs of Mission (Office of the Historian)',
    url: 'https://history.state.gov/departmenthistory/people/principals-chiefs',
  },
} as const satisfies Record<string, ReferenceSource>;

export type ReferenceId = (typeof REFERENCE_SOURCES)[keyof typeof REFERENCE_SOURCES]['id'];

/** One bound of a state's life as a source states it: the date (a partial date or a range), the source, its words. */
export interface StatedBound {
  date: string | null;
  source: ReferenceId | null;
  says: string;
}

export interface PredecessorState {
  /** Our code (these states have no ISO code). */
  code: string;
  name: string;
  aliases: string[];
  from: StatedBound;
  to: StatedBound;
  note?: string;
}

export const PREDECESSOR_STATES: PredecessorState[] = [
  {
    code: 'XPRU', name: 'Kingdom of Prussia', aliases: ['Prussia', 'Königreich Preußen'],
    from: { date: '1701-01-18', source: 'wikipedia-kingdom-of-prussia', says: 'January 18, 1701 Established' },
    to: { date: '1918-11-09', source: 'wikipedia-kingdom-of-prussia', says: 'November 9, 1918 Republic declared' },
    note: 'POCOM: the U.S. envoys of 1797–1871 were "Commissioned to Prussia; resident at Berlin".',
  },
  {
    code: 'XDFG', name: 'Federal Government of Germany (1848–1849)', aliases: ['Central German Government', 'German Empire (1848–1849)'],
    from: { date: '1848', source: 'wikipedia-german-empire-1848-us-relations', says: 'created by the Frankfurt Parliament in the spring of 1848' },
    to: { date: '1849', source: 'wikipedia-german-empire-1848-us-relations', says: 'terminated a year later in 1849 when the Empire was dissolved' },
    note: 'POCOM: Donelson\'s service "as Envoy Extraordinary and Minister Plenipotentiary to the Federal Government of Germany".',
  },
  {
    code: 'XDER', name: 'German Empire', aliases: ['Deutsches Reich (1871–1918)', 'Imperial Germany'],
    from: { date: '1871-01-18', source: 'wikipedia-kingdom-of-prussia', says: 'January 18, 1871 German Empire' },
    to: { date: '1918-11-09', source: 'wikipedia-kingdom-of-prussia', says: 'November 9, 1918 Republic declared' },
    note: 'POCOM: envoys from 1871 "Commissioned to the German Empire", from 1878 "Commissioned to Germany".',
  },
  {
    code: 'XDEW', name: 'Germany (1918–1945)', aliases: ['German Reich', 'Weimar Republic', 'Nazi Germany'],
    from: { date: '1918-11-09', source: 'wikipedia-kingdom-of-prussia', says: 'November 9, 1918 Republic declared' },
    to: { date: '1945', source: 'hsg-germany', says: 'Since the end of World War II in 1945' },
    note: 'The day of its end (the surrender) is in no source cited here: the year only.',
  },
  {
    code: 'XDEA', name: 'Allied-occupied Germany', aliases: ['Germany under Allied occupation'],
    from: { date: '1945', source: 'hsg-germany', says: 'Since the end of World War II in 1945' },
    to: { date: '1949-05-23', source: 'state-background-germany', says: 'Founded: 1949 (Basic Law, i.e., Constitution, promulgated on May 23, 1949)' },
  },
  {
    code: 'XSRB', name: 'Kingdom of Serbia', aliases: ['Principality of Serbia', 'Serbia (1878–1918)'],
    from: { date: '1878', source: 'hsg-kingdom-of-yugoslavia', says: 'in 1881, three years after the country gained its independence from the Ottoman Empire' },
    to: { date: '1918-12-01', source: 'frus-1919-v02-d831', says: 'a special Delegation has arrived at Belgrade on the 1st of December … proclaimed the Union … into one single Kingdom' },
    note: 'A principality until 1882; the Office of the Historian treats the Kingdom of Serbs, Croats and Slovenes, then Yugoslavia, as the successor government of Serbia.',
  },
  {
    code: 'XMNE', name: 'Kingdom of Montenegro', aliases: ['Principality of Montenegro', 'Montenegro (1878–1918)'],
    from: { date: '1878', source: 'hsg-montenegro', says: 'recognized an independent and sovereign Principality of Montenegro at the Congress of Berlin in 1878' },
    to: {
      date: '1918-11-26..1920-12-30', source: 'hsg-montenegro',
      says: 'the Great National Assembly decided on 26 November 1918 (FRUS 1919, d831) to unite with Serbia; President Wilson withdrew recognition of independent Montenegro on December 30, 1920',
    },
  },
  {
    code: 'XYEK', name: 'Kingdom of Yemen', aliases: ['Mutawakkilite Kingdom of Yemen', 'Kingdom of the Yemen', 'North Yemen (1918–1962)'],
    from: { date: '1918', source: 'hsg-yemen', says: 'After the collapse of the Ottoman Empire in 1918, North Yemen became an independent' },
    to: { date: '1962', source: 'hsg-yemen', says: 'recognize the Yemen Arab Republic, doing so on December 19, 1962' },
    note: 'The day the kingdom was overthrown is in no source cited here: the year only.',
  },
  {
    code: 'XYAR', name: 'Yemen Arab Republic', aliases: ['North Yemen', 'YAR'],
    from: { date: '1962', source: 'hsg-yemen', says: 'U.S. Recognition of Yemen Arab Republic (North Yemen), 1962' },
    to: { date: '1990-05-22', source: 'state-background-yemen', says: 'unification (of former south and north Yemen): May 22, 1990' },
  },
];

/** A state continued as another for the posts and responsibilities tied to it, as a source says. */
export interface Continuation {
  /** The earlier state: a code of `PREDECESSOR_STATES` or of ISO 3166-3 (`FORMER_STATES`). */
  from: string;
  /** The state that continued it: an ISO 3166-1 alpha-2 code or a code of either table. */
  to: string;
  source: ReferenceId;
  says: string;
}

export const CONTINUED_AS: Continuation[] = [
  {
    from: 'XPRU', to: 'XDER', source: 'pocom',
    says: 'POCOM, Germany file: Bancroft, commissioned to Prussia in 1867, was commissioned to the German Empire in 1871',
  },
  {
    from: 'XDER', to: 'XDEW', source: 'pocom',
    says: 'POCOM, Germany file: envoys "Commissioned to Germany" from 1878 to 1933, one line of terms',
  },
  { from: 'XDEW', to: 'XDEA', source: 'hsg-germany', says: 'Since the end of World War II in 1945' },
  {
    from: 'XDEA', to: 'DE', source: 'state-background-germany',
    says: 'Founded: 1949 (Basic Law, i.e., Constitution, promulgated on May 23, 1949)',
  },
  {
    from: 'XDFG', to: 'DE', source: 'pocom',
    says: 'POCOM lists Donelson\'s mission to the Federal Government of Germany in its Germany file',
  },
  {
    from: 'DDDE', to: 'DE', source: 'state-background-germany',
    says: 'On October 3, 1990, the Federal Republic of Germany and the German Democratic Republic unified',
  },
  {
    from: 'XSRB', to: 'YUCS', source: 'hsg-kingdom-of-yugoslavia',
    says: 'the U.S. Government has considered the Kingdom of Serbs, Croats, and Slovenes and then later, Yugoslavia, as the successor government to the original Government of Serbia',
  },
  { from: 'XSRB', to: 'RS', source: 'pocom', says: 'POCOM lists the envoys to the Kingdom of Serbia (1882–1918) in its Serbia file' },
  {
    from: 'CSXX', to: 'RS', source: 'pocom',
    says: 'POCOM, Serbia file: "Originally commissioned to the Federal Republic of Yugoslavia; continued to serve after country’s name was changed"',
  },
  {
    from: 'XMNE', to: 'ME', source: 'pocom',
    says: 'POCOM lists the envoys to the Kingdom of Montenegro (1905–1918) in its Montenegro file',
  },
  {
    from: 'CSXX', to: 'ME', source: 'hsg-montenegro',
    says: 'the Republic of Montenegro declared independence from the State Union of Serbia and Montenegro on June 3, 2006',
  },
  { from: 'XYEK', to: 'XYAR', source: 'hsg-yemen', says: 'U.S. Recognition of Yemen Arab Republic (North Yemen), 1962' },
  { from: 'XYAR', to: 'YE', source: 'state-background-yemen', says: 'Unification (of former South and North Yemen): May 22, 1990' },
  { from: 'YDYE', to: 'YE', source: 'state-background-yemen', says: 'Unification (of former South and North Yemen): May 22, 1990' },
  {
    from: 'KOREA', to: 'KR', source: 'pocom',
    says: 'POCOM lists the envoys to Joseon Korea (1883–1905) in its Korea file, with the Republic of Korea\'s',
  },
  { from: 'TGTZ', to: 'TZ', source: 'pocom', says: 'POCOM lists the envoy to Tanganyika of 1961-12-09 in its Tanzania file' },
  { from: 'ZNTZ', to: 'TZ', source: 'pocom', says: 'POCOM keeps one Tanzania file for the united republic of Tanganyika and Zanzibar' },
  {
    from: 'SUHH', to: 'RU', source: 'pocom',
    says: 'POCOM, Russia file: "Commissioned to the Union of Soviet Socialist Republics. Continued to serve as Ambassador to the Russian Federation after the dissolution of the Soviet Union"',
  },
];
