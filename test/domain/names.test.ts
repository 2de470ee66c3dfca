import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateNameVariants, romanizePersonalName, splitKoreanName } from '../../src/domain/korean-names.js';
import { nameSkeleton, querySkeletons } from '../../src/domain/name-skeleton.js';
import { MUST_NOT_MATCH, NAME_VARIANTS } from '../support/name-variants.js';

describe('Korean personal names', () => {
  it('splits surname from given name, two-syllable surnames included, after NFC normalization', () => {
    expect(splitKoreanName('최선희')).toEqual({ surname: '최', given: '선희' });
    expect(splitKoreanName('남궁민')).toEqual({ surname: '남궁', given: '민' });
    expect(splitKoreanName('최선희'.normalize('NFD'))).toEqual({ surname: '최', given: '선희' });
  });

  it('romanizes syllable by syllable, formatted as a personal name', () => {
    expect(romanizePersonalName('최선희', 'RR')).toBe('Choe Seon-hui');
    expect(romanizePersonalName('최선희', 'MR')).toBe("Ch'oe Sŏn-hŭi");
    expect(romanizePersonalName('강석주', 'MR')).toBe('Kang Sŏk-chu');
    expect(romanizePersonalName('박헌영', 'RR')).toBe('Bak Heon-yeong');
  });

  it('generates RR, MR and the usual surname spellings', () => {
    const names = generateNameVariants('리용호').map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Ri Yong-ho', 'Lee Yong-ho', 'Yi Yong-ho', 'Rhee Yong-ho']));
    expect(generateNameVariants('박의춘').map((n) => n.name)).toEqual(expect.arrayContaining(['Bak Ui-chun', "Pak Ŭi-ch'un", 'Park Ui-chun', 'Pak Ui-chun']));
    expect(generateNameVariants('Not Hangul')).toEqual([]);
  });
});

describe('the matching key (skeleton)', () => {
  it.each(NAME_VARIANTS)('all spellings of %s meet', (...spellings) => {
    const keys = new Set(spellings.map((s) => nameSkeleton(s, true).full));
    expect([...keys]).toHaveLength(1);
  });

  it.each(MUST_NOT_MATCH)('%s and %s stay apart', (a, b) => {
    expect(nameSkeleton(a, true).full).not.toBe(nameSkeleton(b, true).full);
  });

  it('finds a Hangul given name alone', () => {
    expect(querySkeletons('선희').asGiven).toBe(nameSkeleton('Choe Son-hui', true).given);
  });

  it('ignores case, hyphens versus spaces, apostrophes and breves', () => {
    const syllable = fc.constantFrom('son', 'hui', 'yong', 'ho', 'kwan', 'chun', 'nam', 'sok', 'ju', 'dam', 'il', 'sung');
    fc.assert(
      fc.property(fc.constantFrom('Kim', 'Pak', 'Ri', 'Choe', 'Kang'), fc.array(syllable, { minLength: 1, maxLength: 3 }), fc.boolean(), (surname, given, hyphen) => {
        const a = `${surname} ${given.join(hyphen ? '-' : ' ')}`;
        const b = `${surname.toUpperCase()} ${given.map((g) => g.replace('o', 'ŏ').replace('u', 'ŭ')).join(hyphen ? ' ' : "'")}`;
        expect(nameSkeleton(a, true).full).toBe(nameSkeleton(b, true).full);
      }),
    );
  });
});
