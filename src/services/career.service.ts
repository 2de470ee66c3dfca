import { type Appointment, type NameVariant } from '../domain/model.js';
import { deriveOrdinals, numbersHolders, type OrdinalSource, ordinalSource } from '../domain/ordinal.js';
import { subjectCatalog } from '../domain/subjects/subject-catalog.js';
import { stateOn } from '../domain/subjects/territory.js';
import type { Certainty } from '../domain/time/interval.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { readPerson } from './lookup.service.js';
import type { LookupNote } from '../domain/reasons.js';
import { partyOf } from './holders.service.js';
import { postTimelines, timelineStateOn } from './post-state.service.js';
import { endText, type OrganizationRef, type PersonRef, type PostRef, type SourceRef, startText, ReferenceLoader } from './views.js';

export interface CareerTerm {
  appointmentId: string;
  post: PostRef;
  organization: OrganizationRef | null;
  /** The country, body or function the post is for (an accreditation), when it is one. */
  subject: { id: string; name: string } | null;
  /** With a date asked: the country as it was then, when a state it continues (Prussia, for Germany in 1800). */
  countryThen: { id: string; name: string } | null;
  start: string | null;
  end: string | null;
  kind: Appointment['kind'];
  endReason: string | null;
  ordinal: number | null;
  /** Whose number `ordinal` is: a source's (it numbers the term the same) or Chancery's derivation; null with no ordinal. */
  ordinalSource: OrdinalSource | null;
  /** The party or group the person sat for in this term, as its sources state it. */
  party: string | null;
  /** With a date asked: whether the term holds on it. */
  certainty: Certainty | null;
  sources: SourceRef[];
}

export interface CareerAnswer {
  /** How the name asked was read, when it named nobody exactly (`taken-as`: the only Mandelson). */
  notes: LookupNote[];
  person: PersonRef & { born: string | null; died: string | null };
  /** Where each of the person's own values comes from: a value filled in by a second source names that source. */
  provenance: Record<string, SourceRef>;
  /** `generated`: Chancery made the spelling itself (its source is a derived one), so no source is known to have used it. */
  names: { name: string; kind: string; generated: boolean; lang: string | null; from: string | null; to: string | null; source: SourceRef }[];
  at: string | null;
  terms: CareerTerm[];
  /** The subjects the person was accredited to (posts that are for a country or body), on the date or ever. */
  accreditations: { subject: { id: string; name: string }; post: PostRef; start: string | null; end: string | null; certainty: Certainty | null }[];
}

/**
 * A person's career: every name (dated), every post held, nominated to, or covered, and the countries accredited to,
 * each with sources; with `at`, only what may hold on that date, with how surely ("an envoy accredited to four
 * countries at once" is four terms on one day).
 */
