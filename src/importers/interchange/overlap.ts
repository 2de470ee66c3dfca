import { tryParsePartialDate } from '../../domain/time/partial-date.js';

/**
 * The most terms certainly running on one day: each term is certain from the last day its start can mean to the
 * first day its end can mean (a term whose end is unknown, for one day; a running one, 'open', to this day and on),
 * as the seat rule reads terms.
 */
export const maxOverlap = (terms: readonly (readonly [start: string, end: string | 'open' | undefined])[]): number => {
  const edges: [day: number, delta: number][] = [];
  for (const [s, e] of terms) {
    const start = tryParsePartialDate(s);
    if (!start) continue;
    const end = e && e !== 'open' ? tryParsePartialDate(e) : undefined;
    const from = start.latest;
    const to = e === 'open' ? Number.MAX_SAFE_INTEGER : end ? end.earliest : from + 1;
    if (to > from) edges.push([from, 1], [to, -1]);
  }
  // Ends before starts on the same day: a term ending the day the next begins does not overlap it (half-open).
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let best = 0;
  for (const [, d] of edges) best = Math.max(best, (now += d));
  return best;
};
