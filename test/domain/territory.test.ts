import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTINUED_AS, PREDECESSOR_STATES, REFERENCE_SOURCES } from '../../src/domain/subjects/predecessor-states.data.js';
import { countrySubjectId, subjectCatalog } from '../../src/domain/subjects/subject-catalog.js';
import { accreditationWindows, lineExtent, stateOn, territoryLine, withinAncestry } from '../../src/domain/subjects/territory.js';
import { formatDay } from '../../src/domain/time/day.js';
import { type DaySpan, type Extent, extentOf, type Interval, lifeExtent } from '../../src/domain/time/interval.js';
import { parsePartialDate, partialDateFromDay } from '../../src/domain/time/partial-date.js';

const day = fc.integer({ min: -40_000, max: 40_000 });
const partial = day.chain((d) => fc.constantFrom(10, 7, 4).map((n) => parsePartialDate(formatDay(d).slice(0, n))));
const life = fc.record({ from: fc.option(partial, { nil: null }), to: fc.option(partial, { nil: null }) })
  .filter((l) => !(l.from && l.to && l.to.earliest <= l.from.latest));
const lifeExt = life.map(lifeExtent);
const interval: fc.Arbitrary<Interval> = fc.record({
  start: fc.option(partial, { nil: null }),
  end: fc.oneof(fc.constant({ kind: 'open' as const }), fc.constant({ kind: 'unknown' as const }), partial.map((date) => ({ kind: 'date' as const, date }))),
}).filter((iv) => !(iv.start && iv.end.kind === 'date' && iv.end.date.latest <= iv.start.earliest));

const inside = (s: DaySpan | undefined, d: number) => s !== undefined && (s.from === null || s.from <= d) && (s.to === null || d < s.to);
const within = (inner: DaySpan | undefined, outer: DaySpan | undefined, d: number) => !inside(inner, d) || inside(outer, d);

describe('territories through time (src/domain/subjects/territory.ts)', () => {
  it('a line starts with the country, names each state once, and each state it names continues into the line', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    fc.assert(fc.property(ids, fc.array(fc.record({ from: ids, to: ids })), (subject, links) => {
      const line = territoryLine(subject, links);
      expect(line[0]).toBe(subject);
      expect(new Set(line).size).toBe(line.length);
      for (const id of line.slice(1)) expect(links.some((l) => l.from === id && line.includes(l.to))).toBe(true);
    }));
  });

  it('a line may exist on every day any of its states may have, and is certain only where one of them may have existed', () => {
    fc.assert(fc.property(fc.array(lifeExt, { minLength: 1, maxLength: 5 }), day, (lives, d) => {
      const line = lineExtent(lives);
      for (const l of lives) expect(within(l.possible, line.possible, d)).toBe(true);
      expect(within(line.certain, line.possible, d)).toBe(true);
      if (inside(line.certain, d)) expect(lives.some((l) => inside(l.possible, d))).toBe(true);
    }));
  });

  it('a line of one state is that state', () => {
    fc.assert(fc.property(lifeExt, (l) => {
      expect(lineExtent([l])).toEqual(l);
    }));
  });

  it('the state a line stands for on a date existed then, and is the first of the line that certainly did', () => {
    fc.assert(fc.property(fc.array(lifeExt, { minLength: 1, maxLength: 5 }), partial, (lives, at) => {
      const line = lives.map((extent, i) => ({ i, extent }));
      const then = stateOn(line, at);
      const meets = (s: DaySpan | undefined) => s !== undefined && (s.from === null || s.from <= at.latest) && (s.to === null || at.earliest < s.to);
      if (!then) expect(line.some((x) => meets(x.extent.possible))).toBe(false);
      else expect(meets(then.extent.possible)).toBe(true);
      const covers = (s: DaySpan | undefined) => s !== undefined && (s.from === null || s.from <= at.earliest) && (s.to === null || at.latest < s.to);
      const certain = line.find((x) => covers(x.extent.certain));
      if (certain) expect(then?.i).toBe(certain.i);
    }));
  });

  it('a mission is never open on a day no organization above it on some path existed', () => {
    fc.assert(fc.property(fc.array(lifeExt, { minLength: 3, maxLength: 3 }), day, ([mission, agency, ministry], d) => {
      // mission → agency → ministry, one path: every one of the three bounds it.
      const parents: Record<string, string[]> = { m: ['a'], a: ['x'], x: [] };
      const own: Record<string, Extent> = { m: mission!, a: agency!, x: ministry! };
      const e = withinAncestry('m', (id) => parents[id] ?? [], (id) => own[id]!);
      for (const l of [mission, agency, ministry]) expect(within(e.possible, l!.possible, d)).toBe(true);
      expect(within(e.certain, e.possible, d)).toBe(true);
    }));
  });

  it('one accreditation at a time: an open one is not possible from the day a later one is certain; nothing becomes more certain', () => {
    const accreditation = fc.record({ interval, exclusive: fc.boolean() }).map((a) => ({ ...a, extent: extentOf(a.interval) }));
    fc.assert(fc.property(fc.array(accreditation, { minLength: 1, maxLength: 5 }), day, (list, d) => {
      const out = accreditationWindows(list);
      list.forEach((a, i) => {
        expect(within(out[i]!.possible, a.extent.possible, d)).toBe(true);
        expect(within(out[i]!.certain, a.extent.certain, d)).toBe(true);
        const began = a.extent.certain?.from ?? a.extent.possible?.from ?? null;
        if (!a.exclusive || a.interval.end.kind === 'date' || began === null) return;
        for (const [j, b] of list.entries()) {
          const from = b.extent.certain?.from;
          if (j !== i && b.exclusive && from !== undefined && from !== null && from > began && d >= from) expect(inside(out[i]!.possible, d)).toBe(false);
        }
      });
    }));
  });
});

