import { type Appointment, type Claim, isActing, type Organization, organizationLife, type Person, personLife, type Post, servesInPost } from '../domain/model.js';
import { evidenceWindows } from '../domain/evidence.js';
import { deriveOrdinals, numbersHolders, ORDINAL_FIELD, type OrdinalSource, ordinalSource } from '../domain/ordinal.js';
import { seatsAllTaken, takesSeat } from '../domain/seat-rule.js';
import { subjectCatalog, type Territory } from '../domain/subjects/subject-catalog.js';
import { stateOn as territoryStateOn } from '../domain/subjects/territory.js';
import {
  ALWAYS, type Certainty, type Extent, extentOf, lifeAsHeld, lifeAsServed, lifeExtent, PACKED_EXTENT, packedCertaintyDuring, packedHasCertain, packExtent, within,
} from '../domain/time/interval.js';
import type { HolderDoubt, PostReason } from '../domain/reasons.js';
import { formatDay } from '../domain/time/day.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { UNKNOWN_BOUND } from './ingest/fact-writer.js';
import { type PostChain, postChain } from './lookup.service.js';
import { endText, type PersonRef, type PostRef, type SourceRef, sharedRef, startText, ReferenceLoader, type ViewData } from './views.js';
import { prepared, preparedKind, preparedMany } from './prepared/prepared-answers.js';

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
  /** Whose number `ordinal` is: a source's (it numbers the term the same) or Chancery's derivation; null with no ordinal. */
  ordinalSource: OrdinalSource | null;
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
export const POST_STATUSES = ['held', 'possibly-held', 'vacant', 'no-data', 'not-existing'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/** A term whose start is unknown, on a date before any evidence of it: not a possible holder, but named. */
export interface RecordedLater {
  appointmentId: string;
  person: PersonRef;
  /** The first day any evidence shows the term held. */
  firstRecorded: string;
}

export interface PostState {
  status: PostStatus;
  holders: HolderView[];
  /** Terms whose start is unknown, first recorded after the date: listed apart (docs/dates.md, evidence windows). */
  recordedLater: RecordedLater[];
  vacancy: { after: TermRef | null; before: TermRef | null } | null;
  /** When the post (with its organization) existed, as far as sources tell: null bounds are unknown. */
  existed: { from: string | null; to: string | null };
  /** Why the post shows these holders (or none), as data (src/domain/reasons.ts); null when the holders say it all. */
  reason: PostReason | null;
  /**
   * The country the post is tied to as it was on the date, when that was a state it continues (Prussia, for the
   * chief of mission to Germany in 1800); null when the country itself, or when the post is tied to none.
   */
  countryThen: { id: string; name: string } | null;
}

/**
 * When a post existed: its own life within its organization's (both reaching every day a term certainly held it:
 * `lifeAsHeld`), and, for a post tied to a country, the life of that country through time: the states it continues
 * on the dates they existed (the chief of mission to Germany in 1800, to Prussia), never only the country of today.
 */
export const postExtent = (post: Post, org: Organization | undefined, held: readonly Appointment[] = []): Extent => {
  const territory = post.subjectId ? subjectCatalog().territory(post.subjectId) : undefined;
  const own = within(lifeExtent(post.life ?? ALWAYS), ...(org ? [lifeExtent(organizationLife(org))] : []));
  const asHeld = lifeAsHeld(own, held.filter((a) => a.postId === post.id && servesInPost(a)).map((a) => a.interval));
  return territory ? within(asHeld, territory.extent) : asHeld;
};

/** Everything the states of some posts on a date need, loaded in a few queries for all of them at once. */
export interface PostStateData {
  chains: Map<string, PostChain>;
  appointments: Map<string, Appointment[]>;
  organizations: Map<string, Organization>;
  citations: Map<string, string[]>;
  disputed: Set<string>;
  /** The numbers sources give terms (claims `ordinal`), by term. */
  numbered: Map<string, Claim[]>;
}

const ON_DATES = new Set(['start', 'end']);

/** Loads the terms, organizations, people, sources and citations for the posts' chains (set-based). */
export const loadPostStates = async (store: Store, posts: readonly Post[], ctx: ReferenceLoader, followChains = true): Promise<PostStateData> => {
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
  const numbered = new Map<string, Claim[]>();
  // A bound a source did not give ("unknown") disputes nothing, as check has it.
  for (const c of await store.claims.forEntities('appointment', ids)) if (c.field === ORDINAL_FIELD) numbered.set(c.entityId, [...(numbered.get(c.entityId) ?? []), c]);
  else if (ON_DATES.has(c.field) && c.value !== UNKNOWN_BOUND) byFact.set(`${c.entityId}\u0000${c.field}`, [...(byFact.get(`${c.entityId}\u0000${c.field}`) ?? []), c]);
  for (const [key, cs] of byFact) if (new Set(cs.map((c) => c.value)).size > 1) disputed.add(key.split('\u0000')[0]!);
  await ctx.preloadPeople(all.map((a) => a.personId));
  await ctx.preloadSources([...all.map((a) => a.sourceId), ...[...citations.values()].flat()]);
  await ctx.preloadNames('post', allPosts.map((p) => p.id));
  return { chains, appointments, organizations, citations, disputed, numbered };
};

const holderOf = (term: TimelineTerm, ctx: ReferenceLoader): PersonRef => (term.datedPerson ? ctx.person(term.a.personId) : term.holder.person);
const termRef = (term: TimelineTerm, ctx: ReferenceLoader): TermRef => ({ appointmentId: term.holder.appointmentId, person: holderOf(term, ctx), start: term.holder.start, end: term.holder.end });

/** A term's days within the lives that bound it: its post's and organization's, and its holder's. */
export const termExtent = (a: Appointment, post: Post, org: Organization | undefined, person: Person | undefined, postLife = postExtent(post, org)): Extent =>
  within(extentOf(a.interval), postLife, ...(person ? [lifeAsServed(lifeExtent(personLife(person)), a.interval)] : []));

/** A term of a post as every date sees it: its number, its sources, its holder. */
interface TimelineTerm {
  a: Appointment;
  /** Where it sorts among holders of a date: its earliest possible start. */
  startKey: number;
  /** The holder's name has dates: the name on the date is asked of the context. */
  datedPerson: boolean;
  /**
   * The term as a holder on any date (`certainty` aside), shared: an answer copies it with the date's certainty, and
   * the names on the date where they have dates.
   */
  holder: Readonly<HolderView>;
  /** Whom the term covers (a holder on leave), when their name has dates: asked of the context on the date. */
  datedCover: { appointmentId: string; personId: string } | undefined;
  /** For a term whose start is unknown: the first day evidence shows it, and the first day it could have run at all. */
  firstRecorded: number | undefined;
  listedFrom: number;
}

/** Numbers a serving term has in a timeline's `packed`: its extent (`packExtent`), then its two vacancy keys. */
const TERM_NUMBERS = PACKED_EXTENT + 2;

/**
 * Everything about a post that does not depend on the date asked: its chain's lives, its terms with their extents,
 * numbers and sources, and the people, names and sources its answers show. What `postStateOn` reads; built once per
 * post and state of the registry when the mirror keeps it (`postTimeline`).
 */
export interface PostTimeline {
  post: Post;
  /** The post as every date shows it, when its name has no dates (else asked of the context on the date). */
  postRef: PostRef | undefined;
  existed: { from: string | null; to: string | null };
  /** The terms that fill a seat, in the order of the chain's posts, each post's by start. */
  serving: TimelineTerm[];
  /**
   * Side by side, so that a date is checked against all of them without leaving the array: first when each post of
   * the chain existed (`chainLength` packed extents), then per serving term (`TERM_NUMBERS` each) its extent, the
   * last day it may have run if it has a dated end (else NaN) and its first if it has a start (else NaN).
   */
  packed: Float64Array;
  chainLength: number;
  view: ViewData;
  /** The country the post is tied to, through time (undefined: tied to none). */
  territory: Territory | undefined;
}

/** The date-independent part of a post's states, from what `loadPostStates` read. */
export const buildPostTimeline = (post: Post, data: PostStateData, ctx: ReferenceLoader): PostTimeline => {
  const chain = data.chains.get(post.id) ?? { posts: [post], restarts: new Set<string>() };
  const terms = chain.posts.flatMap((p) => data.appointments.get(p.id) ?? []);
  const unnumbered = new Set(chain.posts.filter((p) => !numbersHolders(p, data.organizations.get(p.organizationId)?.kind)).map((p) => p.id));
  const ordinals = deriveOrdinals(terms, chain.restarts, unnumbered);
  const postOf = new Map(chain.posts.map((p) => [p.id, p]));
  const org = data.organizations.get(post.organizationId);
  const life = post.life;
  const territory = post.subjectId ? subjectCatalog().territory(post.subjectId) : undefined;
  const byId = new Map(terms.map((a) => [a.id, a]));
  const servingTerms = terms.filter(servesInPost);
  const chainLength = chain.posts.length;
  const packed = new Float64Array(chainLength * PACKED_EXTENT + servingTerms.length * TERM_NUMBERS);
  const lives = new Map(chain.posts.map((p) => [p.id, postExtent(p, data.organizations.get(p.organizationId), servingTerms)]));
  chain.posts.forEach((p, i) => packExtent(lives.get(p.id)!, packed, i * PACKED_EXTENT));
  const stated = servingTerms.map((a) => {
    const p = postOf.get(a.postId)!;
    return termExtent(a, p, data.organizations.get(p.organizationId), ctx.personEntity(a.personId), lives.get(p.id));
  });
  // What the terms say of each other's unknown bounds: one rule (src/domain/evidence.ts).
  const windows = evidenceWindows(post.seats, servingTerms.map((a, i) => ({ interval: a.interval, extent: stated[i]!, takesSeat: a.kind !== 'cover', acting: isActing(a) })));
  const serving = servingTerms.map((a, i): TimelineTerm => {
    const extent = windows[i]!.extent;
    const at = chainLength * PACKED_EXTENT + i * TERM_NUMBERS;
    packExtent(extent, packed, at);
    const possible = extent.possible;
    packed[at + PACKED_EXTENT] = a.interval.end.kind === 'date' && possible && possible.to !== null ? possible.to : Number.NaN;
    packed[at + PACKED_EXTENT + 1] = a.interval.start !== null && possible && possible.from !== null ? possible.from : Number.NaN;
    const covered = a.coversId ? byId.get(a.coversId) : undefined;
    const sourceIds = [a.sourceId, ...(data.citations.get(a.id) ?? [])];
    const sourceRefs = sourceIds.map((id) => sharedRef(ctx, `s\u0000${id}`, () => ctx.source(id)));
    const datedPerson = ctx.hasDatedNames('person', a.personId);
    const datedCover = covered && ctx.hasDatedNames('person', covered.personId)
      ? { appointmentId: covered.id, personId: covered.personId }
      : undefined;
    // Shared by every answer given from the timeline: frozen, so that a caller that changed them fails at once.
    const holder: HolderView = Object.freeze({
      appointmentId: a.id,
      person: datedPerson ? ctx.person(a.personId) : sharedRef(ctx, `p\u0000${a.personId}`, () => ctx.person(a.personId)),
      start: startText(a.interval), end: endText(a.interval), kind: a.kind, acting: isActing(a),
      covers: covered ? Object.freeze({ appointmentId: covered.id, person: ctx.person(covered.personId) }) : null,
      ordinal: ordinals.get(a.id) ?? null, ordinalSource: ordinalSource(ordinals.get(a.id) ?? null, data.numbered.get(a.id) ?? []), certainty: 'certain', disputed: data.disputed.has(a.id), endReason: a.endReason ?? null,
      source: sourceRefs[0]!, sources: sharedRef(ctx, `l\u0000${sourceIds.join('\u0000')}`, () => sourceRefs), note: a.note ?? null,
    });
    return {
      a, startKey: a.interval.start?.earliest ?? -Infinity, datedPerson, holder, datedCover,
      firstRecorded: windows[i]!.firstRecorded, listedFrom: stated[i]!.possible?.from ?? -Infinity,
    };
  });
  return {
    post, serving, packed, chainLength, view: ctx.data(), territory,
    postRef: ctx.hasDatedNames('post', post.id) ? undefined : sharedRef(ctx, `t\u0000${post.id}`, () => ctx.post(post)),
    existed: { from: life?.from?.text ?? org?.formed?.text ?? territory?.existed.from ?? null, to: life?.to?.text ?? org?.dissolved?.text ?? territory?.existed.to ?? null },
  };
};

/** Kinds of kept timelines: a post's with its chain's terms (by post id, and by the ref a question named it), its own. */
export const TIMELINE = preparedKind<string, PostTimeline>('post-timeline', (ref) => ref);
const OWN = preparedKind<string, PostTimeline>('post-timeline-own', (id) => id);

/**
 * A post's timeline, built from the registry's present state: kept by the in-memory mirror until the next change, so
 * that a question about a post asked before costs only the date's part. `followChain` false: its own terms only.
 */
export const postTimeline = (store: Store, post: Post, followChain = true): Promise<PostTimeline> =>
  prepared(store, followChain ? TIMELINE : OWN, post.id, async (s) => {
    // Read again through the recording store: the timeline depends on the post's row as well.
    const current = (await s.posts.get(post.id)) ?? post;
    const ctx = ReferenceLoader.forAnyDate(s);
    return buildPostTimeline(current, await loadPostStates(s, [current], ctx, followChain), ctx);
  });


/** The timelines of many posts, by post id: those kept taken, the others built together (set-based). */
export const postTimelines = async (store: Store, posts: readonly Post[], followChain = true): Promise<Map<string, PostTimeline>> => {
  const byId = new Map(posts.map((p) => [p.id, p]));
  return preparedMany(store, followChain ? TIMELINE : OWN, [...byId.keys()], async (missing, s, also) => {
    // Read again through the recording store: the timelines depend on the posts' rows as well.
    const found = new Map((await s.posts.getMany(missing)).map((p) => [p.id, p]));
    const batch = missing.map((id) => found.get(id) ?? byId.get(id)!);
    const ctx = ReferenceLoader.forAnyDate(s);
    const data = await loadPostStates(s, batch, ctx, followChain);
    const built: [string, PostTimeline][] = [];
    for (const p of batch) {
      const t = buildPostTimeline(p, data, ctx);
      built.push([p.id, t]);
      // A post that continues no other and is continued by none: its own terms are its chain's, kept under both.
      if (followChain && t.chainLength === 1) also(OWN, p.id, t);
    }
    return built;
  });
};

/** Posts whose timelines are built together: set-based reads, and a batch short enough (a few ms) for requests to wait on. */
const PREPARE_BATCH = 100;

/**
 * Builds and keeps the timeline of every post (what `serve` does once the mirror is loaded), a batch of posts at a
 * time with the event loop free between batches. Returns how many were prepared.
 */
export const preparePostTimelines = async (store: Store): Promise<number> => {
  const posts = await store.posts.list();
  for (let i = 0; i < posts.length; i += PREPARE_BATCH) {
    await postTimelines(store, posts.slice(i, i + PREPARE_BATCH));
    await new Promise((resolveTurn) => setImmediate(resolveTurn));
  }
  return posts.length;
};

/**
 * The state of one post (and the posts it continues) on `at`. A holder is certain when every day `at` can mean lies
 * inside their term, bounded by the lives of the post, its organization and the holder. On a post of n seats, once n
 * holders certainly hold it, nobody else can (covers aside): the others are dropped, not shown as possible.
 */
export const postStateOn = (post: Post, at: PartialDate, data: PostStateData, ctx: ReferenceLoader): PostState => timelineStateOn(buildPostTimeline(post, data, ctx), at, ctx);

/** The state of a post on `at` from its timeline; `ctx` gives the names people bore on `at`. */
export const timelineStateOn = (t: PostTimeline, at: PartialDate, ctx: ReferenceLoader): PostState => ({
  ...stateOn(t, at, ctx), recordedLater: recordedLaterOn(t, at, ctx), countryThen: countryThen(t.territory, at),
});

/** The state standing for the post's country on `at` when it is not the country itself (`stateOn`, territory.ts). */
const countryThen = (territory: Territory | undefined, at: PartialDate): PostState['countryThen'] => {
  if (!territory || territory.line.length < 2) return null;
  const then = territoryStateOn(territory.line, at);
  return then && then !== territory.line[0] ? { id: then.subject.id, name: then.subject.name } : null;
};

/** Terms whose start is unknown and whose first evidence comes after `at`, on a date they could have run at all. */
const recordedLaterOn = (t: PostTimeline, at: PartialDate, ctx: ReferenceLoader): RecordedLater[] => {
  const out: RecordedLater[] = [];
  for (const term of t.serving) {
    if (term.firstRecorded === undefined || term.firstRecorded <= at.latest || term.listedFrom > at.latest) continue;
    out.push({ appointmentId: term.a.id, person: holderOf(term, ctx), firstRecorded: formatDay(term.firstRecorded) });
  }
  return out;
};

const stateOn = (t: PostTimeline, at: PartialDate, ctx: ReferenceLoader): Omit<PostState, 'recordedLater' | 'countryThen'> => {
  const { post, existed, serving, packed } = t;
  const first = t.chainLength * PACKED_EXTENT;
  let existedOn = false;
  for (let o = 0; o < first && !existedOn; o += PACKED_EXTENT) existedOn = packedCertaintyDuring(packed, o, at) !== undefined;
  if (!existedOn) {
    const postNamed = { id: post.id, name: post.name };
    return { status: 'not-existing', holders: [], vacancy: null, existed, reason: { code: 'post-not-existing', post: postNamed, at: at.text, ...existed } };
  }
  let on: { term: TimelineTerm; certainty: Certainty }[] = [];
  let takers = 0;
  let certainTakers = 0;
  for (let i = 0; i < serving.length; i++) {
    const certainty = packedCertaintyDuring(packed, first + i * TERM_NUMBERS, at);
    if (certainty === undefined) continue;
    const term = serving[i]!;
    on.push({ term, certainty });
    if (!takesSeat(term.holder)) continue;
    takers++;
    if (certainty === 'certain') certainTakers++;
  }
  // The seat rule: once the seats are all certainly taken, a term that only may hold one cannot be holding it.
  const seatBound = seatsAllTaken(post.seats, certainTakers) && takers > certainTakers;
  if (seatBound) on = on.filter((x) => x.certainty === 'certain' || !takesSeat(x.term.holder));
  on.sort((x, y) => (x.certainty === y.certainty ? 0 : x.certainty === 'certain' ? -1 : 1) || x.term.startKey - y.term.startKey);
  const holders: HolderView[] = on.map(({ term, certainty }) => {
    const h: HolderView = { ...term.holder, certainty };
    if (term.datedPerson) h.person = ctx.person(term.a.personId);
    if (term.datedCover) h.covers = { appointmentId: term.datedCover.appointmentId, person: ctx.person(term.datedCover.personId) };
    return h;
  });
  if (holders.some((h) => h.certainty === 'certain')) {
    return { status: 'held', holders, vacancy: null, existed, reason: seatBound ? { code: 'seats-all-held' } : null };
  }
  if (holders.length) return { status: 'possibly-held', holders, vacancy: null, existed, reason: possibleWhy(holders, serving.flatMap((term, i) => {
      const o = first + i * TERM_NUMBERS;
      return packedCertaintyDuring(packed, o, at) === undefined ? [] : [{ a: term.a, certainOnSomeDay: packedHasCertain(packed, o) }];
    }), at) };
  // Nobody: a vacancy between two known terms, or simply no record of the period. The latest term that ended by then
  // and the earliest that began after (the first in order among equals).
  let prev: TimelineTerm | undefined;
  let next: TimelineTerm | undefined;
  let prevKey = -Infinity;
  let nextKey = Infinity;
  for (let i = 0; i < serving.length; i++) {
    const ended = packed[first + i * TERM_NUMBERS + PACKED_EXTENT]!;
    const began = packed[first + i * TERM_NUMBERS + PACKED_EXTENT + 1]!;
    if (ended <= at.earliest && (prev === undefined || ended > prevKey)) {
      prev = serving[i];
      prevKey = ended;
    }
    if (began > at.latest && (next === undefined || began < nextKey)) {
      next = serving[i];
      nextKey = began;
    }
  }
  if (prev && next) {
    return {
      status: 'vacant', holders: [], existed, vacancy: { after: termRef(prev, ctx), before: termRef(next, ctx) },
      reason: { code: 'vacant-between', after: { person: named(holderOf(prev, ctx)), end: prev.holder.end }, before: { person: named(holderOf(next, ctx)), start: next.holder.start } },
    };
  }
  return { status: 'no-data', holders: [], vacancy: prev || next ? { after: prev ? termRef(prev, ctx) : null, before: next ? termRef(next, ctx) : null } : null, existed, reason: { code: 'no-record' } };
};

const named = (p: PersonRef) => ({ id: p.id, name: p.name });

/** Why no holder is certain on `at`: each possible holder's doubt, once. */
const possibleWhy = (holders: HolderView[], on: { a: Appointment; certainOnSomeDay: boolean }[], at: PartialDate): PostReason => {
  const doubts = new Map<string, HolderDoubt>();
  for (const { a, certainOnSomeDay } of on) {
    const holder = holders.find((h) => h.appointmentId === a.id);
    const person = { id: a.personId, name: holder?.person.name ?? a.personId };
    let doubt: HolderDoubt | undefined;
    if (holder?.disputed) doubt = { code: 'dates-disputed', person };
    else if (a.interval.end.kind === 'open' && a.interval.end.asOf !== undefined && a.interval.end.asOf < at.latest) doubt = { code: 'known-until', person, asOf: formatDay(a.interval.end.asOf) };
    else if (!a.interval.start) doubt = { code: 'start-unrecorded', person };
    else if (!certainOnSomeDay) doubt = { code: 'dates-partial', person };
    if (doubt) doubts.set(JSON.stringify(doubt), doubt);
  }
  return { code: 'no-certain-holder', at: at.text, doubts: [...doubts.values()] };
};
