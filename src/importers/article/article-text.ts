import { collapseSpaces } from '../../domain/names.js';

/** Removes rendering debris: stray emphasis stars, wiki brackets, bold/italic quotes, footnote marks. */
export const stripMarkup = (text: string): string =>
  text
    .replace(/\[\d+\]/g, '')
    .replace(/\[\[|\]\]|'''|''/g, '')
    .replace(/(^|\s)\*(\S)/g, '$1$2')
    .replace(/(\S)\*(\s|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();

/** Sentences of a paragraph; abbreviations such as "Dr." are rare enough in this format to ignore. */
export const splitSentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Items of an English list: "A, B and C", "A, B, and C", with a leading "the" kept for the resolver to drop,
 * parenthesized acronyms kept, and lead-ins such as "is responsible for liaison with" cut off.
 */
export const listItems = (text: string): string[] => {
  const body = collapseSpaces(text)
    .replace(/^(?:oversees|responsible for|is responsible for|handles|covers|in charge of) /i, '')
    .replace(/\.$/, '').replace(/ and is responsible for (?:liaison with )?/i, ', ');
  const out: string[] = [];
  for (const piece of body.split(/,\s*/)) {
    const p = piece.replace(/^and\s+/i, '').trim();
    if (p) out.push(p);
  }
  // "Latvia and Estonia" as the last comma piece is two items; the resolver splits only when the whole is unknown.
  return out;
};

const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
export const wordNumber = (word: string): number | undefined => (/^\d+$/.test(word) ? Number(word) : NUMBERS[word.toLowerCase()]);

export const singularize = (phrase: string): string => phrase.trim().replace(/ies$/, 'y').replace(/([^s])s$/, '$1');

const SMALL = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to']);
export const titleCase = (phrase: string): string =>
  phrase
    .trim()
    .split(/\s+/)
    .map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1)))
    .join(' ');
