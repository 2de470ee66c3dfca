import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DPRK_LUNAR } from '../../src/domain/matters/dprk-holidays.js';
import { deadlineState, dueDay, isWorkingDay, type WorkCalendar, weekday, workingDaysBetween } from '../../src/domain/matters/working-days.js';
import { dayFromParts, formatDay } from '../../src/domain/time/day.js';
import { calendarOf } from '../../src/services/matters/calendar.service.js';

const d = (text: string) => dayFromParts(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));

/** The plain count: walk the days one by one, asking only "is it Saturday, Sunday or a listed holiday?". */
const plainDue = (restDays: readonly number[], holidays: Set<number>, from: number, n: number): number => {
  let day = from;
  let left = n;
  while (left > 0) {
    day += 1;
    const wd = new Date(Date.UTC(1970, 0, 1 + day)).getUTCDay();
    if (!restDays.includes(wd) && !holidays.has(day)) left -= 1;
  }
  return day;
};

describe('working days', () => {
  it('agrees with a plain day-by-day count, across weekends and holidays, for any start, target and holidays', () => {
    fc.assert(fc.property(
      fc.integer({ min: d('1990-01-01'), max: d('2040-12-31') }), fc.integer({ min: 1, max: 60 }),
      fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 30 }), fc.constantFrom([0, 6], [0], [5, 6]),
      (from, n, offsets, restDays) => {
        const holidays = new Set(offsets.map((o) => from + o));
        const cal: WorkCalendar = { id: 't', restDays, holiday: (day) => (holidays.has(day) ? { name: 'h', source: 't' } : undefined) };
        const due = dueDay(cal, from, n);
        expect(due).toBe(plainDue(restDays, holidays, from, n));
        expect(workingDaysBetween(cal, from, due)).toBe(n);
        expect(isWorkingDay(cal, due)).toBe(true);
      },
    ));
  });

  it('agrees with the plain count on real calendars (Sweden from date-holidays, North Korea bundled)', () => {
    for (const code of ['SE', 'KP', 'GB']) {
      const cal = calendarOf(code);
      fc.assert(fc.property(fc.integer({ min: d('2000-01-01'), max: d('2030-12-31') }), fc.integer({ min: 1, max: 40 }), (from, n) => {
        const holidays = new Set<number>();
        for (let day = from; day < from + 120; day++) if (cal.holiday(day)) holidays.add(day);
        expect(dueDay(cal, from, n)).toBe(plainDue([...cal.restDays], holidays, from, n));
      }), { numRuns: 50 });
    }
  });

  it('counts Day 1 as the day after receipt: a Friday receipt in Sweden, 20 days, over Easter 2010', () => {
    const se = calendarOf('SE');
    expect(weekday(d('2010-03-26'))).toBe(5);
    // Good Friday 2 April and Easter Monday 5 April 2010 are holidays in Sweden. By hand: 29 Mar–1 Apr are days 1–4,
    // 6–9 Apr days 5–8, 12–16 days 9–13, 19–23 days 14–18, 26 Apr day 19, 27 Apr day 20.
    expect(se.holiday(d('2010-04-02'))?.name).toBeTruthy();
    expect(se.holiday(d('2010-04-05'))?.name).toBeTruthy();
    expect(formatDay(dueDay(se, d('2010-03-26'), 20))).toBe('2010-04-27');
  });

  it('keeps North Korea\'s holidays with their sources; the lunar ones computed match the 2014 listing', () => {
    const kp = calendarOf('KP');
    expect(kp.restDays).toEqual([0]);
    expect(kp.holiday(d('2014-04-15'))).toMatchObject({ name: 'Day of the Sun' });
    expect(kp.holiday(d('2014-04-15'))!.source).toContain('dprktourism.com.my');
    for (const h of DPRK_LUNAR) for (const [, date] of Object.entries(h.listed)) {
      expect(kp.holiday(d(date)), `${h.name} ${date}`).toMatchObject({ name: h.name });
    }
    // In another year the lunar dates move and say they are computed: Lunar New Year 2024 fell on 10 February.
    expect(kp.holiday(d('2024-02-10'))).toMatchObject({ name: 'Lunar New Year' });
    expect(kp.holiday(d('2024-02-10'))!.source).toMatch(/^computed/);
    // The Day of the Shining Star is a holiday from 1982 on.
    expect(kp.holiday(d('1981-02-16'))).toBeUndefined();
    expect(kp.holiday(d('1982-02-16'))).toBeDefined();
  });

  it('says due, due soon, overdue and done on any date', () => {
    const se = calendarOf('SE');
    const due = d('2010-04-26');
    expect(deadlineState(se, due, d('2010-04-01'), false)).toBe('due');
    expect(deadlineState(se, due, d('2010-04-22'), false)).toBe('due-soon');
    expect(deadlineState(se, due, d('2010-04-26'), false)).toBe('due-soon');
    expect(deadlineState(se, due, d('2010-04-27'), false)).toBe('overdue');
    expect(deadlineState(se, due, d('2010-05-27'), true)).toBe('done');
  });
});
