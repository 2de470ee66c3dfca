import { DomainError } from '../domain/errors.js';
import { groupBy } from '../domain/group-by.js';
import { byId } from '../domain/id-order.js';
import type { Organization, Post, RelationType, Responsibility, Subject } from '../domain/model.js';
import type { Named, RouteReason } from '../domain/reasons.js';
import { BODY_FUNCTIONS, subjectCatalog } from '../domain/subjects/subject-catalog.js';
import { accreditationWindows, withinAncestry } from '../domain/subjects/territory.js';
import { ALWAYS, type Certainty, certaintyDuring, type Extent, extentOf, lifeExtent, mayHoldDuring, within } from '../domain/time/interval.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { resolveOrganization } from './lookup.service.js';
import { type HolderView, type PostTimeline, postTimelines, timelineStateOn } from './post-state.service.js';
import { ancestry, chainOn, type ChainStep, descendants, type LoadedStructure, organizationExtent, responsibilityExtent } from './structure.service.js';
import { suggestSubjects } from './subject-suggest.service.js';
import { storedArea } from './area.service.js';
import { type SubjectPostView, subjectPostsOn } from './subject-posts.service.js';
import { type OrganizationRef, type PostRef, type SourceRef, sharedRef, sourcesOfFacts, ReferenceLoader, type ViewData } from './views.js';
import { prepared, preparedKind } from './prepared/prepared-answers.js';

export const ROUTE_STATUSES = ['covered', 'conflict', 'not-covered', 'uncertain', 'not-existing'] as const;
export type RouteStatus = (typeof ROUTE_STATUSES)[number];
export const MISSION_ROLES = ['resident-mission', 'non-resident-mission'] as const;

export interface HeadView {
  post: PostRef | null;
  holders: HolderView[];
}

export interface ChainStepView {
  unit: OrganizationRef;
  head: HeadView;
  certainty: Certainty;
  /** The source of the link from this unit up to the next, or of the unit itself at the top. */
  source: SourceRef | null;
}

export interface RouteCandidate {
  unit: OrganizationRef;
  organization: OrganizationRef;
  certainty: Certainty;
  head: HeadView;
  chain: ChainStepView[];
  sources: SourceRef[];
  notes: string[];
  /** Set when the unit is found through a function the subject falls to (the United Nations → international organizations). */
  via: string | null;
}

export interface MissionView {
  mission: OrganizationRef;
  type: string | null;
  city: string | null;
  role: (typeof MISSION_ROLES)[number];
  certainty: Certainty;
  sources: SourceRef[];
}

export interface RouteAnswer {
  subject: { kind: Subject['kind']; code: string | null; name: string; id: string; existed: { from: string | null; to: string | null } | null; successors: string[] };
  at: string;
  status: RouteStatus;
  candidates: RouteCandidate[];
  /** Units recorded for the subject that did not exist on the date (before their ministry was formed, after they were abolished). */
  notExisting: { unit: OrganizationRef; existed: { from: string | null; to: string | null } }[];
  missions: MissionView[];
  /**
   * The posts for the subject that answer for it on the date (an envoy's post for a country, a member's for a
   * constituency), with their holders: with no unit recorded, they decide the status (decision 021).
   */
  posts: SubjectPostView[];
  /** False when the list of missions the registry holds is known to be partial: no mission listed is no proof of none. */
  missionListComplete: boolean;
  /** Why the answer is what it is, line by line, as data (src/domain/reasons.ts). */
  reasoning: RouteReason[];
}

const HANDLES = ['handles'] as const;
const MISSIONS = ['resident-mission', 'non-resident-mission'] as const;
const rank = (c: Certainty): number => (c === 'certain' ? 2 : 1);

/** True when `at` falls inside the uncertainty of a bound: the change may have happened before or after it. */
const inBoundWindow = (r: Responsibility, at: PartialDate): boolean => {
  const inside = (d: PartialDate) => d.earliest < d.latest && d.earliest <= at.latest && at.earliest <= d.latest;
  return (r.interval.start !== null && inside(r.interval.start)) || (r.interval.end.kind === 'date' && inside(r.interval.end.date));
};

