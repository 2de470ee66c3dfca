import { DomainError } from '../domain/errors.js';
import type { Organization, Post, Responsibility, Subject } from '../domain/model.js';
import { BODY_FUNCTIONS, subjectCatalog } from '../domain/subjects/subject-catalog.js';
import { type Certainty, certaintyDuring, extentOf, lifeExtent, mayHoldDuring, within } from '../domain/time/interval.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { resolveOrganization } from './lookup.service.js';
import { type HolderView, loadPostStates, postStateOn } from './post-state.service.js';
import { ancestry, chainAt, type ChainStep, descendants, organizationExtent, type StructureSource } from './structure.service.js';
import { suggestSubjects } from './subject-suggest.service.js';
import { type OrganizationRef, type PostRef, type SourceRef, sourcesOfFacts, ViewContext } from './views.js';

export type RouteStatus = 'covered' | 'conflict' | 'not-covered' | 'uncertain' | 'not-existing';

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
  role: 'resident-mission' | 'non-resident-mission';
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
  /** False when the list of missions the registry holds is known to be partial: no mission listed is no proof of none. */
  missionListComplete: boolean;
  reasoning: string[];
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
const everUnder = async (structure: StructureSource, unitId: string, orgId: string): Promise<boolean> => {
  const seen = new Set<string>();
  let frontier = [unitId];
  while (frontier.length) {
    if (frontier.includes(orgId)) return true;
    for (const id of frontier) seen.add(id);
    frontier = [...new Set((await Promise.all(frontier.map((id) => structure.linksUp(id)))).flat().map((l) => l.toId))].filter((id) => !seen.has(id));
  }
  return false;
};

const lifeText = (s: Subject) => (s.life ? { from: s.life.from?.text ?? null, to: s.life.to?.text ?? null } : null);

/**
 * Who handles `subjectText` on `at`: every unit that may be responsible, its head and the chain up to the top of its
 * organization on that date, with sources. `covered`: one unit; `conflict`: sources give it to several units at
 * once; `uncertain`: the date falls where a partial date leaves the change of hands unplaced; `not-covered`: no unit;
 * `not-existing`: the subject (a state before its independence, after its dissolution) or the units recorded for it
 * did not exist then. A responsibility for a former state never answers for its successors. A name that is no
 * country, regional body or function is an error, never a guess.
 */
