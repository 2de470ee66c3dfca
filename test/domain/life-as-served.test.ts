import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/time/day.js';
import { certaintyAt, certainSpan, type Interval, type Life, lifeAsHeld, lifeAsServed, lifeExtent, inSpan } from '../../src/domain/time/interval.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';

const day = fc.integer({ min: -30_000, max: 30_000 });
const partial = day.chain((d) => fc.constantFrom(10, 7, 4).map((n) => parsePartialDate(formatDay(d).slice(0, n))));
const life: fc.Arbitrary<Life> = fc.record({ from: fc.option(partial, { nil: null }), to: fc.option(partial, { nil: null }) })
  .filter((l) => !(l.from && l.to && l.to.latest <= l.from.earliest));
const term: fc.Arbitrary<Interval> = fc.record({
  start: fc.option(partial, { nil: null }),
  end: fc.oneof(fc.constant({ kind: 'unknown' as const }), partial.map((date) => ({ kind: 'date' as const, date }))),
}).filter((iv) => !(iv.start && iv.end.kind === 'date' && iv.end.date.latest <= iv.start.earliest));

describe('a life as a term served within it sees it', () => {
  it('makes certain exactly the days the life already made certain or the term certainly served within the possible life', () => {
    fc.assert(fc.property(life, term, day, (l, t, d) => {
      const before = lifeExtent(l);
      const after = lifeAsServed(before, t);
      expect(after.possible).toEqual(before.possible);
      const served = inSpan(certainSpan(t), d) && inSpan(before.possible, d);
      if (inSpan(before.certain, d) || served) expect(certaintyAt(after, d)).toBe('certain');
      // Nothing becomes possible that was not, and a certain day is a possible one.
      if (certaintyAt(after, d) === 'certain') expect(inSpan(before.possible, d)).toBe(true);
    }), { numRuns: 2000 });
  });

  it('never makes certain a day outside both the life\'s certain days and the term\'s, except between them', () => {
    fc.assert(fc.property(life, term, day, (l, t, d) => {
      const before = lifeExtent(l);
      const after = lifeAsServed(before, t);
      if (certaintyAt(after, d) !== 'certain' || inSpan(before.certain, d) || inSpan(certainSpan(t), d)) return;
      // A day between a certain day of life and a day served is a day of life: alive on both, alive between.
      const c = before.certain;
      const s = certainSpan(t)!;
      expect(c !== undefined && s !== undefined).toBe(true);
      const between = (c!.to !== null && s.from !== null && c!.to <= d && d < s.from) || (s.to !== null && c!.from !== null && s.to <= d && d < c!.from);
      expect(between).toBe(true);
    }), { numRuns: 2000 });
  });
});

describe('a post\'s life as its own terms see it (lifeAsHeld)', () => {
  it('is certain on every day a term certainly held it and on every day its own life was, and loses no possible day', () => {
    fc.assert(fc.property(life, fc.array(term, { maxLength: 4 }), day, (l, ts, d) => {
      const before = lifeExtent(l);
      const after = lifeAsHeld(before, ts);
      if (inSpan(before.certain, d) || ts.some((t) => inSpan(certainSpan(t), d))) expect(certaintyAt(after, d)).toBe('certain');
      if (inSpan(before.possible, d)) expect(certaintyAt(after, d)).toBeDefined();
      // With no term certainly held, the life is what its source says.
      if (!ts.some((t) => certainSpan(t))) expect(after).toEqual(before);
    }), { numRuns: 2000 });
  });
});
