/** A secondary index of a mirrored table: the key a row is found by (null: not indexed). */
export type IndexKey = (row: Record<string, unknown>) => string | null;

interface Entry<T> {
  value: T;
  seq: number;
  /** The keys this row is filed under, per index, so that a newer version can be refiled. */
  keys: (string | null)[];
}

/**
 * One registry table held in memory as domain values, by id and by a few secondary keys (a post's appointments,
 * a subject's responsibilities, the names of a key). Rows only ever arrive newer: a version older than the one held
 * is ignored, so change notifications may arrive in any order.
 */
export class MirrorTable<T> {
  private readonly byId = new Map<string, Entry<T>>();
  private readonly indexes: Map<string, string[]>[];

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
    const keys = this.indexKeys.map((k) => k(row));
    if (old) {
      old.keys.forEach((key, i) => {
        if (key === null || key === keys[i]) return;
        const list = this.indexes[i]!.get(key);
        if (list) {
          const rest = list.filter((x) => x !== id);
          if (rest.length) this.indexes[i]!.set(key, rest);
          else this.indexes[i]!.delete(key);
        }
      });
    }
    keys.forEach((key, i) => {
      if (key === null || (old && old.keys[i] === key)) return;
      const list = this.indexes[i]!.get(key);
      if (list) list.push(id);
      else this.indexes[i]!.set(key, [id]);
    });
    this.byId.set(id, { value: deepFreeze(this.fromRow(row as never)), seq, keys });
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

  /** Ids filed under `key` in secondary index `index`, in id order. */
  idsBy(index: number, key: string): string[] {
    return [...(this.indexes[index]!.get(key) ?? [])].sort(byCodeUnits);
  }

  /** Values filed under any of `keys`, each once, in id order. */
  by(index: number, keys: Iterable<string>): T[] {
    const ids = new Set<string>();
    for (const key of keys) for (const id of this.indexes[index]!.get(key) ?? []) ids.add(id);
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

/** Ids in the byte order of the databases' `order by id` (UTF-16 code units equal it for the ASCII ids used). */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
