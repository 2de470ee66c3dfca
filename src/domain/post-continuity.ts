import type { Source, SuccessionKind } from './model.js';

/**
 * Post continuity inferred from organization links (decision 19). A source that links organizations (renamed, merged
 * into, split into) but keeps their posts as separate rows says nothing of the posts themselves; Chancery links the
 * post heading the predecessor up to the link's day to the successor's post of the same rank heading it from that day,
 * when each is the only one of its rank then, as the same kind of link. What it links is marked as inferred: its source
 * is CONTINUITY_SOURCE, a derived one.
 */

/** The organization links whose heads continue: a transfer of functions moves work, not the office that heads it. */
export const CONTINUING_LINKS: readonly SuccessionKind[] = ['continues-as', 'merged-into', 'split-into'];

/** The rule, in the words the succession's note and the answers' notes carry. */
export const CONTINUITY_RULE =
  'inferred: its organization was renamed, merged or split into the successor\'s, and this post, the only one of its rank heading ' +
  'the predecessor up to that day, goes on as the only post of that rank heading the successor from it';

/** The source of every inferred post link: the registry's own reasoning, never a source's words. */
export const CONTINUITY_SOURCE: Source = {
  id: 'chancery-post-continuity',
  title: 'Post continuity inferred by Chancery from organization links and post ranks (decision 19)',
  kind: 'derived',
  note: CONTINUITY_RULE,
};

export interface RankedPost {
  id: string;
  organizationId: string;
  rank?: number | undefined;
  /** The days its terms ran, as day numbers: `[first, last]`, `last` null while a term runs. */
  terms: readonly (readonly [number, number | null])[];
}

export interface OrganizationLink {
  fromId: string;
  toId: string;
  kind: SuccessionKind;
  date: string | null;
  /** The link's day as a day number (its first possible day). */
  day: number | null;
}

export interface InferredPostLink {
  fromId: string;
  toId: string;
  kind: SuccessionKind;
  date: string | null;
}

/** How far from the link's day a term may end (predecessor) or start (successor) and still meet it: a reshuffle takes days. */
export const LINK_WINDOW_DAYS = 31;

/**
 * The post links the rule infers from organization links. For each link of a continuing kind and each rank that heads
 * an organization (`rank <= headRank`: the smallest numbers), the predecessor's one post of that rank held up to the
 * link's day continues as the successor's one post of that rank held from it ("held" within LINK_WINDOW_DAYS of
 * the day). Nothing is inferred where either side has none or several such posts, or the link has no date.
 */
export const inferPostContinuity = (links: readonly OrganizationLink[], posts: readonly RankedPost[], headRank: number): InferredPostLink[] => {
  const byOrg = new Map<string, RankedPost[]>();
  for (const p of posts) if (p.rank !== undefined && p.rank <= headRank) byOrg.set(p.organizationId, [...(byOrg.get(p.organizationId) ?? []), p]);
  const endsAt = (p: RankedPost, day: number) => p.terms.some(([s, e]) => s <= day && (e === null || e >= day - LINK_WINDOW_DAYS));
  const startsAt = (p: RankedPost, day: number) => p.terms.some(([s, e]) => s <= day + LINK_WINDOW_DAYS && (e === null || e > day));
  const only = (list: RankedPost[]): RankedPost | undefined => (list.length === 1 ? list[0] : undefined);
  const out: InferredPostLink[] = [];
  const seen = new Set<string>();
  for (const l of links) {
    if (!CONTINUING_LINKS.includes(l.kind) || l.fromId === l.toId || l.day === null) continue;
    const day = l.day;
    const before = byOrg.get(l.fromId) ?? [];
    const after = byOrg.get(l.toId) ?? [];
    for (const rank of new Set(before.map((p) => p.rank!))) {
      const head = only(before.filter((p) => p.rank === rank && endsAt(p, day)));
      const successor = only(after.filter((p) => p.rank === rank && startsAt(p, day)));
      if (!head || !successor || seen.has(`${head.id}\u0000${successor.id}`)) continue;
      seen.add(`${head.id}\u0000${successor.id}`);
      out.push({ fromId: head.id, toId: successor.id, kind: l.kind, date: l.date });
    }
  }
  return out;
};
