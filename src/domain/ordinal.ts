import type { Appointment, Claim, OrganizationKind, Post } from './model.js';

/**
 * Whether a post's holders are numbered, by the post's nature: an office held by one at a time is (the 45th
 * president, a chamber's speaker), a seat among a chamber's or a party's many is not, nor is a seat for one area of
 * a chamber (a constituency's members are its representatives, not a line of office holders). Elsewhere a post of
 * several seats is numbered as before: its sources number them (vice ministers, envoys and their chargés).
 */
export const numbersHolders = (post: Pick<Post, 'seats' | 'subjectId'>, organizationKind: OrganizationKind | undefined): boolean =>
  !(organizationKind === 'legislature' || organizationKind === 'party') || (post.seats === 1 && !post.subjectId?.startsWith('area:'));

/**
 * Numbers the holders of a post by the rule lists of office holders follow: in order of start, each substantive
 * term gets the next number, except that a holder who follows themself (ignoring acting holders in between) keeps
 * their number. Acting, cover and nominated holders, and terms with no known start, get none. A post that continues
 * another (a rename, a merger) continues its numbers; `restartPosts` are posts whose source says numbering restarts;
 * `unnumberedPosts` are posts whose holders take no number (see numbersHolders).
 * Input: the appointments of a post (and of the posts it continues) in any order. Output: appointment id → ordinal.
 */
export const deriveOrdinals = (appointments: readonly Appointment[], restartPosts: ReadonlySet<string> = new Set(), unnumberedPosts: ReadonlySet<string> = new Set()): Map<string, number> => {
  const dated = appointments
    .filter((a) => a.interval.start !== null && a.kind === 'substantive' && !unnumberedPosts.has(a.postId))
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

/** Whose number an ordinal is: a source's (a claim gives the same number for the term) or Chancery's own derivation. */
export const ORDINAL_SOURCES = ['source', 'derived'] as const;
export type OrdinalSource = (typeof ORDINAL_SOURCES)[number];

/** The claim field importers record a source's own number for a term in (an article table's "No." column). */
export const ORDINAL_FIELD = 'ordinal';

/**
 * Whether a derived ordinal is also a source's claim: only when a source numbers the term with that very number. A
 * number no source gives, or one that differs from what a source gives (check reports that), is Chancery's.
 */
export const ordinalSource = (ordinal: number | null, claims: readonly Pick<Claim, 'field' | 'value'>[]): OrdinalSource | null =>
  ordinal === null ? null : claims.some((c) => c.field === ORDINAL_FIELD && c.value.trim() === String(ordinal)) ? 'source' : 'derived';
