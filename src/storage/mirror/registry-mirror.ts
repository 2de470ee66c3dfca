import { getHeapStatistics } from 'node:v8';
import { sql } from 'kysely';
import { DomainError } from '../../domain/errors.js';
import type { Db } from '../database.js';
import * as m from '../mappers.js';
import { type ReadKey, tableKey } from '../read-keys.js';
import { indexesOf } from '../table-indexes.js';
import { REGISTRY_TABLES, type RegistryTable } from '../tables.js';
import { MirrorTable } from './mirror-table.js';

type Row = Record<string, unknown>;

/** The tables the hot questions read, each held as domain values and filed by its declared indexes (TABLE_INDEXES). */
export const MIRRORED = {
  sources: m.rowToSource,
  subjects: m.rowToSubject,
  organizations: m.rowToOrganization,
  relations: m.rowToRelation,
  posts: m.rowToPost,
  people: m.rowToPerson,
  names: m.rowToName,
  appointments: m.rowToAppointment,
  responsibilities: m.rowToResponsibility,
  citations: m.rowToCitation,
  claims: m.rowToClaim,
  successions: m.rowToSuccession,
} satisfies Partial<Record<RegistryTable, (r: never) => unknown>>;

export type MirroredTable = keyof typeof MIRRORED;
export const isMirrored = (t: string): t is MirroredTable => t in MIRRORED;

/** The seqs a committed write used, per table: what a mirror must read again. */
export type ChangeSet = Map<RegistryTable, { min: number; max: number }>;

/** How a mirror learns of commits it did not make: SQLite's data_version, PostgreSQL's notifications. */
export interface ChangeFeed {
  /** SQLite: a number that changes when another connection commits (read without a round trip). */
  dataVersion?: () => number;
  /** PostgreSQL: starts listening; calls `onChange` with each commit's changes, `onLost` when the feed broke. */
  listen?: (onChange: (changes: ChangeSet) => void, onLost: () => void) => Promise<() => Promise<void>>;
}

/** The flag (in a DomainError's details) that marks the one refusal retrying cannot cure: the registry would not fit in memory. */
export const OUT_OF_MEMORY = 'outOfMemory';
/**
 * Whether an error is the mirror's refusal for want of memory. Every other UNAVAILABLE (the PostgreSQL dialect's for
 * any failed connection, a statement timeout) is an outage: the mirror tries again until it passes.
 */
export const isMemoryRefusal = (e: unknown): boolean => e instanceof DomainError && e.details[OUT_OF_MEMORY] === true;

/**
 * Rows read, turned into values and filed between two turns of the event loop: small enough that a request waits for
 * at most one batch (a few ms), large enough that paging by id costs little beside the rows themselves.
 */
const ROWS_PER_READ = 1_000;

/** Between two batches of a load: gives the event loop a turn, so that requests (answered from SQL meanwhile) run. */
export type LoadPace = () => Promise<void>;
export const nextTurn: LoadPace = () => new Promise((resolveTurn) => setImmediate(resolveTurn));

/**
 * What a mirror's change touched, for what was derived from it (the prepared answers, decision 12): the keys of the
 * rows it applied and the tables it saw change (read-keys.ts), or `all` when it loaded afresh.
 */
export type MirrorChange = ReadonlySet<ReadKey> | 'all';

/** A mirror as code that keeps values derived from it sees it: its state, and the changes that end one. */
export interface MirrorState {
  /** Bumped by every change the mirror applies: a value computed across two states is not kept. */
  readonly version: number;
  /** Calls `listener` with each change as it is applied (before any read sees it); returns how to stop. */
  onChange(listener: (change: MirrorChange) => void): () => void;
}
/**
 * Heap a mirrored row takes, with its share of the answers prepared from it (measured: ≈470 bytes a row for the
 * rows, ≈150 more for the timelines and scopes, ≈60 for what they read; decisions 8, 9 and 12).
 */
export const MIRROR_BYTES_PER_ROW = 710;

/** What this process's heap may still grow by: its limit, less what is in use and a tenth kept for answering. */
export const heapLeft = (): number => {
  const { heap_size_limit: limit, used_heap_size: used } = getHeapStatistics();
  return limit * 0.9 - used;
};

