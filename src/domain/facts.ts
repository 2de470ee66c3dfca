import type { Day } from './time/day.js';
import { type DaySpan, type Extent, extentOf, inSpan, type Interval, type IntervalEnd, overlapCertainty } from './time/interval.js';
import { type PartialDate, partialDateFromSpan } from './time/partial-date.js';
import { reconcileDates } from './time/reconcile-dates.js';

/**
 * Two records with the same key (the same post, person and kind; the same unit, subject and role; the same link)
 * describe one fact when their certain parts meet, or when one has no certain part and they may meet. Terms that
 * only touch (one ends the day the other starts) or that only may touch at coarse dates stay two facts, so a
 * person's second term, or a unit taking a country back years later, is never folded into the first.
 */
export const sameFact = (a: Interval, b: Interval): boolean => {
  const ea = extentOf(a);
  const eb = extentOf(b);
  // An undated term current as of a day was held on that day: only a term that may include that day can be it.
  const anchor = (iv: Interval) => (iv.start === null && iv.end.kind === 'open' ? iv.end.asOf : undefined);
  const da = anchor(a);
  const db = anchor(b);
  if (da !== undefined && !inSpan(eb.possible, da)) return false;
  if (db !== undefined && !inSpan(ea.possible, db)) return false;
  const overlap = overlapCertainty(ea, eb);
  if (overlap === 'certain') return true;
  return overlap === 'possible' && (!ea.certain || !eb.certain);
};

export interface MergedInterval {
  interval: Interval;
  /** Whether the values for each bound name a common day; false is a disagreement between sources. */
  startAgrees: boolean;
  endAgrees: boolean;
}

/**
 * One interval from several sources' intervals for one fact. Starts, and ends, reconcile as dates do (compatible
 * values refine, disagreeing ones widen to cover all: see reconcileDates). An unknown bound agrees with anything. An
 * open end ("still in office as of D") agrees with an end after D; an end before D disagrees with it, and the end
 * then spans from that date to D.
 */
export const mergeIntervals = (intervals: readonly Interval[], mode: 'refine' | 'hull' = 'refine'): MergedInterval => {
  const starts = intervals.map((iv) => iv.start).filter((s): s is PartialDate => s !== null);
  const start = reconcileDates(starts, mode);
  const ends = intervals.map((iv) => iv.end);
  const dated = ends.filter((e): e is Extract<IntervalEnd, { kind: 'date' }> => e.kind === 'date').map((e) => e.date);
  const opens = ends.filter((e): e is Extract<IntervalEnd, { kind: 'open' }> => e.kind === 'open');
  const asOf = opens.reduce<Day | undefined>((m, e) => (e.asOf === undefined ? m : m === undefined ? e.asOf : Math.max(m, e.asOf)), undefined);
  let end: IntervalEnd;
  let endAgrees = true;
  if (dated.length) {
    const r = reconcileDates(dated, mode)!;
    endAgrees = r.agree;
    if (opens.length && asOf !== undefined) {
      // Still in office on `asOf` means the end is after it.
      if (r.date.latest > asOf) end = { kind: 'date', date: r.date.earliest > asOf ? r.date : partialDateFromSpan(asOf + 1, r.date.latest) };
      else {
        endAgrees = false;
        end = { kind: 'date', date: partialDateFromSpan(Math.min(r.date.earliest, asOf + 1), asOf + 1) };
      }
    } else end = { kind: 'date', date: r.date };
  } else if (opens.length) end = asOf === undefined ? { kind: 'open' } : { kind: 'open', asOf };
  else end = { kind: 'unknown' };
  return { interval: { start: start?.date ?? null, end }, startAgrees: start?.agree ?? true, endAgrees };
};

export interface SeatHolder {
  id: string;
  extent: Extent;
  /** Covers (acting for a holder on leave) and nominations take no seat of their own. */
  takesSeat: boolean;
}

export interface SeatViolation {
  /** The first day on which more than `seats` holders certainly hold the post. */
  day: Day;
  holders: string[];
}

const inCertain = (s: DaySpan | undefined, day: Day): boolean => s !== undefined && (s.from === null || s.from <= day) && (s.to === null || day < s.to);

