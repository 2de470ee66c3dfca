import { mostAtOnce } from '../../domain/seat-rule.js';
import type { DaySpan } from '../../domain/time/interval.js';
import { tryParsePartialDate } from '../../domain/time/partial-date.js';

/**
 * The seats a post needs so that the seat rule (domain/seat-rule.ts) accepts all of its terms: the most terms
 * certainly running on one day. Each term is certain from the last day its start can mean to the first day its end
 * can mean; a term whose end is unknown, for its first day; a running one ('open'), from then on. That is never
 * less than the rule counts (it reads an open term only up to its source's date, an unknown end not at all), so the
 * count found here always fits.
 */
export const maxOverlap = (terms: readonly (readonly [start: string, end: string | 'open' | undefined])[]): number => {
  const spans: DaySpan[] = [];
  for (const [s, e] of terms) {
    const start = tryParsePartialDate(s);
    if (!start) continue;
    const end = e && e !== 'open' ? tryParsePartialDate(e) : undefined;
    spans.push({ from: start.latest, to: e === 'open' ? null : end ? end.earliest : start.latest + 1 });
  }
  return mostAtOnce(spans);
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
