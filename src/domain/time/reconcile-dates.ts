import { type PartialDate, partialDateFromSpan } from './partial-date.js';

export interface ReconciledDate {
  date: PartialDate;
  /** False when the values name no common day: the sources disagree, and the date was widened to cover them all. */
  agree: boolean;
}

/**
 * One value for a date that several sources give. Values that can name a common day refine each other to those
 * days (1998 and 1998-03 give 1998-03); values that cannot are a disagreement, and the result widens to every day
 * any of them names (2010-06-04 and 2010-06-07 give 2010-06-04..2010-06-07), so no answer is more certain than its
 * sources. A value that equals the result keeps its own text.
 */
export const reconcileDates = (values: readonly PartialDate[], mode: 'refine' | 'hull' = 'refine'): ReconciledDate | undefined => {
  if (values.length === 0) return undefined;
  const earliest = Math.max(...values.map((v) => v.earliest));
  const latest = Math.min(...values.map((v) => v.latest));
  const agree = earliest <= latest;
  // `hull`: every day any value names, even when they agree (when refining would contradict another fact).
  const [from, to] = agree && mode === 'refine' ? [earliest, latest] : [Math.min(...values.map((v) => v.earliest)), Math.max(...values.map((v) => v.latest))];
  const same = values.find((v) => v.earliest === from && v.latest === to);
  return { date: same ?? partialDateFromSpan(from, to), agree };
};
