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

/**
 * Which acting terms stand in for a substantive term of the same post: an acting term that starts while a
 * substantive holder is certainly in office (started on or before, ended after) acts in that holder's place, so the
 * two are one seat, not two, when seats are inferred from overlaps. Each maps to the substantive term it covers (the
 * latest to start among those running). Terms without a start, or substantive ones without an end, decide nothing.
 */
export const standsInFor = (terms: readonly { id: string; start?: string | undefined; end?: string | undefined; acting: boolean }[]): Map<string, string> => {
  const dated = terms.map((t) => ({ t, s: t.start ? tryParsePartialDate(t.start) : undefined, e: t.end ? tryParsePartialDate(t.end) : undefined }));
  const held = dated.filter((x) => !x.t.acting && x.s && x.e && x.e.earliest > x.s.latest);
  const out = new Map<string, string>();
  for (const a of dated) {
    if (!a.t.acting || !a.s) continue;
    let best: (typeof held)[number] | undefined;
    for (const h of held) if (h.s!.latest <= a.s.earliest && h.e!.earliest > a.s.latest && (!best || h.s!.latest > best.s!.latest)) best = h;
    if (best) out.set(a.t.id, best.t.id);
  }
  return out;
};
