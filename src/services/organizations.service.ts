import type { Organization, Post, Relation } from '../domain/model.js';
import type { Store } from '../storage/store.js';
import { organizationRef, type OrganizationRef, postRef, type PostRef } from './views.js';

/** One organization of the registry as its start page lists it. */
export interface OrganizationSummary {
  organization: OrganizationRef;
  nativeName: string | null;
  kind: string;
  /** The organization it is a unit of (by any `unit-of` link, of any date); null at the top. */
  parentId: string | null;
  /** Units below it, at any depth and of any date. */
  units: number;
  /** Posts in it and in its units. */
  posts: number;
  /** The post that heads it: its post of the lowest rank; null when no post of it is ranked. */
  headPost: PostRef | null;
}

export interface OrganizationsAnswer {
  /** Top-level organizations first (largest first), then units under their parents. */
  organizations: OrganizationSummary[];
  /** What the app shows when the address names none: the largest top-level ministry, else the largest top-level organization. */
  defaultOrganization: string | null;
  totals: { organizations: number; posts: number; sources: number };
}

const PAGE = 1000;
const all = async <T>(page: (limit: number, offset: number) => Promise<{ items: T[]; more: boolean }>): Promise<T[]> => {
  const out: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const { items, more } = await page(PAGE, offset);
    out.push(...items);
    if (!more) return out;
  }
};

/** The head post of each organization: its own post of the lowest rank (rank 1 heads it). */
const headPosts = (posts: readonly Post[]): Map<string, Post> => {
  const head = new Map<string, Post>();
  for (const p of posts) {
    if (p.rank === undefined) continue;
    const h = head.get(p.organizationId);
    if (!h || p.rank < h.rank! || (p.rank === h.rank && p.id < h.id)) head.set(p.organizationId, p);
  }
  return head;
};

/** Each organization's parent by its `unit-of` links; a unit moved between parents keeps its first (by id) link. */
const parents = (links: readonly Relation[]): Map<string, string> => {
  const up = new Map<string, string>();
  for (const l of links) if (!up.has(l.fromId)) up.set(l.fromId, l.toId);
  return up;
};

/**
 * The registry's organizations for a start page and a picker: top-level ones first, each with how many units and
 * posts it has (over its whole history) and the post that heads it, and which one to show by default.
 */
export const organizations = async (store: Store): Promise<OrganizationsAnswer> => {
  const orgs = await all<Organization>((l, o) => store.organizations.page(l, o));
  const links = await all<Relation>((l, o) => store.relations.unitLinksPage(l, o));
  const posts = await all<Post>((l, o) => store.posts.page(l, o));
  const up = parents(links);
  const known = new Set(orgs.map((o) => o.id));
  const parentOf = (id: string): string | null => {
    const p = up.get(id);
    return p && known.has(p) && p !== id ? p : null;
  };
  const ownPosts = new Map<string, number>();
  for (const p of posts) ownPosts.set(p.organizationId, (ownPosts.get(p.organizationId) ?? 0) + 1);
  const units = new Map<string, number>();
  const postsBelow = new Map<string, number>();
  for (const o of orgs) {
    postsBelow.set(o.id, (postsBelow.get(o.id) ?? 0) + (ownPosts.get(o.id) ?? 0));
    // Walk up (guarding against a cycle in bad data): each ancestor counts this unit and its posts.
    const seen = new Set([o.id]);
    for (let a = parentOf(o.id); a && !seen.has(a); a = parentOf(a)) {
      seen.add(a);
      units.set(a, (units.get(a) ?? 0) + 1);
      postsBelow.set(a, (postsBelow.get(a) ?? 0) + (ownPosts.get(o.id) ?? 0));
    }
  }
  const head = headPosts(posts);
  const summary = (o: Organization): OrganizationSummary => ({
    organization: organizationRef(o), nativeName: o.nativeName ?? null, kind: o.kind, parentId: parentOf(o.id),
    units: units.get(o.id) ?? 0, posts: postsBelow.get(o.id) ?? 0, headPost: head.has(o.id) ? postRef(head.get(o.id)!) : null,
  });
  const bySize = (a: OrganizationSummary, b: OrganizationSummary) => b.units - a.units || b.posts - a.posts || a.organization.name.localeCompare(b.organization.name);
  const summaries = orgs.map(summary);
  const top = summaries.filter((s) => s.parentId === null).sort(bySize);
  const rest = summaries.filter((s) => s.parentId !== null).sort(bySize);
  const largest = top.find((s) => s.kind === 'ministry' && s.units > 0) ?? top[0];
  return {
    organizations: [...top, ...rest], defaultOrganization: largest?.organization.id ?? null,
    totals: { organizations: orgs.length, posts: posts.length, sources: await store.sources.count() },
  };
};
