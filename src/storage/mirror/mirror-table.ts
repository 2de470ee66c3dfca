/** A secondary index of a mirrored table: the key a row is found by (null: not indexed). */
export type IndexKey = (row: Record<string, unknown>) => string | null;

/** The ids filed under one key of one index, in id order; shared by those rows (their key string is held once). */
interface Bucket {
  key: string;
  ids: string[];
}

interface Entry<T> {
  value: T;
  seq: number;
  /** The buckets this row is filed in, per index, so that a newer version can be refiled. */
  buckets: (Bucket | null)[];
}

/**
 * One registry table held in memory as domain values, by id and by a few secondary keys (a post's appointments,
 * a subject's responsibilities, the names of a key). Rows only ever arrive newer: a version older than the one held
 * is ignored, so change notifications may arrive in any order.
 */
export class MirrorTable<T> {
  private readonly byId = new Map<string, Entry<T>>();
  private readonly indexes: Map<string, Bucket>[];

  constructor(
    private readonly fromRow: (row: never) => T,
    private readonly indexKeys: readonly IndexKey[],
  ) {
    this.indexes = indexKeys.map(() => new Map());
  }

  get size(): number {
    return this.byId.size;
  }

  /** Files a row (as read from the database); a row at or below the held version changes nothing. */
  put(row: Record<string, unknown>): void {
    const id = row['id'] as string;
    const seq = Number(row['sys_seq']);
    const old = this.byId.get(id);
    if (old && old.seq >= seq) return;
    const buckets = this.indexKeys.map((keyOf, i) => {
      const key = keyOf(row);
      if (key === null) return null;
      const was = old?.buckets[i];
      if (was && was.key === key) return was;
      if (was) {
        was.ids.splice(insertionPoint(was.ids, id), 1);
        if (was.ids.length === 0) this.indexes[i]!.delete(was.key);
      }
      let bucket = this.indexes[i]!.get(key);
      if (!bucket) this.indexes[i]!.set(key, (bucket = { key, ids: [id] }));
      // Ids stay in id order: a load arrives in id order (a push); a later row finds its place.
      else if (bucket.ids[bucket.ids.length - 1]! < id) bucket.ids.push(id);
      else bucket.ids.splice(insertionPoint(bucket.ids, id), 0, id);
      return bucket;
    });
    this.byId.set(id, { value: deepFreeze(this.fromRow(row as never)), seq, buckets });
  }

  get(id: string): T | undefined {
    return this.byId.get(id)?.value;
  }

  /** The values of these ids that exist, in the order asked, each once. */
  getMany(ids: readonly string[]): T[] {
    const out: T[] = [];
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      const e = this.byId.get(id);
      if (e) out.push(e.value);
    }
    return out;
  }

  /** Values filed under any of `keys`, each once, in id order. */
  by(index: number, keys: readonly string[]): T[] {
    const idx = this.indexes[index]!;
    if (keys.length === 1) {
      const bucket = idx.get(keys[0]!);
      return bucket ? bucket.ids.map((id) => this.byId.get(id)!.value) : [];
    }
    const ids = new Set<string>();
    for (const key of keys) for (const id of idx.get(key)?.ids ?? []) ids.add(id);
    return [...ids].sort(byCodeUnits).map((id) => this.byId.get(id)!.value);
  }

  /** Every value, in id order. */
  all(): T[] {
    return [...this.byId.keys()].sort(byCodeUnits).map((id) => this.byId.get(id)!.value);
  }

  /** Every value with its id, unordered: for scans that filter. */
  *entries(): IterableIterator<[string, T]> {
    for (const [id, e] of this.byId) yield [id, e.value];
  }
}

/**
 * Values are shared by every answer: frozen, so that a service that changed one would fail at once rather than
 * corrupt the answers after it.
 */
const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
};

const insertionPoint = (list: readonly string[], id: string): number => {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** Ids in the byte order of the databases' `order by id` (UTF-16 code units equal it for the ASCII ids used). */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
