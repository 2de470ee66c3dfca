import { type Day, dayFromParts, partsFromDay } from './day.js';
import type { PartialDate } from './partial-date.js';

/**
 * A span of time `[start, end)`, with either bound possibly only partly known.
 * - start `null`: the start is unknown (it may be any day before the end).
 * - end `{ kind: 'open' }`: still running (incumbent); `{ kind: 'unknown' }`: it ended or not, we do not know when.
 */
export type IntervalEnd = { kind: 'date'; date: PartialDate } | { kind: 'open' } | { kind: 'unknown' };

export interface Interval {
  readonly start: PartialDate | null;
  readonly end: IntervalEnd;
}

/** Half-open day span `[from, to)`; `null` bounds are unbounded. */
export interface DaySpan {
  readonly from: Day | null;
  readonly to: Day | null;
}

export type Certainty = 'certain' | 'possible';

/**
 * The days on which the interval certainly holds: from the latest possible start to the earliest possible end.
 * Undefined when there is no such day (unknown start or end, or bounds too coarse).
 */
export const certainSpan = (iv: Interval): DaySpan | undefined => {
  if (!iv.start || iv.end.kind === 'unknown') return undefined;
  const from = iv.start.latest;
  const to = iv.end.kind === 'open' ? null : iv.end.date.earliest;
  if (to !== null && to <= from) return undefined;
  return { from, to };
};

/** The days on which the interval may hold: from the earliest possible start to the latest possible end. */
export const possibleSpan = (iv: Interval): DaySpan => ({
  from: iv.start ? iv.start.earliest : null,
  to: iv.end.kind === 'date' ? iv.end.date.latest : null,
});

const inSpan = (span: DaySpan, day: Day): boolean => (span.from === null || span.from <= day) && (span.to === null || day < span.to);

/** Whether `day` is inside `[start, end)`: certainly, possibly, or not at all. */
export const certaintyAt = (iv: Interval, day: Day): Certainty | undefined => {
  const certain = certainSpan(iv);
  if (certain && inSpan(certain, day)) return 'certain';
  return inSpan(possibleSpan(iv), day) ? 'possible' : undefined;
};

const spansOverlap = (a: DaySpan, b: DaySpan): boolean =>
  (a.from === null || b.to === null || a.from < b.to) && (b.from === null || a.to === null || b.from < a.to);

/** Whether two intervals share a day: certainly (their certain spans meet) or possibly. */
export const overlapCertainty = (a: Interval, b: Interval): Certainty | undefined => {
  const ca = certainSpan(a);
  const cb = certainSpan(b);
  if (ca && cb && spansOverlap(ca, cb)) return 'certain';
  return spansOverlap(possibleSpan(a), possibleSpan(b)) ? 'possible' : undefined;
};

/** The certain overlap of two day spans, if any. */
export const intersectSpans = (a: DaySpan, b: DaySpan): DaySpan | undefined => {
  const from = a.from === null ? b.from : b.from === null ? a.from : Math.max(a.from, b.from);
  const to = a.to === null ? b.to : b.to === null ? a.to : Math.min(a.to, b.to);
  if (from !== null && to !== null && to <= from) return undefined;
  return { from, to };
};

export interface Duration {
  readonly years: number;
  readonly days: number;
}

/** Adds whole years; 29 February falls back to 28 February in a common year. */
export const addYears = (day: Day, years: number): Day => {
  const p = partsFromDay(day);
  const y = p.year + years;
  const leapless = p.month === 2 && p.day === 29 && dayFromParts(y, 3, 1) - dayFromParts(y, 2, 1) === 28;
  return dayFromParts(y, p.month, leapless ? 28 : p.day);
};

/** Whole years, then the remaining days, from `from` to `to` (`to` excluded, as in `[from, to)`). */
export const durationBetween = (from: Day, to: Day): Duration => {
  if (to < from) throw new RangeError('duration end before start');
  let years = partsFromDay(to).year - partsFromDay(from).year;
  while (years > 0 && addYears(from, years) > to) years--;
  return { years, days: to - addYears(from, years) };
};

/**
 * How an interval stands over every day a partial date can mean: `certain` when it certainly covers all of them,
 * `possible` when it may include some, undefined when it includes none.
 */
export const certaintyDuring = (iv: Interval, at: PartialDate): Certainty | undefined => {
  const certain = certainSpan(iv);
  if (certain && (certain.from === null || certain.from <= at.earliest) && (certain.to === null || at.latest < certain.to)) return 'certain';
  const p = possibleSpan(iv);
  return (p.from === null || p.from <= at.latest) && (p.to === null || at.earliest < p.to) ? 'possible' : undefined;
};
