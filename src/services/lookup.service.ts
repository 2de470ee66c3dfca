import { DomainError } from '../domain/errors.js';
import type { NameVariant, Organization, Person, Post } from '../domain/model.js';
import { nameKey } from '../domain/names.js';
import { certaintyAt } from '../domain/time/interval.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';

const resolve = async <T>(
  store: Store,
  kind: NameVariant['entityType'],
  ref: string,
  get: (id: string) => Promise<T | undefined>,
  field: string,
): Promise<T> => {
  const byId = await get(ref);
  if (byId) return byId;
  const ids = [...new Set((await store.names.byKey(nameKey(ref), kind)).map((n) => n.entityId))];
  if (ids.length === 1) return (await get(ids[0]!))!;
  if (ids.length > 1) {
    throw new DomainError('AMBIGUOUS', `"${ref}" names ${ids.length} ${kind}s: ${ids.join(', ')}; give an id`, { field, value: ref }, { candidates: ids });
  }
  throw new DomainError('NOT_FOUND', `no ${kind} with id or name "${ref}"`, { field, value: ref });
};

/** A post by id or by any of its names, case-insensitively. */
export const resolvePost = (store: Store, ref: string): Promise<Post> => resolve(store, 'post', ref, (id) => store.posts.get(id), 'post');

/** An organization or unit by id, name, acronym or native name. */
export const resolveOrganization = (store: Store, ref: string): Promise<Organization> =>
  resolve(store, 'organization', ref, (id) => store.organizations.get(id), 'organization');

/** A person by id or any name; a person merged into another resolves to that other. */
export const resolvePerson = async (store: Store, ref: string): Promise<Person> => {
  let person = await resolve(store, 'person', ref, (id) => store.people.get(id), 'person');
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

/** The primary name an organization bore on `at` (renames are dated names), else its current name. */
export const organizationNameAt = async (store: Store, org: Organization, at: PartialDate): Promise<string> => {
  const dated = (await store.names.forEntity('organization', org.id)).filter((n) => n.kind === 'primary' && n.interval);
  const current = dated.find((n) => certaintyAt(n.interval!, at.earliest) !== undefined);
  return current?.name ?? org.name;
};