export const route = async (store: Store, subjectText: string, at: PartialDate, orgRef?: string): Promise<RouteAnswer> => {
  const catalog = subjectCatalog();
  const subject = catalog.resolve(subjectText);
  if (!subject) {
    const suggestions = suggestSubjects(subjectText);
    throw new DomainError('UNKNOWN_SUBJECT', `no country, regional body or function named "${subjectText}"${suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : ''}`, { field: 'subject', value: subjectText }, suggestions.length ? { suggestions } : {});
  }
  const org = orgRef ? await resolveOrganization(store, orgRef) : undefined;
  const ctx = new ViewContext(store, at);
  const subjectView = { kind: subject.kind, code: subject.code ?? null, name: subject.name, id: subject.id, existed: lifeText(subject), successors: (subject.successors ?? []).map((id) => catalog.get(id)?.name ?? id) };
  const subjectLife = lifeExtent(subject.life ?? { from: null, to: null });
  const base = { subject: subjectView, at: at.text, missionListComplete: await missionListComplete(store) };
  if (!certaintyDuring(subjectLife, at)) {
    const when = subject.life?.to && at.earliest >= subject.life.to.earliest ? `it ended on ${subject.life.to.text}${subjectView.successors.length ? `; its successors: ${subjectView.successors.join(', ')}` : ''}` : `it began only on ${subject.life?.from?.text}`;
    return { ...base, status: 'not-existing', candidates: [], notExisting: [], missions: [], reasoning: [`${subject.name} did not exist on ${at.text}: ${when}. A responsibility for it is not one for any other state.`] };
  }
  // Within one organization, its units are few: their responsibilities are read, not every unit's for the subject.
  const inOrg = org ? await store.responsibilities.forUnits(await descendants(store, org.id)) : undefined;
  const handling = async (subjectId: string): Promise<Responsibility[]> =>
    inOrg
      ? inOrg.filter((r) => r.subjectId === subjectId && HANDLES.includes((r.role ?? 'handles') as 'handles') && mayHoldDuring(r.interval, at.earliest, at.latest))
      : store.responsibilities.possiblyDuring({ subjectIds: [subjectId], from: at.earliest, to: at.latest, roles: HANDLES });
  let found = await handling(subject.id);
  let via: string | null = null;
  if (found.length === 0 && BODY_FUNCTIONS[subject.id]) {
    // A body no unit is recorded for falls to the unit of its function (the UN to international organizations).
    via = catalog.get(BODY_FUNCTIONS[subject.id]!)?.name ?? null;
    found = await handling(BODY_FUNCTIONS[subject.id]!);
  }
  const byUnit = new Map<string, Responsibility[]>();
  for (const r of found) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
  const known = new Map<string, Organization>();
  const chains = new Map<string, ChainStep[]>();
  const gone: Organization[] = [];
  // Chains first (one set-based read of the ancestry), so that with an organization asked for, only its units go on.
  const structure = await ancestry(store, [...byUnit.keys()], known);
  for (const unitId of byUnit.keys()) {
    const chain = await chainAt(structure, unitId, at, known);
    if (!chain || chain.some((s) => !certaintyDuring(organizationExtent(s.organization), at))) {
      const unit = known.get(unitId);
      if (unit && (!org || (await everUnder(structure, unitId, org.id)))) gone.push(unit);
      continue;
    }
    if (org && !chain.some((s) => s.organization.id === org.id)) continue;
    chains.set(unitId, chain);
  }
  const kept = found.filter((r) => chains.has(r.unitId) || gone.some((u) => u.id === r.unitId));
  const cited = await sourcesOfFacts(store, 'responsibility', kept);
  await ctx.preloadSources([...cited.values()].flat());
  await ctx.preloadNames('organization', kept.map((r) => r.unitId));
  const notExisting: RouteAnswer['notExisting'] = gone.map((unit) => ({ unit: ctx.organization(unit), existed: { from: unit.formed?.text ?? null, to: unit.dissolved?.text ?? null } }));
  const heads = await headsOf(store, [...new Set([...chains.values()].flat().map((s) => s.organization))], at, ctx);
  await ctx.preloadSources([...chains.values()].flat().map((s) => s.link?.sourceId ?? s.organization.sourceId));
  await ctx.preloadNames('organization', [...chains.values()].flat().map((s) => s.organization.id));

  const candidates: RouteCandidate[] = [];
  for (const [unitId, chain] of chains) {
    const rs = byUnit.get(unitId)!;
    const life = within(organizationExtent(chain[0]!.organization), subjectLife);
    const own = rs.map((r) => certaintyDuring(within(extentOf(r.interval), life), at)).filter((c): c is Certainty => c !== undefined);
    if (own.length === 0) continue;
    const linkCertainty = chain[0]!.certainty;
    const best = own.some((c) => c === 'certain') ? 'certain' : 'possible';
    const certainty: Certainty = rank(best) <= rank(linkCertainty) ? best : linkCertainty;
    const steps: ChainStepView[] = chain.map((s) => ({
      unit: ctx.organization(s.organization), head: heads.get(s.organization.id) ?? { post: null, holders: [] }, certainty: s.certainty,
      source: ctx.source(s.link?.sourceId ?? s.organization.sourceId),
    }));
    candidates.push({
      unit: steps[0]!.unit, organization: steps[steps.length - 1]!.unit, certainty, head: steps[0]!.head, chain: steps,
      sources: [...new Set(rs.flatMap((r) => cited.get(r.id) ?? [r.sourceId]))].map((id) => ctx.source(id)),
      notes: [...new Set(rs.map((r) => r.note).filter((n): n is string => !!n))], via,
    });
  }
  candidates.sort((a, b) => (a.certainty === b.certainty ? a.unit.name.localeCompare(b.unit.name) : a.certainty === 'certain' ? -1 : 1));

  const windowed = found.some((r) => chains.has(r.unitId) && inBoundWindow(r, at));
  const status: RouteStatus = candidates.length === 0 ? (notExisting.length && !org ? 'not-existing' : 'not-covered') : windowed ? 'uncertain' : candidates.length > 1 ? 'conflict' : 'covered';
  const missions = subject.kind === 'country' || subject.kind === 'territory' ? await missionsFor(store, subject, at, ctx) : [];
  return { ...base, status, candidates, notExisting, missions, reasoning: reasoning(subject, at, status, candidates, notExisting, org) };
};

