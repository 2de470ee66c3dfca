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
    .replace(/[\s\-‐‑–—'’‘`ʼ.,()]/g, '');

/** A stable identifier from a name: `Asia Affairs Department 1` → `asia-affairs-department-1`. */
export const slugify = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

const HANGUL = /[\uac00-\ud7a3]/;
export const hasHangul = (text: string): boolean => HANGUL.test(text);

/** The initials of the capitalized words: `Ministry of Foreign Affairs` → `MFA`. */
export const acronymOf = (name: string): string | undefined => {
  const initials = name
    .replace(/\(.*?\)/g, '')
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 2 ? initials : undefined;
};
