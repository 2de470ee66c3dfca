import { isHangulName, splitKoreanName } from './korean-names.js';
import { collapseSpaces, withoutParentheses } from './names.js';

/**
 * Where a personal name's family name is, found by the name's script and language rather than by position:
 * Hangul and romanized Korean names put it first (Kim Jong Un, 최선희), Western names last (Edwin O. Reischauer).
 * Titles and styles (Lord, Sir, Dr.), generational suffixes and post-nominals (Jr., III, KCMG) and parenthesised
 * parts ("Henry A. (Heinz Alfred) Kissinger") are not part of either; particles (van, de, von, bin, al-) belong to
 * the family name. A source that states the parts (POCOM's surname, Popolo's family_name) knows better; this is
 * the reading of a name given whole.
 */
export interface PersonalNameParts {
  /** The family name as written, particles included ("van Beethoven", "de Gaulle"); empty when there is none. */
  family: string;
  /** The family name without its particles, for matching ("Beethoven", "Nahyan"): what people search by. */
  familyCore: string;
  /** The given names and initials, in order ("Edwin O."), titles and suffixes dropped. */
  given: string;
  order: 'family-first' | 'family-last';
}

/** Titles and styles before a name; compared lower case without dots. */
const TITLES = new Set([
  'lord', 'lady', 'sir', 'dame', 'baron', 'baroness', 'viscount', 'viscountess', 'earl', 'countess', 'marquess', 'duke', 'duchess',
  'the', 'rt', 'right', 'hon', 'honourable', 'honorable', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'rev',
  'reverend', 'his', 'her', 'excellency', 'amb', 'ambassador', 'gen', 'general', 'adm', 'admiral', 'col', 'colonel', 'capt', 'captain',
]);
/** Titles of peers, whose name may be followed by a territorial designation ("of Foy"). */
const PEERAGE = new Set(['lord', 'lady', 'baron', 'baroness', 'viscount', 'viscountess', 'earl', 'countess', 'marquess', 'duke', 'duchess']);
/** Generational suffixes and post-nominal letters after a name. */
const SUFFIXES = new Set([
  'jr', 'sr', 'ii', 'iii', 'iv', '2nd', '3rd', '4th', 'v', 'vi', 'mp', 'msp', 'ms', 'am', 'td', 'qc', 'kc', 'pc', 'kg', 'kt', 'gcmg', 'kcmg', 'cmg', 'gcb', 'kcb', 'cb',
  'gcvo', 'kcvo', 'cvo', 'lvo', 'mvo', 'gbe', 'kbe', 'dbe', 'cbe', 'obe', 'mbe', 'phd', 'md', 'esq', 'frs',
]);
/** Particles that join the family name that follows them. */
const PARTICLES = new Set([
  'van', 'vanden', 'vander', 'von', 'de', 'der', 'den', 'del', 'della', 'dei', 'di', 'da', 'das', 'do', 'dos', 'du', 'des', 'la', 'le', 'ter', 'ten', 'zu', 'af', 'av',
  'bin', 'binti', 'bint', 'ibn', 'ben', 'al', 'el', 'abu', 'y', 'e', 'st', 'st.', 'mac',
]);
/** Particles written joined to the family name by a hyphen or an apostrophe: al-Nahyan, d'Estaing. */
const JOINED_PARTICLE = /^(?:al|el|ad|ar|as|at|az|an|ash|ad|d|l|dell)['’‐-](?=\p{L})/iu;

/** Korean surnames as romanized (North, South and press spellings): a name that starts with one may be in Korean order. */
const KOREAN_SURNAMES = new Set([
  'ri', 'lee', 'yi', 'rhee', 'i', 'li', 'rhie', 'yee', 'pak', 'park', 'bak', 'bahk', 'choe', 'choi', 'chwe', 'choy', 'kim', 'gim', 'ghim',
  'kang', 'gang', 'ho', 'heo', 'hur', 'huh', 'paek', 'baek', 'paik', 'baik', 'jong', 'jeong', 'chong', 'chung', 'jung', 'cheong', 'jon',
  'jeon', 'chon', 'chun', 'cheon', 'jo', 'cho', 'joe', 'jang', 'chang', 'yun', 'yoon', 'o', 'oh', 'an', 'ahn', 'kwon', 'gwon', 'ryu', 'yu',
  'yoo', 'ryoo', 'rhyu', 'rim', 'im', 'lim', 'sin', 'shin', 'mun', 'moon', 'yon', 'yeon', 'so', 'seo', 'suh', 'ro', 'no', 'noh', 'roh',
  'han', 'nam', 'yang', 'hong', 'hwang', 'song', 'ban', 'ko', 'go', 'seong', 'sung', 'song', 'cha', 'ju', 'joo', 'u', 'woo', 'min', 'bae',
  'pae', 'na', 'ra', 'kye', 'gye', 'ki', 'gi', 'yeom', 'yom', 'won', 'chu', 'tak', 'ma', 'do', 'to', 'hyon', 'hyun', 'sim', 'shim', 'jin',
  'chin', 'ku', 'gu', 'koo', 'pyon', 'byun', 'byeon', 'ham', 'hahm', 'kil', 'gil', 'kong', 'gong', 'kwak', 'gwak', 'myong', 'myeong',
  'tae', 'thae', 'ok', 'pyo', 'yo', 'wi', 'hyeon', 'choo', 'maeng', 'pang', 'bang', 'son', 'sohn', 'chae', 'chai', 'kyong', 'gyeong',
]);
/** One romanized Korean syllable or more (MR or RR, marks and apostrophes already dropped): Il, Sung, Son-hui, Geun-hye. */
const KOREAN_SYLLABLES =
  /^(?:(?:kk|tt|pp|ss|jj|ch|sh|ts|[gkndrlmbpsjhtcy])?(?:w(?:ae|a|eo|e|i|o)|y(?:ae|a|eo|e|o|u|i)|ae|eo|eu|oe|ui|ee|oo|a|e|i|o|u)(?:ng|n|l|k|m|p|t)?)+$/;

/** Lower case, marks, dots and apostrophes dropped: how titles, particles and syllables are compared. */
const bare = (word: string): string => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’‘ʼ`.]/g, '');

const looksKorean = (words: readonly string[]): boolean => {
  // Korean names are not written with initials: "O. A. Smith" and "Sung Y. Kim" are in Western order.
  if (words.length < 2 || words.length > 4 || words.some((w) => w.endsWith('.')) || !KOREAN_SURNAMES.has(bare(words[0]!))) return false;
  return words.slice(1).every((w) => w.split(/[-‐]/).every((s) => {
    const b = bare(s);
    return b.length > 0 && b.length <= 12 && KOREAN_SYLLABLES.test(b);
  }));
};

/** A particle as written: an initial ("E.") is not one, and the one-letter particles (e, y) are written lower case. */
const isParticle = (word: string): boolean => !word.endsWith('.') && PARTICLES.has(bare(word)) && (word.length > 1 || word === word.toLowerCase());

const withoutJoinedParticle = (word: string): string => word.replace(JOINED_PARTICLE, '');

/** The parts of a personal name given whole (see PersonalNameParts). */
export const personalNameParts = (name: string): PersonalNameParts => {
  const text = collapseSpaces(withoutParentheses(name.normalize('NFC'))).trim();
  if (isHangulName(text)) {
    const { surname, given } = splitKoreanName(text);
    return { family: surname, familyCore: surname, given, order: 'family-first' };
  }
  // "Baker, James A., III": the part before the first comma is the family name, unless all after it is suffixes.
  const [head = '', ...rest] = text.split(',').map((p) => p.trim()).filter(Boolean);
  const tail = rest.join(' ').split(' ').filter((w) => w && !SUFFIXES.has(bare(w)));
  const inverted = tail.length > 0 && rest.length > 0;
  let peer = false;
  const strip = (words: string[]): string[] => {
    let start = 0;
    while (start < words.length - 1 && TITLES.has(bare(words[start]!))) start++;
    peer = start > 0 && PEERAGE.has(bare(words[start - 1]!));
    // A peer's territorial designation is not a name: "Baroness Ashton of Upholland" is an Ashton.
    const of = peer ? words.indexOf('of', start + 1) : -1;
    let end = of > 0 ? of : words.length;
    while (end > start + 1 && SUFFIXES.has(bare(words[end - 1]!))) end--;
    return words.slice(start, end);
  };
  if (inverted) {
    const family = strip(head.split(' ')).join(' ');
    const given = strip(tail).join(' ');
    return { family, familyCore: core(family), given, order: 'family-first' };
  }
  const words = strip(head.split(' ').filter(Boolean));
  if (words.length === 0) return { family: '', familyCore: '', given: '', order: 'family-last' };
  if (looksKorean(words)) return { family: words[0]!, familyCore: words[0]!, given: words.slice(1).join(' '), order: 'family-first' };
  // Western order: the last word, with the particles before it (never the first word, which is a given name).
  // After a peer's title the particles may open the name: "Lord St John of Fawsley", "Lord De Mauley".
  let from = words.length - 1;
  while (from > (peer ? 0 : 1) && isParticle(words[from - 1]!)) from--;
  const family = words.slice(from).join(' ');
  return { family, familyCore: core(family), given: words.slice(0, from).join(' '), order: 'family-last' };
};

/** The family name without its particles: "van der Berg" → "Berg", "al-Nahyan" → "Nahyan". */
const core = (family: string): string => {
  const words = family.split(' ').filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && isParticle(words[i]!)) i++;
  return words.slice(i).map(withoutJoinedParticle).join(' ');
};

/** A query read as a family name alone, particles allowed ("Reischauer", "van Beethoven", "al-Nahyan"); else undefined. */
export const familyNameQuery = (query: string): string | undefined => {
  const words = collapseSpaces(query.normalize('NFC')).trim().split(' ').filter(Boolean);
  if (words.length === 0 || isHangulName(words.join(''))) return undefined;
  const last = words.length - 1;
  if (!words.slice(0, last).every(isParticle)) return undefined;
  return core(words.join(' '));
};
