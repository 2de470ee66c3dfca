import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personalNameParts } from '../../src/domain/family-name.js';
import { nameSkeleton, surnamePrefix } from '../../src/domain/name-skeleton.js';

/** True when a search for `family` alone reaches the stored name `name` by its family name. */
const foundBy = (family: string, name: string): boolean => {
  const prefix = surnamePrefix(family);
  return prefix !== undefined && nameSkeleton(name, true).full.startsWith(prefix);
};

const GIVEN = ['Edwin', 'Dean', 'John', 'Madeleine', 'Dominic', 'Maria', 'Pierre', 'Omar', 'Henrietta', 'Ludwig', 'Anne', 'Charles'];
const INITIAL = ['A.', 'O.', 'E.', 'J.', 'K.', 'Y.'];
const FAMILY = ['Reischauer', 'Acheson', 'Dulles', 'Baker', 'Albright', 'Raab', 'Gaulle', 'Beethoven', 'Kissinger', 'Smith', 'Mandelson', "O'Brien"];
const PARTICLES = ['van', 'von', 'de', 'de la', 'van der', 'bin', 'Van', 'De', 'di'];
const TITLES = ['Lord', 'Sir', 'Dame', 'Baroness', 'Dr.', 'Mr.', 'Hon.', 'The Rt Hon', 'Mrs'];
const SUFFIXES = ['Jr.', 'Sr.', 'III', 'II', '3rd', 'KCMG', 'MP'];

describe('the family name of a Western name (family last)', () => {
  it('is found through titles, initials, particles, parentheses and suffixes', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...TITLES)),
        fc.array(fc.oneof(fc.constantFrom(...GIVEN), fc.constantFrom(...INITIAL)), { minLength: 1, maxLength: 3 }),
        fc.option(fc.constantFrom('(Heinz Alfred)', '(Bill)')),
        fc.option(fc.constantFrom(...PARTICLES)),
        fc.constantFrom(...FAMILY),
        fc.option(fc.constantFrom(...SUFFIXES)),
        fc.boolean(),
        (title, given, aside, particle, family, suffix, comma) => {
          const name = [title, ...given, aside, particle, family].filter(Boolean).join(' ') + (suffix ? `${comma ? ',' : ''} ${suffix}` : '');
          const parts = personalNameParts(name);
          expect(parts.familyCore).toBe(family);
          expect(parts.family).toBe(particle ? `${particle} ${family}` : family);
          expect(parts.given).toBe(given.join(' '));
          expect(foundBy(family, name)).toBe(true);
          // The family name with its particles finds it too: "van Beethoven" as well as "Beethoven".
          if (particle) expect(foundBy(`${particle} ${family}`, name)).toBe(true);
        },
      ),
    );
  });

  it('reads the names of the issue as their users do', () => {
    expect(personalNameParts('Henry A. (Heinz Alfred) Kissinger')).toMatchObject({ family: 'Kissinger', given: 'Henry A.' });
    expect(personalNameParts('James Addison Baker III')).toMatchObject({ family: 'Baker', given: 'James Addison' });
    expect(personalNameParts('Baker, James A., III')).toMatchObject({ family: 'Baker', given: 'James A.' });
    expect(personalNameParts('Madeleine Korbel Albright')).toMatchObject({ family: 'Albright', given: 'Madeleine Korbel' });
    expect(personalNameParts('Dominic Raab')).toMatchObject({ family: 'Raab', given: 'Dominic', order: 'family-last' });
    expect(personalNameParts('Lord Mandelson')).toMatchObject({ family: 'Mandelson', given: '' });
    expect(personalNameParts('Baroness Ashton of Upholland')).toMatchObject({ family: 'Ashton', given: '' });
    expect(personalNameParts('Lord St John of Fawsley')).toMatchObject({ family: 'St John', given: '' });
    expect(personalNameParts('Lord De Mauley')).toMatchObject({ family: 'De Mauley', familyCore: 'Mauley', given: '' });
    expect(personalNameParts('Lady Olga Maitland')).toMatchObject({ family: 'Maitland', given: 'Olga' });
    expect(personalNameParts('Sheikh Abdullah bin Zayed al-Nahyan')).toMatchObject({ family: 'al-Nahyan', familyCore: 'Nahyan' });
    expect(personalNameParts('Charles de Gaulle')).toMatchObject({ family: 'de Gaulle', familyCore: 'Gaulle', given: 'Charles' });
    expect(personalNameParts('Sung Y. Kim')).toMatchObject({ family: 'Kim', given: 'Sung Y.' });
    expect(personalNameParts('Jon Gundersen')).toMatchObject({ family: 'Gundersen', given: 'Jon' });
    // "Raab" is Dominic Raab's family name, not his given name; "Dominic" is his given name.
    expect(nameSkeleton('Dominic Raab', true).given).toBe(nameSkeleton('Dominic Smith', true).given);
    expect(foundBy('Raab', 'Dominic Raab')).toBe(true);
    expect(foundBy('Dominic', 'Dominic Raab')).toBe(false);
  });
});

const KOREAN_SURNAMES = ['Kim', 'Pak', 'Park', 'Ri', 'Lee', 'Choe', 'Choi', 'Kang', 'Jong', 'Han', 'Ho', 'Moon'];
const SYLLABLES = ['son', 'hui', 'yong', 'il', 'sung', 'jong', 'un', 'chol', 'nam', 'sok', 'ju', 'geun', 'hye', 'jae', 'in', 'ŏn', 'kwan'];

describe('the family name of a Korean name (family first)', () => {
  it('romanized, in any spelling and joining, is its first word', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KOREAN_SURNAMES),
        fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(' ', '-', ''),
        (surname, given, joiner) => {
          const givenName = given.map((g, i) => (i === 0 || joiner === ' ' ? g[0]!.toUpperCase() + g.slice(1) : g)).join(joiner);
          const name = `${surname} ${givenName}`;
          expect(personalNameParts(name)).toMatchObject({ family: surname, order: 'family-first' });
          expect(foundBy(surname, name)).toBe(true);
        },
      ),
    );
  });

  it('in Hangul, is its first syllable (two for the double surnames), found in Hangul and in Latin letters', () => {
    const hangul = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.constantFrom(['김', 'Kim'], ['박', 'Park'], ['최', 'Choi'], ['이', 'Lee'], ['정', 'Jeong'], ['강', 'Kang']), fc.array(hangul, { minLength: 1, maxLength: 2 }), ([surname, latin], given) => {
        const name = `${surname}${given.join('')}`;
        expect(personalNameParts(name)).toMatchObject({ family: surname, given: given.join(''), order: 'family-first' });
        expect(foundBy(surname, name)).toBe(true);
        expect(foundBy(latin, name)).toBe(true);
      }),
    );
    expect(personalNameParts('남궁민')).toMatchObject({ family: '남궁', given: '민' });
  });
});
