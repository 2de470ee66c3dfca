import type { Organization } from '../domain/model.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import type { HistoryEntry } from '../storage/repositories/history.repository.js';
import type { User } from '../storage/repositories/user.repository.js';
import { DomainError } from '../domain/errors.js';

/** The entity kinds the API lists and shows by id, each with the table its versions live in. */
export const ENTITY_KINDS = ['organizations', 'posts', 'people', 'appointments', 'responsibilities', 'relations', 'events', 'sources', 'claims'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
/** Kinds with a validity interval: listed "as in force on a date" when one is asked. */
export const DATED_KINDS: ReadonlySet<EntityKind> = new Set(['appointments', 'responsibilities', 'relations']);

const repositoryOf = (store: Store, kind: EntityKind) => store[kind];

export interface EntityPage<T> {
  items: T[];
  more: boolean;
}

/** One page of an entity kind, in id order; for dated kinds with a date, those that may be in force on it. */
export const listEntities = async (store: Store, kind: EntityKind, limit: number, offset: number, at?: PartialDate): Promise<EntityPage<unknown>> =>
  repositoryOf(store, kind).page(limit, offset, DATED_KINDS.has(kind) && at ? { from: at.earliest, to: at.latest } : undefined);

/** One entity by id with its version (the ETag a change must name); NOT_FOUND when there is none. */
export const getEntity = async (store: Store, kind: EntityKind, id: string): Promise<{ entity: unknown; version: number | undefined }> => {
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

/** Every write, oldest first, with the name of the account that made it. */
export const listHistory = async (store: Store, q: HistoryQuery): Promise<(HistoryEntry & { user: string })[]> => {
  const items = await store.history.list(q);
  const users = new Map((await store.users.list()).map((u) => [u.id, u.name]));
  return items.map((h) => ({ ...h, user: users.get(h.userId) ?? h.userId }));
};

export const listUsers = (store: Store): Promise<User[]> => store.users.list();
