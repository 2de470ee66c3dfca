import { DomainError } from '../domain/errors.js';
import type { NamedEntity, NameVariant, Organization, Person, Post, Succession } from '../domain/model.js';
import { nameKey } from '../domain/names.js';
import { certaintyAt } from '../domain/time/interval.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { clearBest, rankedCandidates, suggestionsFor } from './suggest.service.js';
import { postAliasForms } from '../domain/post-aliases.js';
import type { LookupNote } from '../domain/reasons.js';

const NOUN: Record<NamedEntity, string> = { post: 'post', organization: 'organization or unit', person: 'person' };

const notFound = (kind: NamedEntity, ref: string, field: string, suggestions: readonly string[]): DomainError =>
  new DomainError('NOT_FOUND', `no ${NOUN[kind]} with id or name "${ref}"${suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : ''}`, { field, value: ref }, suggestions.length ? { suggestions: [...suggestions] } : {});

const resolve = async <T extends { id: string }>(store: Store, kind: NamedEntity, ref: string, get: (ids: readonly string[]) => Promise<T[]>, field: string): Promise<T> => {
  const [byId] = await get([ref]);
  if (byId) return byId;
  const ids = [...new Set((await store.names.byKey(nameKey(ref), kind)).map((n) => n.entityId))];
  if (ids.length === 1) {
    const [found] = await get(ids);
    if (found) return found;
  }
  if (ids.length > 1) {
    throw new DomainError('AMBIGUOUS', `"${ref}" names ${ids.length} ${NOUN[kind]}s: ${ids.join(', ')}; give an id`, { field, value: ref }, { candidates: ids });
  }
  throw notFound(kind, ref, field, await suggestionsFor(store, kind, ref));
};

/** Several posts of one chain share the name: the chain's latest post answers for them; else undefined. */
const latestOfChain = async (store: Store, ids: readonly string[]): Promise<string | undefined> => {
  const links = await store.successions.touching('post', ids);
  if (!ids.every((id) => links.some((l) => l.fromId === id || l.toId === id))) return undefined;
  const successors = new Set(links.filter((l) => ids.includes(l.fromId) && ids.includes(l.toId)).map((l) => l.fromId));
  const latest = ids.filter((id) => !successors.has(id));
  return latest.length === 1 ? latest[0] : undefined;
};

/**
 * A post by id or by any of its names (a former name, an alias, the native title), case-insensitively. When a name
 * is shared by posts that continue one another (a post renamed into a new record), the chain answers as one: the
 * latest of them is returned. What writes use: never a guess.
 */
export const resolvePost = (store: Store, ref: string): Promise<Post> =>
  resolve(store, 'post', ref, (ids) => store.posts.getMany(ids), 'post').catch(async (e: unknown) => {
    if (!(e instanceof DomainError) || e.code !== 'AMBIGUOUS') throw e;
    const latest = await latestOfChain(store, (e.details['candidates'] as string[]) ?? []);
    if (!latest) throw e;
    return (await store.posts.get(latest))!;
  });

/** A post or person a read found, with how the name asked was taken when it named nothing exactly. */
export interface Found<T> {
  entity: T;
  note: LookupNote | null;
}

/** The post the names people use for `ref` name (src/domain/post-aliases.ts), with the form that named it: when exactly one. */
const byAlias = async (store: Store, ref: string): Promise<{ id: string; form: string } | undefined> => {
  const hits = new Map<string, string>();
  for (const form of postAliasForms(ref)) {
    const ids = [...new Set((await store.names.byKey(nameKey(form), 'post')).map((n) => n.entityId))];
    const latest = ids.length > 1 ? await latestOfChain(store, ids) : undefined;
    for (const id of latest ? [latest] : ids) if (!hits.has(id)) hits.set(id, form);
  }
  const [hit, other] = [...hits];
  return hit && !other ? { id: hit[0], form: hit[1] } : undefined;
};

/**
 * How a read finds what a name means, one rule for every face: the id or a name exactly (as writes do); else, for a
 * post, the one post the names people use for it name (src/domain/post-aliases.ts); else the clear best of the
 * ranked candidates (`clearBest`). Either is taken with a note saying so; otherwise the name is not found, with the
 * candidates ranked as "did you mean".
 */
const read = async <T extends { id: string; name: string }>(
  store: Store, kind: 'post' | 'person', ref: string, strict: (ref: string) => Promise<T>, get: (id: string) => Promise<T | undefined>,
): Promise<Found<T>> => {
  try {
    return { entity: await strict(ref), note: null };
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== 'NOT_FOUND') throw e;
    const alias = kind === 'post' ? await byAlias(store, ref) : undefined;
    const aliased = alias ? await get(alias.id) : undefined;
    if (aliased) return { entity: aliased, note: { code: 'taken-as', asked: ref, taken: { id: aliased.id, name: aliased.name }, by: 'alias', alias: alias!.form } };
    const candidates = await rankedCandidates(store, kind, ref);
    const best = clearBest(candidates);
    const found = best ? await get(best.id) : undefined;
    if (found) return { entity: found, note: { code: 'taken-as', asked: ref, taken: { id: found.id, name: found.name }, by: 'closest', alias: null } };
    throw notFound(kind, ref, kind, [...new Set(candidates.map((c) => c.name))].slice(0, 3));
  }
};

