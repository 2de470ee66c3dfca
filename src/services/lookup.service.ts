import { DomainError } from '../domain/errors.js';
import type { NamedEntity, NameVariant, Organization, Person, Post } from '../domain/model.js';
import { nameKey } from '../domain/names.js';
import { certaintyAt } from '../domain/time/interval.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { suggestionsFor } from './suggest.service.js';

const NOUN: Record<NamedEntity, string> = { post: 'post', organization: 'organization or unit', person: 'person' };

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
  const suggestions = await suggestionsFor(store, kind, ref);
  throw new DomainError('NOT_FOUND', `no ${NOUN[kind]} with id or name "${ref}"${suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : ''}`, { field, value: ref }, suggestions.length ? { suggestions } : {});
};

/**
 * A post by id or by any of its names (a former name, an alias, the native title), case-insensitively. When a name
 * is shared by posts that continue one another (a post renamed into a new record), the chain answers as one: the
 * latest of them is returned.
 */
export const resolvePost = (store: Store, ref: string): Promise<Post> =>
  resolve(store, 'post', ref, (ids) => store.posts.getMany(ids), 'post').catch(async (e: unknown) => {
    // Several posts of one chain share the name: answer with the chain's latest post.
    if (!(e instanceof DomainError) || e.code !== 'AMBIGUOUS') throw e;
    const ids = (e.details['candidates'] as string[]) ?? [];
    const links = await store.successions.touching('post', ids);
    const linked = ids.every((id) => links.some((l) => l.fromId === id || l.toId === id));
    if (!linked) throw e;
    const successors = new Set(links.filter((l) => ids.includes(l.fromId) && ids.includes(l.toId)).map((l) => l.fromId));
    const latest = ids.filter((id) => !successors.has(id));
    if (latest.length !== 1) throw e;
    return (await store.posts.get(latest[0]!))!;
  });

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
 * A post and every post it continues or that continues it (renames into new records, mergers): one list of holders
 * and one numbering across them. Bounded: a chain of more than 50 posts is cut.
 */
export const postChain = async (store: Store, post: Post): Promise<PostChain> => {
  const ids = new Set([post.id]);
  const restarts = new Set<string>();
  let frontier = [post.id];
  for (let i = 0; frontier.length && i < 50; i++) {
    const links = (await store.successions.touching('post', frontier)).filter((l) => l.kind === 'continues-as' || l.kind === 'merged-into');
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