/** Whether a unit was ever (by any link of any date) under an organization. */
const everUnder = (structure: LoadedStructure, unitId: string, orgId: string): boolean => {
  const seen = new Set<string>();
  let frontier = [unitId];
  while (frontier.length) {
    if (frontier.includes(orgId)) return true;
    for (const id of frontier) seen.add(id);
    frontier = [...new Set(frontier.flatMap((id) => structure.linksUp(id)).map((l) => l.toId))].filter((id) => !seen.has(id));
  }
  return false;
};

const lifeText = (s: Subject) => (s.life ? { from: s.life.from?.text ?? null, to: s.life.to?.text ?? null } : null);

/**
 * What routing reads, whatever the date: within an organization, every responsibility of its units (of any date);
 * with none asked for, every unit's for the subject. With them, the units above by links of any date, the head post
 * of each, the sources and names. Built once per organization (or subject) and state of the registry when the mirror
 * keeps it; the date's part (`route`) then walks it without reading the registry again.
 */
interface RouteScope {
  org: Organization | undefined;
  /** Responsibilities that hand a subject to a unit, of any date, by subject, each subject's by id. */
  handles: ReadonlyMap<string, Responsibility[]>;
  structure: LoadedStructure;
  known: ReadonlyMap<string, Organization>;
  /** Units of `handles` that were ever under `org`. */
  everUnderOrg: ReadonlySet<string>;
  /** Every source that states each responsibility, as shown (by responsibility id; lists shared among equal ones). */
  cited: ReadonlyMap<string, readonly SourceRef[]>;
  /** How each organization is shown on any date, for those whose name never changed (the others depend on the date). */
  refs: ReadonlyMap<string, OrganizationRef>;
  /** The head post of each organization in the ancestry (rank 1, or its only post), with its own terms' timeline. */
  heads: ReadonlyMap<string, { post: Post; timeline: PostTimeline }>;
  view: ViewData;
}

const isHandling = (r: Responsibility): boolean => (r.role ?? 'handles') === 'handles';

const buildRouteScope = async (store: Store, orgRef: string | undefined, subjectIds: readonly string[]): Promise<RouteScope> => {
  const org = orgRef ? await resolveOrganization(store, orgRef) : undefined;
  // Within one organization, its units are few: their responsibilities are read, not every unit's for the subject.
  const handles = org ? (await store.responsibilities.forUnits(await descendants(store, org.id))).filter(isHandling).sort(byId) : await store.responsibilities.forSubjectsInRoles(subjectIds, HANDLES);
  const units = [...new Set(handles.map((r) => r.unitId))];
  const known = new Map<string, Organization>();
  const structure = await ancestry(store, units, known);
  const everUnderOrg = new Set<string>();
  if (org) for (const id of units) if (everUnder(structure, id, org.id)) everUnderOrg.add(id);
  const cited = await sourcesOfFacts(store, 'responsibility', handles);
  const posts = await store.posts.forOrganizations([...known.keys()]);
  const postsOf = groupBy(posts, (p) => p.organizationId);
  const headPosts = new Map<string, Post>();
  for (const id of known.keys()) {
    const mine = postsOf.get(id) ?? [];
    const h = mine.find((p) => p.rank === 1) ?? (mine.length === 1 ? mine[0] : undefined);
    if (h) headPosts.set(id, h);
  }
  // A head's own terms (its post's chain is not followed).
  const timelines = await postTimelines(store, [...headPosts.values()], false);
  const heads = new Map([...headPosts].map(([id, post]) => [id, { post, timeline: timelines.get(post.id)! }]));
  const ctx = ReferenceLoader.forAnyDate(store);
  const links = [...known.keys()].flatMap((id) => structure.linksUp(id));
  await ctx.preloadSources([...[...cited.values()].flat(), ...links.map((l) => l.sourceId), ...[...known.values()].map((o) => o.sourceId)]);
  await ctx.preloadNames('organization', [...known.keys()]);
  // Shared by every answer from this scope.
  const shownCited = new Map<string, readonly SourceRef[]>();
  for (const r of handles) {
    const ids = [...new Set(cited.get(r.id) ?? [r.sourceId])];
    shownCited.set(r.id, sharedRef(ctx, `l\u0000${ids.join('\u0000')}`, () => ids.map((id) => sharedRef(ctx, `s\u0000${id}`, () => ctx.source(id)))));
  }
  const refs = new Map<string, OrganizationRef>();
  for (const o of known.values()) if (!ctx.hasDatedNames('organization', o.id)) refs.set(o.id, Object.freeze(ctx.organization(o)));
  return { org, handles: groupBy(handles, (r) => r.subjectId), structure, known, everUnderOrg, cited: shownCited, refs, heads, view: ctx.data() };
};

