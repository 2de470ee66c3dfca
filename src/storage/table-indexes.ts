import type { Appointment, Citation, Claim, Identifier, NameVariant, Post, Relation, Responsibility, Succession } from '../domain/model.js';
import { nameKey } from '../domain/names.js';
import type { RegistryTable } from './tables.js';

/**
 * One indexed read, declared once: the SQL columns it looks up (`group` an equality, `column` any of several keys)
 * and the same key derived from the domain value (`keyOf`), from which the in-memory mirror files its rows. Both
 * sides of every read come from this one declaration (decision 13): the mirror's index and the SQL `where … in`.
 */
export interface IndexDeclaration<T> {
  /** The column compared for equality with the group, or none ('' is then the only group). */
  readonly group?: string;
  /** The column compared with the keys. */
  readonly column: string;
  /** The `[group, key]` a value is filed under, as the writer stored the columns; null: not in this index. */
  readonly keyOf: (value: T) => readonly [string, string] | null;
}

const one = (key: string | undefined): readonly [string, string] | null => (key === undefined ? null : ['', key]);
const two = (group: string, key: string | undefined): readonly [string, string] | null => (key === undefined ? null : [group, key]);

const entityIndex = <T extends { entityType: string; entityId: string }>(): IndexDeclaration<T> => ({
  group: 'entity_type', column: 'entity_id', keyOf: (v) => two(v.entityType, v.entityId),
});

/** The secondary indexes of each table, by name: what repositories read by, in memory and in SQL alike. */
export const TABLE_INDEXES = {
  relations: {
    byFrom: { column: 'from_id', keyOf: (v: Relation) => one(v.fromId) },
    byTo: { column: 'to_id', keyOf: (v: Relation) => one(v.toId) },
  },
  posts: {
    byOrganization: { column: 'organization_id', keyOf: (v: Post) => one(v.organizationId) },
    // The subject a post is for (an envoy's country, a member's constituency): what routing and `who --area` read.
    bySubject: { column: 'subject_id', keyOf: (v: Post) => one(v.subjectId) },
  },
  names: {
    // The writer stores `key` as nameKey(name): the mirror derives it the same way.
    byKey: { group: 'entity_type', column: 'key', keyOf: (v: NameVariant) => two(v.entityType, nameKey(v.name)) },
    byEntity: entityIndex<NameVariant>(),
  },
  appointments: {
    byPost: { column: 'post_id', keyOf: (v: Appointment) => one(v.postId) },
    byPerson: { column: 'person_id', keyOf: (v: Appointment) => one(v.personId) },
  },
  responsibilities: {
    // The mapper stores a missing role as 'handles'.
    byRoleSubject: { group: 'role', column: 'subject_id', keyOf: (v: Responsibility) => two(v.role ?? 'handles', v.subjectId) },
    byUnit: { column: 'unit_id', keyOf: (v: Responsibility) => one(v.unitId) },
    bySubject: { column: 'subject_id', keyOf: (v: Responsibility) => one(v.subjectId) },
  },
  citations: { byEntity: entityIndex<Citation>() },
  claims: {
    byEntity: entityIndex<Claim>(),
    byField: { column: 'field', keyOf: (v: Claim) => one(v.field) },
  },
  identifiers: { byEntity: entityIndex<Identifier>() },
  successions: {
    byFrom: { group: 'entity_type', column: 'from_id', keyOf: (v: Succession) => two(v.entityType, v.fromId) },
    byTo: { group: 'entity_type', column: 'to_id', keyOf: (v: Succession) => two(v.entityType, v.toId) },
  },
} satisfies Partial<Record<RegistryTable, Record<string, IndexDeclaration<never>>>>;

export type IndexedTable = keyof typeof TABLE_INDEXES;
/** The names of a table's indexes (none for a table without any). */
export type IndexName<Table extends RegistryTable> = Table extends IndexedTable ? keyof (typeof TABLE_INDEXES)[Table] & string : never;

/** A table's index declarations by name (none for a table read by id only). */
export const indexesOf = (table: RegistryTable): Readonly<Record<string, IndexDeclaration<unknown>>> =>
  ((TABLE_INDEXES as Partial<Record<RegistryTable, Record<string, IndexDeclaration<never>>>>)[table] ?? {}) as Record<string, IndexDeclaration<unknown>>;

/** Days a read may restrict to: rows whose interval may include a day of `[from, to]` (both inclusive). */
export interface During {
  from: number;
  to: number;
}

/**
 * The small query interface every indexed read is written against: the in-memory mirror's table implements it, and
 * so does SQL (`SqlRows`). Answers are in id order, each row once.
 */
export interface IndexedRows<T> {
  byIds(ids: readonly string[]): T[] | Promise<T[]>;
  /** Every row, in id order. */
  all(): T[] | Promise<T[]>;
  /** Rows filed in `index` under any of `groups` and any of `keys`; with `during`, only those that may hold then. */
  by(index: string, groups: readonly string[], keys: readonly string[], during?: During): T[] | Promise<T[]>;
}
