import { type AliasedRawBuilder, sql } from 'kysely';
import { DomainError } from '../../domain/errors.js';
import type { Capabilities } from '../capabilities.js';
import type { Db } from '../database.js';
import { allocateSeqs, type KnownAt, stamp, tableAt, type WriteContext } from '../system-time.js';
import type { RegistryTable, SysColumns } from '../tables.js';
import { isMirrored, type RegistryMirror } from '../mirror/registry-mirror.js';
import { indexKey, type ReadRecorder, rowKey, tableKey } from '../read-keys.js';
import type { During, IndexedRows } from '../table-indexes.js';
import { SqlRows } from './sql-rows.js';

export type WriteOutcome = 'inserted' | 'updated' | 'unchanged';

/** What every repository of one store shares: the connection (or transaction), the writer, and the known time. */
export interface RepositoryContext {
  readonly db: Db;
  readonly caps: Capabilities;
  readonly context: WriteContext;
  /** Reads see the registry as recorded at this instant; undefined is now. Writes refuse a past known time. */
  readonly knownAt: KnownAt;
  readonly columns: (table: string) => Promise<string[]>;
  /** Many rows into a table on the dialect's fast path, inside this context's transaction. */
  readonly bulkInsert: (table: string, columns: readonly string[], rows: readonly unknown[][], skipDuplicatesOf?: readonly string[]) => Promise<void>;
  /** Every write reports the versions it used, so that they are announced and read back into mirrors. */
  readonly wrote: (table: RegistryTable, seqs: readonly number[]) => void;
  /** The in-memory mirror, when this context may read from it (present time, outside a transaction) and it is current. */
  readonly mirror?: () => Promise<RegistryMirror | undefined>;
  /** Hears what each read depended on (a prepared answer being computed: decision 12). */
  readonly recorder?: ReadRecorder;
}

/** How many values one IN list or multi-row insert binds: below SQLite's 32,766 and PostgreSQL's 65,535. */
export const MAX_PARAMETERS = 30_000;
export const IN_CHUNK = 500;

export const chunks = <T>(xs: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
};

const SYS = new Set(['sys_seq', 'sys_from', 'sys_user', 'sys_source', 'sys_op']);

/** Rows are equal when every column but the system stamps is. */
export const sameContent = (a: Record<string, unknown>, b: Record<string, unknown>): boolean =>
  Object.keys(a).every((k) => SYS.has(k) || (a[k] ?? null) === (b[k] ?? null) || (typeof a[k] === 'number' && Number(a[k]) === Number(b[k])));

export type Content<Row> = Omit<Row, keyof SysColumns>;

/**
 * The reads and writes every registry table shares. Reads go through `view()`, which is the table now or the
 * table as known at an instant (system time). Writes never delete: a changed row's old image moves to the
 * versions table, stamped with when it stopped being current.
 */
export class TableRepository<T, Row extends { id: string } & SysColumns> {
  private sqlRows: SqlRows<T> | undefined;

  constructor(
    protected readonly rc: RepositoryContext,
    readonly table: RegistryTable,
    protected readonly toRow: (entity: T) => Content<Row>,
    protected readonly fromRow: (row: Row) => T,
  ) {}

  protected get db(): Db {
    return this.rc.db;
  }

  /** The table to read: itself now, or its image at the store's known time. */
  protected async view(): Promise<RegistryTable | AliasedRawBuilder<unknown, RegistryTable>> {
    // A read through SQL depends, as far as anyone can tell without parsing it, on the whole table.
    this.rc.recorder?.read(tableKey(this.table));
    if (this.rc.knownAt === undefined) return this.table;
    return tableAt(this.table, await this.rc.columns(this.table), this.rc.knownAt);
  }