/**
 * The registry's hot tables in memory, for answers without a query (who held a post, who handles a subject, a
 * unit's chain). The database stays the truth: the mirror is loaded from it, and every commit (this process's, at
 * once; another's, through the change feed) is read back by its version numbers before the next answer. When it
 * cannot be sure it is current (loading, or the feed lost), it steps aside and reads go to SQL.
 */
export class RegistryMirror implements MirrorState {
  private tables = new Map<MirroredTable, MirrorTable<unknown>>();
  private ready = false;
  private lastSeq = 0;
  private dataVersion = -1;
  /** SQLite: this process committed since the last catch-up. */
  private dirty = false;
  /** PostgreSQL: committed changes not yet read back. */
  private pending: ChangeSet[] = [];
  private catching: Promise<void> | undefined;
  private stopListening: (() => Promise<void>) | undefined;
  private loading: Promise<void> | undefined;
  private checkedThisTurn = false;
  /** Counts the states the mirror has been in: bumped whenever rows are applied. */
  private generation = 0;
  private readonly listeners = new Set<(change: MirrorChange) => void>();
  rows = 0;
  /** Why the mirror will not load (the registry would not fit in memory); reads go to SQL. */
  refused: string | undefined;
  /** Why the mirror is not current (the database went away, the load failed), while it tries again; undefined when current. */
  behind: string | undefined = 'loading';
  /** Load attempts since the mirror was last current (the backoff's step). */
  attempts = 0;
  /** Bumped each time the change feed breaks: a load that saw it break while loading may have missed changes. */
  private feedEpoch = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private loadingNow = false;

  constructor(
    private readonly db: Db,
    private readonly dialect: 'sqlite' | 'postgres',
    private readonly feed: ChangeFeed,
    /** Bytes the mirror may take: by default, what the heap has left when it loads. */
    private readonly memory: () => number = heapLeft,
    /** Awaited between batches of a load (by default a turn of the event loop; a test may hold the load there). */
    private readonly pace: LoadPace = nextTurn,
  ) {}

  /** Loads every mirrored table (once); until it is done, `current()` answers undefined and reads use SQL. */
  load(): Promise<void> {
    if (!this.loading) this.loadingNow = true;
    this.loading ??= this.doLoad().then(
      () => {
        this.loadingNow = false;
        this.attempts = 0;
        this.behind = undefined;
      },
      (e: unknown) => {
        this.loadingNow = false;
        this.loading = undefined;
        this.behind = e instanceof Error ? e.message : String(e);
        // Whatever kept it from loading (the database away, a connection cut mid-load) passes; only want of memory stays.
        if (!isMemoryRefusal(e)) this.retryLater();
        throw e;
      },
    );
    return this.loading;
  }

