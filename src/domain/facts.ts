import type { Day } from './time/day.js';
import { extentOf, inSpan, type Interval, type IntervalEnd, overlapCertainty } from './time/interval.js';
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
