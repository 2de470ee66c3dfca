import { sql } from 'kysely';
import type { Source } from '../../domain/model.js';
import type { Day } from '../../domain/time/day.js';
import * as m from '../mappers.js';
import type { RegistryTable, SourceRow } from '../tables.js';
import { chunks, IN_CHUNK, type RepositoryContext, TableRepository } from './table.repository.js';

/** The tables of dated facts, each with the entity type its citations name. */
export const DATED_FACT_TABLES: readonly (readonly [RegistryTable, string])[] = [
  ['appointments', 'appointment'], ['relations', 'relation'], ['responsibilities', 'responsibility'], ['names', 'name'],
];

export class SourceRepository extends TableRepository<Source, SourceRow> {
  constructor(rc: RepositoryContext) {
    super(rc, 'sources', m.sourceToRow, m.rowToSource);
  }
  /** The source a file with this digest was imported as, so the same file again is the same source. */
  async byDigest(digest: string): Promise<Source | undefined> {
    const r = (await (await this.select()).where('digest', '=', digest).orderBy('id').executeTakeFirst()) as SourceRow | undefined;
    return r ? this.fromRow(r) : undefined;
  }

  /**
   * The newest date any fact each source states carries (as its own or by a citation), as the first day that date can
   * mean: the source spoke on or after it. Terms' starts and ends, links', responsibilities' and names', events'.
   * One scan of each table for all the sources asked.
   */
  async newestFactDays(sourceIds: readonly string[]): Promise<Map<string, Day>> {
    const best = new Map<string, Day>();
    const take = (id: string, v: unknown) => {
      if (v === null || v === undefined) return;
      const d = Number(v);
      if (!best.has(id) || d > best.get(id)!) best.set(id, d);
    };
    for (const part of chunks([...new Set(sourceIds)], IN_CHUNK)) {
      const ids = sql.join(part);
      for (const [table, type] of DATED_FACT_TABLES) {
        const own = await sql<{ id: string; s: unknown; e: unknown }>`select source_id as id, max(start_min) as s, max(end_min) as e from ${sql.table(table)}
          where source_id in (${ids}) group by source_id`.execute(this.db);
        const cited = await sql<{ id: string; s: unknown; e: unknown }>`select c.source_id as id, max(f.start_min) as s, max(f.end_min) as e from ${sql.table(table)} f
          join citations c on c.entity_type = ${type} and c.entity_id = f.id where c.source_id in (${ids}) group by c.source_id`.execute(this.db);
        for (const r of [...own.rows, ...cited.rows]) {
          take(r.id, r.s);
          take(r.id, r.e);
        }
      }
      for (const r of (await sql<{ id: string; d: unknown }>`select source_id as id, max(date_min) as d from events where source_id in (${ids}) group by source_id`.execute(this.db)).rows) take(r.id, r.d);
    }
    return best;
  }

  /** The facts with an open end these sources state, by table, each with every source that states it. */
  async openFactsCitedBy(sourceIds: readonly string[]): Promise<{ table: RegistryTable; id: string; knownUntil: Day | null; sources: string[] }[]> {
    const out: { table: RegistryTable; id: string; knownUntil: Day | null; sources: string[] }[] = [];
    for (const [table, type] of DATED_FACT_TABLES) {
      const byId = new Map<string, { table: RegistryTable; id: string; knownUntil: Day | null; sources: string[] }>();
      for (const part of chunks([...new Set(sourceIds)], IN_CHUNK)) {
        const ids = sql.join(part);
        const rows = (await sql<{ id: string; source_id: string; known_until: unknown; cited: string | null }>`
          select f.id, f.source_id, f.known_until, c.source_id as cited from ${sql.table(table)} f
          left join citations c on c.entity_type = ${type} and c.entity_id = f.id
          where f.end_kind = 'open' and (f.source_id in (${ids})
            or f.id in (select entity_id from citations where entity_type = ${type} and source_id in (${ids})))`.execute(this.db)).rows;
        for (const r of rows) {
          let f = byId.get(r.id);
          if (!f) byId.set(r.id, (f = { table, id: r.id, knownUntil: r.known_until === null ? null : Number(r.known_until), sources: [r.source_id] }));
          if (r.cited && !f.sources.includes(r.cited)) f.sources.push(r.cited);
        }
      }
      out.push(...byId.values());
    }
    return out;
  }
}
