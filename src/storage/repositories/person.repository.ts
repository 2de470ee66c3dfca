import type { NamedEntity, NameVariant, Person } from '../../domain/model.js';
import { nameWords } from '../../domain/name-words.js';
import { sql } from 'kysely';
import * as m from '../mappers.js';
import { tableKey } from '../read-keys.js';
import { tableAt } from '../system-time.js';
import type { NameRow, PersonMergeRow, PersonRow } from '../tables.js';
import { compileTemplate, type QueryTemplate } from './query-template.js';
import { chunks, type Content, IN_CHUNK, type RepositoryContext, TableRepository } from './table.repository.js';

const NAMED_ENTITIES: readonly NamedEntity[] = ['person', 'organization', 'post'];

export class PersonRepository extends TableRepository<Person, PersonRow> {
  constructor(rc: RepositoryContext) {
    super(rc, 'people', m.personToRow, m.rowToPerson);
  }
  /** Of these people, those merged into another: id → the person they were merged into. */
  async mergedInto(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks([...new Set(ids)], IN_CHUNK)) {
      const rows = (await this.db.selectFrom((await this.view()) as 'people').select(['id', 'merged_into']).where('id', 'in', part).where('merged_into', 'is not', null).execute()) as { id: string; merged_into: string }[];
      for (const r of rows) out.set(r.id, r.merged_into);
    }
    return out;
  }
}

/** A merge as recorded: who was merged into whom, on what source, when, and exactly which rows moved. */
export interface PersonMerge {
  id: string;
  keptId: string;
  mergedId: string;
  sourceId: string;
  recordedAt: string;
  undoneAt?: string;
  moved: { appointments: string[]; names: string[]; claims: string[] };
}

const mergeToRow = (r: PersonMerge): Omit<PersonMergeRow, 'sys_seq' | 'sys_from' | 'sys_user' | 'sys_source' | 'sys_op'> => ({
  id: r.id, kept_id: r.keptId, merged_id: r.mergedId, source_id: r.sourceId, recorded_at: r.recordedAt, undone_at: r.undoneAt ?? null, moved: JSON.stringify(r.moved),
});
const rowToMerge = (r: PersonMergeRow): PersonMerge => ({
  id: r.id, keptId: r.kept_id, mergedId: r.merged_id, sourceId: r.source_id, recordedAt: r.recorded_at, ...(r.undone_at ? { undoneAt: r.undone_at } : {}),
  moved: JSON.parse(r.moved) as PersonMerge['moved'],
});

export class PersonMergeRepository extends TableRepository<PersonMerge, PersonMergeRow> {
  constructor(rc: RepositoryContext) {
    super(rc, 'person_merges', mergeToRow, rowToMerge);
  }
  async openMergeOf(mergedId: string): Promise<PersonMerge | undefined> {
    const r = (await (await this.select()).where('merged_id', '=', mergedId).where('undone_at', 'is', null).executeTakeFirst()) as PersonMergeRow | undefined;
    return r ? rowToMerge(r) : undefined;
  }
}

export interface NameMatchRow {
  entity_type: string;
  entity_id: string;
  name: string;
  key: string;
  skeleton: string | null;
  given_skeleton: string | null;
  kind: string;
}

export class NameRepository extends TableRepository<NameVariant, NameRow> {
  private searchTemplates = new Map<string, QueryTemplate>();

  constructor(rc: RepositoryContext) {
    super(rc, 'names', m.nameToRow, m.rowToName);
  }
  /** Searches read names (and their words) in SQL: what they depended on is known by table only. */
  private readsNames(): void {
    this.rc.recorder?.read(tableKey('names'));
  }
  /** Writes names, and the words of units' and posts' names for search (never removed: see NameWordRow). */
  override async insertRows(contents: readonly Content<NameRow>[], ignoreExisting = false): Promise<void> {
    await super.insertRows(contents, ignoreExisting);
    await this.writeWords(contents);
  }

  override async updateRows(contents: readonly Content<NameRow>[], current?: ReadonlyMap<string, NameRow>): Promise<number> {
    const changed = await super.updateRows(contents, current);
    if (changed) await this.writeWords(contents);
    return changed;
  }

  private async writeWords(contents: readonly Content<NameRow>[]): Promise<void> {
    const rows = contents
      .filter((c) => c.entity_type === 'organization' || c.entity_type === 'post')
      .flatMap((c) => nameWords(c.name).map((word) => [word, c.id, c.entity_type, c.entity_id]));
    if (rows.length) await this.rc.bulkInsert('name_words', ['word', 'name_id', 'entity_type', 'entity_id'], rows, ['word', 'name_id']);
  }

