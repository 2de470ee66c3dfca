import { type Appointment, servesInPost } from './model.js';
import type { Day } from './time/day.js';
import { type DaySpan, type Extent, inSpan } from './time/interval.js';

/*
 * The seat rule, stated once: on any day, a post of n seats is held by at most n terms that take a seat and
 * certainly run that day. Imports and every write refuse a term that breaks it (SeatIndex), `check` reports stored
 * terms that do (seatViolation), answers leave out whom it rules out (seatsAllTaken), the database refuses it too
 * where it can (takesOnlySeat, PostgreSQL's exclusion constraint), and importers infer seat counts that keep it
 * (mostAtOnce). Decision 010.
 */

/** Whether a term takes a seat of its post: a cover acts for a holder on leave in that holder's seat; a nomination holds none. */
export const takesSeat = (a: Pick<Appointment, 'kind'>): boolean => servesInPost(a) && a.kind !== 'cover';

/** Whether `certain` terms that take a seat and certainly run on one day fit a post of `seats` seats. */
export const fitsSeats = (seats: number, certain: number): boolean => certain <= seats;

/**
 * Whether a post's seats are all taken on a day (or every day of a date) by the `certain` seat-taking terms that
 * certainly run then: one more would not fit, so no other term can take a seat then (it is not a possible holder).
 */
export const seatsAllTaken = (seats: number, certain: number): boolean => !fitsSeats(seats, certain + 1);

/**
 * The flag a stored term carries for the database's own check of the rule (PostgreSQL's exclusion constraint): a
 * term that takes the only seat of its post. Two such terms of one post whose certain spans meet are what
 * seatViolation finds on a one-seat post, so the database refuses exactly what the rule does.
 */
export const takesOnlySeat = (a: Pick<Appointment, 'kind'>, seats: number): boolean => seats === 1 && takesSeat(a);

/** The most spans that share one day (half-open: one ending the day another starts does not share it). */
export const mostAtOnce = (spans: readonly DaySpan[]): number => {
  const edges: [day: number, delta: number][] = [];
  for (const s of spans) {
    const from = s.from ?? -Infinity;
    const to = s.to ?? Infinity;
    if (to > from) edges.push([from, 1], [to, -1]);
  }
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let best = 0;
  for (const [, d] of edges) best = Math.max(best, (now += d));
  return best;
};

export interface SeatHolder {
  id: string;
  extent: Extent;
  kind: Appointment['kind'];
}

export interface SeatViolation {
  /** The first day on which more than `seats` holders certainly hold the post. */
  day: Day;
  holders: string[];
}

/**
 * The terms of one post that break the seat rule, if any: the first day on which more seat-taking terms certainly
 * run than it has seats. The count can rise only where a certain span starts, so those days are checked.
 */
export const seatViolation = (seats: number, holders: readonly SeatHolder[]): SeatViolation | undefined => {
  const counted = holders.filter((h) => takesSeat(h) && h.extent.certain);
  const days = [...new Set(counted.map((h) => h.extent.certain!.from))].sort((a, b) => (a ?? -Infinity) - (b ?? -Infinity));
  for (const day of days) {
    const probe = day ?? Math.min(...counted.map((h) => h.extent.certain!.to ?? Infinity)) - 1;
    if (!Number.isFinite(probe)) continue;
    const on = counted.filter((h) => inSpan(h.extent.certain, probe));
    if (!fitsSeats(seats, on.length)) return { day: probe, holders: on.map((h) => h.id) };
  }
  return undefined;
};

/** How SeatIndex names the term it is asked about among a violation's holders. */
export const NEW_TERM = '\u0000new';

/** What SeatIndex keeps are terms that take a seat: counted as such. */
const KEPT: SeatHolder['kind'] = 'substantive';

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

  /** A term as now stored: kept when it takes a seat (replacing what was kept under its id), dropped otherwise. */
  put(term: SeatHolder): void {
    const { id } = term;
    this.remove(id);
    const c = term.extent.certain;
    if (!takesSeat(term) || !c || c.from === null) return;
    if (c.to === null) {
      this.unbounded.set(id, c.from);
      return;
    }
    // After every kept term starting the same day or earlier (days are whole numbers).
    this.bounded.splice(this.lowerBound(c.from + 1), 0, { id, from: c.from, to: c.to });
    this.starts.set(id, c.from);
    this.maxLength = Math.max(this.maxLength, c.to - c.from);
  }

  delete(id: string): void {
    this.remove(id);
  }

  /**
   * The seat rule for one more term (in place of the kept term `replacing`, if given): the first day on which, with
   * it, more than `seats` holders certainly hold the post; undefined when it fits or takes no seat. Only terms
   * meeting its certain part are read. The new term is named NEW_TERM among the violation's holders.
   */
  violationWith(term: Omit<SeatHolder, 'id'>, replacing?: string): SeatViolation | undefined {
    const { extent } = term;
    const c = extent.certain;
    if (!takesSeat(term) || !c || c.from === null) return undefined;
    const to = c.to ?? Infinity;
    const near: SeatHolder[] = [];
    for (let i = this.lowerBound(to) - 1; i >= 0; i--) {
      const x = this.bounded[i]!;
      if (x.from + this.maxLength <= c.from) break;
      if (x.to > c.from && x.id !== replacing) near.push({ id: x.id, extent: { certain: { from: x.from, to: x.to }, possible: { from: x.from, to: x.to } }, kind: KEPT });
    }
    for (const [id, from] of this.unbounded) if (from < to && id !== replacing) near.push({ id, extent: { certain: { from, to: null }, possible: { from, to: null } }, kind: KEPT });
    // Fewer others than would break the rule with this one: nothing to count.
    if (fitsSeats(this.seats, near.length + 1)) return undefined;
    const v = seatViolation(this.seats, [...near, { ...term, id: NEW_TERM }]);
    return v && v.holders.includes(NEW_TERM) ? v : undefined;
  }
}