/** Routing's scope within the organization `orgRef`, or, with none, for these subjects anywhere. */
export const ROUTE_SCOPE = preparedKind<string, RouteScope>('route-scope', (orgRef) => orgRef);
const ROUTE_SUBJECTS = preparedKind<readonly string[], RouteScope>('route-subjects', (subjectIds) => subjectIds.join('\u0000'));

const routeScope = (store: Store, orgRef: string | undefined, subjectIds: readonly string[]): Promise<RouteScope> =>
  orgRef
    ? prepared(store, ROUTE_SCOPE, orgRef, (s) => buildRouteScope(s, orgRef, subjectIds))
    : prepared(store, ROUTE_SUBJECTS, subjectIds, (s) => buildRouteScope(s, undefined, subjectIds));

/**
 * Builds and keeps routing's scope for every organization that has units and is no unit itself (what `serve` does
 * once the mirror is loaded), with the event loop free between them. Returns how many were prepared.
 */
export const prepareRouteScopes = async (store: Store): Promise<number> => {
  const links = (await store.relations.list()).filter((l) => l.type === 'unit-of');
  const units = new Set(links.map((l) => l.fromId));
  const tops = [...new Set(links.map((l) => l.toId))].filter((id) => !units.has(id));
  for (const id of tops) {
    await routeScope(store, id, []);
    // A turn after each: a large organization's scope takes a while, and requests wait for no more than one.
    await new Promise((resolveTurn) => setImmediate(resolveTurn));
  }
  return tops.length;
};

/** The missions recorded for a subject (of any date), with their sources and names, and the days each may be open. */
interface MissionScope {
  missions: { r: Responsibility; mission: Organization; sources: string[]; extent: Extent }[];
  view: ViewData;
}

const MISSIONS_OF = preparedKind<string, MissionScope>('route-missions', (subjectId) => subjectId);

/** What sends a mission: the organizations it is a unit or agency of, at any date, up to the top (a ministry). */
const SENDING_LINKS: RelationType[] = ['unit-of', 'agency-of'];

const missionScope = (store: Store, subjectId: string): Promise<MissionScope> =>
  prepared(store, MISSIONS_OF, subjectId, async (s) => {
    const rs = await s.responsibilities.forSubjectsInRoles([subjectId], MISSIONS);
    const orgs = new Map((await s.organizations.getMany(rs.map((r) => r.unitId))).map((o) => [o.id, o]));
    // The sending side, read level by level: a mission is not open before what sends it existed (docs/dates.md).
    const up = new Map<string, string[]>();
    for (let level = [...orgs.keys()], depth = 0; level.length && depth < 50; depth++) {
      for (const id of level) up.set(id, []);
      const links = await s.relations.fromMany(level, SENDING_LINKS);
      for (const l of links) up.get(l.fromId)!.push(l.toId);
      level = [...new Set(links.map((l) => l.toId))].filter((id) => !up.has(id));
      for (const o of await s.organizations.getMany(level.filter((id) => !orgs.has(id)))) orgs.set(o.id, o);
    }
    const sending = (id: string) => withinAncestry(id, (x) => up.get(x) ?? [], (x) => (orgs.has(x) ? organizationExtent(orgs.get(x)!) : lifeExtent(ALWAYS)));
    const country = subjectCatalog().territory(subjectId).extent;
    const cited = await sourcesOfFacts(s, 'responsibility', rs);
    const ctx = ReferenceLoader.forAnyDate(s);
    await ctx.preloadSources([...cited.values()].flat());
    await ctx.preloadNames('organization', rs.map((r) => r.unitId));
    const found = rs.filter((r) => orgs.has(r.unitId));
    // One accreditation at a time: an embassy's or a non-resident one gives way to a later one (consulates aside).
    const extents = accreditationWindows(found.map((r) => ({
      interval: r.interval, extent: within(extentOf(r.interval), sending(r.unitId), country),
      exclusive: r.role === 'non-resident-mission' || !/consul/i.test(orgs.get(r.unitId)!.agencyType ?? ''),
    })));
    return { missions: found.map((r, i) => ({ r, mission: orgs.get(r.unitId)!, sources: cited.get(r.id) ?? [r.sourceId], extent: extents[i]! })), view: ctx.data() };
  });