describe('the predecessor table (src/domain/subjects/predecessor-states.data.ts)', () => {
  const sources = new Set<string>(Object.values(REFERENCE_SOURCES).map((s) => s.id));

  it('every dated bound names a source and the words it uses; an undated one says why', () => {
    for (const s of PREDECESSOR_STATES) {
      for (const b of [s.from, s.to]) {
        expect(b.says.length, `${s.code}`).toBeGreaterThan(10);
        if (b.date !== null) {
          expect(sources.has(b.source!), `${s.code} cites ${b.source}`).toBe(true);
          expect(() => parsePartialDate(b.date!)).not.toThrow();
        }
      }
      if (s.from.date && s.to.date) expect(parsePartialDate(s.from.date).latest).toBeLessThan(parsePartialDate(s.to.date).earliest);
    }
  });

  it('every continuation joins two states the catalog knows, and cites a source', () => {
    const catalog = subjectCatalog();
    for (const c of CONTINUED_AS) {
      expect(catalog.get(countrySubjectId(c.from)), c.from).toBeDefined();
      expect(catalog.get(countrySubjectId(c.to)), c.to).toBeDefined();
      expect(sources.has(c.source), `${c.from}→${c.to} cites ${c.source}`).toBe(true);
    }
  });

  it('Germany through time: Prussia in 1800, the German Empire in 1875, the Federal Republic itself in 1960', () => {
    const germany = subjectCatalog().territory('country:DE');
    const on = (d: string) => stateOn(germany.line, parsePartialDate(d))?.subject.name;
    expect([on('1800'), on('1875'), on('1930'), on('1960')]).toEqual(['Kingdom of Prussia', 'German Empire', 'Germany (1918–1945)', 'Germany']);
    expect(inside(germany.extent.certain, partialDateFromDay(parsePartialDate('1800-06-01').earliest).earliest)).toBe(true);
    expect(germany.existed.from).toBe('1701-01-18');
    // A former state's line never reaches its successors: the Soviet Union's is itself.
    expect(subjectCatalog().territory('country:SUHH').line.map((x) => x.subject.id)).toEqual(['country:SUHH']);
  });
});