/**
 * The seat rule, one for imports, writes and checks: on any day, at most `seats` holders certainly hold the post,
 * covers and nominations aside. The count can rise only where a certain span starts, so those days are checked.
 */
export const seatViolation = (seats: number, holders: readonly SeatHolder[]): SeatViolation | undefined => {
  const counted = holders.filter((h) => h.takesSeat && h.extent.certain);
  const days = [...new Set(counted.map((h) => h.extent.certain!.from))].sort((a, b) => (a ?? -Infinity) - (b ?? -Infinity));
  for (const day of days) {
    const probe = day ?? Math.min(...counted.map((h) => h.extent.certain!.to ?? Infinity)) - 1;
    if (!Number.isFinite(probe)) continue;
    const on = counted.filter((h) => inCertain(h.extent.certain, probe));
    if (on.length > seats) return { day: probe, holders: on.map((h) => h.id) };
  }
  return undefined;
};

/**
 * The holders of one post, kept so that the seat rule for one more term looks only at the terms whose certain part
 * meets that term's (exactly the ones that can share a day with it): imports of long lists stay linear. Terms with
 * no certain part take no seat on any day and are not kept.
 */
export class SeatIndex {
  /** Bounded certain spans, sorted by start; `maxLength` bounds how far back one can reach. */
  private bounded: { id: string; from: Day; to: Day }[] = [];
  private maxLength = 0;
  /** Certain spans with no end (incumbents up to no as-of day): few, checked every time. */
  private unbounded = new Map<string, Day>();
  /** Where each bounded holder starts, to find it again when it changes. */
  private readonly starts = new Map<string, Day>();

  constructor(readonly seats: number) {}

  private remove(id: string): void {
    this.unbounded.delete(id);
    const from = this.starts.get(id);
    if (from === undefined) return;
    this.starts.delete(id);
    let i = this.lowerBound(from);
    while (i < this.bounded.length && this.bounded[i]!.id !== id) i++;
    if (i < this.bounded.length) this.bounded.splice(i, 1);
  }

  /** The first position whose start is not before `from`. */
  private lowerBound(from: Day): number {
    let lo = 0;
    let hi = this.bounded.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.bounded[mid]!.from < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Adds or replaces a holder (one that takes a seat). */
  set(id: string, extent: Extent): void {
    this.remove(id);
    const c = extent.certain;
    if (!c || c.from === null) return;
    if (c.to === null) {
      this.unbounded.set(id, c.from);
      return;
    }
    const entry = { id, from: c.from, to: c.to };
    let lo = 0;
    let hi = this.bounded.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.bounded[mid]!.from <= c.from) lo = mid + 1;
      else hi = mid;
    }
    if (lo === this.bounded.length) this.bounded.push(entry);
    else this.bounded.splice(lo, 0, entry);
    this.starts.set(id, c.from);
    this.maxLength = Math.max(this.maxLength, c.to - c.from);
  }

  delete(id: string): void {
    this.remove(id);
  }

  /**
   * The seat rule for one more term (replacing `replacing`, if given): the first day on which, with it, more than
   * `seats` holders certainly hold the post; undefined when it fits. Only terms meeting its certain part are read.
   */
  violationWith(extent: Extent, replacing?: string): SeatViolation | undefined {
    const c = extent.certain;
    if (!c || c.from === null) return undefined;
    const to = c.to ?? Infinity;
    const near: SeatHolder[] = [];
    let lo = 0;
    let hi = this.bounded.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.bounded[mid]!.from < to) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const x = this.bounded[i]!;
      if (x.from + this.maxLength <= c.from) break;
      if (x.to > c.from && x.id !== replacing) near.push({ id: x.id, extent: { certain: { from: x.from, to: x.to }, possible: { from: x.from, to: x.to } }, takesSeat: true });
    }
    for (const [id, from] of this.unbounded) if (from < to && id !== replacing) near.push({ id, extent: { certain: { from, to: null }, possible: { from, to: null } }, takesSeat: true });
    if (near.length < this.seats) return undefined;
    const v = seatViolation(this.seats, [...near, { id: '\u0000new', extent, takesSeat: true }]);
    return v && v.holders.includes('\u0000new') ? v : undefined;
  }
}
