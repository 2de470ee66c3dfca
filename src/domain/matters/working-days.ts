import type { Day } from '../time/day.js';

/** A public holiday on a calendar, with where it comes from (a source, or how it was computed). */
export interface Holiday {
  name: string;
  source: string;
}

/** The days an organization works: its weekly rest days and its public holidays. */
export interface WorkCalendar {
  id: string;
  /** Weekly rest days, 0 = Sunday … 6 = Saturday. */
  restDays: readonly number[];
  holiday(day: Day): Holiday | undefined;
}

/** 0 = Sunday … 6 = Saturday (day 0, 1970-01-01, was a Thursday). */
export const weekday = (day: Day): number => (((day + 4) % 7) + 7) % 7;

export const isWorkingDay = (cal: WorkCalendar, day: Day): boolean => !cal.restDays.includes(weekday(day)) && !cal.holiday(day);

/**
 * The day a target of `n` working days falls on when the clock starts on `from`: Day 1 is the first working day
 * after `from` (the day after receipt, or after a transfer is accepted), the target the n-th.
 */
export const dueDay = (cal: WorkCalendar, from: Day, n: number): Day => {
  let day = from;
  for (let counted = 0; counted < n; ) {
    day += 1;
    if (isWorkingDay(cal, day)) counted += 1;
  }
  return day;
};

/** Working days in (from, to]: how many days of the clock had run by `to` (0 when `to` ≤ `from`). */
export const workingDaysBetween = (cal: WorkCalendar, from: Day, to: Day): number => {
  let n = 0;
  for (let day = from + 1; day <= to; day += 1) if (isWorkingDay(cal, day)) n += 1;
  return n;
};

export const DEADLINE_STATES = ['due', 'due-soon', 'overdue', 'done'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** Working days before the due day at which a matter is "due soon" (time to send a holding reply). */
export const DUE_SOON_WORKING_DAYS = 3;

/** Where a matter stands against its due day on `on`: finished matters are done, whatever the date. */
export const deadlineState = (cal: WorkCalendar, due: Day, on: Day, finished: boolean): DeadlineState => {
  if (finished) return 'done';
  if (on > due) return 'overdue';
  return workingDaysBetween(cal, on, due) <= DUE_SOON_WORKING_DAYS ? 'due-soon' : 'due';
};

/** A calendar of weekends only (Saturday and Sunday), for an organization whose country no calendar knows. */
export const WEEKENDS_ONLY: WorkCalendar = { id: 'weekends', restDays: [0, 6], holiday: () => undefined };