  /** A typed select over `view()`; Kysely cannot type a table chosen at run time, so the row type is fixed here. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one place the dynamic table is cast
  protected async select(): Promise<any> {
    return this.db.selectFrom((await this.view()) as never).selectAll();
  }

  /**
   * The table's indexed reads (TABLE_INDEXES): from the mirror when the store may read from it now, else through
   * SQL. Every indexed read of every repository is written once against this interface (decision 13).
   */
  protected async query(): Promise<IndexedRows<T>> {
    const mem = this.rc.mirror && isMirrored(this.table) ? (await this.rc.mirror())?.table<T>(this.table) : undefined;
    const rows = mem ?? (this.sqlRows ??= new SqlRows<T>(this.rc, this.table, this.fromRow as (r: never) => T, () => this.select()));
    const recorder = this.rc.recorder;
    if (!recorder) return rows;
    if (mem) return recorded(rows, this.table, recorder);
    // Through SQL (a table the mirror does not hold): what changed in it is known by table only.
    recorder.read(tableKey(this.table));
    return rows;
  }

  protected map(rows: unknown[]): T[] {
    return rows.map((r) => this.fromRow(r as Row));
  }

  async row(id: string): Promise<Row | undefined> {
    return (await (await this.select()).where('id', '=', id).executeTakeFirst()) as Row | undefined;
  }

  async rows(ids: readonly string[]): Promise<Row[]> {
    // Rows as stored are what writers compare against: always from the database.
    const out: Row[] = [];
    for (const part of chunks([...new Set(ids)], IN_CHUNK)) out.push(...((await (await this.select()).where('id', 'in', part).execute()) as Row[]));
    return out;
  }

  /** Which of these ids are stored (read from the primary key alone: what a writer checks before it writes). */
  async existing(ids: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (const part of chunks([...new Set(ids)], IN_CHUNK)) {
      for (const r of (await this.db.selectFrom((await this.view()) as never).select('id' as never).where('id' as never, 'in', part as never).execute()) as { id: string }[]) out.add(r.id);
    }
    return out;
  }

  async get(id: string): Promise<T | undefined> {
    return (await (await this.query()).byIds([id]))[0];
  }

  /** The entities of these ids that exist, each once, in the order asked. */
  async getMany(ids: readonly string[]): Promise<T[]> {
    return (await this.query()).byIds(ids);
  }

  async list(): Promise<T[]> {
    return (await this.query()).all();
  }

  /**
   * One page of rows in id order; with `validOn`, only rows whose interval may include a day of `[from, to]`
   * (tables with interval columns). Fetches one row more than asked, so the caller knows whether another follows.
   */
  async page(limit: number, offset: number, validOn?: { from: number; to: number }): Promise<{ items: T[]; more: boolean }> {
    let q = await this.select();
    if (validOn) q = possiblyDuring(q, validOn.from, validOn.to);
    const rows = (await q.orderBy('id').limit(limit + 1).offset(offset).execute()) as Row[];
    return { items: this.map(rows.slice(0, limit)), more: rows.length > limit };
  }

  async count(): Promise<number> {
    const r = await this.db.selectFrom((await this.view()) as never).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number((r as { n: number }).n);
  }

  /** The version of a row (its last write's number) at the store's known time. */
  async version(id: string): Promise<number | undefined> {
    const r = await this.row(id);
    return r ? Number(r.sys_seq) : undefined;
  }

  private assertPresent(): void {
    if (this.rc.knownAt !== undefined) throw new DomainError('INVALID_ARGUMENT', 'the registry as known at a past instant cannot be written', { field: 'known_at' });
  }

  /**
   * Inserts new rows, stamped with this write, in multi-row statements within parameter limits. With `ignoreExisting`,
   * a row whose id is already stored is left as it is (for records identified by their whole content: claims).
   */
  async insertRows(contents: readonly Content<Row>[], ignoreExisting = false): Promise<void> {
    this.assertPresent();
    if (contents.length === 0) return;
    const seqs = await allocateSeqs(this.db, this.rc.caps, contents.length);
    const at = this.rc.context.now();
    // Rows are grouped by the columns they give, so that a column a row leaves out keeps its default.
    const groups = new Map<string, { columns: string[]; rows: unknown[][] }>();
    contents.forEach((c, i) => {
      const columns = Object.keys(c).filter((k) => (c as Record<string, unknown>)[k] !== undefined);
      const signature = columns.join(',');
      let g = groups.get(signature);
      if (!g) groups.set(signature, (g = { columns, rows: [] }));
      const s = stamp(this.rc.context, seqs[i]!, 'insert', at);
      g.rows.push([...columns.map((k) => (c as Record<string, unknown>)[k]), s.sys_seq, s.sys_from, s.sys_user, s.sys_source, s.sys_op]);
    });
    this.rc.wrote(this.table, seqs);
    for (const g of groups.values()) await this.rc.bulkInsert(this.table, [...g.columns, 'sys_seq', 'sys_from', 'sys_user', 'sys_source', 'sys_op'], g.rows, ignoreExisting ? ['id'] : undefined);
  }

