import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tryParsePartialDate } from '../../src/domain/time/partial-date.js';
import { maxOverlap } from '../../src/importers/interchange/overlap.js';
import { wikidataDate } from '../../src/importers/interchange/nk-wikidata.reader.js';
import { decodeXml, stripTags, xmlElements, xmlText } from '../../src/importers/interchange/xml-lite.js';

const day = fc.date({ min: new Date('1700-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
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

  it('reads back any text written into an XML element, markup and entities included', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('note', 'surname', 'date'), (text, tag) => {
      const xml = `<record><${tag}>${escape(text)}</${tag}><other>x</other></record>`;
      const read = xmlText(xml, tag);
      expect(read ?? '').toBe(text.replace(/\s+/g, ' ').trim());
      expect(decodeXml(escape(text))).toBe(text);
    }), { numRuns: 300 });
    expect(stripTags('<p>On <b>29</b> November</p>')).toBe(' On  29  November ');
    expect([...xmlElements('<a>1</a><a>2</a><a>3', 'a')].map((e) => e.body)).toEqual(['1', '2']);
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
