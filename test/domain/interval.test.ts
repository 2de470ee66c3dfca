import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/time/day.js';
import {
  addYears, certainSpan, certaintyAt, certaintyDuring, durationBetween, extentOf, type Interval, lifeExtent, overlapCertainty, packedCertaintyDuring,
  packedHasCertain, packExtent, possibleSpan, within,
} from '../../src/domain/time/interval.js';
import { parsePartialDate, partialDateFromDay } from '../../src/domain/time/partial-date.js';

const DAY_MIN = -50_000;
const DAY_MAX = 50_000;
const day = fc.integer({ min: DAY_MIN, max: DAY_MAX });
const precise = (d: number) => partialDateFromDay(d);
/** A date of any precision around a day. */
const partial = day.chain((d) =>
  fc.constantFrom('day', 'month', 'year').map((p) => {
    const t = formatDay(d);
    return parsePartialDate(p === 'day' ? t : p === 'month' ? t.slice(0, 7) : t.slice(0, 4));
  }),
);
const interval: fc.Arbitrary<Interval> = fc
  .record({
    start: fc.option(partial, { nil: null }),
    end: fc.oneof(
      fc.constant({ kind: 'open' as const }),
      fc.constant({ kind: 'unknown' as const }),
      partial.map((date) => ({ kind: 'date' as const, date })),
    ),
  })
  .filter((iv) => !(iv.start && iv.end.kind === 'date' && iv.end.date.latest <= iv.start.earliest));

describe('intervals [start, end)', () => {
  it('what is certain is also possible', () => {
    fc.assert(
      fc.property(interval, day, (iv, d) => {
        const c = certaintyAt(iv, d);
        if (c === 'certain') {
          const p = possibleSpan(iv);
          expect((p.from === null || p.from <= d) && (p.to === null || d < p.to)).toBe(true);
        }
      }),
    );
  });

  it('is half-open: the start day is in, the end day is out', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 5000 }), (s, len) => {
        const iv: Interval = { start: precise(s), end: { kind: 'date', date: precise(s + len) } };
        expect(certaintyAt(iv, s)).toBe('certain');
        expect(certaintyAt(iv, s + len - 1)).toBe('certain');
        expect(certaintyAt(iv, s + len)).toBeUndefined();
        expect(certaintyAt(iv, s - 1)).toBeUndefined();
      }),
    );
  });

  it('a successor starting the day the predecessor leaves does not overlap', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (s, a, b) => {
        const first: Interval = { start: precise(s), end: { kind: 'date', date: precise(s + a) } };
        const second: Interval = { start: precise(s + a), end: { kind: 'date', date: precise(s + a + b) } };
        expect(overlapCertainty(first, second)).toBeUndefined();
      }),
    );
  });

  it('overlap is symmetric', () => {
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        expect(overlapCertainty(a, b)).toBe(overlapCertainty(b, a));
      }),
    );
  });

  it('over one day, certainty during a date is certainty on that day; over a month, certain only if for every day', () => {
    fc.assert(
      fc.property(interval, day, (iv, d) => {
        expect(certaintyDuring(iv, precise(d))).toBe(certaintyAt(iv, d));
        const month = parsePartialDate(formatDay(d).slice(0, 7));
        const days = Array.from({ length: month.latest - month.earliest + 1 }, (_, i) => certaintyAt(iv, month.earliest + i));
        const expected = days.every((c) => c === 'certain') ? 'certain' : days.some((c) => c) ? 'possible' : undefined;
        expect(certaintyDuring(iv, month)).toBe(expected);
      }),
    );
  });

  it('a packed extent answers as the extent does, on dates of any precision, bounded by lives or not', () => {
    const life = fc.record({ from: fc.option(partial, { nil: null }), to: fc.option(partial, { nil: null }) });
    fc.assert(
      fc.property(interval, fc.array(life, { maxLength: 2 }), partial, fc.nat(3), (iv, lives, at, slot) => {
        const e = within(extentOf(iv), ...lives.map(lifeExtent));
        const packed = new Float64Array(16).fill(Number.NaN);
        packExtent(e, packed, slot * 4);
        expect(packedCertaintyDuring(packed, slot * 4, at)).toBe(certaintyDuring(e, at));
        expect(packedHasCertain(packed, slot * 4)).toBe(e.certain !== undefined);
      }),
    );
  });

  it('a partial date makes a day only possibly inside', () => {
    const iv: Interval = { start: parsePartialDate('2009'), end: { kind: 'date', date: parsePartialDate('2011-12-17') } };
    expect(certaintyAt(iv, parsePartialDate('2009-06-01').earliest)).toBe('possible');
    expect(certaintyAt(iv, parsePartialDate('2010-06-01').earliest)).toBe('certain');
    expect(certainSpan({ start: null, end: { kind: 'open' } })).toBeUndefined();
    expect(certaintyAt({ start: null, end: { kind: 'unknown' } }, 0)).toBe('possible');
  });

  it('durations: whole years then days, adding back to the end', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 20_000 }), (from, len) => {
        const { years, days } = durationBetween(from, from + len);
        expect(addYears(from, years) + days).toBe(from + len);
        expect(days).toBeGreaterThanOrEqual(0);
        expect(addYears(from, years + 1)).toBeGreaterThan(from + len);
      }),
    );
    const d = (t: string) => parsePartialDate(t).earliest;
    expect(durationBetween(d('1948-09-09'), d('1953-03-03'))).toEqual({ years: 4, days: 175 });
    expect(durationBetween(d('2000-02-29'), d('2001-02-28'))).toEqual({ years: 1, days: 0 });
  });
});