/** What a caller asking many routes has read already for all of them (coverage: which subjects have posts at all). */
export interface RouteReadAlready {
  subjectsWithPosts?: ReadonlySet<string>;
}

/**
 * Who handles `subjectText` on `at`: every unit that may be responsible, its head and the chain up to the top of its
 * organization on that date, with sources. `covered`: one unit; `conflict`: sources give it to several units at
 * once; `uncertain`: the date falls where a partial date leaves the change of hands unplaced; `not-covered`: no unit;
 * `not-existing`: the subject (a state before its independence, after its dissolution) or the units recorded for it
 * did not exist then. A responsibility for a former state never answers for its successors. A name that is no
 * country, regional body or function is an error, never a guess.
 */
export const route = async (store: Store, subjectText: string, at: PartialDate, orgRef?: string, known: RouteReadAlready = {}): Promise<RouteAnswer> => {
  const catalog = subjectCatalog();
  // The catalog's countries, bodies and functions; then a subject an import stored (a Popolo area, a POCOM territory).
  const subject = catalog.resolve(subjectText) ?? (await storedArea(store, subjectText));
  if (!subject) {
    const suggestions = suggestSubjects(subjectText);
    throw new DomainError('UNKNOWN_SUBJECT', `no country, regional body or function named "${subjectText}"${suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : ''}`, { field: 'subject', value: subjectText }, suggestions.length ? { suggestions } : {});
  }
  const fallbackId = BODY_FUNCTIONS[subject.id];
  const scope = await routeScope(store, orgRef, fallbackId ? [subject.id, fallbackId] : [subject.id]);
  const { org } = scope;
  const ctx = new ReferenceLoader(store, at, scope.view);
  const subjectView = { kind: subject.kind, code: subject.code ?? null, name: subject.name, id: subject.id, existed: lifeText(subject), successors: (subject.successors ?? []).map((id) => catalog.get(id)?.name ?? id) };
  // The subject through time: a responsibility for Germany answers on the days of the states Germany continues.
  const subjectLife = catalog.territory(subject.id).extent;
  const base = { subject: subjectView, at: at.text, missionListComplete: (await missionList(store)).complete };
  if (!certaintyDuring(subjectLife, at)) {
    const named: Named = { id: subject.id, name: subject.name };
    const why: RouteReason = subject.life?.to && at.earliest >= subject.life.to.earliest
      ? { code: 'subject-ended', subject: named, at: at.text, ended: subject.life.to.text, successors: (subject.successors ?? []).map((id) => ({ id, name: catalog.get(id)?.name ?? id })) }
      : { code: 'subject-not-begun', subject: named, at: at.text, began: catalog.territory(subject.id).existed.from };
    return { ...base, status: 'not-existing', candidates: [], notExisting: [], missions: [], posts: [], reasoning: [why] };
  }
  const onDate = (subjectId: string) => (scope.handles.get(subjectId) ?? []).filter((r) => mayHoldDuring(r.interval, at.earliest, at.latest));
  let found = onDate(subject.id);
  let via: Named | null = null;
  if (found.length === 0 && fallbackId) {
    // A body no unit is recorded for falls to the unit of its function (the UN to international organizations).
    const fn = catalog.get(fallbackId);
    via = fn ? { id: fn.id, name: fn.name } : null;
    found = onDate(fallbackId);
  }
  const byUnit = groupBy(found, (r) => r.unitId);
  const shown = (o: Organization): OrganizationRef => scope.refs.get(o.id) ?? ctx.organization(o);
  const chains = new Map<string, ChainStep[]>();
  const gone: Organization[] = [];
  // With an organization asked for, only its units go on.
  for (const unitId of byUnit.keys()) {
    const chain = chainOn(scope.structure, unitId, at);
    if (!chain || chain.some((s) => !certaintyDuring(organizationExtent(s.organization), at))) {
      const unit = scope.known.get(unitId);
      if (unit && (!org || scope.everUnderOrg.has(unitId))) gone.push(unit);
      continue;
    }
    if (org && !chain.some((s) => s.organization.id === org.id)) continue;
    chains.set(unitId, chain);
  }
  const notExisting: RouteAnswer['notExisting'] = gone.map((unit) => ({ unit: shown(unit), existed: { from: unit.formed?.text ?? null, to: unit.dissolved?.text ?? null } }));
  const heads = headsOn(store, scope, chains.values(), at);

  const candidates: RouteCandidate[] = [];
  for (const [unitId, chain] of chains) {
    const rs = byUnit.get(unitId)!;
    let best: Certainty | undefined;
    for (const r of rs) {
      const c = certaintyDuring(responsibilityExtent(r, chain[0]!.organization, subject), at);
      if (c && best !== 'certain') best = c;
    }
    if (!best) continue;
    const linkCertainty = chain[0]!.certainty;
    const certainty: Certainty = rank(best) <= rank(linkCertainty) ? best : linkCertainty;
    const steps: ChainStepView[] = chain.map((s) => ({
      unit: shown(s.organization), head: heads.get(s.organization.id) ?? { post: null, holders: [] }, certainty: s.certainty,
      source: ctx.source(s.link?.sourceId ?? s.organization.sourceId),
    }));
    candidates.push({
      unit: steps[0]!.unit, organization: steps[steps.length - 1]!.unit, certainty, head: steps[0]!.head, chain: steps,
      sources: rs.length === 1 ? [...scope.cited.get(rs[0]!.id)!] : uniqueSources(rs.flatMap((r) => scope.cited.get(r.id)!)),
      notes: [...new Set(rs.map((r) => r.note).filter((n): n is string => !!n))], via: via?.name ?? null,
    });
  }
  candidates.sort((a, b) => (a.certainty === b.certainty ? a.unit.name.localeCompare(b.unit.name) : a.certainty === 'certain' ? -1 : 1));

  const windowed = found.some((r) => chains.has(r.unitId) && inBoundWindow(r, at));
  const posts = known.subjectsWithPosts && !known.subjectsWithPosts.has(subject.id) ? [] : await postsFor(store, subject.id, at, org);
  const status: RouteStatus = candidates.length === 0
    ? (posts.some((p) => p.status === 'held') ? 'covered' : posts.some((p) => p.status === 'possibly-held') ? 'uncertain' : notExisting.length && !org ? 'not-existing' : 'not-covered')
    : windowed ? 'uncertain' : candidates.length > 1 ? 'conflict' : 'covered';
  const missions = subject.kind === 'country' || subject.kind === 'territory' ? missionsOn(store, await missionScope(store, subject.id), at) : [];
  return { ...base, status, candidates, notExisting, missions, posts, reasoning: reasoning(subject, at, status, candidates, notExisting, via, org, posts) };
};

