import type { Appointment, Claim, Organization, Person, Post, Relation, Responsibility, Source, StructuralEvent } from '../domain/model.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import type { HistoryEntry } from '../storage/repositories/history.repository.js';
import type { User } from '../storage/repositories/user.repository.js';
import { DomainError } from '../domain/errors.js';
import { REGISTRY_TABLES } from '../storage/tables.js';

/** The entity kinds the API lists and shows by id, each with the table its versions live in. */
export const ENTITY_KINDS = ['organizations', 'posts', 'people', 'appointments', 'responsibilities', 'relations', 'events', 'sources', 'claims'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
/** Kinds with a validity interval: listed "as in force on a date" when one is asked. */
export const DATED_KINDS: ReadonlySet<EntityKind> = new Set(['appointments', 'responsibilities', 'relations']);

/** The domain type of each kind. */
export interface EntityOf {
  organizations: Organization;
  posts: Post;
  people: Person;
  appointments: Appointment;
  responsibilities: Responsibility;
  relations: Relation;
  events: StructuralEvent;
  sources: Source;
  claims: Claim;
}

interface EntityRepository<T> {
  page(limit: number, offset: number, validOn?: { from: number; to: number }): Promise<{ items: T[]; more: boolean }>;
  get(id: string): Promise<T | undefined>;
}
const REPOSITORIES: { [K in EntityKind]: (s: Store) => EntityRepository<EntityOf[K]> } = {
  organizations: (s) => s.organizations, posts: (s) => s.posts, people: (s) => s.people, appointments: (s) => s.appointments,
  responsibilities: (s) => s.responsibilities, relations: (s) => s.relations, events: (s) => s.events, sources: (s) => s.sources, claims: (s) => s.claims,
};
const repositoryOf = <K extends EntityKind>(store: Store, kind: K): EntityRepository<EntityOf[K]> => REPOSITORIES[kind](store);

export interface EntityPage<T> {
  items: T[];
  more: boolean;
}

/** One page of an entity kind, in id order; for dated kinds with a date, those that may be in force on it. */
export const listEntities = async <K extends EntityKind>(store: Store, kind: K, limit: number, offset: number, at?: PartialDate): Promise<EntityPage<EntityOf[K]>> =>
  repositoryOf(store, kind).page(limit, offset, DATED_KINDS.has(kind) && at ? { from: at.earliest, to: at.latest } : undefined);

/** One entity by id with its version (the ETag a change must name); NOT_FOUND when there is none. */
export const getEntity = async <K extends EntityKind>(store: Store, kind: K, id: string): Promise<{ entity: EntityOf[K]; version: number | undefined }> => {
  const entity = await repositoryOf(store, kind).get(id);
  if (!entity) throw new DomainError('NOT_FOUND', `no ${kind} entry with id "${id}"`, { field: 'id', value: id });
  return { entity, version: await store.repository(kind).version(id) };
};

/** Units (organizations that are part of another) with the link to their parent; with a date, links in force on it. */
export const listUnits = async (store: Store, limit: number, offset: number, at?: PartialDate): Promise<EntityPage<{ unit: Organization; parentId: string; linkId: string }>> => {
  const { items, more } = await store.relations.unitLinksPage(limit, offset, at ? { from: at.earliest, to: at.latest } : undefined);
  const units = new Map((await store.organizations.getMany(items.map((l) => l.fromId))).map((o) => [o.id, o]));
  return { items: items.filter((l) => units.has(l.fromId)).map((l) => ({ unit: units.get(l.fromId)!, parentId: l.toId, linkId: l.id })), more };
};

export type HistoryQuery = Parameters<Store['history']['list']>[0];
/** The kinds of row the history can be filtered by (its tables): anything else is a mistake to refuse, not an empty page. */
export const HISTORY_ENTITY_TYPES: readonly string[] = REGISTRY_TABLES;

/** Every write, oldest first, with the name of the account that made it. */
export const listHistory = async (store: Store, q: HistoryQuery): Promise<(HistoryEntry & { user: string })[]> => {
  const items = await store.history.list(q);
  const users = new Map((await store.users.list()).map((u) => [u.id, u.name]));
  return items.map((h) => ({ ...h, user: users.get(h.userId) ?? h.userId }));
};

export const listUsers = (store: Store): Promise<User[]> => store.users.list();