export const career = async (store: Store, ref: string, at?: PartialDate): Promise<CareerAnswer> => {
  const { entity: person, note } = await readPerson(store, ref);
  const ctx = new ReferenceLoader(store, at);
  await ctx.preloadPeople([person.id]);
  const names: NameVariant[] = await store.names.forEntity('person', person.id);
  const claims = await store.claims.forEntity('person', person.id);
  const appointments = await store.appointments.forPerson(person.id);
  const posts = new Map((await store.posts.getMany(appointments.map((a) => a.postId))).map((p) => [p.id, p]));
  const orgs = new Map((await store.organizations.getMany([...posts.values()].map((p) => p.organizationId))).map((o) => [o.id, o]));
  const all = await store.appointments.forPosts([...posts.keys()]);
  const citations = await store.citations.forEntities('appointment', appointments.map((a) => a.id));
  const termClaims = await store.claims.forEntities('appointment', appointments.map((a) => a.id));
  const stored = new Map((await store.subjects.getMany([...new Set([...posts.values()].flatMap((p) => (p.subjectId ? [p.subjectId] : [])))])).map((x) => [x.id, x]));
  await ctx.preloadSources([person.sourceId, ...names.map((n) => n.sourceId), ...claims.map((c) => c.sourceId), ...appointments.map((a) => a.sourceId), ...citations.map((c) => c.sourceId)]);
  await ctx.preloadNames('post', [...posts.keys()]);
  await ctx.preloadNames('organization', [...orgs.keys()]);
  const catalog = subjectCatalog();
  // On a date, a term holds as `who` says of its post on that date (its evidence window, the seat rule): one story.
  const held = new Map<string, Certainty>();
  if (at) {
    const postOf = new Map(appointments.map((a) => [a.id, a.postId]));
    for (const [, timeline] of await postTimelines(store, [...posts.values()])) {
      for (const h of timelineStateOn(timeline, at, new ReferenceLoader(store, at, timeline.view)).holders) {
        if (postOf.get(h.appointmentId) === timeline.post.id) held.set(h.appointmentId, h.certainty);
      }
    }
  }
  const provenance: Record<string, SourceRef> = { name: ctx.source(person.sourceId) };
  for (const [field, value] of [['born', person.born?.text], ['died', person.died?.text], ['native-name', person.nativeName]] as const) {
    if (!value) continue;
    provenance[field] = ctx.source(claims.find((c) => c.field === field && c.value === value)?.sourceId ?? person.sourceId);
  }
  const terms: CareerTerm[] = [];
  for (const a of appointments) {
    const post = posts.get(a.postId);
    if (!post) continue;
    const org = orgs.get(post.organizationId);
    const certainty = at ? (held.get(a.id) ?? null) : null;
    if (at && !certainty) continue;
    const ordinals = numbersHolders(post, org?.kind) ? deriveOrdinals(all.filter((x) => x.postId === post.id)) : new Map<string, number>();
    const subject = post.subjectId ? (catalog.get(post.subjectId) ?? stored.get(post.subjectId)) : undefined;
    // On a date, the country as it was then (Prussia, for the chief of mission to Germany in 1800).
    const state = at && post.subjectId ? stateOn(catalog.territory(post.subjectId).line, at)?.subject : undefined;
    const then = state && state.id !== post.subjectId ? { id: state.id, name: state.name } : null;
    terms.push({
      appointmentId: a.id, post: ctx.post(post), organization: org ? ctx.organization(org) : null, subject: subject ? { id: subject.id, name: subject.name } : post.subjectId ? { id: post.subjectId, name: post.subjectId } : null, countryThen: then,
      start: startText(a.interval), end: endText(a.interval), kind: a.kind, endReason: a.endReason ?? null, ordinal: ordinals.get(a.id) ?? null,
      ordinalSource: ordinalSource(ordinals.get(a.id) ?? null, termClaims.filter((c) => c.entityId === a.id)),
      party: partyOf(termClaims.filter((c) => c.entityId === a.id)), certainty,
      sources: [a.sourceId, ...citations.filter((c) => c.entityId === a.id).map((c) => c.sourceId)].map((id) => ctx.source(id)),
    });
  }
  return {
    notes: note ? [note] : [],
    person: { ...ctx.person(person.id), born: person.born?.text ?? null, died: person.died?.text ?? null },
    provenance,
    names: names.map((n) => ({ name: n.name, kind: n.kind, generated: ctx.source(n.sourceId).kind === 'derived', lang: n.lang ?? null, from: n.interval?.start?.text ?? null, to: n.interval && n.interval.end.kind === 'date' ? n.interval.end.date.text : null, source: ctx.source(n.sourceId) })),
    at: at?.text ?? null,
    terms,
    // An area a post is for (a constituency) is represented, not accredited to.
    accreditations: terms.filter((t) => t.subject && !t.subject.id.startsWith('area:') && t.kind !== 'nominated').map((t) => ({ subject: t.countryThen ?? t.subject!, post: t.post, start: t.start, end: t.end, certainty: t.certainty })),
  };
};
