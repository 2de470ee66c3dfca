import { familyNameQuery, personalNameParts } from './family-name.js';
import { isHangulName, romanizePersonalName } from './korean-names.js';

/**
 * Surname families: every spelling of one surname folds to one form, so that Lee, Yi, Rhee and Ri meet.
 * Kept to surnames whose spellings do not collide with another surname's.
 */
const SURNAME_FAMILIES: [string, string[]][] = [
  ['ri', ['ri', 'lee', 'yi', 'rhee', 'i', 'li', 'rhie', 'yee']],
  ['pak', ['pak', 'park', 'bak', 'bahk']],
  ['choe', ['choe', 'choi', 'chwe', 'choy']],
  ['kim', ['kim', 'gim', 'ghim']],
  ['kang', ['kang', 'gang']],
  ['ho', ['ho', 'heo', 'hur', 'huh']],
  ['paek', ['paek', 'baek', 'paik', 'baik']],
  ['jong', ['jong', 'jeong', 'chong', 'chung', 'jung', 'cheong']],
  ['jon', ['jon', 'jeon', 'chon', 'chun', 'cheon']],
  ['jo', ['jo', 'cho', 'joe']],
  ['jang', ['jang', 'chang']],
  ['yun', ['yun', 'yoon']],
  ['o', ['o', 'oh']],
  ['an', ['an', 'ahn']],
  ['kwon', ['kwon', 'gwon']],
  ['ryu', ['ryu', 'yu', 'yoo', 'ryoo', 'rhyu']],
  ['rim', ['rim', 'im', 'lim']],
  ['sin', ['sin', 'shin']],
  ['mun', ['mun', 'moon']],
  ['yon', ['yon', 'yeon']],
  ['so', ['so', 'seo', 'suh']],
  ['ro', ['ro', 'no', 'noh', 'roh']],
];
const SURNAME = new Map(SURNAME_FAMILIES.flatMap(([canonical, spellings]) => spellings.map((s) => [s, canonical] as const)));

/** Latin letters only, lower case, breves and other marks dropped (ŏ → o, ŭ → u). */
const plain = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’‘ʼ`]/g, '');

/**
 * Folds the spellings of romanized Korean syllables together: vowels ŏ/eo/o/u and ŭ/eu, ŭi/ui/ee/i, ae/e; the
 * consonant pairs k/g, t/d, p/b, ch/j, s/sh, r/l; doubled consonants. "ng" becomes "q" first so that its g
 * survives, and "q" never occurs otherwise.
 */
export const foldSyllables = (text: string): string =>
  plain(text)
    .replace(/[^a-z]/g, '')
    .replace(/ng/g, 'q')
    .replace(/tch|ch|j|c/g, 'c')
    .replace(/sh/g, 's')
    .replace(/g/g, 'k')
    .replace(/d/g, 't')
    .replace(/b/g, 'p')
    .replace(/l/g, 'r')
    .replace(/([kptcsr])\1+/g, '$1')
    .replace(/eui/g, 'i')
    .replace(/eo|eu/g, 'o')
    .replace(/wo/g, 'o')
    .replace(/ui|ee|yi/g, 'i')
    .replace(/ae|ai|ye/g, 'e')
    .replace(/oo/g, 'u')
    .replace(/u/g, 'o');

export interface NameSkeleton {
  /** The whole name: for a person, surname family, a separator "0", then the folded given name. */
  full: string;
  /** The folded given name alone (people only), so that a search for 선희 or "Son-hui" finds Choe Son-hui. */
  given: string | null;
}

/**
 * The matching key of a name: all spellings of one name meet on it (Choe Son-hui, Choi Sun-hee, Ch'oe Sŏn-hŭi,
 * 최선희), while different names stay apart (Kim Il and Kim Il Sung). For people the family name comes first in
 * the key wherever it stands in the name (family-name.ts: Korean names put it first, Western names last), without
 * its particles, titles or suffixes. Hangul is romanized (RR) first. Not an identity: two people may share a skeleton.
 */
export const nameSkeleton = (name: string, person: boolean): NameSkeleton => {
  const text = name.normalize('NFC').trim();
  if (isHangulName(text) && !person) return nameSkeleton(romanizePersonalName(text, 'RR'), false);
  if (!person) return { full: foldSyllables(text), given: null };
  // A Hangul name is romanized with its family name kept apart (남궁민 → Namgung, Min): its order is known.
  const romanized = isHangulName(text) ? romanizePersonalName(text, 'RR') : undefined;
  const parts = romanized
    ? { familyCore: romanized.split(' ')[0]!, given: romanized.split(' ').slice(1).join(' ') }
    : personalNameParts(text);
  const given = foldSyllables(parts.given);
  const family = familyKey(parts.familyCore);
  if (!given || !family) return { full: family || given || foldSyllables(text), given: null };
  return { full: `${family}0${given}`, given };
};

/** A family name folded to its surname family (Lee, Yi, Rhee → ri) or, for any other, as syllables are. */
const familyKey = (family: string): string => {
  const word = plain(family).replace(/[^a-z]/g, '');
  return SURNAME.get(word) ?? foldSyllables(family);
};

/**
 * A query read as a family name: the start every skeleton of that family shares (`choe0` for Choe, Choi, 최;
 * `raisaor0` for Reischauer; particles may come with it: "van Beethoven"). Undefined for a query of given names too.
 */
export const surnamePrefix = (query: string): string | undefined => {
  const text = query.normalize('NFC').trim();
  if (isHangulName(text)) return text.length === 1 ? `${nameSkeleton(romanizePersonalName(`${text}철`, 'RR'), true).full.split('0')[0]}0` : undefined;
  const family = familyNameQuery(text);
  const key = family === undefined ? '' : familyKey(family);
  return key ? `${key}0` : undefined;
};

/** The skeleton of a query: Hangul given names (선희) and bare given names are tried as given names too. */
export const querySkeletons = (query: string): { full: string; asGiven: string } => {
  const text = query.normalize('NFC').trim();
  if (isHangulName(text)) {
    const full = nameSkeleton(text, text.length >= 3).full;
    // A two-syllable Hangul query is most often a given name; romanize it as one.
    const asGiven = foldSyllables(romanizePersonalName(`김${text}`, 'RR').split(' ')[1] ?? text);
    return { full, asGiven };
  }
  return { full: nameSkeleton(text, true).full, asGiven: foldSyllables(text) };
};
