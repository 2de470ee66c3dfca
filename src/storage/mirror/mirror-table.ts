import { byCodeUnits } from '../../domain/id-order.js';
import { mayHoldDuring, type Interval } from '../../domain/time/interval.js';
import { indexKey, type ReadKey, rowKey, tableKey } from '../read-keys.js';
import type { During, IndexDeclaration, IndexedRows } from '../table-indexes.js';

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
export class MirrorTable<T> implements IndexedRows<T> {
  private readonly byId = new Map<string, Entry<T>>();
  /** Each named index (declared in TABLE_INDEXES): group → key → ids. */
  private readonly indexes = new Map<string, Map<string, Map<string, Ids>>>();
  private readonly declared: [name: string, keyOf: IndexDeclaration<T>['keyOf']][];

  constructor(
    private readonly table: string,
    private readonly fromRow: (row: never) => T,
    indexes: Readonly<Record<string, IndexDeclaration<T>>>,
  ) {
    this.declared = Object.entries(indexes).map(([name, d]) => [name, d.keyOf]);
    for (const [name] of this.declared) this.indexes.set(name, new Map());
  }

  get size(): number {
    return this.byId.size;
  }

  /**
   * Files a row (as read from the database); a row at or below the held version changes nothing. `touched` hears
   * what the change touched (its table, its id, its keys in every index before and after): what reads of it recorded.
   */
  put(row: Record<string, unknown>, touched?: (key: ReadKey) => void): void {
    const id = row['id'] as string;
    const seq = Number(row['sys_seq']);
    const old = this.byId.get(id);
    if (old && old.seq >= seq) return;
    const value = deepFreeze(this.fromRow(row as never));
    if (touched) {
      touched(tableKey(this.table));
      touched(rowKey(this.table, id));
    }
    for (const [name, keyOf] of this.declared) {
      const was = old ? keyOf(old.value) : null;
      const now = keyOf(value);
      if (touched) {
        if (was) touched(indexKey(this.table, name, was[0], was[1]));
        if (now) touched(indexKey(this.table, name, now[0], now[1]));
      }
      if (was && now && was[0] === now[0] && was[1] === now[1]) continue;
      if (was) this.unfile(name, was, id);
      if (now) this.file(name, now, id);
    }
    if (old) {
      old.value = value;
      old.seq = seq;
    } else {
      this.byId.set(id, { value, seq });
    }
  }

  private file(index: string, [group, key]: readonly [string, string], id: string): void {
    let keys = this.indexes.get(index)!.get(group);
    if (!keys) this.indexes.get(index)!.set(group, (keys = new Map()));
    const ids = keys.get(key);
    if (ids === undefined) keys.set(key, id);
    else if (typeof ids === 'string') keys.set(key, ids < id ? [ids, id] : [id, ids]);
    // A load arrives in id order (a push); a later row finds its place.
    else if (ids[ids.length - 1]! < id) ids.push(id);
    else ids.splice(insertionPoint(ids, id), 0, id);
  }

  private unfile(index: string, [group, key]: readonly [string, string], id: string): void {
    const keys = this.indexes.get(index)!.get(group);
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
  byIds(ids: readonly string[]): T[] {
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

  /** Values filed in `index` under any of `groups` and any of `keys`, each once, in id order; `during`: those that may hold then. */
  by(index: string, groups: readonly string[], keys: readonly string[], during?: During): T[] {
    const found = this.idsBy(index, groups, keys);
    const out: T[] = [];
    for (let i = 0; i < found.length; i++) {
      if (i > 0 && found[i] === found[i - 1]) continue;
      const value = this.byId.get(found[i]!)!.value;
      if (!during || mayHoldDuring((value as { interval: Interval }).interval, during.from, during.to)) out.push(value);
    }
    return out;
  }

  /** The ids filed under the keys, in id order (repeated when filed under several keys). */
  private idsBy(index: string, groups: readonly string[], keys: readonly string[]): readonly string[] {
    const byGroup = this.indexes.get(index);
    if (!byGroup) throw new Error(`no index ${index} on ${this.table}`);
    if (groups.length === 1 && keys.length === 1) {
      const ids = byGroup.get(groups[0]!)?.get(keys[0]!);
      return ids === undefined ? [] : typeof ids === 'string' ? [ids] : ids;
    }
    // Several keys: their ids gathered and put in order (ids of one key are in order already).
    const found: string[] = [];
    for (const group of groups) {
      const map = byGroup.get(group);
      if (!map) continue;
      for (const key of keys) {
        const ids = map.get(key);
        if (typeof ids === 'string') found.push(ids);
        else if (ids) for (const id of ids) found.push(id);
      }
    }
    if (found.length > 1) found.sort(byCodeUnits);
    return found;
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