  /**
   * Names of units and posts with, for each group of `words`, a word that begins with one of the group's (each group
   * a word of the query and its alternatives): "consular aff" finds the Department of Consular Affairs. One indexed
   * range per word, at most `limit` names each.
   */
  async byWords(groups: readonly (readonly string[])[], entityTypes: readonly string[], limit: number): Promise<NameMatchRow[]> {
    this.readsNames();
    if (groups.length === 0) return [];
    let ids: Set<string> | undefined;
    for (const group of groups) {
      const found = new Set<string>();
      for (const word of new Set(group)) {
        const rows = await this.db.selectFrom('name_words').select('name_id').distinct()
          .where('word', '>=', word).where('word', '<', `${word}{`).where('entity_type', 'in', [...entityTypes]).limit(limit * 20).execute();
        for (const r of rows) found.add(r.name_id);
      }
      ids = ids ? new Set([...ids].filter((id) => found.has(id))) : found;
      if (ids.size === 0) return [];
    }
    const names = await this.rows([...ids!].slice(0, limit * 5));
    return names.map((r) => ({ entity_type: r.entity_type, entity_id: r.entity_id, name: r.name, key: r.key, skeleton: r.skeleton, given_skeleton: r.given_skeleton, kind: r.kind }));
  }

  /** Distinct words of units' and posts' names that begin with `prefix` (for typo tolerance), at most `limit`. */
  async wordsStartingWith(prefix: string, entityTypes: readonly string[], limit: number): Promise<string[]> {
    this.readsNames();
    const rows = await this.db.selectFrom('name_words').select('word').distinct()
      .where('word', '>=', prefix).where('word', '<', `${prefix}{`).where('entity_type', 'in', [...entityTypes]).orderBy('word').limit(limit).execute();
    return rows.map((r) => r.word);
  }

  /** Names whose skeleton begins with `prefix` (a surname's `choe0`, a typo's first letters): one index range, at most `limit`. */
  async bySkeletonPrefix(prefix: string, entityTypes: NamedEntity | readonly string[], limit: number): Promise<NameMatchRow[]> {
    const types = typeof entityTypes === 'string' ? [entityTypes] : [...entityTypes];
    if (!prefix || types.length === 0) return [];
    const q = (await this.select()).where('skeleton', '>=', prefix).where('skeleton', '<', `${prefix}{`).where('entity_type', 'in', types);
    const rows = (await q.orderBy('skeleton').orderBy('id').limit(limit).execute()) as NameRow[];
    return rows.map((r) => ({ entity_type: r.entity_type, entity_id: r.entity_id, name: r.name, key: r.key, skeleton: r.skeleton, given_skeleton: r.given_skeleton, kind: r.kind }));
  }

  async byKey(key: string, entityType?: NamedEntity): Promise<NameVariant[]> {
    return (await this.query()).by('byKey', entityType ? [entityType] : NAMED_ENTITIES, [key]);
  }
  async forEntities(entityType: NamedEntity, entityIds: readonly string[]): Promise<NameVariant[]> {
    return (await this.query()).by('byEntity', [entityType], entityIds);
  }
  async forEntity(entityType: NamedEntity, entityId: string): Promise<NameVariant[]> {
    return this.forEntities(entityType, [entityId]);
  }
  /** Name rows (as stored) of some entities, for moving them in a merge. */
  async rowsOf(entityType: NamedEntity, entityIds: readonly string[]): Promise<NameRow[]> {
    const out: NameRow[] = [];
    for (const part of chunks([...new Set(entityIds)], IN_CHUNK)) out.push(...((await (await this.select()).where('entity_type', '=', entityType).where('entity_id', 'in', part).execute()) as NameRow[]));
    return out;
  }
  async bySkeletons(skeletons: readonly string[], entityType: NamedEntity): Promise<NameVariant[]> {
    const out: NameVariant[] = [];
    for (const part of chunks([...new Set(skeletons)], IN_CHUNK)) out.push(...this.map(await (await this.select()).where('skeleton', 'in', part).orderBy('id').execute()));
    return out.filter((n) => n.entityType === entityType);
  }
  async bySkeleton(skeleton: string, entityType: NamedEntity): Promise<NameVariant[]> {
    return this.bySkeletons([skeleton], entityType);
  }

