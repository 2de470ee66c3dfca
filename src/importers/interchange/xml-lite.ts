/**
 * Just enough XML for record files such as POCOM's: elements found by their tag with indexOf (linear, whatever the
 * input), text with the five predefined entities and numeric references decoded. Not a general parser: no
 * namespaces, no CDATA; a tag nested in itself is not supported (POCOM has none).
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export const decodeXml = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e.toLowerCase()] ?? m));

/** Markup inside an element's text (`<p>`, `<div>`) as spaces, by a scan rather than a pattern. */
export const stripTags = (s: string): string => {
  let out = '';
  let at = 0;
  for (;;) {
    const lt = s.indexOf('<', at);
    if (lt < 0) return out + s.slice(at);
    const gt = s.indexOf('>', lt);
    if (gt < 0) return out + s.slice(at);
    out += `${s.slice(at, lt)} `;
    at = gt + 1;
  }
};

/** Each `<tag>…</tag>` in order, with the offset where it starts. */
export function* xmlElements(xml: string, tag: string): Generator<{ body: string; offset: number }> {
  const open = `<${tag}>`;
  const close = `</${tag}>`;
  let at = 0;
  for (;;) {
    const start = xml.indexOf(open, at);
    if (start < 0) return;
    const end = xml.indexOf(close, start + open.length);
    if (end < 0) return;
    yield { body: xml.slice(start + open.length, end), offset: start };
    at = end + close.length;
  }
}

/** The text of the first `<tag>` (spaces collapsed), or undefined when absent, empty or self-closed. */
export const xmlText = (xml: string, tag: string): string | undefined => {
  const first = xmlElements(xml, tag).next();
  if (first.done) return undefined;
  const text = decodeXml(stripTags(first.value.body)).replace(/\s+/g, ' ').trim();
  return text || undefined;
};

/** Every `<tag>` text, in order. */
export const xmlTexts = (xml: string, tag: string): string[] => [...xmlElements(xml, tag)].map((e) => decodeXml(e.body).replace(/\s+/g, ' ').trim()).filter(Boolean);

/** Line numbers of offsets in a text, counted once: for placing many elements of one file. */
export const lineCounter = (text: string): ((offset: number) => number) => {
  let line = 1;
  let at = 0;
  return (offset: number) => {
    if (offset < at) {
      line = 1;
      at = 0;
    }
    for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
};
