import type { Source } from './model.js';
import type { Day } from './time/day.js';
import { tryParsePartialDate } from './time/partial-date.js';

/**
 * The last day a source speaks for: the latest of its publication, access and as-of dates (each the last day it
 * can mean). Undefined when it gives none; the writer then takes the day the registry recorded it.
 */
export const sourceAsOf = (s: Pick<Source, 'published' | 'accessed' | 'asOf'>): Day | undefined => {
  const days = [s.published, s.accessed, s.asOf].map((t) => (t ? tryParsePartialDate(t)?.latest : undefined)).filter((d): d is Day => d !== undefined);
  return days.length ? Math.max(...days) : undefined;
};

/** Only web addresses and a few scheme-only identifiers are links; anything else (javascript:, data:) is refused. */
export const SAFE_URL = /^(https?:\/\/[^\s]+|urn:[^\s]+|doi:[^\s]+)$/i;

/** The source of every romanization Chancery generates itself: derived, never another source's words. */
export const ROMANIZATION_SOURCE: Source = {
  id: 'chancery-romanization',
  title: 'Romanized by Chancery from the Hangul name (Revised Romanization and McCune–Reischauer, syllable by syllable, with the usual surname spellings)',
  kind: 'derived',
  note: 'Generated with the @romanize/korean library; a spelling, not a claim that any source used it.',
};
