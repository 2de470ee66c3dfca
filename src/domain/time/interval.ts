import { type Day, dayFromParts, partsFromDay } from './day.js';
import type { PartialDate } from './partial-date.js';

/**
 * A span of time `[start, end)`, with either bound possibly only partly known.
 * - start `null`: the start is unknown (it may be any day before the end).
 * - end `{ kind: 'open' }`: still running when its newest source spoke; `asOf` is that source's date (the last day
 *   the fact is known to hold). `{ kind: 'unknown' }`: it ended or not, we do not know when.
 */
export type IntervalEnd = { kind: 'date'; date: PartialDate } | { kind: 'open'; asOf?: Day } | { kind: 'unknown' };

export interface Interval {
  readonly start: PartialDate | null;
  readonly end: IntervalEnd;
}

/** Half-open day span `[from, to)`; `null` bounds are unbounded. */
export interface DaySpan {
  readonly from: Day | null;
  readonly to: Day | null;
}

export const CERTAINTIES = ['certain', 'possible'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/**
 * The days on which a fact certainly holds and the days on which it may hold. `possible` undefined: on no day
 * (the fact lies wholly outside a life that bounds it). `certain` is always inside `possible`.
 */
export interface Extent {
  readonly certain: DaySpan | undefined;
  readonly possible: DaySpan | undefined;
}

const nonEmpty = (s: DaySpan): DaySpan | undefined => (s.from !== null && s.to !== null && s.to <= s.from ? undefined : s);

/**
 * The days on which the interval certainly holds: from the latest possible start to the earliest possible end; an
 * open end holds certainly up to its as-of day (the newest source's date), never after. An undated fact (no start)
 * holds certainly on no day: it is only possible. Undefined when there is no such day.
 */
export const certainSpan = (iv: Interval): DaySpan | undefined => {
  if (iv.end.kind === 'unknown' || !iv.start) return undefined;
  const from = iv.start.latest;
  const to = iv.end.kind === 'open' ? (iv.end.asOf === undefined ? null : iv.end.asOf + 1) : iv.end.date.earliest;
  return nonEmpty({ from, to });
};

/** The days on which the interval may hold: from the earliest possible start to the latest possible end. */
export const possibleSpan = (iv: Interval): DaySpan => ({
  from: iv.start ? iv.start.earliest : null,
  to: iv.end.kind === 'date' ? iv.end.date.latest : null,
});

export const extentOf = (iv: Interval): Extent => ({ certain: certainSpan(iv), possible: possibleSpan(iv) });

/**
 * A life: when an organization, post, person or subject existed, `[from, to)`. An unknown bound does not limit
 * (nothing says it did not exist then), unlike an interval's unknown start.
 */
export interface Life {
  readonly from: PartialDate | null;
  readonly to: PartialDate | null;
}

export const ALWAYS: Life = { from: null, to: null };

/** Certain from the latest day it may have begun to the earliest day it may have ended; possible between the others. */
export const lifeExtent = (life: Life): Extent => ({
  certain: nonEmpty({ from: life.from?.latest ?? null, to: life.to?.earliest ?? null }),
  possible: nonEmpty({ from: life.from?.earliest ?? null, to: life.to?.latest ?? null }),
});

/**
 * A holder's life as one of their terms sees it: serving on a day shows them alive on it, so where the life's own
 * dates are vaguer (died "1994"), the term's certain days within the life's possible span are certain days of life
 * too (Kim Il Sung, in office until the day he died, 8 July 1994). A precise death still cuts a term stated past it.
 */
export const lifeAsServed = (life: Extent, term: Interval): Extent => {
  const served = life.possible && certainSpan(term) ? intersectSpans(certainSpan(term)!, life.possible) : undefined;
  if (!served) return life;
  if (!life.certain) return { certain: served, possible: life.possible };
  const lower = (a: Day | null, b: Day | null) => (a === null || b === null ? null : Math.min(a, b));
  const upper = (a: Day | null, b: Day | null) => (a === null || b === null ? null : Math.max(a, b));
  return { certain: { from: lower(life.certain.from, served.from), to: upper(life.certain.to, served.to) }, possible: life.possible };
};

/**
 * A post's life as its own terms see it: a term certainly held shows the post existing on those days, so a life its
 * source ends earlier (POCOM's Office of Foreign Missions, "1986 to 2005", with a director from 2015 to 2017 in the
 * same file) reaches them; so does its organization's (IfG's Department of Health ends the day before its minister's
 * term does). The life of the state a post is accredited to does not widen (territories through time).
 */
export const lifeAsHeld = (life: Extent, terms: readonly Interval[]): Extent => {
  let { certain, possible } = life;
  const lower = (a: Day | null, b: Day | null) => (a === null || b === null ? null : Math.min(a, b));
  const upper = (a: Day | null, b: Day | null) => (a === null || b === null ? null : Math.max(a, b));
  for (const t of terms) {
    const held = certainSpan(t);
    if (!held) continue;
    certain = certain ? { from: lower(certain.from, held.from), to: upper(certain.to, held.to) } : held;
    possible = possible ? { from: lower(possible.from, held.from), to: upper(possible.to, held.to) } : held;
  }
  return { certain, possible };
};

export const intersectSpans = (a: DaySpan, b: DaySpan): DaySpan | undefined => {
  const from = a.from === null ? b.from : b.from === null ? a.from : Math.max(a.from, b.from);
  const to = a.to === null ? b.to : b.to === null ? a.to : Math.min(a.to, b.to);
  return nonEmpty({ from, to });
};

const meet = (a: DaySpan | undefined, b: DaySpan | undefined): DaySpan | undefined => (a && b ? intersectSpans(a, b) : undefined);

/** A fact bounded by the lives of what it belongs to: certain only where it and every life are certain. */
export const within = (fact: Extent, ...lives: Extent[]): Extent => {
  let certain = fact.certain;
  let possible = fact.possible;
  for (const l of lives) {
    certain = meet(certain, l.certain);
    possible = meet(possible, l.possible);
  }
  return { certain: possible ? certain : undefined, possible };
};

export const inSpan = (span: DaySpan | undefined, day: Day): boolean =>
  span !== undefined && (span.from === null || span.from <= day) && (span.to === null || day < span.to);

const asExtent = (x: Interval | Extent): Extent => ('end' in x ? extentOf(x) : x);

/** Whether `day` is inside the fact: certainly, possibly, or not at all. */
export const certaintyAt = (x: Interval | Extent, day: Day): Certainty | undefined => {
  const e = asExtent(x);
  if (inSpan(e.certain, day)) return 'certain';
  return inSpan(e.possible, day) ? 'possible' : undefined;
};

/**
 * How a fact stands over every day a partial date can mean: `certain` when it certainly holds on all of them,
 * `possible` when it may hold on some, undefined when it holds on none.
 */
export const certaintyDuring = (x: Interval | Extent, at: PartialDate): Certainty | undefined => {
  const e = asExtent(x);
  const c = e.certain;
  if (c && (c.from === null || c.from <= at.earliest) && (c.to === null || at.latest < c.to)) return 'certain';
  const p = e.possible;
  return p && (p.from === null || p.from <= at.latest) && (p.to === null || at.earliest < p.to) ? 'possible' : undefined;
};

/** Numbers an extent is packed into by `packExtent`: certain from, certain to, possible from, possible to. */
export const PACKED_EXTENT = 4;

/**
 * Writes an extent as four numbers at `offset` (an unknown bound as ±Infinity, a missing span as the empty
 * [+Infinity, -Infinity)), so that many facts can be scanned side by side in one typed array (a post's terms).
 */
export const packExtent = (e: Extent, out: Float64Array, offset: number): void => {
  out[offset] = e.certain ? (e.certain.from ?? -Infinity) : Infinity;
  out[offset + 1] = e.certain ? (e.certain.to ?? Infinity) : -Infinity;
  out[offset + 2] = e.possible ? (e.possible.from ?? -Infinity) : Infinity;
  out[offset + 3] = e.possible ? (e.possible.to ?? Infinity) : -Infinity;
};

/** Whether the extent packed at `offset` is certain on any day (its `certain` span is not missing). */
export const packedHasCertain = (packed: Float64Array, offset: number): boolean => packed[offset] !== Infinity;

/** `certaintyDuring` of an extent packed by `packExtent` at `offset`: the same answer. */
export const packedCertaintyDuring = (packed: Float64Array, offset: number, at: PartialDate): Certainty | undefined => {
  if (packed[offset]! <= at.earliest && at.latest < packed[offset + 1]!) return 'certain';
  return packed[offset + 2]! <= at.latest && at.earliest < packed[offset + 3]! ? 'possible' : undefined;
};

const spansOverlap = (a: DaySpan, b: DaySpan): boolean =>
  (a.from === null || b.to === null || a.from < b.to) && (b.from === null || a.to === null || b.from < a.to);

/** Whether two facts share a day: certainly (their certain spans meet) or possibly. */
export const overlapCertainty = (a: Interval | Extent, b: Interval | Extent): Certainty | undefined => {
  const ea = asExtent(a);
  const eb = asExtent(b);
  if (ea.certain && eb.certain && spansOverlap(ea.certain, eb.certain)) return 'certain';
  return ea.possible && eb.possible && spansOverlap(ea.possible, eb.possible) ? 'possible' : undefined;
};

/**
 * Whether the interval may hold on some day of `[from, to]` (both inclusive). The same rule as the SQL over the
 * stored day columns (`possiblyDuring` in the repositories); a property test holds the two to one answer.
 */
export const mayHoldDuring = (iv: Interval, from: Day, to: Day): boolean => {
  const p = possibleSpan(iv);
  return (p.from === null || p.from <= to) && (p.to === null || p.to > from);
};

/** The possible span as the `[from, to]` day range (both inclusive) that SQL and index lookups compare against. */
export const possibleDays = (iv: Interval): { from: Day | null; to: Day | null } => {
  const p = possibleSpan(iv);
  return { from: p.from, to: p.to === null ? null : p.to - 1 };
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

/** An interval with its open end stamped with an as-of day (the newest citing source's date). */
export const withAsOf = (iv: Interval, asOf: Day | undefined): Interval =>
  iv.end.kind === 'open' ? { start: iv.start, end: asOf === undefined ? { kind: 'open' } : { kind: 'open', asOf } } : iv;
