import { readFileSync } from 'node:fs';
import { DomainError } from '../domain/errors.js';

/** The line a character offset of a text is on (1-based). */
const lineAt = (text: string, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
};

/**
 * A small JSON file an importer reads whole (a folder's meta.json, a positions.json), parsed with its failure placed:
 * a byte-order mark is dropped, and a syntax error becomes a PARSE_ERROR at `file:line`, never a crash.
 */
export const readJsonFile = (path: string, label: string): unknown => {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // V8 says where: "… at position 12" or "(line 3 column 5)".
    const at = /line (\d+)/.exec(message)?.[1] ?? undefined;
    const position = /position (\d+)/.exec(message)?.[1];
    const line = at ? Number(at) : position ? lineAt(text, Number(position)) : lineAt(text, text.length);
    throw new DomainError('PARSE_ERROR', `not valid JSON: ${message.replace(/^JSON\.parse: /, '').slice(0, 200)}`, { file: label, line });
  }
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON value that must be an object (a map of records), refused at its file otherwise. */
export const jsonObject = (value: unknown, label: string, what: string): Record<string, unknown> => {
  if (!isObject(value)) throw new DomainError('PARSE_ERROR', `${what} must be a JSON object, not ${Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value}`, { file: label, line: 1 });
  return value;
};
