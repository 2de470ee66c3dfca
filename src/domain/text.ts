/**
 * Control characters (C0 and C1, and DEL) other than tab and newline: they can move a terminal's cursor, clear its
 * screen or hide text, so untrusted text carrying them is refused at the write boundary, and escaped on output.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- as above, every occurrence
const CONTROL_GLOBAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export const hasControlCharacters = (text: string): boolean => CONTROL_CHARACTERS.test(text);

/** The text with control characters removed (for importers that clean and report rather than refuse). */
export const stripControlCharacters = (text: string): string => text.replace(CONTROL_GLOBAL, '');

/**
 * Every control character shown as a visible escape (`\u001b`), for printing untrusted text on a terminal; the same
 * escape is valid inside a JSON string, so JSON output stays JSON.
 */
export const escapeControlCharacters = (text: string): string =>
  text.replace(CONTROL_GLOBAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Longest names, titles and notes the registry stores: a limit on every text field, so no input is unbounded. */
export const LIMITS = { id: 200, name: 300, title: 500, note: 4000, url: 2000, value: 4000, code: 40, date: 30 } as const;

/** Strings longer than this anywhere in a record are refused: no field of any record needs more. */
const LONGEST_TEXT = Math.max(...Object.values(LIMITS));

/**
 * The first string in a record (its own fields and those of nested objects and lists) that carries control
 * characters or is longer than any field may be, as `[path, value, reason]`; undefined when the record is inert.
 * The write boundary's last check, whatever face the record came from.
 */
export const unsafeText = (value: unknown, path = ''): [string, string, string] | undefined => {
  if (typeof value === 'string') {
    if (CONTROL_CHARACTERS.test(value)) return [path, value, 'control characters are not allowed'];
    if (value.length > LONGEST_TEXT) return [path, value, `at most ${LONGEST_TEXT} characters`];
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [k, v] of Object.entries(value)) {
    const found = unsafeText(v, path ? `${path}.${k}` : k);
    if (found) return found;
  }
  return undefined;
};
