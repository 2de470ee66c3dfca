import { DomainError } from '../domain/errors.js';
import type { Organization, Post, Relation, Responsibility, Subject } from '../domain/model.js';
import { subjectCatalog } from '../domain/subjects/subject-catalog.js';
import { type Certainty, certaintyDuring, type Interval } from '../domain/time/interval.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { organizationNameAt, resolveOrganization } from './lookup.service.js';
import { type OrganizationRef, organizationRef, type PostRef, postRef, type SourceRef, ViewContext } from './views.js';
import { type HolderView, holdersOn } from './who.service.js';

export type RouteStatus = 'covered' | 'conflict' | 'not-covered' | 'uncertain';

export interface HeadView {
  post: PostRef | null;
  holders: HolderView[];
}

export interface ChainStep {
  unit: OrganizationRef;
  head: HeadView;
  /** The source of the link from this unit up to the next, or of the unit itself at the top. */
  source: SourceRef | null;
}

export interface RouteCandidate {
  unit: OrganizationRef;
  organization: OrganizationRef;
  certainty: Certainty;
  head: HeadView;
  chain: ChainStep[];
  sources: SourceRef[];
  notes: string[];
}

export interface MissionView {
  mission: OrganizationRef;
  type: string | null;
  city: string | null;
  role: 'resident-mission' | 'non-resident-mission';
  certainty: Certainty;
  sources: SourceRef[];
}

export interface RouteAnswer {
  subject: { kind: Subject['kind']; code: string | null; name: string; id: string };
  at: string;
  status: RouteStatus;
  candidates: RouteCandidate[];
  missions: MissionView[];
  /** False when the list of missions the registry holds is known to be partial: no mission listed is no proof of none. */
  missionListComplete: boolean;
  reasoning: string[];
}

/** True when `at` falls inside the uncertainty of a bound: the change may have happened before or after it. */
const inBoundWindow = (iv: Interval, at: PartialDate): boolean => {
  const inside = (d: PartialDate) => d.earliest < d.latest && d.earliest <= at.latest && at.earliest <= d.latest;
  return (iv.start !== null && inside(iv.start)) || (iv.end.kind === 'date' && inside(iv.end.date));
};

const HANDLES = ['handles'] as const;
const MISSIONS = ['resident-mission', 'non-resident-mission'] as const;

/**
 * Who handles `subjectText` on `at`: every unit that may be responsible, its head and the chain up to the top of
 * its organization, with sources. `covered`: one unit; `conflict`: sources give it to several units at once;
 * `uncertain`: the date falls where a partial date leaves the change of hands unplaced; `not-covered`: no unit.
 * A name that is no country, regional body or function is an error, never a guess.
 */
export const route = async (store: Store, subjectText: string, at: PartialDate, orgRef?: string): Promise<RouteAnswer> => {
  const subject = subjectCatalog().resolve(subjectText);
  if (!subject) throw new DomainError('UNKNOWN_SUBJECT', `no country, regional body or function named "${subjectText}"`, { field: 'subject', value: subjectText });
  const org = orgRef ? await resolveOrganization(store, orgRef) : undefined;
  const found = await store.responsibilities.possiblyDuring({ subjectId: subject.id, from: at.earliest, to: at.latest, roles: HANDLES, ...(org ? { organizationId: org.id } : {}) });
  const ctx = new ViewContext(store);
  await ctx.preloadSources(found.map((r) => r.sourceId));

  const byUnit = new Map<string, Responsibility[]>();
  for (const r of found) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
  const candidates: RouteCandidate[] = [];
  for (const [unitId, rs] of byUnit) {
    const unit = (await store.organizations.get(unitId))!;
    const chain = await chainOf(store, unit, at, ctx);
    const unitRef = chain[0]!.unit;
    const certainty = rs.some((r) => certaintyDuring(r.interval, at) === 'certain') ? 'certain' : 'possible';
    candidates.push({
      unit: unitRef,
      organization: chain[chain.length - 1]!.unit,
      certainty,
      head: chain[0]!.head,
      chain,
      sources: [...new Set(rs.map((r) => r.sourceId))].map((id) => ctx.source(id)),
      notes: [...new Set(rs.map((r) => r.note).filter((n): n is string => !!n))],
    });
  }
  candidates.sort((a, b) => (a.certainty === b.certainty ? a.unit.name.localeCompare(b.unit.name) : a.certainty === 'certain' ? -1 : 1));

  const windowed = found.some((r) => inBoundWindow(r.interval, at));
  const status: RouteStatus = candidates.length === 0 ? 'not-covered' : windowed ? 'uncertain' : candidates.length > 1 ? 'conflict' : 'covered';
  const missions = subject.kind === 'country' ? await missionsFor(store, subject, at, ctx) : [];
  return {
    subject: { kind: subject.kind, code: subject.code ?? null, name: subject.name, id: subject.id },
    at: at.text,
    status,
    candidates,
    missions,
    missionListComplete: await missionListComplete(store),
    reasoning: reasoning(subject, at, status, candidates, org),
  };
};

