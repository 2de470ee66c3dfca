import type { Appointment } from './model.js';

/**
 * Numbers the holders of a post by the rule lists of office holders follow: in order of start, each substantive
 * term gets the next number, except that a holder who follows themself (ignoring acting holders in between) keeps
 * their number. Acting, cover and nominated holders, and terms with no known start, get none. A post that continues
 * another (a rename, a merger) continues its numbers; `restartPosts` are posts whose source says numbering restarts.
 * Input: the appointments of a post (and of the posts it continues) in any order. Output: appointment id → ordinal.
 */
export const deriveOrdinals = (appointments: readonly Appointment[], restartPosts: ReadonlySet<string> = new Set()): Map<string, number> => {
  const dated = appointments
    .filter((a) => a.interval.start !== null && a.kind === 'substantive')
    .sort((a, b) => a.interval.start!.earliest - b.interval.start!.earliest || a.id.localeCompare(b.id));
  const out = new Map<string, number>();
  let n = 0;
  let previous: string | undefined;
  let previousPost: string | undefined;
  for (const a of dated) {
    if (previousPost !== undefined && a.postId !== previousPost && restartPosts.has(a.postId)) {
      n = 0;
      previous = undefined;
    }
    if (a.personId !== previous) n++;
    out.set(a.id, n);
    previous = a.personId;
    previousPost = a.postId;
  }
  return out;
};
