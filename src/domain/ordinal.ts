import type { Appointment } from './model.js';

/**
 * Numbers the holders of a post by the rule lists of office holders follow: in order of start, each substantive
 * (non-acting) term gets the next number, except that a holder who follows themself (ignoring acting holders in
 * between) keeps their number. Acting holders and terms with no known start get none.
 * Input: the post's appointments in any order. Output: appointment id → ordinal.
 */
export const deriveOrdinals = (appointments: readonly Appointment[]): Map<string, number> => {
  const dated = appointments
    .filter((a) => a.interval.start !== null && !a.acting)
    .sort((a, b) => a.interval.start!.earliest - b.interval.start!.earliest || a.id.localeCompare(b.id));
  const out = new Map<string, number>();
  let n = 0;
  let previous: string | undefined;
  for (const a of dated) {
    if (a.personId !== previous) n++;
    out.set(a.id, n);
    previous = a.personId;
  }
  return out;
};