/** A post as reads find it (`who`, `holders`): by name, by a name people use for it, or the clear best match, with a note. */
export const readPost = (store: Store, ref: string): Promise<Found<Post>> =>
  read(store, 'post', ref, (r) => resolvePost(store, r), (id) => store.posts.get(id));

/** A person as reads find them (`person`): by name, or the clear best match (the only Mandelson), with a note. */
export const readPerson = (store: Store, ref: string): Promise<Found<Person>> =>
  read(store, 'person', ref, (r) => resolvePerson(store, r), (id) => resolvePerson(store, id));

/** An organization or unit by id, name, acronym or native name. */
export const resolveOrganization = (store: Store, ref: string): Promise<Organization> =>
  resolve(store, 'organization', ref, (ids) => store.organizations.getMany(ids), 'organization');

/** A person by id or any name; a person merged into another resolves to that other. */
export const resolvePerson = async (store: Store, ref: string): Promise<Person> => {
  let person = await resolve(store, 'person', ref, (ids) => store.people.getMany(ids), 'person');
  for (let i = 0; i < 10 && person.mergedInto; i++) person = (await store.people.get(person.mergedInto)) ?? person;
  return person;
};

/** Name key → person id for every person name stored: what cell splitting matches against. */
export const personNameIndex = async (store: Store): Promise<Map<string, string>> => {
  const index = new Map<string, string>();
  for (const n of await store.names.list()) if (n.entityType === 'person') index.set(nameKey(n.name), n.entityId);
  for (const p of await store.people.list()) index.set(nameKey(p.name), p.id);
  return index;
};

/** The primary name in use on `at` among an entity's names (renames are dated names); undefined when none is dated then. */
export const nameOn = (names: readonly NameVariant[], at: PartialDate): string | undefined => {
  const dated = names.filter((n) => n.kind === 'primary' && n.interval);
  return (dated.find((n) => certaintyAt(n.interval!, at.earliest) === 'certain') ?? dated.find((n) => certaintyAt(n.interval!, at.earliest) !== undefined))?.name;
};

/** The name an organization bore on `at`, else its current name. */
export const organizationNameAt = async (store: Store, org: Organization, at: PartialDate): Promise<string> =>
  nameOn(await store.names.forEntity('organization', org.id), at) ?? org.name;

export interface PostChain {
  /** The posts that continue one another, in order of their links (earliest first where known). */
  posts: Post[];
  /** Posts whose source says the numbering of holders restarts with them. */
  restarts: Set<string>;
}

/**
 * Links without the mergers of several posts into one: which of them the merged post goes on numbering is not known
 * (a Foreign Secretary and a Secretary for Development merged into one), so it starts its own list and each
 * predecessor's ends; the links are kept and shown (`post-continued-as`).
 */
const withoutJointMergers = async (store: Store, links: Succession[]): Promise<Succession[]> => {
  const targets = [...new Set(links.filter((l) => l.kind === 'merged-into').map((l) => l.toId))];
  if (!targets.length) return links;
  const into = new Map<string, number>();
  for (const l of await store.successions.touching('post', targets)) if (l.kind === 'merged-into' && targets.includes(l.toId)) into.set(l.toId, (into.get(l.toId) ?? 0) + 1);
  return links.filter((l) => l.kind !== 'merged-into' || (into.get(l.toId) ?? 0) <= 1);
};

/**
 * A post and every post it continues or that continues it (renames into new records, a merger into another): one
 * list of holders and one numbering across them. Bounded: a chain of more than 50 posts is cut.
 */
export const postChain = async (store: Store, post: Post): Promise<PostChain> => {
  const ids = new Set([post.id]);
  const restarts = new Set<string>();
  let frontier = [post.id];
  for (let i = 0; frontier.length && i < 50; i++) {
    const touching = (await store.successions.touching('post', frontier)).filter((l) => l.kind === 'continues-as' || l.kind === 'merged-into');
    const links = await withoutJointMergers(store, touching);
    frontier = [];
    for (const l of links) {
      if (l.ordinals === 'restart') restarts.add(l.toId);
      for (const id of [l.fromId, l.toId]) {
        if (ids.has(id)) continue;
        ids.add(id);
        frontier.push(id);
      }
    }
  }
  const posts = ids.size === 1 ? [post] : await store.posts.getMany([...ids]);
  return { posts, restarts };
};
