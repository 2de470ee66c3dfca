import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tryParsePartialDate } from '../../src/domain/time/partial-date.js';
import { maxOverlap, standsInFor } from '../../src/importers/interchange/overlap.js';
import { wikidataDate } from '../../src/importers/interchange/nk-wikidata.reader.js';
import { child, childText, parseXml, unread } from '../../src/importers/interchange/xml-document.js';

const day = fc.date({ min: new Date('1700-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** A character XML 1.0 allows in a document. */
const xmlChar = (c: string): boolean => {
  const cp = c.codePointAt(0)!;
  return cp === 9 || cp === 10 || cp === 13 || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000;
};
const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

describe('the readers of real datasets', () => {
  it('keeps a Wikidata date to its precision code and no finer: 9 a year, 10 a month, 11 a day', () => {
    fc.assert(fc.property(day, fc.constantFrom('9', '10', '11', ''), (d, p) => {
      const out = wikidataDate(`+${d}T00:00:00Z`, p)!;
      expect(out).toBe(p === '9' ? d.slice(0, 4) : p === '10' ? d.slice(0, 7) : d);
      const parsed = tryParsePartialDate(out)!;
      expect(parsed.precision).toBe(p === '9' ? 'year' : p === '10' ? 'month' : 'day');
    }), { numRuns: 300 });
    expect(wikidataDate('', '11')).toBeUndefined();
    expect(wikidataDate('not a date')).toBeUndefined();
  });

  it('reads back any text written into an XML element, as text, CDATA or character references, with attributes', () => {
    const refs = (t: string) => [...t].map((c) => `&#x${c.codePointAt(0)!.toString(16)};`).join('');
    fc.assert(fc.property(fc.string({ maxLength: 40, unit: 'binary' }).filter((t) => [...t].every(xmlChar)),
      fc.constantFrom('note', 'surname', 'date'), fc.constantFrom('text', 'cdata', 'refs'), (text, tag, how) => {
        fc.pre(how !== 'cdata' || !text.includes(']]>'));
        const body = how === 'text' ? escape(text) : how === 'cdata' ? `<![CDATA[${text}]]>` : refs(text);
        const root = parseXml(`<record kind="x"><${tag} a="1">${body}</${tag}><other>x</other></record>`, 'f.xml');
        expect(childText(root, tag) ?? '').toBe(text.replace(/\s+/g, ' ').trim());
        // What was not read is accounted for: the other element and both attributes.
        expect([...unread(root).keys()].sort()).toEqual([`record/${tag}@a`, 'record/other', 'record@kind'].sort());
      }), { numRuns: 300 });
    expect(childText(parseXml('<p>On <b>29</b> November</p>', 'f.xml'), 'b')).toBe('29');
    expect(child(parseXml('<r><a>1</a>\n<a>2</a>\n<a t="y">3</a></r>', 'f.xml'), 'a')?.line).toBe(1);
  });

  it('refuses what is not XML, with the reason and the line, and never crashes', () => {
    const refused = (text: string) => {
      try {
        parseXml(text, 'x.xml');
      } catch (e) {
        return e as { code: string; message: string; place?: { line?: number } };
      }
      return undefined;
    };
    expect(refused('<a>\n<b>&#x110000;</b></a>')).toMatchObject({ code: 'PARSE_ERROR', message: expect.stringContaining('U+10FFFF'), place: { line: 2 } });
    expect(refused('<a>&#xD800;</a>')).toMatchObject({ code: 'PARSE_ERROR' });
    expect(refused('<a><b>1</a>')).toMatchObject({ code: 'PARSE_ERROR', message: expect.stringContaining('not well-formed') });
    expect(refused('<!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>')).toMatchObject({ code: 'PARSE_ERROR' });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      const text = Buffer.from(bytes).toString('latin1');
      const e = refused(text);
      // Random bytes are refused as not XML (or, rarely, read as a document): never another kind of failure.
      if (e) expect(e.code).toBe('PARSE_ERROR');
    }), { numRuns: 300 });
  });

  it('counts an acting envoy who starts while a substantive holder is in office as standing in for him', () => {
    const terms = [
      { id: 'amb1', start: '2000-01-01', end: '2003-01-01', acting: false },
      { id: 'cda', start: '2001-05-01', end: '2001-08-01', acting: true },
      { id: 'cda-gap', start: '2003-02-01', end: '2003-06-01', acting: true },
      { id: 'amb2', start: '2003-06-01', end: undefined, acting: false },
    ];
    expect([...standsInFor(terms)]).toEqual([['cda', 'amb1']]);
    fc.assert(fc.property(fc.array(fc.record({ a: day, b: day, acting: fc.boolean() }), { maxLength: 12 }), (rows) => {
      const ts = rows.map((r, i) => ({ id: `t${i}`, start: r.a < r.b ? r.a : r.b, end: r.a < r.b ? r.b : undefined, acting: r.acting }));
      for (const [a, h] of standsInFor(ts)) {
        const x = ts.find((t) => t.id === a)!;
        const y = ts.find((t) => t.id === h)!;
        // Only an acting term, standing in for a substantive one that was running on its first day.
        expect(x.acting && !y.acting && y.start <= x.start && y.end! > x.start).toBe(true);
      }
      // Seats inferred without the stand-ins never exceed those with them.
      const seats = (list: typeof ts) => maxOverlap(list.map((t) => [t.start, t.end] as [string, string | undefined]));
      expect(seats(ts.filter((t) => !standsInFor(ts).has(t.id)))).toBeLessThanOrEqual(seats(ts));
    }), { numRuns: 200 });
  });

  it('counts the most terms running on one day, ends before starts on the same day (half-open)', () => {
    expect(maxOverlap([['2000-01-01', '2001-01-01'], ['2001-01-01', '2002-01-01']])).toBe(1);
    expect(maxOverlap([['2000-01-01', '2001-01-01'], ['2000-06-01', '2002-01-01']])).toBe(2);
    expect(maxOverlap([['2000-01-01', 'open'], ['2010-01-01', 'open'], ['2005-01-01', undefined]])).toBe(2);
    fc.assert(fc.property(fc.array(fc.tuple(day, day), { maxLength: 20 }), (pairs) => {
      const terms = pairs.map(([a, b]) => (a < b ? [a, b] : [b, a]) as [string, string]).filter(([a, b]) => a !== b);
      const n = maxOverlap(terms);
      // The most on one day is never more than the terms, and some term's first day has that many running.
      expect(n).toBeLessThanOrEqual(terms.length);
      if (terms.length) expect(n).toBe(Math.max(...terms.map(([s]) => terms.filter(([a, b]) => a <= s && s < b).length)));
    }), { numRuns: 300 });
  });
});
