import type { Db } from '../database.js';
import type { HistoryRecorder, HistoryTable } from '../history.js';

export type WriteOutcome = 'inserted' | 'updated' | 'unchanged';


const sameRow = (a: Record<string, unknown>, b: Record<string, unknown>): boolean =>
  Object.keys(a).every((k) => (a[k] ?? null) === (b[k] ?? null));

/**
 * The reads and writes every table shares: by id, all rows, and an idempotent write that
 * inserts a new id, updates a changed row and leaves an identical one alone.
 */
export class TableRepository<T, Row extends { id: string }> {
  constructor(
    protected readonly db: Db,
    protected readonly history: HistoryRecorder,
    private readonly table: HistoryTable,
    private readonly toRow: (entity: T) => Row,
    private readonly fromRow: (row: Row) => T,
  ) {}

  protected map(rows: unknown[]): T[] {
    return rows.map((r) => this.fromRow(r as Row));
  }

  async get(id: string): Promise<T | undefined> {
    // Kysely cannot type a table chosen at run time; the row type is fixed by the constructor.
    const row = await this.db.selectFrom(this.table).selectAll().where('id', '=', id).executeTakeFirst();
    return row ? this.fromRow(row as unknown as Row) : undefined;
  }

  async getMany(ids: readonly string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    return this.map(await this.db.selectFrom(this.table).selectAll().where('id', 'in', [...ids]).execute());
  }

  async list(): Promise<T[]> {
    return this.map(await this.db.selectFrom(this.table).selectAll().orderBy('id').execute());
  }

  /**
   * One page of rows in id order; with `validOn`, only rows whose interval may include that day (tables with
   * interval columns). Fetches one row more than asked, so the caller knows whether another page follows.
   */
  async page(limit: number, offset: number, validOn?: { from: number; to: number }): Promise<{ items: T[]; more: boolean }> {
    let q = this.db.selectFrom(this.table).selectAll();
    if (validOn) {
      q = q
        .where((eb) => eb.or([eb('start_min' as never, 'is', null), eb('start_min' as never, '<=', validOn.to as never)]))
        .where((eb) => eb.or([eb('end_kind' as never, '!=', 'date' as never), eb('end_max' as never, '>', validOn.from as never)]));
    }
    const rows = await q.orderBy('id').limit(limit + 1).offset(offset).execute();
    return { items: this.map(rows.slice(0, limit)), more: rows.length > limit };
  }

  async count(): Promise<number> {
    const r = await this.db.selectFrom(this.table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async upsert(entity: T): Promise<WriteOutcome> {
    return this.upsertRow(this.toRow(entity));
  }

  /**
   * Writes an entity described by several sources: a new id is inserted; for a known one only the fields still
   * empty are filled, so that loading files in any order, any number of times, ends in the same rows.
   */
  async fill(entity: T): Promise<WriteOutcome> {
    const row = this.toRow(entity) as unknown as Record<string, unknown>;
    const existing = (await this.db.selectFrom(this.table).selectAll().where('id', '=', row['id'] as string).executeTakeFirst()) as Record<string, unknown> | undefined;
    if (!existing) return this.upsertRow(row as unknown as Row);
    const merged: Record<string, unknown> = { ...existing };
    for (const [k, v] of Object.entries(row)) if (this.isUnknown(k, merged[k]) && v !== null) merged[k] = v;
    return this.upsertRow(merged as unknown as Row);
  }

  /** Whether a stored value says nothing yet, so that `fill` may replace it. */
  protected isUnknown(_column: string, value: unknown): boolean {
    return (value ?? null) === null;
  }

  protected async upsertRow(row: Row): Promise<WriteOutcome> {
    const existing = await this.db.selectFrom(this.table).selectAll().where('id', '=', row.id).executeTakeFirst();
    if (!existing) {
      await this.db.insertInto(this.table).values(row as never).execute();
      await this.history.record(this.table, [row], 'insert');
      return 'inserted';
    }
    if (sameRow(row as unknown as Record<string, unknown>, existing as unknown as Record<string, unknown>)) return 'unchanged';
    await this.db.updateTable(this.table).set(row as never).where('id', '=', row.id).execute();
    await this.history.record(this.table, [row], 'update');
    return 'updated';
  }
}
