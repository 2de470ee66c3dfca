import { byCodeUnits } from '../../domain/id-order.js';

/**
 * A secondary index of a mirrored table: the key a value is found by, as `[group, key]` (`group` is '' for a
 * one-column key), derived from the domain value, so that a newer version can be refiled without keeping the old
 * row. Null: the value is not in this index.
 */
export type IndexKey<T> = (value: T) => readonly [string, string] | null;

/** One id, or several in id order: most keys name one row, and an array for each would double the memory. */
type Ids = string | string[];

interface Entry<T> {
  value: T;
  seq: number;
}

/**
 * One registry table held in memory as domain values, by id and by a few secondary keys (a post's appointments,
 * a subject's responsibilities, the names of a key). Rows only ever arrive newer: a version older than the one held
 * is ignored, so change notifications may arrive in any order. Memory matters (a server holds millions of rows):
 * keys share the value's own strings, grouped by a first component, and a key of one row holds a bare id.
 */
export class MirrorTable<T> {
  private readonly byId = new Map<string, Entry<T>>();
  private readonly indexes: Map<string, Map<string, Ids>>[];

  constructor(
    private readonly fromRow: (row: never) => T,
    private readonly indexKeys: readonly IndexKey<T>[],
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
    const value = deepFreeze(this.fromRow(row as never));
    this.indexKeys.forEach((keyOf, i) => {
      const was = old ? keyOf(old.value) : null;
      const now = keyOf(value);
      if (was && now && was[0] === now[0] && was[1] === now[1]) return;
      if (was) this.unfile(i, was, id);
      if (now) this.file(i, now, id);
    });
    if (old) {
      old.value = value;
      old.seq = seq;
    } else {
      this.byId.set(id, { value, seq });
    }
  }

  private file(index: number, [group, key]: readonly [string, string], id: string): void {
    let keys = this.indexes[index]!.get(group);
    if (!keys) this.indexes[index]!.set(group, (keys = new Map()));
    const ids = keys.get(key);
    if (ids === undefined) keys.set(key, id);
    else if (typeof ids === 'string') keys.set(key, ids < id ? [ids, id] : [id, ids]);
    // A load arrives in id order (a push); a later row finds its place.
    else if (ids[ids.length - 1]! < id) ids.push(id);
    else ids.splice(insertionPoint(ids, id), 0, id);
  }

  private unfile(index: number, [group, key]: readonly [string, string], id: string): void {
    const keys = this.indexes[index]!.get(group);
    const ids = keys?.get(key);
    if (!keys || ids === undefined) return;
    if (typeof ids === 'string') {
      if (ids === id) keys.delete(key);
      return;
    }
    const at = insertionPoint(ids, id);
    if (ids[at] === id) ids.splice(at, 1);
    if (ids.length === 1) keys.set(key, ids[0]!);
  }

  get(id: string): T | undefined {
    return this.byId.get(id)?.value;
  }

  /** The values of these ids that exist, in the order asked, each once. */
  getMany(ids: readonly string[]): T[] {
    if (ids.length === 1) {
      const e = this.byId.get(ids[0]!);
      return e ? [e.value] : [];
    }
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

  /** Values filed under `group` and any of `keys`, each once, in id order. */
  by(index: number, group: string, keys: readonly string[]): T[] {
    const map = this.indexes[index]!.get(group);
    if (!map) return [];
    if (keys.length === 1) {
      const ids = map.get(keys[0]!);
      return ids === undefined ? [] : typeof ids === 'string' ? [this.byId.get(ids)!.value] : ids.map((id) => this.byId.get(id)!.value);
    }
    // Several keys: their ids gathered, put in order, each once (ids of one key are in order already).
    const found: string[] = [];
    for (const key of keys) {
      const ids = map.get(key);
      if (typeof ids === 'string') found.push(ids);
      else if (ids) for (const id of ids) found.push(id);
    }
    if (found.length > 1) found.sort(byCodeUnits);
    const out: T[] = [];
    for (let i = 0; i < found.length; i++) if (i === 0 || found[i] !== found[i - 1]) out.push(this.byId.get(found[i]!)!.value);
    return out;
  }

  /** Every value, in id order. */
  all(): T[] {
    return [...this.byId.keys()].sort(byCodeUnits).map((id) => this.byId.get(id)!.value);
  }
}

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