  /**
   * Replaces the current image of existing rows: each old image is kept in the versions table, closed now. Rows
   * whose content is unchanged are left alone. Returns how many changed.
   */
  async updateRows(contents: readonly Content<Row>[], current?: ReadonlyMap<string, Row>): Promise<number> {
    this.assertPresent();
    if (contents.length === 0) return 0;
    const existing = current ?? new Map((await this.rows(contents.map((c) => (c as unknown as { id: string }).id))).map((r) => [r.id, r]));
    const changed = contents.filter((c) => {
      const old = existing.get((c as unknown as { id: string }).id);
      return old && !sameContent(c as Record<string, unknown>, old as unknown as Record<string, unknown>);
    });
    if (changed.length === 0) return 0;
    const at = this.rc.context.now();
    const cols = await this.rc.columns(this.table);
    const list = sql.join(cols.map((c) => sql.ref(c)));
    const ids = changed.map((c) => (c as unknown as { id: string }).id);
    for (const part of chunks(ids, IN_CHUNK)) {
      await sql`insert into ${sql.table(`${this.table}_versions`)} (${list}, sys_to) select ${list}, ${at} from ${sql.table(this.table)} where id in (${sql.join(part)})`.execute(this.db);
    }
    const seqs = await allocateSeqs(this.db, this.rc.caps, changed.length);
    this.rc.wrote(this.table, seqs);
    for (let i = 0; i < changed.length; i++) {
      const row = { ...changed[i]!, ...stamp(this.rc.context, seqs[i]!, 'update', at) };
      await this.db.updateTable(this.table).set(row as never).where('id', '=', ids[i]!).execute();
    }
    return changed.length;
  }

  /** Writes one row by id: inserted when new, a new version when changed, nothing when the same. */
  async writeRow(content: Content<Row>): Promise<WriteOutcome> {
    const id = (content as unknown as { id: string }).id;
    const existing = await this.row(id);
    if (!existing) {
      await this.insertRows([content]);
      return 'inserted';
    }
    return (await this.updateRows([content], new Map([[id, existing]]))) ? 'updated' : 'unchanged';
  }

  async upsert(entity: T): Promise<WriteOutcome> {
    return this.writeRow(this.toRow(entity));
  }

  /** The row content of an entity, as this table stores it. */
  contentOf(entity: T): Content<Row> {
    return this.toRow(entity);
  }

  entityOf(row: Row): T {
    return this.fromRow(row);
  }
}

/**
 * The one SQL rule for "the interval may include a day of `[from, to]`" (both inclusive), over the interval
 * columns: it started by `to` (or its start is unknown) and did not certainly end by `from`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any select over a table with interval columns
export const possiblyDuring = <Q extends { where: (...a: any[]) => Q }>(q: Q, from: number | string, to: number | string): Q =>
  q
    .where((eb: { or: (x: unknown[]) => unknown; (c: string, op: string, v: unknown): unknown }) => eb.or([eb('start_min', 'is', null), eb('start_min', '<=', to)]))
    .where((eb: { or: (x: unknown[]) => unknown; (c: string, op: string, v: unknown): unknown }) => eb.or([eb('end_kind', '!=', 'date'), eb('end_max', '>', from)]));

/** The mirror's reads of a table, each reporting the keys it looked up: the rows and index keys it depended on. */
const recorded = <T>(rows: IndexedRows<T>, table: RegistryTable, recorder: ReadRecorder): IndexedRows<T> => ({
  byIds: (ids) => {
    for (const id of ids) recorder.read(rowKey(table, id));
    return rows.byIds(ids);
  },
  all: () => {
    recorder.read(tableKey(table));
    return rows.all();
  },
  by: (index: string, groups: readonly string[], keys: readonly string[], during?: During) => {
    for (const group of groups) for (const key of keys) recorder.read(indexKey(table, index, group, key));
    return rows.by(index, groups, keys, during);
  },
});