const headOf = async (store: Store, unit: Organization, at: PartialDate, ctx: ViewContext): Promise<HeadView> => {
  const posts = await store.posts.forOrganizations([unit.id]);
  const head: Post | undefined = posts.find((p) => p.rank === 1) ?? (posts.length === 1 ? posts[0] : undefined);
  if (!head) return { post: null, holders: [] };
  const holders = await holdersOn(store, head, at, ctx);
  holders.sort((a, b) => Number(b.acting) - Number(a.acting));
  return { post: postRef(head), holders };
};

/** The unit, then each unit it is part of on `at`, up to the top: each with its head post and holders. */
const chainOf = async (store: Store, unit: Organization, at: PartialDate, ctx: ViewContext): Promise<ChainStep[]> => {
  const steps: ChainStep[] = [];
  const seen = new Set<string>();
  let current: Organization | undefined = unit;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    const up: Relation | undefined = (await store.relations.from(current.id, ['unit-of'])).find((r) => certaintyDuring(r.interval, at) !== undefined);
    if (up) await ctx.preloadSources([up.sourceId]);
    else await ctx.preloadSources([current.sourceId]);
    steps.push({ unit: { id: current.id, name: await organizationNameAt(store, current, at) }, head: await headOf(store, current, at, ctx), source: ctx.source(up ? up.sourceId : current.sourceId) });
    current = up ? await store.organizations.get(up.toId) : undefined;
  }
  return steps;
};

const missionsFor = async (store: Store, subject: Subject, at: PartialDate, ctx: ViewContext): Promise<MissionView[]> => {
  const found = await store.responsibilities.possiblyDuring({ subjectId: subject.id, from: at.earliest, to: at.latest, roles: MISSIONS });
  await ctx.preloadSources(found.map((r) => r.sourceId));
  const out: MissionView[] = [];
  for (const r of found) {
    const mission = (await store.organizations.get(r.unitId))!;
    out.push({
      mission: organizationRef(mission), type: mission.agencyType ?? null, city: mission.headquarters ?? null,
      role: r.role as MissionView['role'], certainty: certaintyDuring(r.interval, at) ?? 'possible', sources: [ctx.source(r.sourceId)],
    });
  }
  return out.sort((a, b) => a.mission.name.localeCompare(b.mission.name));
};

const missionListComplete = async (store: Store): Promise<boolean> => {
  const claims = await store.claims.byField('list-complete');
  return !claims.some((c) => c.value === 'false');
};

const reasoning = (subject: Subject, at: PartialDate, status: RouteStatus, candidates: RouteCandidate[], org?: Organization): string[] => {
  const scope = org ? ` within ${org.name}` : '';
  if (status === 'not-covered') return [`No unit${scope} is recorded as responsible for ${subject.name} on ${at.text}.`];
  const lines = candidates.map((c) => {
    const path = c.chain.map((s) => s.unit.name).join(' → ');
    const how = c.certainty === 'certain' ? 'is responsible' : 'may be responsible (the sources leave the dates open)';
    return `${c.unit.name} ${how} for ${subject.name} on ${at.text}, per ${c.sources.map((s) => s.title).join('; ')}; chain: ${path}.`;
  });
  if (status === 'conflict') lines.push(`Sources disagree: ${candidates.length} units are given ${subject.name} at once.`);
  if (status === 'uncertain') lines.push(`${at.text} falls within a partially dated change of responsibility: which unit held ${subject.name} that day is not known.`);
  return lines;
};
