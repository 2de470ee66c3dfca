import type { Store } from './store.js';
import { sameContent } from './repositories/table.repository.js';

/** The tables of entities several sources may describe, each field by field. */
export type EntityTable = 'subjects' | 'organizations' | 'posts' | 'people';

/** A field of an entity that sources state, named as claims name it (the domain's word), and whether it is a date. */
export interface StatedField {
  field: string;
  date?: boolean;
}

interface FieldColumn extends StatedField {
  column: string;
  /** The stored value that says nothing yet, which a source may fill in (an organization of kind "other"). */
  unknown?: unknown;
}

/** Where each stated field is stored: the only place that knows these columns beside the mappers. */
const FIELDS: Record<EntityTable, readonly FieldColumn[]> = {
  subjects: [
    { field: 'code', column: 'code' }, { field: 'existed-from', column: 'life_from', date: true }, { field: 'existed-until', column: 'life_to', date: true },
    { field: 'successors', column: 'successors' },
  ],
  organizations: [
    { field: 'native-name', column: 'native_name' }, { field: 'kind', column: 'kind', unknown: 'other' }, { field: 'agency-type', column: 'agency_type' },
    { field: 'jurisdiction', column: 'jurisdiction' }, { field: 'headquarters', column: 'headquarters' }, { field: 'logo', column: 'logo' },
    { field: 'formed', column: 'formed', date: true }, { field: 'dissolved', column: 'dissolved', date: true },
    { field: 'exclusive-posts', column: 'exclusive_posts', unknown: 0 },
  ],
  posts: [
    { field: 'seats', column: 'seats' }, { field: 'rank', column: 'rank' }, { field: 'existed-from', column: 'life_from', date: true },
    { field: 'existed-until', column: 'life_to', date: true }, { field: 'subject', column: 'subject_id' },
  ],
  people: [{ field: 'native-name', column: 'native_name' }, { field: 'born', column: 'born', date: true }, { field: 'died', column: 'died', date: true }],
};

/** The repositories of entity tables, read and written as rows here (and only here, above the repositories). */
type EntityRepository = { rows(ids: readonly string[]): Promise<unknown[]>; contentOf(entity: never): unknown; updateRows(rows: never[]): Promise<number> };
const repositoryOf = (store: Store, table: EntityTable): EntityRepository =>
  ({ subjects: store.subjects, organizations: store.organizations, posts: store.posts, people: store.people })[table] as unknown as EntityRepository;

const SYS = new Set(['sys_seq', 'sys_from', 'sys_user', 'sys_source', 'sys_op']);

/**
 * An entity as stored, seen through the fields sources state: what the ingest pipeline compares and fills in
 * without knowing a column. A field's value is as stored (a date as its text); undefined when nothing is known yet.
 */
export class StatedEntity {
  private constructor(
    readonly table: EntityTable,
    /** The row to write, system stamps left out: handed back to storage as it is, never read above it. */
    readonly content: Readonly<Record<string, unknown>>,
  ) {}

  static fields(table: EntityTable): readonly StatedField[] {
    return FIELDS[table];
  }

  /** The entity as a record states it (before it is compared with what is stored). */
  static of(store: Store, table: EntityTable, entity: { id: string }): StatedEntity {
    return new StatedEntity(table, repositoryOf(store, table).contentOf(entity as never) as Record<string, unknown>);
  }

  /** The stored entities of these ids, by id. */
  static async stored(store: Store, table: EntityTable, ids: readonly string[]): Promise<Map<string, StatedEntity>> {
    const rows = (await repositoryOf(store, table).rows(ids)) as Record<string, unknown>[];
    return new Map(rows.map((r) => [r['id'] as string, new StatedEntity(table, Object.fromEntries(Object.entries(r).filter(([k]) => !SYS.has(k))))]));
  }

  /** Writes changed entities of one table back (each a `with` of a stored one). */
  static async update(store: Store, table: EntityTable, entities: readonly StatedEntity[]): Promise<number> {
    return entities.length ? repositoryOf(store, table).updateRows(entities.map((e) => ({ ...e.content }) as never)) : 0;
  }

  get id(): string {
    return this.content['id'] as string;
  }

  /** The source the entity was first recorded from. */
  get sourceId(): string | undefined {
    return (this.content['source_id'] as string | null | undefined) ?? undefined;
  }

  value(field: string): unknown {
    const f = this.column(field);
    const v = this.content[f.column];
    return v === null || v === undefined || (f.unknown !== undefined && same(v, f.unknown)) ? undefined : v;
  }

  /** A copy with one field set (to a value read from another `StatedEntity` of the same table, or a date's text). */
  with(field: string, value: unknown): StatedEntity {
    return new StatedEntity(this.table, { ...this.content, [this.column(field).column]: value });
  }

  sameAs(other: StatedEntity): boolean {
    return sameContent(this.content, other.content);
  }

  private column(field: string): FieldColumn {
    const f = FIELDS[this.table].find((c) => c.field === field);
    if (!f) throw new Error(`no stated field "${field}" in ${this.table}`);
    return f;
  }
}

/** Stored values are equal as they are, or as numbers when either is one (a driver may give a count as text). */
export const same = (a: unknown, b: unknown): boolean => (a ?? null) === (b ?? null) || (typeof a === 'number' || typeof b === 'number' ? Number(a) === Number(b) : false);
