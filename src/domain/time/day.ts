/** Calendar days as integers (days since 1970-01-01, proleptic Gregorian, UTC): cheap to compare and to index. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export const dayFromParts = (year: number, month: number, day: number): Day => {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, 0, 0, 0);
  return Math.round(d.getTime() / MS_PER_DAY);
};

export const partsFromDay = (day: Day): { year: number; month: number; day: number } => {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
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
