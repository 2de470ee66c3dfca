import { sql } from 'kysely';
import { DomainError } from '../domain/errors.js';
import { type Database, openDatabase } from './database.js';
import { HISTORY_TABLES } from './history.js';

/**
 * The registry as it was recorded at `knownAt`: every row's latest image written at or before that instant,
 * rebuilt from the history into a private in-memory SQLite database. The same services answer on it, so any
 * question can be asked "as the registry knew it then". Cost grows with the history; see docs/decisions/006.
 */
export const snapshotAt = async (database: Database, knownAt: string): Promise<Database> => {
  const rows = await database.db.selectFrom('history').select(['seq', 'table_name', 'row_id', 'data']).where('recorded_at', '<=', knownAt).orderBy('seq').execute();
  const latest = new Map<string, { table: string; data: string }>();
  for (const r of rows) latest.set(`${r.table_name}\u0000${r.row_id}`, { table: r.table_name, data: r.data });
  const snapshot = await openDatabase(':memory:');
  try {
    // Rows arrive table by table; references are checked when they were first written, not again here.
    await sql`pragma foreign_keys = off`.execute(snapshot.db);
    for (const table of HISTORY_TABLES) {
      const images = [...latest.values()].filter((x) => x.table === table).map((x) => JSON.parse(x.data) as Record<string, unknown>);
      for (let i = 0; i < images.length; i += 200) await snapshot.db.insertInto(table).values(images.slice(i, i + 200) as never).execute();
    }
  } catch (e) {
    await snapshot.close();
    throw e;
  }
  return snapshot;
};

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Accepts an ISO date or timestamp; returns it in the history's form (UTC, milliseconds). */
export const parseKnownAt = (text: string): string => {
  const d = new Date(text);
  if (!TIMESTAMP.test(text) || Number.isNaN(d.getTime())) {
    throw new DomainError('INVALID_ARGUMENT', 'known_at is an ISO 8601 date or timestamp, e.g. 2026-11-28T10:00:00Z', { field: 'known_at', value: text });
  }
  // A bare date means the end of that day: everything recorded on it was known.
  return /T/.test(text) ? d.toISOString() : new Date(d.getTime() + 86_399_999).toISOString();
};

/** Keeps recent snapshots; one is reused only while no write has landed at or before its instant since. */
export class SnapshotCache {
  private readonly cache = new Map<string, Promise<Database>>();

  constructor(
    private readonly database: Database,
    private readonly size = 8,
  ) {}

  async at(knownAt: string): Promise<Database> {
    const r = await this.database.db.selectFrom('history').select((eb) => eb.fn.max('seq').as('seq')).where('recorded_at', '<=', knownAt).executeTakeFirst();
    const key = `${knownAt}#${String(r?.seq ?? 0)}`;
    let snapshot = this.cache.get(key);
    if (!snapshot) {
      snapshot = snapshotAt(this.database, knownAt);
      this.cache.set(key, snapshot);
      snapshot.catch(() => this.cache.delete(key));
      while (this.cache.size > this.size) {
        const oldest = this.cache.keys().next().value!;
        const evicted = this.cache.get(oldest)!;
        // A request may still be reading it: close it once such a request has surely finished.
        setTimeout(() => void evicted.then((db) => db.close()).catch(() => undefined), 60_000).unref();
        this.cache.delete(oldest);
      }
    }
    return snapshot;
  }

  async close(): Promise<void> {
    for (const s of this.cache.values()) await s.then((db) => db.close()).catch(() => undefined);
    this.cache.clear();
  }
}
