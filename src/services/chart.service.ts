import type { Organization, Relation, RelationType } from '../domain/model.js';
import { certaintyAt, type Certainty, type Interval } from '../domain/time/interval.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { organizationNameAt, resolveOrganization } from './lookup.service.js';
import { type OrganizationRef, organizationRef, type PostRef, postRef, type SourceRef, ViewContext } from './views.js';
import { type HolderView, holdersOn } from './who.service.js';

export interface ChartPost {
  post: PostRef;
  seats: number;
  holders: HolderView[];
}

export interface ChartResponsibility {
  subject: { id: string; kind: string; code: string | null; name: string };
  certainty: Certainty;
  sources: SourceRef[];
}

export interface ChartNode {
  organization: OrganizationRef & { kind: string };
  certainty: Certainty;
  posts: ChartPost[];
  responsibilities: ChartResponsibility[];
  units: ChartNode[];
}

export interface ChartAnswer {
  at: string;
  root: ChartNode;
  /** Organizations tied to the root by other typed relations: its parent agency, child agencies, institutes, associations. */
  related: { type: RelationType; direction: 'from' | 'to'; organization: OrganizationRef; certainty: Certainty; source: SourceRef }[];
}

const dayOf = (at: PartialDate): number => at.earliest;
const validAt = (iv: Interval, at: PartialDate): Certainty | undefined => certaintyAt(iv, dayOf(at));

/** The tree of units and posts of an organization as it stood on `at`, with holders and responsibilities. */
export const chart = async (store: Store, orgName: string, at: PartialDate): Promise<ChartAnswer> => {
  const root = await resolveOrganization(store, orgName);
  const ctx = new ViewContext(store);
  const seen = new Set<string>();

  const node = async (org: Organization, certainty: Certainty): Promise<ChartNode> => {
    seen.add(org.id);
    const posts: ChartPost[] = [];
    for (const p of await store.posts.forOrganizations([org.id])) posts.push({ post: postRef(p), seats: p.seats, holders: await holdersOn(store, p, at, ctx) });
    const bySubject = new Map<string, ChartResponsibility>();
    const responsibilities = await store.responsibilities.forUnits([org.id]);
    await ctx.preloadSources(responsibilities.map((r) => r.sourceId));
    const subjects = new Map((await store.subjects.getMany([...new Set(responsibilities.map((r) => r.subjectId))])).map((x) => [x.id, x]));
    for (const r of responsibilities) {
      const c = validAt(r.interval, at);
      if (!c) continue;
      const existing = bySubject.get(r.subjectId);
      if (existing) {
        existing.sources.push(ctx.source(r.sourceId));
        if (c === 'certain') existing.certainty = 'certain';
        continue;
      }
      const subject = subjects.get(r.subjectId)!;
      bySubject.set(r.subjectId, { subject: { id: subject.id, kind: subject.kind, code: subject.code ?? null, name: subject.name }, certainty: c, sources: [ctx.source(r.sourceId)] });
    }
    const units: ChartNode[] = [];
    const links = (await store.relations.to(org.id, ['unit-of'])).filter((l) => validAt(l.interval, at));
    const children = await store.organizations.getMany(links.map((l) => l.fromId));
    for (const l of links) {
      const child = children.find((c) => c.id === l.fromId);
      if (child && !seen.has(child.id)) units.push(await node(child, validAt(l.interval, at)!));
    }
    return {
      organization: { id: org.id, name: await organizationNameAt(store, org, at), kind: org.kind },
      certainty,
      posts,
      responsibilities: [...bySubject.values()].sort((a, b) => a.subject.name.localeCompare(b.subject.name)),
      units,
    };
  };

  const tree = await node(root, 'certain');
  const others: { r: Relation; direction: 'from' | 'to' }[] = [
    ...(await store.relations.from(root.id)).filter((r) => r.type !== 'unit-of').map((r) => ({ r, direction: 'to' as const })),
    ...(await store.relations.to(root.id)).filter((r) => r.type !== 'unit-of').map((r) => ({ r, direction: 'from' as const })),
  ];
  const orgs = await store.organizations.getMany(others.map(({ r }) => (r.fromId === root.id ? r.toId : r.fromId)));
  await ctx.preloadSources(others.map(({ r }) => r.sourceId));
  const related: ChartAnswer['related'] = [];
  for (const { r, direction } of others) {
    const certainty = validAt(r.interval, at);
    const other = orgs.find((o) => o.id === (r.fromId === root.id ? r.toId : r.fromId));
    if (certainty && other) related.push({ type: r.type, direction, organization: organizationRef(other), certainty, source: ctx.source(r.sourceId) });
  }
  return { at: at.text, root: tree, related };
};
