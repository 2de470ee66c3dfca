import type { Db } from '../database.js';
import { type ReadRecorder, tableKey } from '../read-keys.js';
import type { KnownAt } from '../system-time.js';
import { REGISTRY_TABLES, type RegistryTable } from '../tables.js';

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

const SYS = new Set(['sys_seq', 'sys_from', 'sys_user', 'sys_source', 'sys_op', 'sys_to']);

/**
 * The history of every write, read from the system-versioned tables: each current row and each earlier image is
 * one entry (who, when, on what source, the row as written), in the order of their version numbers.
 */
export class HistoryRepository {
  constructor(
    private readonly db: Db,
    private readonly knownAt: KnownAt,
    private readonly recorder?: ReadRecorder,
  ) {}

  async list(f: HistoryFilter): Promise<HistoryEntry[]> {
    const tables = f.table ? REGISTRY_TABLES.filter((t) => t === f.table) : REGISTRY_TABLES;
    const entries: HistoryEntry[] = [];
    for (const table of tables) {
      this.recorder?.read(tableKey(table));
      for (const physical of [table, `${table}_versions`] as const) {
        let q = this.db.selectFrom(physical as RegistryTable).selectAll();
        if (f.id) q = q.where('id', '=', f.id);
        if (f.afterSeq !== undefined) q = q.where('sys_seq', '>', f.afterSeq);
        if (f.since) q = q.where('sys_from', '>=', f.since);
        if (f.until) q = q.where('sys_from', '<=', f.until);
        if (this.knownAt !== undefined) q = q.where('sys_from', '<=', this.knownAt);
        const rows = (await q.orderBy('sys_seq').limit(f.limit).execute()) as unknown as Record<string, unknown>[];
        for (const r of rows) {
          entries.push({
            seq: Number(r['sys_seq']), table, id: String(r['id']), op: String(r['sys_op']), recordedAt: String(r['sys_from']), userId: String(r['sys_user']),
            sourceId: (r['sys_source'] as string | null) ?? null, data: Object.fromEntries(Object.entries(r).filter(([k]) => !SYS.has(k))),
          });
        }
      }
    }
    return entries.sort((a, b) => a.seq - b.seq).slice(0, f.limit);
  }
}
