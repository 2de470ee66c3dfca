import stringWidth from 'string-width';

/** How many terminal columns text takes: Hangul and other wide characters take two. */
export const width = (text: string): number => stringWidth(text);

/** Pads to `columns` terminal columns (not characters), so that columns of Hangul names line up. */
export const padEnd = (text: string, columns: number): string => text + ' '.repeat(Math.max(0, columns - width(text)));
export const padStart = (text: string, columns: number): string => ' '.repeat(Math.max(0, columns - width(text))) + text;
