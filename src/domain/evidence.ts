import type { Day } from './time/day.js';
import { type DaySpan, type Extent, type Interval, intersectSpans } from './time/interval.js';

/** A term of a post as the evidence rules read it: its stated interval, its extent within the lives, its seat. */
export interface EvidenceTerm {
  interval: Interval;
  extent: Extent;
  /** Covers share the seat of the holder they act for: they never need a seat of their own. */
  takesSeat: boolean;
  /** Acting without being the substantive holder: until one is in office. */
  acting: boolean;
}

export interface EvidenceWindow {
  /** The term's extent narrowed by what the data says around it. */
  extent: Extent;
  /** For a term whose start is unknown: the first day any evidence shows it held (before it, it is listed apart). */
  firstRecorded: Day | undefined;
}

/**
 * The first day a term whose start is unknown is attested: the day before its end when the end is dated (it was held
 * then), the as-of day of a source that says it is running. Undefined when the start is known or nothing dates it.
 */
export const firstEvidence = (iv: Interval): Day | undefined => {
  if (iv.start) return undefined;
  if (iv.end.kind === 'date') return iv.end.date.earliest - 1;
  return iv.end.kind === 'open' ? iv.end.asOf : undefined;
};

const certainOn = (s: DaySpan | undefined, day: Day): boolean => s !== undefined && (s.from === null || s.from <= day) && (s.to === null || day < s.to);

/**
 * What the terms of one post say of each other's unknown bounds (docs/dates.md, "Evidence windows"):
 * - a term whose start is unknown is not possibly held before its first evidence (`firstEvidence`): answers list it
 *   apart on earlier days, as first recorded then;
 * - a term whose end is not a date (unknown, or running as of a day) ended at the latest on the first day after it
 *   began on which `seats` other terms, begun after it, certainly hold the post: a later term needed its seat;
 * - an acting term whose end is not a date ended at the latest when a substantive holder begun after it certainly
 *   held the post: one acts until the post is filled.
 * The certain part of a term never grows; only what is possible narrows.
 */
export const evidenceWindows = (seats: number, terms: readonly EvidenceTerm[]): EvidenceWindow[] => {
  const starts = terms.map((t) => (t.takesSeat && t.extent.certain && t.extent.certain.from !== null ? t.extent.certain.from : undefined));
  const days = [...new Set(starts.filter((d): d is Day => d !== undefined))].sort((a, b) => a - b);
  return terms.map((t, i) => {
    const first = firstEvidence(t.interval);
    let possible = t.extent.possible;
    if (possible && first !== undefined && (possible.from === null || possible.from < first)) possible = intersectSpans(possible, { from: first, to: null });
    // When it began, as far as anything shows: its certain start, else the first day it may have run.
    const began = t.extent.certain?.from ?? possible?.from ?? first;
    if (possible && t.interval.end.kind !== 'date' && began !== undefined && began !== null) {
      for (const day of days) {
        if (day <= began || (possible.to !== null && day >= possible.to)) continue;
        let held = 0;
        let filled = false;
        for (let j = 0; j < terms.length && held < seats; j++) {
          if (j !== i && starts[j] !== undefined && starts[j]! > began && certainOn(terms[j]!.extent.certain, day)) {
            held++;
            filled ||= !terms[j]!.acting;
          }
        }
        if (held >= seats || (t.acting && filled)) {
          possible = intersectSpans(possible, { from: null, to: day });
          break;
        }
      }
    }
    const certain = possible && t.extent.certain ? intersectSpans(t.extent.certain, possible) : undefined;
    return { extent: { certain, possible }, firstRecorded: first };
  });
};