/** The head post of each unit (rank 1, or its only post) and its holders on the date: set-based for the whole chain. */
const headsOf = async (store: Store, units: readonly Organization[], at: PartialDate, ctx: ViewContext): Promise<Map<string, HeadView>> => {
  const posts = await store.posts.forOrganizations(units.map((u) => u.id));
  const head = new Map<string, Post>();
  for (const u of units) {
    const mine = posts.filter((p) => p.organizationId === u.id);
    const h = mine.find((p) => p.rank === 1) ?? (mine.length === 1 ? mine[0] : undefined);
    if (h) head.set(u.id, h);
  }
  const data = await loadPostStates(store, [...head.values()], ctx, false);
  const out = new Map<string, HeadView>();
  for (const [unitId, p] of head) {
    const holders = postStateOn(p, at, data, ctx).holders.sort((a, b) => Number(b.acting) - Number(a.acting));
    out.set(unitId, { post: ctx.post(p), holders });
  }
  return out;
};

const missionsFor = async (store: Store, subject: Subject, at: PartialDate, ctx: ViewContext): Promise<MissionView[]> => {
  const found = await store.responsibilities.possiblyDuring({ subjectIds: [subject.id], from: at.earliest, to: at.latest, roles: MISSIONS });
  const cited = await sourcesOfFacts(store, 'responsibility', found);
  await ctx.preloadSources([...cited.values()].flat());
  const missions = new Map((await store.organizations.getMany(found.map((r) => r.unitId))).map((o) => [o.id, o]));
  const out: MissionView[] = [];
  for (const r of found) {
    const mission = missions.get(r.unitId);
    if (!mission) continue;
    const certainty = certaintyDuring(within(extentOf(r.interval), organizationExtent(mission)), at);
    if (!certainty) continue;
    out.push({ mission: ctx.organization(mission), type: mission.agencyType ?? null, city: mission.headquarters ?? null, role: r.role as MissionView['role'], certainty, sources: (cited.get(r.id) ?? [r.sourceId]).map((id) => ctx.source(id)) });
  }
  return out.sort((a, b) => a.mission.name.localeCompare(b.mission.name));
};

const missionListComplete = async (store: Store): Promise<boolean> => !(await store.claims.byField('list-complete')).some((c) => c.value === 'false');

const reasoning = (subject: Subject, at: PartialDate, status: RouteStatus, candidates: RouteCandidate[], notExisting: RouteAnswer['notExisting'], org?: Organization): string[] => {
  const scope = org ? ` within ${org.name}` : '';
  const lines: string[] = [];
  for (const n of notExisting) {
    lines.push(`${n.unit.name} is recorded for ${subject.name}, but did not exist on ${at.text}${n.existed.from ? ` (it existed from ${n.existed.from})` : ''}: its organization had not been formed, or it had been abolished.`);
  }
  if (status === 'not-covered') lines.push(`No unit${scope} is recorded as responsible for ${subject.name} on ${at.text}.`);
  for (const c of candidates) {
    const path = c.chain.map((s) => s.unit.name).join(' → ');
    const how = c.certainty === 'certain' ? 'is responsible' : 'may be responsible (the sources leave the dates open)';
    lines.push(`${c.unit.name} ${how} for ${c.via ? `${c.via}, which covers ${subject.name},` : subject.name} on ${at.text}, per ${c.sources.map((s) => s.title).join('; ')}; chain: ${path}.`);
  }
  if (status === 'conflict') lines.push(`Sources disagree: ${candidates.length} units are given ${subject.name} at once.`);
  if (status === 'uncertain') lines.push(`${at.text} falls within a partially dated change of responsibility: which unit held ${subject.name} that day is not known.`);
  return lines;
};
