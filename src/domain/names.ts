/**
 * The lookup key of a name: case, spaces, hyphens, apostrophes and Latin diacritics folded.
 * Hangul goes through NFD and back to NFC, so composed syllables compare equal whatever form came in.
 */
export const nameKey = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-‐‑–—'’‘`ʼ.,()_]/g, '');

/** A stable identifier from a name: `Asia Affairs Department 1` → `asia-affairs-department-1`. */
export const slugify = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .split('-')
    .filter(Boolean)
    .join('-');

const HANGUL = /[\uac00-\ud7a3]/;
export const hasHangul = (text: string): boolean => HANGUL.test(text);

/**
 * The text without its parenthesized parts, in one pass (a regex such as `\(.*?\)` backtracks quadratically on a
 * long run of "("): an unclosed "(" is kept as text.
 */
export const withoutParentheses = (text: string): string => {
  let out = '';
  let depth = 0;
  let pending = '';
  for (const ch of text) {
    if (ch === '(') {
      depth++;
      pending += ch;
    } else if (ch === ')' && depth > 0) {
      depth--;
      if (depth === 0) pending = '';
      else pending += ch;
    } else if (depth > 0) pending += ch;
    else out += ch;
  }
  return out + pending;
};

/** Runs of white space as one space, in one pass (so that patterns after it need no backtracking quantifier). */
export const collapseSpaces = (text: string): string => text.split(/\s/).filter(Boolean).join(' ');

/** The text inside a trailing parenthesis ("Ministry (North Korea)" → "North Korea"), found by position. */
export const trailingParenthesis = (text: string): string | undefined => {
  const t = text.trimEnd();
  if (!t.endsWith(')')) return undefined;
  const open = t.lastIndexOf('(');
  const inner = open < 0 ? '' : t.slice(open + 1, -1);
  return inner && !inner.includes(')') ? inner : undefined;
};

/** "Sudan (the)" → "Sudan": a trailing parenthesis is dropped; found by position, not by a backtracking regex. */
export const stripTrailingParenthesis = (text: string): string => {
  const t = text.trimEnd();
  if (!t.endsWith(')')) return text;
  const open = t.lastIndexOf('(');
  return open < 0 ? text : t.slice(0, open).trimEnd();
};

/** The initials of the capitalized words: `Ministry of Foreign Affairs` → `MFA`. */
export const acronymOf = (name: string): string | undefined => {
  const initials = withoutParentheses(name)
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 2 ? initials : undefined;
};