  /**
   * Tries to load again after a backoff (0.25 s doubling to 2 s, with jitter), for as long as the outage lasts:
   * one loop at a time, ended by a load that succeeds, by a refusal for want of memory, or by `close()`.
   */
  private retryLater(): void {
    if (this.closed || this.retryTimer) return;
    this.attempts++;
    const wait = Math.min(2000, 250 * 2 ** Math.min(this.attempts - 1, 3)) * (0.75 + Math.random() / 2);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      // A failure schedules the next attempt inside load().
      this.load().catch(() => undefined);
    }, wait);
    this.retryTimer.unref();
  }

  /**
   * Reads every mirrored table a batch at a time, the event loop free between batches: the server answers (from SQL)
   * while it loads. On SQLite the batches are read outside a transaction, each in a moment of its own, so that the one
   * connection stays free for requests between them: rows are read at whatever version they have then, and, the
   * counter having been read first, everything committed since is read back by version before the first answer
   * (one writer at a time: every row committed after the counter was read has a higher version). On PostgreSQL one
   * snapshot (its own pooled connection) holds every table, and the change feed, listening first, covers the rest.
   */
  private async doLoad(): Promise<void> {
    this.ready = false;
    const epoch = this.feedEpoch;
    // Before listening: a mirror that will not load must not gather changes it never reads.
    const total = await this.checkRoom();
    if (this.feed.listen && !this.stopListening) {
      this.stopListening = await this.feed.listen((c) => this.pending.push(c), () => this.lost());
    }
    const tables = new Map<MirroredTable, MirrorTable<unknown>>();
    let rows = 0;
    const readAll = async (via: Db): Promise<void> => {
      const counter = await sql<{ value: number }>`select value from counters where name = 'sys'`.execute(via);
      this.lastSeq = Number(counter.rows[0]?.value ?? 0);
      for (const [table, fromRow] of Object.entries(MIRRORED) as [MirroredTable, (r: never) => unknown][]) {
        const t = new MirrorTable<unknown>(table, fromRow, indexesOf(table));
        let after = '';
        for (;;) {
          const part = (await via.selectFrom(table).selectAll().where('id', '>', after).orderBy('id').limit(ROWS_PER_READ).execute()) as Row[];
          for (const r of part) t.put(r);
          rows += part.length;
          this.behind = `loading: ${rows.toLocaleString('en')} of about ${total.toLocaleString('en')} rows`;
          await this.pace();
          if (this.closed) throw new DomainError('UNAVAILABLE', 'the database was closed while the in-memory copy was loading', {});
          if (part.length < ROWS_PER_READ) break;
          after = part[part.length - 1]!['id'] as string;
        }
        tables.set(table, t);
      }
    };
    if (this.dialect === 'postgres') {
      // One snapshot for every table, and the counter read inside it: nothing committed later is half seen.
      await this.db.transaction().execute(async (tx) => {
        await sql`set transaction isolation level repeatable read`.execute(tx);
        await readAll(tx);
      });
    } else {
      await readAll(this.db);
    }
    // The feed broke while the snapshot was read: changes after it may never arrive, so this copy cannot be kept.
    if (epoch !== this.feedEpoch || (this.feed.listen && !this.stopListening)) {
      throw new DomainError('UNAVAILABLE', 'the change feed broke while the in-memory copy was loading', {}, { retryAfter: 2 });
    }
    this.tables = tables;
    this.rows = rows;
    this.generation++;
    this.emit('all');
    this.dataVersion = this.feed.dataVersion?.() ?? -1;
    // SQLite: what was committed while the batches were read (by this process or another) is read back, by version,
    // before the first answer. PostgreSQL: the changes heard while loading are kept; those the snapshot already
    // held are read again and ignored (a row never goes back to an older version).
    this.dirty = this.dialect === 'sqlite';
    this.ready = true;
  }

  /**
   * Refuses to load a registry that would not fit: running out of heap ends the process (a server and every request
   * in it), while a server without its mirror still answers every question, through SQL.
   */
  private async checkRoom(): Promise<number> {
    let count = 0;
    for (const table of Object.keys(MIRRORED) as MirroredTable[]) {
      count += Number((await this.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
      // Counting a large table takes a while: requests go first.
      await this.pace();
    }
    const need = count * MIRROR_BYTES_PER_ROW;
    const room = this.memory();
    if (need <= room) {
      this.refused = undefined;
      return count;
    }
    const mb = (bytes: number, round = Math.ceil) => round(bytes / 1_048_576);
    // A limit with room for it, in steps of 256 MB.
    const heap = Math.ceil(mb(getHeapStatistics().heap_size_limit + (need - room) / 0.9) / 256) * 256;
    this.refused = `${count} rows need about ${mb(need)} MB`;
    throw new DomainError('UNAVAILABLE', `the registry's ${count.toLocaleString('en')} rows need about ${mb(need)} MB of memory and this process has ` +
      `${mb(Math.max(0, room), Math.floor)} MB left: start Node with --max-old-space-size=${heap} to keep them in memory`, {}, { [OUT_OF_MEMORY]: true });
  }

  /** The feed broke (a PostgreSQL restart): step aside, and load again in the background until the database is back. */
  private lost(): void {
    this.feedEpoch++;
    this.ready = false;
    this.behind = 'the connection to the database was lost; loading again';
    const stop = this.stopListening;
    this.stopListening = undefined;
    void stop?.().catch(() => undefined);
    // A load under way finishes (and fails: the epoch changed, and it retries); otherwise one starts after the backoff.
    if (this.loadingNow) return;
    this.loading = undefined;
    this.retryLater();
  }

  /** This process committed `changes`: they are read back before the next answer. */
  committed(changes: ChangeSet): void {
    if (changes.size === 0) return;
    if (this.dialect === 'sqlite') this.dirty = true;
    else this.pending.push(changes);
  }

  /**
   * The mirror when it is current without reading anything; undefined when it is not ready or has commits to read
   * back first (then `current()` reads them).
   */
  currentNow(): RegistryMirror | undefined {
    if (!this.ready) return undefined;
    // Another process's commit is looked for once per turn of the event loop: the reads of one answer see one state.
    if (this.feed.dataVersion !== undefined && !this.checkedThisTurn) {
      this.checkedThisTurn = true;
      setImmediate(() => (this.checkedThisTurn = false));
      if (this.feed.dataVersion() !== this.dataVersion) this.dirty = true;
    }
    return this.dirty || this.pending.length || this.catching ? undefined : this;
  }

  /** The mirror, brought up to date with every commit it knows of; undefined when it cannot answer (yet). */
  async current(): Promise<RegistryMirror | undefined> {
    if (this.currentNow()) return this;
    if (!this.ready) return undefined;
    // One catch-up at a time; a read that arrives meanwhile waits for it.
    this.catching ??= this.catchUp().finally(() => (this.catching = undefined));
    await this.catching;
    return this.ready ? this : undefined;
  }

  private async catchUp(): Promise<void> {
    const touched = new Set<ReadKey>();
    const touch = (key: ReadKey) => touched.add(key);
    try {
      if (this.dialect === 'sqlite') {
        this.dirty = false;
        this.dataVersion = this.feed.dataVersion?.() ?? -1;
        await this.db.transaction().execute(async (tx) => {
          // data_version says only that something changed: one statement finds which tables (each its newest
          // version, one step of its sys_seq index), and only those are read.
          const newest = sql.join(REGISTRY_TABLES.map((t) => sql`(select max(sys_seq) from ${sql.table(t)}) as ${sql.ref(t)}`));
          const r = await sql<Record<string, number | null>>`select (select value from counters where name = 'sys') as up_to, ${newest}`.execute(tx);
          const row = r.rows[0] ?? {};
          const upTo = Number(row['up_to'] ?? 0);
          if (upTo <= this.lastSeq) return;
          for (const table of REGISTRY_TABLES) {
            if (Number(row[table] ?? 0) <= this.lastSeq) continue;
            if (!isMirrored(table)) {
              touch(tableKey(table));
              continue;
            }
            const rows = (await tx.selectFrom(table).selectAll().where('sys_seq', '>', this.lastSeq).where('sys_seq', '<=', upTo).execute()) as Row[];
            for (const r of rows) this.tables.get(table)!.put(r, touch);
          }
          this.lastSeq = upTo;
          this.generation++;
        });
        if (touched.size) this.emit(touched);
        return;
      }
      const batch = this.pending;
      this.pending = [];
      const ranges = new Map<MirroredTable, { min: number; max: number }[]>();
      for (const changes of batch) {
        for (const [table, range] of changes) {
          if (isMirrored(table)) ranges.set(table, [...(ranges.get(table) ?? []), range]);
          else touch(tableKey(table));
        }
      }
      for (const [table, list] of ranges) {
        for (const { min, max } of list) {
          const rows = (await this.db.selectFrom(table).selectAll().where('sys_seq', '>=', min).where('sys_seq', '<=', max).execute()) as Row[];
          for (const r of rows) this.tables.get(table)!.put(r, touch);
        }
      }
      if (ranges.size || touched.size) this.generation++;
      if (touched.size) this.emit(touched);
    } catch {
      // The database is away: answer from SQL (which will say so) until the mirror is loaded again; what was derived
      // from rows applied before the failure goes with everything else.
      this.emit('all');
      this.lost();
    }
  }

  onChange(listener: (change: MirrorChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: MirrorChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** The state the mirror is in: bumped by every change it applies. */
  get version(): number {
    return this.generation;
  }

  table<T>(name: MirroredTable): MirrorTable<T> {
    return this.tables.get(name) as MirrorTable<T>;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.ready = false;
    await this.stopListening?.();
    this.stopListening = undefined;
  }
}
