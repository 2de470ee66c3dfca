import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DomainError } from '../../domain/errors.js';

/**
 * An XML file read whole by a real parser (fast-xml-parser): attributes, CDATA, comments and entities (the five
 * predefined ones, numeric references, HTML's named ones) are handled as XML says. Every element and attribute
 * remembers whether a reader used it, so that an import can account for everything it read (see `unread`).
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (its text children joined, spaces collapsed); `deepText` includes its descendants'. */
  text: string;
  line: number;
  /** Set by the readers below when a reader uses the element (or one of its attributes). */
  used: boolean;
  usedAttributes: Set<string>;
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false,
  trimValues: false, processEntities: true, htmlEntities: true, commentPropName: '#comment',
});

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The line of each offset in a text. */
const lineAt = (text: string): ((offset: number) => number) => {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
};

/** The text with comments and CDATA blanked (newlines kept), so that a start tag is found only where it is one. */
const markupOnly = (text: string): string => text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, ' '));

/**
 * Parses a file's text, or refuses it with the reason and the line: not well-formed (random bytes, an unclosed
 * tag), a character reference to no character (past U+10FFFF, a surrogate, NUL), an entity declaration (never
 * expanded: a file could declare one that grows without bound).
 */
export const parseXml = (text: string, file: string): XmlElement => {
  const line = lineAt(text);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new DomainError('PARSE_ERROR', `not well-formed XML: ${valid.err.msg}`, { file, line: valid.err.line });
  const decl = /<!ENTITY/i.exec(text);
  if (decl) throw new DomainError('PARSE_ERROR', 'entity declarations are not read (an XML file of records needs none)', { file, line: line(decl.index) });
  for (const m of text.matchAll(/&#(x[0-9a-f]+|\d+);/gi)) {
    const ref = m[1]!;
    const cp = ref[0] === 'x' || ref[0] === 'X' ? parseInt(ref.slice(1), 16) : parseInt(ref, 10);
    if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) {
      throw new DomainError('PARSE_ERROR', `the character reference ${m[0]} names no character (past U+10FFFF, a surrogate or NUL)`, { file, line: line(m.index) });
    }
  }
  let parsed: Ordered[];
  try {
    parsed = parser.parse(text) as Ordered[];
  } catch (e) {
    throw new DomainError('PARSE_ERROR', `not readable as XML: ${e instanceof Error ? e.message : String(e)}`, { file });
  }
  // Start tags in document order, to give each element its line.
  const markup = markupOnly(text);
  let cursor = 0;
  const place = (name: string): number => {
    const re = new RegExp(`<${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s/>])`, 'g');
    re.lastIndex = cursor;
    const m = re.exec(markup);
    if (!m) return line(cursor);
    cursor = m.index + 1;
    return line(m.index);
  };
  const build = (node: Ordered): XmlElement | undefined => {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name || name.startsWith('#') || name.startsWith('?')) return undefined;
    const el: XmlElement = { name, attributes: { ...(node[':@'] ?? {}) }, children: [], text: '', line: place(name), used: false, usedAttributes: new Set() };
    const texts: string[] = [];
    for (const child of node[name] as Ordered[]) {
      if ('#text' in child) texts.push(String(child['#text']));
      else {
        const c = build(child);
        if (c) el.children.push(c);
      }
    }
    el.text = collapse(texts.join(' '));
    return el;
  };
  const roots = parsed.map(build).filter((e): e is XmlElement => e !== undefined);
  if (roots.length !== 1) throw new DomainError('PARSE_ERROR', `an XML document has one root element, not ${roots.length}`, { file });
  return roots[0]!;
};

/** The element's text with its descendants' (markup inside, such as `<p>` or `<hi>`, read as spaces). */
export const deepText = (el: XmlElement): string => collapse([el.text, ...el.children.map(deepText)].join(' '));

/** Marks an element and every element inside it as used (a reader that takes its whole text; attributes are not text). */
export const useAll = (el: XmlElement): XmlElement => {
  el.used = true;
  el.children.forEach(useAll);
  return el;
};

/** The first child of that name, marked used. */
export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => {
  const c = el?.children.find((x) => x.name === name);
  if (c) c.used = true;
  return c;
};

/** Every child of that name, marked used. */
export const children = (el: XmlElement | undefined, name: string): XmlElement[] => {
  const cs = el?.children.filter((x) => x.name === name) ?? [];
  for (const c of cs) c.used = true;
  return cs;
};

/** The text of the first child of that name (with its markup's text), or undefined when absent or empty. */
export const childText = (el: XmlElement | undefined, name: string): string | undefined => {
  const c = child(el, name);
  return c ? deepText(useAll(c)) || undefined : undefined;
};

/** An attribute's value, marked used. */
export const attribute = (el: XmlElement | undefined, name: string): string | undefined => {
  if (!el || !(name in el.attributes)) return undefined;
  el.usedAttributes.add(name);
  return el.attributes[name];
};

/** What a reader did not use: each element or attribute by its path of names, with where it first was. */
export interface Unread {
  path: string;
  count: number;
  line: number;
}

/**
 * The elements and attributes of a document no reader used, by path (`chief/arrived`, `chief@treatAsConsecutive`),
 * counted; an unused element's descendants are counted in it. Empty elements (`<note/>`) say nothing and are left out.
 */
export const unread = (root: XmlElement, into: Map<string, Unread> = new Map()): Map<string, Unread> => {
  const add = (path: string, line: number) => {
    const u = into.get(path);
    if (u) u.count++;
    else into.set(path, { path, count: 1, line });
  };
  const walk = (el: XmlElement, path: string) => {
    for (const a of Object.keys(el.attributes)) if (!el.usedAttributes.has(a)) add(`${path}@${a}`, el.line);
    for (const c of el.children) {
      const p = `${path}/${c.name}`;
      if (c.used) walk(c, p);
      else if (c.text || c.children.length || Object.keys(c.attributes).length) add(p, c.line);
    }
  };
  walk(root, root.name);
  return into;
};
