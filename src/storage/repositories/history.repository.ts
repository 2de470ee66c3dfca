import type { Db } from '../database.js';

export interface HistoryEntry {
  seq: number;
  table: string;
  id: string;
  op: string;
  recordedAt: string;
  userId: string;
  sourceId: string | null;
  data: Record<string, unknown>;
}

export interface HistoryFilter {
  table?: string;
  id?: string;
  since?: string;
  until?: string;
  afterSeq?: number;
  limit: number;
}

/** Reads of the history: an entity's version (the sequence number of its last write) and the log itself. */
export class HistoryRepository {
  constructor(private readonly db: Db) {}

  async versionOf(table: string, id: string): Promise<number | undefined> {
    const r = await this.db.selectFrom('history').select((eb) => eb.fn.max('seq').as('seq')).where('table_name', '=', table).where('row_id', '=', id).executeTakeFirst();
    return r?.seq === null || r?.seq === undefined ? undefined : Number(r.seq);
  }

  async list(f: HistoryFilter): Promise<HistoryEntry[]> {
    let q = this.db.selectFrom('history').selectAll();
    if (f.table) q = q.where('table_name', '=', f.table);
    if (f.id) q = q.where('row_id', '=', f.id);
    if (f.since) q = q.where('recorded_at', '>=', f.since);
    if (f.until) q = q.where('recorded_at', '<=', f.until);
    if (f.afterSeq !== undefined) q = q.where('seq', '>', f.afterSeq);
    const rows = await q.orderBy('seq').limit(f.limit).execute();
    return rows.map((r) => ({
      seq: Number(r.seq), table: r.table_name, id: r.row_id, op: r.op, recordedAt: r.recorded_at, userId: r.user_id, sourceId: r.source_id,
      data: JSON.parse(r.data) as Record<string, unknown>,
    }));
  }
}
