import { foldSyllables } from './name-skeleton.js';

/** Words too common in unit and post names to find anything by. */
const STOPWORDS = new Set(['of', 'the', 'for', 'and', 'de', 'la', 'du', 'des', 'et', 'on', 'in', 'to']);

/**
 * The searchable words of a unit's or post's name: each word folded as a person's syllables are (so that spellings
 * meet), numbers kept, stop words dropped. "Department of Consular Affairs" → [tepartment, consorar, afairs].
 */
export const nameWords = (name: string): string[] => {
  const words = name.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOPWORDS.has(w));
  // Doubled letters count once ("affairs", "afairs"): a common slip, and spellings differ on it.
  return [...new Set(words.map((w) => (/^\p{N}+$/u.test(w) ? w : (foldSyllables(w) || w).replace(/(.)\1+/g, '$1'))))];
};
