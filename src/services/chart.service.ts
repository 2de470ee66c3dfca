import type { RelationType, Subject } from '../domain/model.js';
import { subjectCatalog } from '../domain/subjects/subject-catalog.js';
import { type Certainty, certaintyDuring } from '../domain/time/interval.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { resolveOrganization } from './lookup.service.js';
import { loadPostStates, type PostState, postStateOn } from './post-state.service.js';
import { linkExtent, responsibilityExtent, type TreeNode, treeAt } from './structure.service.js';
import { type OrganizationRef, type PostRef, type SourceRef, sourcesOfFacts, ReferenceLoader } from './views.js';

export const CHART_STATUSES = ['existing', 'not-existing'] as const;
/** Whether the organization shown is the relation's subject (from) or its object (to). */
export const RELATION_DIRECTIONS = ['from', 'to'] as const;

export interface ChartPost extends PostState {
  post: PostRef;
  seats: number;
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
  /** `not-existing`: the organization did not exist on the date (root is then the organization alone). */
  status: (typeof CHART_STATUSES)[number];
  existed: { from: string | null; to: string | null };
  root: ChartNode;
  /** Organizations tied to the root by other typed relations: its parent agency, child agencies, institutes, associations. */
  related: { type: RelationType; direction: (typeof RELATION_DIRECTIONS)[number]; organization: OrganizationRef; certainty: Certainty; source: SourceRef }[];
}

/**
 * The tree of units and posts of an organization as it stood on `at`, with holders, vacancies and responsibilities.
 * Reads a bounded number of queries: one per level of units, then posts, terms, responsibilities and names for the
 * whole tree at once.
 */
export const chart = async (store: Store, orgName: string, at: PartialDate): Promise<ChartAnswer> => {
  const root = await resolveOrganization(store, orgName);
  const ctx = new ReferenceLoader(store, at);
  const existed = { from: root.formed?.text ?? null, to: root.dissolved?.text ?? null };
  const tree = await treeAt(store, root, at);
  if (!tree) {
    await ctx.preloadNames('organization', [root.id]);
    const node: ChartNode = { organization: { ...ctx.organization(root), kind: root.kind }, certainty: 'possible', posts: [], responsibilities: [], units: [] };
    return { at: at.text, status: 'not-existing', existed, root: node, related: [] };
  }
  const ids = [...tree.keys()];
  await ctx.preloadNames('organization', ids);
  const posts = await store.posts.forOrganizations(ids);
  const data = await loadPostStates(store, posts, ctx, false);
  const responsibilities = (await store.responsibilities.forUnits(ids)).filter((r) => (r.role ?? 'handles') === 'handles');
  const cited = await sourcesOfFacts(store, 'responsibility', responsibilities);
  await ctx.preloadSources([...cited.values()].flat());
  const catalog = subjectCatalog();
  const stored = new Map((await store.subjects.getMany([...new Set(responsibilities.map((r) => r.subjectId))])).map((s) => [s.id, s]));
  const subjectOf = (id: string): Subject | undefined => catalog.get(id) ?? stored.get(id);

  const byOrg = new Map<string, ChartNode>();
  for (const [id, n] of tree) {
    const mine = new Map<string, ChartResponsibility>();
    for (const r of responsibilities.filter((x) => x.unitId === id)) {
      const subject = subjectOf(r.subjectId);
      if (!subject) continue;
      const c = certaintyDuring(responsibilityExtent(r, n.organization, subject), at);
      if (!c) continue;
      const sources = (cited.get(r.id) ?? [r.sourceId]).map((sid) => ctx.source(sid));
      const existing = mine.get(r.subjectId);
      if (existing) {
        existing.sources.push(...sources.filter((x) => !existing.sources.some((y) => y.id === x.id)));
        if (c === 'certain') existing.certainty = 'certain';
        continue;
      }
      mine.set(r.subjectId, { subject: { id: subject.id, kind: subject.kind, code: subject.code ?? null, name: subject.name }, certainty: c, sources });
    }
    byOrg.set(id, {
      organization: { ...ctx.organization(n.organization), kind: n.organization.kind }, certainty: n.certainty,
      posts: posts.filter((p) => p.organizationId === id).map((p) => ({ post: ctx.post(p), seats: p.seats, ...postStateOn(p, at, data, ctx) })),
      responsibilities: [...mine.values()].sort((a, b) => a.subject.name.localeCompare(b.subject.name)), units: [],
    });
  }
  const ordered = [...tree.values()].sort((a: TreeNode, b: TreeNode) => a.depth - b.depth || a.organization.id.localeCompare(b.organization.id));
  for (const n of ordered) if (n.parentId) byOrg.get(n.parentId)?.units.push(byOrg.get(n.organization.id)!);

  const others = [
    ...(await store.relations.from(root.id)).filter((r) => r.type !== 'unit-of').map((r) => ({ r, direction: 'to' as const, other: r.toId })),
    ...(await store.relations.to(root.id)).filter((r) => r.type !== 'unit-of').map((r) => ({ r, direction: 'from' as const, other: r.fromId })),
  ];
  const orgs = new Map((await store.organizations.getMany(others.map((o) => o.other))).map((o) => [o.id, o]));
  await ctx.preloadSources(others.map(({ r }) => r.sourceId));
  await ctx.preloadNames('organization', [...orgs.keys()]);
  const related: ChartAnswer['related'] = [];
  for (const { r, direction, other } of others) {
    const o = orgs.get(other);
    const certainty = o ? certaintyDuring(linkExtent(r, root, o), at) : undefined;
    if (certainty && o) related.push({ type: r.type, direction, organization: ctx.organization(o), certainty, source: ctx.source(r.sourceId) });
  }
  return { at: at.text, status: 'existing', existed, root: byOrg.get(root.id)!, related };
};
