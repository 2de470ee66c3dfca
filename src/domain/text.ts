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
