/** Calendar days as integers (days since 1970-01-01, proleptic Gregorian, UTC): cheap to compare and to index. */
export type Day = number;

/**
 * The day number of a calendar date; a month or day out of range carries over as the calendar does (month 13 is
 * January of the next year, day 0 the last of the month before). Arithmetic, not a Date: every stored and asked date
 * passes here.
 */
export const dayFromParts = (year: number, month: number, day: number): Day => {
  // Days from the civil calendar (H. Hinnant's algorithm): years start in March, so a leap day ends its year.
  const y0 = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
};

/** The calendar date of a day number (the inverse of `dayFromParts`, by the same algorithm). */
export const partsFromDay = (day: Day): { year: number; month: number; day: number } => {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1 };
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const formatDay = (day: Day): string => {
  const p = partsFromDay(day);
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
};

export const daysInMonth = (year: number, month: number): number => dayFromParts(year, month + 1, 1) - dayFromParts(year, month, 1);

export const isValidCalendarDate = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** The calendar day (UTC) of an ISO instant such as `2026-11-28T09:00:00.000Z`. */
export const dayOfInstant = (iso: string): Day => dayFromParts(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