/** The posts for the subject on the date; within an organization, its own and its units' (of any date). */
const postsFor = async (store: Store, subjectId: string, at: PartialDate, org: Organization | undefined): Promise<SubjectPostView[]> => {
  const posts = await subjectPostsOn(store, subjectId, at);
  if (!org || posts.length === 0) return posts;
  const within = new Set(await descendants(store, org.id));
  return posts.filter((p) => p.organization && within.has(p.organization.id));
};

/** The head of each unit of these chains on the date, from its post's timeline. */
const headsOn = (store: Store, scope: RouteScope, chains: Iterable<ChainStep[]>, at: PartialDate): Map<string, HeadView> => {
  const out = new Map<string, HeadView>();
  for (const chain of chains) {
    for (const { organization: u } of chain) {
      const head = out.has(u.id) ? undefined : scope.heads.get(u.id);
      if (!head) continue;
      const ctx = new ReferenceLoader(store, at, head.timeline.view);
      out.set(u.id, { post: head.timeline.postRef ?? ctx.post(head.post), holders: timelineStateOn(head.timeline, at, ctx).holders.sort((a, b) => Number(b.acting) - Number(a.acting)) });
    }
  }
  return out;
};

/** Sources in their first order, each once (by id). */
const uniqueSources = (sources: readonly SourceRef[]): SourceRef[] => {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.id) && (seen.add(s.id), true));
};

