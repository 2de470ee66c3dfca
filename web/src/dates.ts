import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { formatDay } from '../../src/domain/time/day.js';
import { OPEN_END } from '../../src/domain/reasons.js';

/** The first year of the slider: the state and its foreign ministry were founded in September 1948. */
export const FIRST_YEAR = 1948;
export const todayText = (): string => new Date().toISOString().slice(0, 10);

/** The day a date text stands for at its start (earliest) or end (latest), as the registry reads it; null if unknown. */
export const dayOf = (text: string | null, side: 'earliest' | 'latest'): number | null => {
  if (!text || text === OPEN_END) return null;
  try {
    const d = parsePartialDate(text);
    return side === 'earliest' ? d.earliest : d.latest;
  } catch {
    return null;
  }
};

export const dayText = (day: number): string => formatDay(day);
export const yearFraction = (day: number): number => 1970 + day / 365.2425;

/** The asked date as a day text for the slider: a year or month stands for its first day. */
export const asDay = (at: string): string => {
  const d = dayOf(at, 'earliest');
  return d === null ? todayText() : dayText(d);
};
