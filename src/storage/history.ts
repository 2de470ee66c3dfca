import type { Db } from './database.js';
import type { Tables } from './tables.js';

/** Who is writing, on what source, and the clock that stamps each write (the edges own the clock). */
export interface WriteContext {
  userId: string;
  sourceId?: string;
  now: () => string;
}

export const systemContext = (): WriteContext => ({ userId: 'system', now: () => new Date().toISOString() });

/** The tables whose every write is kept in the history. */
export const HISTORY_TABLES = [
  'sources', 'subjects', 'organizations', 'relations', 'posts', 'people', 'names', 'appointments', 'responsibilities', 'events', 'claims', 'person_merges',
] as const satisfies readonly (keyof Tables)[];
export type HistoryTable = (typeof HISTORY_TABLES)[number];

/** Appends whole row images to the history: nothing in it is ever updated or deleted. */
export class HistoryRecorder {
  constructor(
    private readonly db: Db,
    readonly context: WriteContext,
  ) {}

  async record(table: HistoryTable, rows: readonly { id: string }[], op: 'insert' | 'update'): Promise<void> {
    if (rows.length === 0) return;
    const at = this.context.now();
    await this.db
      .insertInto('history')
      .values(rows.map((r) => ({ table_name: table, row_id: r.id, op, data: JSON.stringify(r), recorded_at: at, user_id: this.context.userId, source_id: this.context.sourceId ?? null })))
      .execute();
  }

  /** After an update by condition: reads the rows back and records them. */
  async recordIds(table: HistoryTable, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const rows = await this.db.selectFrom(table).selectAll().where('id', 'in', [...ids]).execute();
    await this.record(table, rows as { id: string }[], 'update');
  }
}
