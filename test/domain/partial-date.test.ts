import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.js';
import { dayFromParts, daysInMonth, formatDay, partsFromDay } from '../../src/domain/time/day.js';
import { parseAskedDate, parsePartialDate, parseProseDate } from '../../src/domain/time/partial-date.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const calendarDay = fc
  .record({ year: fc.integer({ min: 1000, max: 2999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => day <= daysInMonth(year, month));
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('partial dates', () => {
  it('day numbers and calendar parts round-trip', () => {
    fc.assert(
      fc.property(calendarDay, (d) => {
        expect(partsFromDay(dayFromParts(d.year, d.month, d.day))).toEqual(d);
      }),
    );
  });

  it('day numbers are the calendar\'s, a month or day out of range carrying over as the calendar does', () => {
    const calendar = (year: number, month: number, day: number) => {
      const d = new Date(0);
      d.setUTCFullYear(year, month - 1, day);
      return Math.round(d.getTime() / 86_400_000);
    };
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 9999 }), fc.integer({ min: -30, max: 40 }), fc.integer({ min: -40, max: 70 }), (year, month, day) => {
        expect(dayFromParts(year, month, day)).toBe(calendar(year, month, day));
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -2_500_000, max: 3_000_000 }), (n) => {
        const d = new Date(n * 86_400_000);
        expect(partsFromDay(n)).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      }),
    );
    expect([dayFromParts(1970, 1, 1), dayFromParts(2000, 2, 29), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2024, 12)]).toEqual([0, 11_016, 28, 29, 31]);
  });

  it('a full date denotes exactly its day and keeps its text', () => {
    fc.assert(
      fc.property(calendarDay, ({ year, month, day }) => {
        const text = `${year}-${pad(month)}-${pad(day)}`;
        const d = parsePartialDate(text);
        expect(d.precision).toBe('day');
        expect(d.earliest).toBe(d.latest);
        expect(formatDay(d.earliest)).toBe(text);
      }),
    );
  });

  it('a month denotes all of its days, a year all of its days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const m = parsePartialDate(`${year}-${pad(month)}`);
        expect(m.precision).toBe('month');
        expect(m.latest - m.earliest + 1).toBe(daysInMonth(year, month));
        const y = parsePartialDate(String(year));
        expect(y.precision).toBe('year');
        expect([365, 366]).toContain(y.latest - y.earliest + 1);
        expect(y.earliest <= m.earliest && m.latest <= y.latest).toBe(true);
      }),
    );
  });

  it('a range of days spans from its first bound to its last', () => {
    const d = parsePartialDate('1976-04-19..1976-04-29');
    expect(d.precision).toBe('range');
    expect(d.latest - d.earliest).toBe(10);
  });

  it.each(['2007-13-01', '2007-02-30', '07-03-01', 'March 2007', '2007-03-01..2007-02-01', ''])('rejects %j with INVALID_DATE naming the field', (text) => {
    try {
      parsePartialDate(text, { field: '--at' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('INVALID_DATE');
      expect((e as DomainError).describe()).toContain('--at');
    }
  });

  it('reads prose dates in the forms articles use', () => {
    fc.assert(
      fc.property(calendarDay, ({ year, month, day }) => {
        const iso = `${year}-${pad(month)}-${pad(day)}`;
        expect(parseProseDate(`${day} ${MONTHS[month - 1]} ${year}`)?.text).toBe(iso);
        expect(parseProseDate(`${MONTHS[month - 1]} ${day}, ${year}`)?.text).toBe(iso);
      }),
    );
    expect(parseProseDate('May 2024')?.text).toBe('2024-05');
    expect(parseProseDate('1948')?.text).toBe('1948');
    expect(parseProseDate('Incumbent')).toBeUndefined();
    expect(parseProseDate('31 February 1950')).toBeUndefined();
  });

  it('reads a date asked about in every form people write it, to the same days', () => {
    fc.assert(
      fc.property(calendarDay, ({ year, month, day }) => {
        const iso = `${year}-${pad(month)}-${pad(day)}`;
        for (const form of [iso, `${year}/${month}/${day}`, `${year}/${pad(month)}/${pad(day)}`, `${year}-${month}-${day}`, `${year}.${month}.${day}`,
          `${day} ${MONTHS[month - 1]} ${year}`, `${MONTHS[month - 1]!.slice(0, 3)} ${day}, ${year}`, `${year}년 ${month}월 ${day}일`, `${year}년${month}월${day}일`]) {
          expect(parseAskedDate(form, '2026-11-28').text, form).toBe(iso);
        }
        const monthIso = `${year}-${pad(month)}`;
        for (const form of [`${MONTHS[month - 1]} ${year}`, `${MONTHS[month - 1]!.slice(0, 3)} ${year}`, `${year}/${month}`, `${year}년 ${month}월`]) {
          expect(parseAskedDate(form, '2026-11-28').text, form).toBe(monthIso);
        }
      }),
    );
    expect(parseAskedDate('today', '2026-11-28').text).toBe('2026-11-28');
    expect(parseAskedDate('Today', '2026-11-28').text).toBe('2026-11-28');
    expect(() => parseAskedDate('01/03/2010', '2026-11-28')).toThrow(/write it as/);
    expect(() => parseAskedDate('2010/02/30', '2026-11-28')).toThrow(/day 30 does not exist/);
  });
});
