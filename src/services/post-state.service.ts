import { type Appointment, type Claim, isActing, type Organization, organizationLife, type Person, personLife, type Post, servesInPost } from '../domain/model.js';
import { deriveOrdinals } from '../domain/ordinal.js';
import { subjectCatalog } from '../domain/subjects/subject-catalog.js';
import { ALWAYS, type Certainty, certaintyDuring, type Extent, extentOf, lifeExtent, within } from '../domain/time/interval.js';
import { formatDay } from '../domain/time/day.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { type PostChain, postChain } from './lookup.service.js';
import { endText, type PersonRef, type SourceRef, startText, type ViewContext } from './views.js';

export interface HolderView {
  appointmentId: string;
  person: PersonRef;
  start: string | null;
  end: string | null;
  kind: Appointment['kind'];
  acting: boolean;
  /** For a cover: whom it covers (the holder on leave). */
  covers: { appointmentId: string; person: PersonRef } | null;
  ordinal: number | null;
  certainty: Certainty;
  /** Sources give different dates for this term: its dates span them all, and its certainty reflects that. */
  disputed: boolean;
  endReason: string | null;
  source: SourceRef;
  /** Every source that states this term. */
  sources: SourceRef[];
  note: string | null;
}

export interface TermRef {
  appointmentId: string;
  person: PersonRef;
  start: string | null;
  end: string | null;
}

/**
 * What a post stood at on a date. `held`: someone certainly held it; `possibly-held`: someone may have; `vacant`:
 * nobody, between two known terms; `no-data`: nothing recorded for the period; `not-existing`: the post (or its
 * organization) did not exist then.
 */
export type PostStatus = 'held' | 'possibly-held' | 'vacant' | 'no-data' | 'not-existing';

export interface PostState {
  status: PostStatus;
  holders: HolderView[];
  vacancy: { after: TermRef | null; before: TermRef | null } | null;
  /** When the post (with its organization) existed, as far as sources tell: null bounds are unknown. */
  existed: { from: string | null; to: string | null };
  explanation: string;
}

/** When a post existed: its own life within its organization's, and, for a post accredited to a state, the state's. */
export const postExtent = (post: Post, org: Organization | undefined): Extent => {
  const subject = post.subjectId ? subjectCatalog().get(post.subjectId) : undefined;
  return within(lifeExtent(post.life ?? ALWAYS), ...(org ? [lifeExtent(organizationLife(org))] : []), ...(subject?.life ? [lifeExtent(subject.life)] : []));
};

/** Everything the states of some posts on a date need, loaded in a few queries for all of them at once. */
export interface PostStateData {
  chains: Map<string, PostChain>;
  appointments: Map<string, Appointment[]>;
  organizations: Map<string, Organization>;
  citations: Map<string, string[]>;
  disputed: Set<string>;
}

const ON_DATES = new Set(['start', 'end']);

/** Loads the terms, organizations, people, sources and citations for the posts' chains (set-based). */
export const loadPostStates = async (store: Store, posts: readonly Post[], ctx: ViewContext, followChains = true): Promise<PostStateData> => {
  const chains = new Map<string, PostChain>();
  for (const p of posts) chains.set(p.id, followChains ? await postChain(store, p) : { posts: [p], restarts: new Set() });
  const allPosts = [...new Map([...chains.values()].flatMap((c) => c.posts).map((p) => [p.id, p])).values()];
  const all = await store.appointments.forPosts(allPosts.map((p) => p.id));
  const appointments = new Map<string, Appointment[]>();
  for (const a of all) appointments.set(a.postId, [...(appointments.get(a.postId) ?? []), a]);
  const organizations = new Map((await store.organizations.getMany(allPosts.map((p) => p.organizationId))).map((o) => [o.id, o]));
  const ids = all.map((a) => a.id);
  const citations = new Map<string, string[]>();
  for (const c of await store.citations.forEntities('appointment', ids)) citations.set(c.entityId, [...(citations.get(c.entityId) ?? []), c.sourceId]);
  const disputed = new Set<string>();
  const byFact = new Map<string, Claim[]>();
  for (const c of await store.claims.forEntities('appointment', ids)) if (ON_DATES.has(c.field)) byFact.set(`${c.entityId}\u0000${c.field}`, [...(byFact.get(`${c.entityId}\u0000${c.field}`) ?? []), c]);
  for (const [key, cs] of byFact) if (new Set(cs.map((c) => c.value)).size > 1) disputed.add(key.split('\u0000')[0]!);
  await ctx.preloadPeople(all.map((a) => a.personId));
  await ctx.preloadSources([...all.map((a) => a.sourceId), ...[...citations.values()].flat()]);
  await ctx.preloadNames('post', allPosts.map((p) => p.id));
  return { chains, appointments, organizations, citations, disputed };
};

