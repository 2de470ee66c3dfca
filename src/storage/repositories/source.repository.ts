import { sql } from 'kysely';
import type { Source } from '../../domain/model.js';
import type { Day } from '../../domain/time/day.js';
import * as m from '../mappers.js';
import type { RegistryTable, SourceRow } from '../tables.js';
import { type RepositoryContext, TableRepository } from './table.repository.js';

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
   * The newest date any fact the source states carries (as its own or by a citation), as the first day that date can
   * mean: the source spoke on or after it. Terms' starts and ends, links', responsibilities' and names', events'.
   */
  async newestFactDay(sourceId: string): Promise<Day | undefined> {
    let best: number | undefined;
    const take = (v: unknown) => {
      if (v !== null && v !== undefined && (best === undefined || Number(v) > best)) best = Number(v);
    };
    for (const [table, type] of DATED_FACT_TABLES) {
      const r = await sql<{ s: unknown; e: unknown }>`select max(start_min) as s, max(end_min) as e from ${sql.table(table)}
        where source_id = ${sourceId} or id in (select entity_id from citations where entity_type = ${type} and source_id = ${sourceId})`.execute(this.db);
      take(r.rows[0]?.s);
      take(r.rows[0]?.e);
    }
    const ev = await sql<{ d: unknown }>`select max(date_min) as d from events where source_id = ${sourceId}`.execute(this.db);
    take(ev.rows[0]?.d);
    return best;
  }

  /** The facts with an open end the source states, by table, each with every source that states it. */
  async openFactsCitedBy(sourceId: string): Promise<{ table: RegistryTable; id: string; knownUntil: Day | null; sources: string[] }[]> {
    const out: { table: RegistryTable; id: string; knownUntil: Day | null; sources: string[] }[] = [];
    for (const [table, type] of DATED_FACT_TABLES) {
      const rows = (await sql<{ id: string; source_id: string; known_until: unknown; cited: string | null }>`
        select f.id, f.source_id, f.known_until, c.source_id as cited from ${sql.table(table)} f
        left join citations c on c.entity_type = ${type} and c.entity_id = f.id
        where f.end_kind = 'open' and (f.source_id = ${sourceId}
          or f.id in (select entity_id from citations where entity_type = ${type} and source_id = ${sourceId}))`.execute(this.db)).rows;
      const byId = new Map<string, { table: RegistryTable; id: string; knownUntil: Day | null; sources: string[] }>();
      for (const r of rows) {
        let f = byId.get(r.id);
        if (!f) byId.set(r.id, (f = { table, id: r.id, knownUntil: r.known_until === null ? null : Number(r.known_until), sources: [r.source_id] }));
        if (r.cited && !f.sources.includes(r.cited)) f.sources.push(r.cited);
      }
      out.push(...byId.values());
    }
    return out;
  }
}
