import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { DomainError } from '../../domain/errors.js';

/** One element of a top-level array of a JSON document, with where it stands. */
export interface JsonElement {
  /** The top-level key whose array holds it. */
  section: string;
  index: number;
  /** The line it starts on. */
  line: number;
  value: unknown;
}

/** The largest single record read: a bound on memory whatever the file holds. */
export const MAX_ELEMENT_BYTES = 1024 * 1024;

/** How far a reader has got through its file, in bytes (for a progress display). */
export interface ReadPosition {
  bytes: number;
}

const WS = new Set([' ', '\t', '\n', '\r']);

/**
 * Reads a JSON document of the shape `{ "section": [ element, … ], … }` as a stream: each element of each top-level
 * array is parsed on its own and yielded with its line, so memory holds one element, not the file. Anything else at
 * the top level (a string, a number, an object value) is skipped. Malformed JSON throws PARSE_ERROR with its line;
 * an element over MAX_ELEMENT_BYTES throws too. `only`: yield the elements of these sections alone (the others are
 * scanned past).
 */
export async function* streamJsonDocument(file: string, only?: ReadonlySet<string>, position?: ReadPosition): AsyncGenerator<JsonElement> {
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  if (position) stream.on('data', (c) => (position.bytes += c.length));
  const decoder = new StringDecoder('utf8');
  let line = 1;
  let depth = 0;
  let inString = false;
  let escape = false;
  let started = false;
  let key = '';
  let keyBuffer: string | null = null;
  let section: string | null = null;
  let sectionDepth = 0;
  let index = 0;
  let element: string[] | null = null;
  let elementSize = 0;
  let elementLine = 0;
  let elementStart = -1;
  const fail = (why: string): never => {
    throw new DomainError('PARSE_ERROR', `not valid JSON: ${why}`, { file, line });
  };
  const take = (chunk: string, from: number, to: number): void => {
    if (!element || from >= to) return;
    elementSize += to - from;
    if (elementSize > MAX_ELEMENT_BYTES) throw new DomainError('PARSE_ERROR', `a record is larger than ${MAX_ELEMENT_BYTES} bytes`, { file, line: elementLine });
    element.push(chunk.slice(from, to));
  };
  const finish = (): JsonElement | undefined => {
    if (!element) return undefined;
    const text = element.join('');
    element = null;
    const at = elementLine;
    if (only && !only.has(section!)) return undefined;
    try {
      return { section: section!, index: index++, line: at, value: JSON.parse(text) };
    } catch (e) {
      throw new DomainError('PARSE_ERROR', `not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { file, line: at });
    }
  };

  for await (const raw of stream as AsyncIterable<Buffer>) {
    const chunk = decoder.write(raw);
    elementStart = element ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (c === '\n') line++;
      if (inString) {
        if (keyBuffer !== null && !escape && c !== '"') keyBuffer += c;
        if (escape) escape = false;
        else if (c === '\\') escape = true;
        else if (c === '"') {
          inString = false;
          if (keyBuffer !== null) {
            key = keyBuffer;
            keyBuffer = null;
          }
        }
        continue;
      }
      if (WS.has(c)) continue;
      if (!started) {
        if (c !== '{') fail('a dataset is a JSON object of arrays');
        started = true;
        depth = 1;
        continue;
      }
      // An element of a section's array starts at its first character.
      if (section !== null && depth === sectionDepth && !element && c !== ',' && c !== ']') {
        element = [];
        elementSize = 0;
        elementLine = line;
        elementStart = i;
      }
      if (c === '"') {
        inString = true;
        if (depth === 1 && section === null) keyBuffer = '';
        continue;
      }
      if (c === '{' || c === '[') {
        if (c === '[' && depth === 1 && section === null) {
          section = key;
          sectionDepth = 2;
          index = 0;
        }
        depth++;
        continue;
      }
      if (c === '}' || c === ']') {
        depth--;
        if (depth < 0) fail('unbalanced brackets');
        if (section !== null && depth === sectionDepth && element) {
          take(chunk, elementStart, i + 1);
          elementStart = -1;
          const e = finish();
          if (e) yield e;
        } else if (section !== null && depth === 1 && c === ']') {
          if (element) {
            take(chunk, elementStart, i);
            elementStart = -1;
            const e = finish();
            if (e) yield e;
          }
          section = null;
        }
        continue;
      }
      if (c === ',' && section !== null && depth === sectionDepth && element) {
        // A scalar element ends at the comma.
        take(chunk, elementStart, i);
        elementStart = -1;
        const e = finish();
        if (e) yield e;
      }
    }
    if (element && elementStart >= 0) take(chunk, elementStart, chunk.length);
  }
  if (inString || depth !== 0) fail('the document ends before it closes');
}

/** The top-level keys of a JSON document in the order they appear (a scan, without parsing the arrays). */
export const documentSections = async (file: string): Promise<string[]> => {
  const keys: string[] = [];
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  const decoder = new StringDecoder('utf8');
  let depth = 0;
  let inString = false;
  let escape = false;
  let buffer: string | null = null;
  let candidate: string | null = null;
  for await (const raw of stream as AsyncIterable<Buffer>) {
    const chunk = decoder.write(raw);
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (inString) {
        if (escape) escape = false;
        else if (c === '\\') escape = true;
        else if (c === '"') {
          inString = false;
          candidate = buffer;
          buffer = null;
        } else if (buffer !== null) buffer += c;
        continue;
      }
      if (WS.has(c)) continue;
      // A string at the top level followed by ":" is a key.
      if (c === ':' && candidate !== null && !keys.includes(candidate)) keys.push(candidate);
      candidate = null;
      if (c === '"') {
        inString = true;
        buffer = depth === 1 ? '' : null;
      } else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
    }
  }
  return keys;
};

/**
 * Reads JSON Lines: one JSON value per line (blank lines skipped), each yielded with its line; a line over
 * MAX_ELEMENT_BYTES, or one that is not JSON, throws PARSE_ERROR with its line.
 */
export async function* streamJsonLines(file: string, position?: ReadPosition): AsyncGenerator<{ line: number; value: unknown }> {
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  if (position) stream.on('data', (c) => (position.bytes += c.length));
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let line = 0;
  const parse = (text: string, at: number) => {
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw new DomainError('PARSE_ERROR', `not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { file, line: at });
    }
  };
  for await (const raw of stream as AsyncIterable<Buffer>) {
    const text = rest + decoder.write(raw);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      line++;
      const one = text.slice(start, nl).trim();
      start = nl + 1;
      if (one) yield { line, value: parse(one, line) };
    }
    rest = text.slice(start);
    if (rest.length > MAX_ELEMENT_BYTES) throw new DomainError('PARSE_ERROR', `a line is longer than ${MAX_ELEMENT_BYTES} bytes`, { file, line: line + 1 });
  }
  const last = (rest + decoder.end()).trim();
  if (last) yield { line: line + 1, value: parse(last, line + 1) };
}