const termRef = (a: Appointment, ctx: ViewContext): TermRef => ({ appointmentId: a.id, person: ctx.person(a.personId), start: startText(a.interval), end: endText(a.interval) });

/** A term's days within the lives that bound it: its post's and organization's, and its holder's. */
export const termExtent = (a: Appointment, post: Post, org: Organization | undefined, person: Person | undefined): Extent =>
  within(extentOf(a.interval), postExtent(post, org), ...(person ? [lifeExtent(personLife(person))] : []));

/**
 * The state of one post (and the posts it continues) on `at`. A holder is certain when every day `at` can mean lies
 * inside their term, bounded by the lives of the post, its organization and the holder. On a post of n seats, once n
 * holders certainly hold it, nobody else can (covers aside): the others are dropped, not shown as possible.
 */
export const postStateOn = (post: Post, at: PartialDate, data: PostStateData, ctx: ViewContext): PostState => {
  const chain = data.chains.get(post.id) ?? { posts: [post], restarts: new Set<string>() };
  const terms = chain.posts.flatMap((p) => data.appointments.get(p.id) ?? []);
  const ordinals = deriveOrdinals(terms, chain.restarts);
  const postOf = new Map(chain.posts.map((p) => [p.id, p]));
  const org = data.organizations.get(post.organizationId);
  const chainExtents = chain.posts.map((p) => postExtent(p, data.organizations.get(p.organizationId)));
  const existedOn = chainExtents.map((e) => certaintyDuring(e, at)).filter(Boolean);
  const life = post.life;
  const subjectLife = post.subjectId ? subjectCatalog().get(post.subjectId)?.life : undefined;
  const existed = { from: life?.from?.text ?? org?.formed?.text ?? subjectLife?.from?.text ?? null, to: life?.to?.text ?? org?.dissolved?.text ?? subjectLife?.to?.text ?? null };
  if (existedOn.length === 0) {
    return { status: 'not-existing', holders: [], vacancy: null, existed, explanation: `${post.name} did not exist on ${at.text}${existed.from ? ` (from ${existed.from}${existed.to ? ` to ${existed.to}` : ''})` : existed.to ? ` (until ${existed.to})` : ''}` };
  }
  const serving = terms.filter(servesInPost).map((a) => {
    const p = postOf.get(a.postId)!;
    const extent = termExtent(a, p, data.organizations.get(p.organizationId), ctx.personEntity(a.personId));
    return { a, extent, certainty: certaintyDuring(extent, at) };
  });
  let on = serving.filter((x) => x.certainty !== undefined);
  const takers = on.filter((x) => x.a.kind !== 'cover');
  const certainTakers = takers.filter((x) => x.certainty === 'certain');
  const seatBound = certainTakers.length >= post.seats && takers.length > certainTakers.length;
  if (seatBound) on = on.filter((x) => x.certainty === 'certain' || x.a.kind === 'cover');
  on.sort((x, y) => (x.certainty === y.certainty ? 0 : x.certainty === 'certain' ? -1 : 1) || (x.a.interval.start?.earliest ?? -Infinity) - (y.a.interval.start?.earliest ?? -Infinity));
  const byId = new Map(terms.map((a) => [a.id, a]));
  const holders: HolderView[] = on.map(({ a, certainty }) => {
    const covered = a.coversId ? byId.get(a.coversId) : undefined;
    return {
      appointmentId: a.id, person: ctx.person(a.personId), start: startText(a.interval), end: endText(a.interval), kind: a.kind, acting: isActing(a),
      covers: covered ? { appointmentId: covered.id, person: ctx.person(covered.personId) } : null,
      ordinal: ordinals.get(a.id) ?? null, certainty: certainty!, disputed: data.disputed.has(a.id), endReason: a.endReason ?? null,
      source: ctx.source(a.sourceId), sources: [a.sourceId, ...(data.citations.get(a.id) ?? [])].map((id) => ctx.source(id)), note: a.note ?? null,
    };
  });
  if (holders.some((h) => h.certainty === 'certain')) return { status: 'held', holders, vacancy: null, existed, explanation: seatBound ? 'others whose dates are open are left out: the post\'s seats were all held' : '' };
  if (holders.length) return { status: 'possibly-held', holders, vacancy: null, existed, explanation: possibleWhy(holders, serving.filter((x) => x.certainty), at) };
  // Nobody: a vacancy between two known terms, or simply no record of the period.
  const before = serving.filter((x) => x.a.interval.end.kind === 'date' && x.extent.possible?.to !== null && (x.extent.possible?.to ?? Infinity) <= at.earliest);
  const after = serving.filter((x) => x.a.interval.start !== null && x.extent.possible?.from !== null && (x.extent.possible?.from ?? -Infinity) > at.latest);
  const prev = before.sort((x, y) => (y.extent.possible!.to ?? 0) - (x.extent.possible!.to ?? 0))[0];
  const next = after.sort((x, y) => (x.extent.possible!.from ?? 0) - (y.extent.possible!.from ?? 0))[0];
  if (prev && next) {
    return {
      status: 'vacant', holders: [], existed, vacancy: { after: termRef(prev.a, ctx), before: termRef(next.a, ctx) },
      explanation: `vacant between ${ctx.personName(prev.a.personId)}'s term (ended ${endText(prev.a.interval)}) and ${ctx.personName(next.a.personId)}'s (started ${startText(next.a.interval)})`,
    };
  }
  return { status: 'no-data', holders: [], vacancy: prev || next ? { after: prev ? termRef(prev.a, ctx) : null, before: next ? termRef(next.a, ctx) : null } : null, existed, explanation: 'no holder is recorded for this period' };
};

const possibleWhy = (holders: HolderView[], on: { a: Appointment; extent: Extent }[], at: PartialDate): string => {
  const why: string[] = [];
  for (const { a, extent } of on) {
    const name = holders.find((h) => h.appointmentId === a.id)?.person.name ?? a.personId;
    if (holders.find((h) => h.appointmentId === a.id)?.disputed) why.push(`sources disagree on ${name}'s dates`);
    else if (a.interval.end.kind === 'open' && a.interval.end.asOf !== undefined && a.interval.end.asOf < at.latest) why.push(`${name}'s term is known only up to ${formatDay(a.interval.end.asOf)}, the date of its newest source`);
    else if (!a.interval.start) why.push(`${name}'s start is not recorded`);
    else if (extent.certain === undefined) why.push(`${name}'s dates are partial`);
  }
  return why.length ? `no holder is certain on ${at.text}: ${[...new Set(why)].join('; ')}` : `no holder is certain on every day of ${at.text}`;
};

/** The state of one post on a date, loading what it needs. */
export const postStateOf = async (store: Store, post: Post, at: PartialDate, ctx: ViewContext): Promise<PostState> =>
  postStateOn(post, at, await loadPostStates(store, [post], ctx), ctx);
