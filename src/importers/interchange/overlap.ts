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