const missionsOn = (store: Store, scope: MissionScope, at: PartialDate): MissionView[] => {
  const ctx = new ReferenceLoader(store, at, scope.view);
  const out: MissionView[] = [];
  for (const { r, mission, sources, extent } of scope.missions) {
    if (!mayHoldDuring(r.interval, at.earliest, at.latest)) continue;
    const certainty = certaintyDuring(extent, at);
    if (!certainty) continue;
    out.push({ mission: ctx.organization(mission), type: mission.agencyType ?? null, city: mission.headquarters ?? null, role: r.role as MissionView['role'], certainty, sources: sources.map((id) => ctx.source(id)) });
  }
  return out.sort((a, b) => a.mission.name.localeCompare(b.mission.name));
};

const MISSION_LIST = preparedKind<void, { complete: boolean }>('mission-list', () => '');

/** Whether the registry's list of missions is complete: no source says it is partial. */
const missionList = (store: Store): Promise<{ complete: boolean }> =>
  prepared(store, MISSION_LIST, undefined, async (s) => ({ complete: !(await s.claims.byField('list-complete')).some((c) => c.value === 'false') }));

const reasoning = (
  subject: Subject, at: PartialDate, status: RouteStatus, candidates: RouteCandidate[], notExisting: RouteAnswer['notExisting'], via: Named | null, org: Organization | undefined,
  posts: readonly SubjectPostView[],
): RouteReason[] => {
  const about: Named = { id: subject.id, name: subject.name };
  const named = (x: { id: string; name: string }): Named => ({ id: x.id, name: x.name });
  const lines: RouteReason[] = [];
  for (const n of notExisting) lines.push({ code: 'unit-not-existing', unit: named(n.unit), subject: about, at: at.text, from: n.existed.from });
  if (status === 'not-covered') lines.push({ code: 'not-covered', subject: about, at: at.text, within: org ? named(org) : null });
  for (const c of candidates) {
    lines.push({
      code: c.certainty === 'certain' ? 'responsible' : 'possibly-responsible', unit: named(c.unit), subject: about,
      via: c.via ? via : null, at: at.text, sources: c.sources.map((s) => ({ id: s.id, title: s.title })), chain: c.chain.map((s) => named(s.unit)),
    });
  }
  for (const p of posts) lines.push(postReason(p, about, at));
  if (status === 'conflict') lines.push({ code: 'sources-disagree', subject: about, units: candidates.length });
  if (status === 'uncertain') lines.push({ code: 'change-unplaced', subject: about, at: at.text });
  return lines;
};

/** Why a post for the subject answers for it: who held it on the date, per which sources, or between whom it was vacant. */
const postReason = (p: SubjectPostView, subject: Named, at: PartialDate): RouteReason => {
  const post: Named = { id: p.post.id, name: p.post.name };
  const organization: Named | null = p.organization ? { id: p.organization.id, name: p.organization.name } : null;
  if (p.status === 'vacant') {
    const after = p.vacancy?.after ? { person: { id: p.vacancy.after.person.id, name: p.vacancy.after.person.name }, end: p.vacancy.after.end } : null;
    const before = p.vacancy?.before ? { person: { id: p.vacancy.before.person.id, name: p.vacancy.before.person.name }, start: p.vacancy.before.start } : null;
    return { code: 'post-vacant', post, organization, subject, at: at.text, after, before };
  }
  const sources = uniqueSources([p.source, ...p.holders.flatMap((h) => h.sources)]).map((s) => ({ id: s.id, title: s.title }));
  const holders = p.holders.map((h) => ({ id: h.person.id, name: h.person.name }));
  return { code: p.status === 'held' ? 'post-held' : 'post-possibly-held', post, organization, subject, at: at.text, holders, sources };
};