  /**
   * Up to `cap` entities of a type per matching key, for these keys; `crowded` when a key has more. One bounded,
   * indexed query per key: a name shared by thousands costs no more than a rare one, and a window of new people
   * costs the same whatever is already stored.
   */
  async blocks(skeletons: readonly string[], entityType: NamedEntity, cap: number): Promise<Map<string, { ids: string[]; crowded: boolean }>> {
    this.readsNames();
    const out = new Map<string, { ids: string[]; crowded: boolean }>();
    const past = this.rc.knownAt !== undefined;
    const cols = past ? await this.rc.columns('names') : [];
    let t = this.searchTemplates.get(`block:${past}`);
    if (!t) {
      t = compileTemplate((p) => this.db.selectFrom((past ? tableAt('names', cols, p('knownAt')) : 'names') as 'names').select(['entity_id', 'entity_type'])
        .where('skeleton', '=', p('skeleton')).where('entity_type', '=', p('type')).limit(p('limit') as unknown as number));
      this.searchTemplates.set(`block:${past}`, t);
    }
    // Each entity has a few names of one key: read enough rows to find cap + 1 distinct ones, or all there are.
    const limit = (cap + 1) * 8;
    const file = (skeleton: string, ids: string[], rows: number) => out.set(skeleton, { ids: [...new Set(ids)].slice(0, cap), crowded: new Set(ids).size > cap || rows >= limit });
    if (this.rc.caps.batchLookups && !past) {
      // One statement per 1,000 keys, each key still a bounded probe of the index (a lateral subquery with a limit).
      for (const part of chunks([...new Set(skeletons)], 1000)) {
        const r = await sql<{ skeleton: string; entity_id: string }>`select k.skeleton, n.entity_id from unnest(${part}::text[]) as k(skeleton)
          cross join lateral (select entity_id from names where skeleton = k.skeleton and entity_type = ${entityType} limit ${limit}) n`.execute(this.db);
        const bySkeleton = new Map<string, string[]>(part.map((s) => [s, []]));
        for (const row of r.rows) bySkeleton.get(row.skeleton)!.push(row.entity_id);
        for (const [skeleton, ids] of bySkeleton) file(skeleton, ids, ids.length);
      }
      return out;
    }
    for (const skeleton of new Set(skeletons)) {
      const rows = (await this.db.executeQuery<{ entity_id: string }>(t.bind({ skeleton, type: entityType, limit, knownAt: this.rc.knownAt }))).rows;
      file(skeleton, rows.map((r) => r.entity_id), rows.length);
    }
    return out;
  }

  /**
   * Candidate names for a search, each by an index: the exact key, the skeleton, the given name's skeleton, and
   * skeletons that start with the query's (a byte-order range). `limit` bounds each part.
   */
  async candidates(q: { key: string; skeleton: string; given: string; entityTypes: readonly string[]; limit: number }): Promise<NameMatchRow[]> {
    this.readsNames();
    const past = this.rc.knownAt !== undefined;
    const cols = past ? await this.rc.columns('names') : [];
    const template = (part: string, build: (p: (name: string) => string, view: 'names') => { compile: () => never }): QueryTemplate => {
      const key = `${part}:${past}`;
      let t = this.searchTemplates.get(key);
      if (!t) {
        t = compileTemplate((p) => build(p, (past ? tableAt('names', cols, p('knownAt')) : 'names') as 'names'));
        this.searchTemplates.set(key, t);
      }
      return t;
    };
    // Entity types are filtered after the lookup: a condition on them lets a planner without statistics prefer the
    // (entity_type, entity_id) index and scan every name of the type.
    const columns = (view: 'names') => this.db.selectFrom(view).select(['entity_type', 'entity_id', 'name', 'key', 'skeleton', 'given_skeleton', 'kind']);
    const lim = (p: (n: string) => string) => p('limit') as unknown as number;
    const t = {
      key: template('key', (p, v) => columns(v).where('key', '=', p('key')).limit(lim(p)) as never),
      skeleton: template('skeleton', (p, v) => columns(v).where('skeleton', '=', p('skeleton')).limit(lim(p)) as never),
      given: template('given', (p, v) => columns(v).where('given_skeleton', '=', p('given')).limit(lim(p)) as never),
      prefix: template('prefix', (p, v) => columns(v).where('skeleton', '>', p('skeleton')).where('skeleton', '<', p('upper')).orderBy('skeleton').limit(lim(p)) as never),
    };
    const values = { key: q.key, skeleton: q.skeleton, given: q.given, upper: `${q.skeleton}{`, limit: q.limit, knownAt: this.rc.knownAt };
    const run = async (tpl: QueryTemplate) => (await this.db.executeQuery<NameMatchRow>(tpl.bind(values))).rows;
    const parts = [await run(t.key), q.skeleton ? await run(t.skeleton) : [], q.given ? await run(t.given) : [], q.skeleton ? await run(t.prefix) : []];
    const types = new Set(q.entityTypes);
    return parts.flat().filter((r) => types.has(r.entity_type));
  }
}
