import { createRequire } from 'node:module';
import type { NameKind } from './model.js';

// The package's CommonJS build defines its exports with getters Node cannot see from ESM; load it as CommonJS.
const { romanize } = createRequire(import.meta.url)('@romanize/korean') as {
  romanize: (hangul: string, options?: { system: 'RR' | 'MR' }) => string;
};

const HANGUL_SYLLABLE = /^[\uac00-\ud7a3]+$/;
/** Two-syllable surnames; every other surname is the first syllable. */
const DOUBLE_SURNAMES = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방']);

export const isHangulName = (text: string): boolean => HANGUL_SYLLABLE.test(text.normalize('NFC').replace(/\s+/g, ''));

/** 최선희 → { surname: 최, given: 선희 }. The text is normalized to NFC first (NFKD would split syllables into letters). */
export const splitKoreanName = (hangul: string): { surname: string; given: string } => {
  const name = hangul.normalize('NFC').replace(/\s+/g, '');
  const surname = DOUBLE_SURNAMES.has(name.slice(0, 2)) && name.length > 2 ? name.slice(0, 2) : name.slice(0, 1);
  return { surname, given: name.slice(surname.length) };
};

const capitalize = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** One syllable at a time, as personal names are romanized: no sound changes across syllables. */
const syllables = (text: string, system: 'RR' | 'MR'): string[] =>
  [...text].map((s) => {
    const r = romanize(s, { system });
    // The library writes MR initial ㅈ as "c"; McCune–Reischauer writes "ch".
    return system === 'MR' ? r.replace(/^c(?!h)/, 'ch') : r;
  });

/**
 * A Hangul personal name in a romanization, formatted as names are: surname, then the given name's syllables
 * joined by a hyphen (최선희 → "Choe Seon-hui" in RR, "Ch'oe Sŏn-hŭi" in MR).
 */
export const romanizePersonalName = (hangul: string, system: 'RR' | 'MR'): string => {
  const { surname, given } = splitKoreanName(hangul);
  const family = capitalize(syllables(surname, system).join(''));
  return given ? `${family} ${capitalize(syllables(given, system).join('-'))}` : family;
};

/** The spellings of common surnames, as North Korean, South Korean and press sources write them. */
export const SURNAME_SPELLINGS: Record<string, string[]> = {
  이: ['Ri', 'Lee', 'Yi', 'Rhee', 'I'],
  리: ['Ri', 'Lee', 'Yi', 'Rhee', 'I'],
  박: ['Pak', 'Park', 'Bak'],
  최: ['Choe', 'Choi', 'Chwe'],
  김: ['Kim', 'Gim'],
  강: ['Kang', 'Gang'],
  허: ['Ho', 'Heo', 'Hur', 'Huh'],
  백: ['Paek', 'Baek', 'Paik', 'Baik'],
  한: ['Han'],
  남: ['Nam'],
  정: ['Jong', 'Jeong', 'Chong', 'Chung', 'Jung'],
  전: ['Jon', 'Jeon', 'Chon', 'Chun'],
  조: ['Jo', 'Cho'],
  장: ['Jang', 'Chang'],
  윤: ['Yun', 'Yoon'],
  오: ['O', 'Oh'],
  안: ['An', 'Ahn'],
  양: ['Yang'],
  권: ['Kwon', 'Gwon'],
  홍: ['Hong'],
  류: ['Ryu', 'Yu', 'Yoo'],
  유: ['Yu', 'Yoo', 'Ryu'],
  임: ['Im', 'Rim', 'Lim'],
  림: ['Rim', 'Im', 'Lim'],
  신: ['Sin', 'Shin'],
  문: ['Mun', 'Moon'],
  연: ['Yon', 'Yeon'],
  황: ['Hwang'],
  송: ['Song'],
  서: ['So', 'Seo', 'Suh'],
  노: ['No', 'Noh', 'Roh'],
  로: ['Ro', 'No', 'Roh'],
};

export interface GeneratedName {
  name: string;
  kind: NameKind;
}

/**
 * The romanized forms of a Hangul personal name: Revised Romanization, McCune–Reischauer, and the usual spellings
 * of its surname with the given name in both systems. Empty for text that is not a Hangul name.
 */
export const generateNameVariants = (hangul: string): GeneratedName[] => {
  if (!isHangulName(hangul)) return [];
  const { surname, given } = splitKoreanName(hangul);
  const rr = romanizePersonalName(hangul, 'RR');
  const mr = romanizePersonalName(hangul, 'MR');
  const out: GeneratedName[] = [{ name: rr, kind: 'revised-romanization' }, { name: mr, kind: 'mccune-reischauer' }];
  // Press spellings pair a surname spelling with the given name as RR writes it, or as MR does without its marks.
  const unmarked = mr.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/['’]/g, '');
  const givenForms = new Set([rr, unmarked].map((n) => n.slice(n.indexOf(' ') + 1)));
  for (const spelling of SURNAME_SPELLINGS[surname] ?? []) {
    for (const g of givenForms) if (given) out.push({ name: `${spelling} ${g}`, kind: 'press' });
  }
  const seen = new Set<string>();
  return out.filter((n) => (seen.has(n.name) ? false : (seen.add(n.name), true)));
};
