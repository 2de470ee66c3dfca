import type { Source } from './model.js';
import type { Day } from './time/day.js';
import { tryParsePartialDate } from './time/partial-date.js';

/**
 * The last day a source's own dates speak for: the latest of its publication, access and as-of dates (each the last
 * day it can mean). Undefined when it gives none.
 */
export const sourceAsOf = (s: Pick<Source, 'published' | 'accessed' | 'asOf'>): Day | undefined => {
  const days = [s.published, s.accessed, s.asOf].map((t) => (t ? tryParsePartialDate(t)?.latest : undefined)).filter((d): d is Day => d !== undefined);
  return days.length ? Math.max(...days) : undefined;
};

/**
 * Which rule gave a source's coverage end: a user set it (`set`); the source's own date (`source-date`: a file's
 * date, a dump's retrieval date, a page's "as of"); else the newest date any of its facts carries (`newest-fact`).
 */
export type CoverageRule = 'set' | 'source-date' | 'newest-fact';

export interface Coverage {
  /** The last day the source speaks for: an open term it states is certain up to this day, possible after. */
  end: Day;
  rule: CoverageRule;
}

/**
 * A source's coverage end, by the first rule that gives one: a user's correction, the source's own dates, the newest
 * date of its facts (computed by imports). Never the clock of the machine that recorded it. Undefined until known.
 */
export const sourceCoverage = (s: Pick<Source, 'published' | 'accessed' | 'asOf' | 'coverage' | 'coverageRule'>): Coverage | undefined => {
  const stored = s.coverage ? tryParsePartialDate(s.coverage)?.latest : undefined;
  if (stored !== undefined && s.coverageRule === 'set') return { end: stored, rule: 'set' };
  const own = sourceAsOf(s);
  if (own !== undefined) return { end: own, rule: 'source-date' };
  return stored === undefined ? undefined : { end: stored, rule: 'newest-fact' };
};

/** Words for a coverage rule, as reports and listings say it. */
export const COVERAGE_RULE_TEXT: Record<CoverageRule, string> = {
  set: 'set by a user',
  'source-date': "the source's own date (published, accessed or as of)",
  'newest-fact': 'the newest date any of its facts carries',
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
