import type { MirrorChange, MirrorState } from '../../storage/mirror/registry-mirror.js';
import type { ReadKey, ReadRecorder } from '../../storage/read-keys.js';
import type { Store } from '../../storage/store.js';

/**
 * Prepared answers (decisions 9 and 12): values services derive from the registry's present state (a post's
 * timeline, an organization's routing scope), kept for the in-memory mirror's state and dropped by exactly the
 * changes that touch what they were derived from.
 *
 * A kind declares its key type, its value type and how a key is written. What a value depends on is not written by
 * hand: the store it is computed through records each read (each row by id, each index key, a whole table for a read
 * the mirror's keys do not describe), and a change the mirror applies names the same keys for the rows it touched.
 * A second, hand-written list of dependencies would be a second copy of every read, wrong the day a read changes.
 */
export interface PreparedKind<K, V extends object> {
  readonly name: string;
  readonly keyText: (key: K) => string;
  /** Carries the value type only. */
  readonly value?: V;
}

/** Kinds kept for a few keys only (an answer per date: a map's), by name: how many values each keeps at most. */
const MOST_KEPT = new Map<string, number>();

/**
 * A kind of prepared answer. `most`: keep at most that many values of it (the oldest kept is dropped first), for a
 * kind whose keys are unbounded and whose values are large (the map's answer for a date).
 */
export const preparedKind = <K, V extends object>(name: string, keyText: (key: K) => string, options: { most?: number } = {}): PreparedKind<K, V> => {
  if (options.most !== undefined) MOST_KEPT.set(name, options.most);
  return { name, keyText };
};

/** Values kept at most: one per post of a registry of 10 million appointments. Past it, everything is gathered again. */
const MAX_KEPT = 1_000_000;

/**
 * Read keys are kept as 31-bit hashes (a key string costs about 250 bytes kept in a map; a hash about 40). Two keys
 * of one hash only ever drop a value more than needed, never keep a stale one.
 */
const hashOf = (key: ReadKey): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
};

/**
 * Values computed together (one, or a batch of `preparedMany`) and the hashes of what their computation read: they
 * are dropped together.
 */
interface Group {
  readonly deps: Int32Array;
  readonly members: string[];
}

interface Entry {
  value: object;
  group: Group;
}

/** What one computation read. */
class ReadSet implements ReadRecorder {
  readonly keys = new Set<ReadKey>();
  read(key: ReadKey): void {
    this.keys.add(key);
  }
}

/**
 * The read key of a kept value: a computation that uses another kind's value (a routing scope its heads' timelines)
 * depends on that value, not on everything it read; dropping the value drops what was built on it.
 */
const keptKey = (at: string): ReadKey => `prepared\u0001${at}`;

/** The prepared answers of one mirror. */
export class PreparedAnswers {
  private readonly entries = new Map<string, Entry>();
  /** A read key's hash → the groups whose computation read it (most keys: one group, held bare). */
  private readonly deps = new Map<number, Group | Set<Group>>();
  /** Values dropped by changes since the mirror loaded (for tests and `bench`). */
  dropped = 0;
  /** For a kind kept for a few keys only: the refs of its values, oldest first (some may have been dropped since). */
  private readonly order = new Map<string, string[]>();

  constructor(private readonly state: MirrorState) {
    state.onChange((change) => this.changed(change));
  }

  get size(): number {
    return this.entries.size;
  }

  /** Whether a value of `kind` for `key` is kept now. */
  has<K, V extends object>(kind: PreparedKind<K, V>, key: K): boolean {
    return this.entries.has(ref(kind.name, kind.keyText(key)));
  }

  get(name: string, text: string): Entry | undefined {
    return this.entries.get(ref(name, text));
  }

  /** Keeps values computed together from the state `version` with what they read: not if the mirror changed meanwhile. */
  keep(values: readonly (readonly [name: string, text: string, value: object])[], reads: Iterable<ReadKey>, version: number): void {
    if (version !== this.state.version || values.length === 0) return;
    if (this.entries.size + values.length > MAX_KEPT) this.clear();
    const group: Group = { deps: Int32Array.from(reads, hashOf), members: [] };
    for (const h of group.deps) {
      const held = this.deps.get(h);
      if (!held) this.deps.set(h, group);
      else if (held instanceof Set) held.add(group);
      else if (held !== group) this.deps.set(h, new Set([held, group]));
    }
    for (const [name, text, value] of values) {
      // Kept already in this state (a computation inside this one kept it, with its own reads: postTimelineOf a
      // post's id computes postTimeline of the same key): that entry stays, with the reads that made it.
      const at = ref(name, text);
      if (this.entries.has(at)) continue;
      this.entries.set(at, { value, group });
      group.members.push(at);
      const most = MOST_KEPT.get(name);
      if (most !== undefined) this.keepMost(name, at, most);
    }
  }

  /** Keeps at most `most` values of a kind: past it, the oldest kept goes (with the values computed with it). */
  private keepMost(name: string, at: string, most: number): void {
    let refs = this.order.get(name);
    if (!refs) this.order.set(name, (refs = []));
    refs.push(at);
    while (refs.length > most) {
      const oldest = this.entries.get(refs.shift()!);
      if (oldest) this.dropGroup(oldest.group);
    }
  }

  private changed(change: MirrorChange): void {
    if (change === 'all') {
      this.dropped += this.entries.size;
      this.clear();
      return;
    }
    const queue = [...change];
    for (let i = 0; i < queue.length; i++) {
      const held = this.deps.get(hashOf(queue[i]!));
      if (!held) continue;
      // A value dropped is itself a change to what was built on it.
      for (const group of held instanceof Set ? [...held] : [held]) for (const at of this.dropGroup(group)) queue.push(keptKey(at));
    }
  }

  /** Drops every value of a group still kept under it; returns their refs. */
  private dropGroup(group: Group): string[] {
    const gone: string[] = [];
    for (const at of group.members) {
      if (this.entries.get(at)?.group !== group) continue;
      this.entries.delete(at);
      gone.push(at);
      this.dropped++;
    }
    for (const h of group.deps) {
      const held = this.deps.get(h);
      if (held instanceof Set) {
        held.delete(group);
        if (held.size === 1) this.deps.set(h, held.values().next().value!);
      } else if (held === group) {
        this.deps.delete(h);
      }
    }
    return gone;
  }

  private clear(): void {
    this.entries.clear();
    this.deps.clear();
    this.order.clear();
  }
}

const ref = (name: string, text: string): string => `${name}\u0001${text}`;

const caches = new WeakMap<MirrorState, PreparedAnswers>();

/** The prepared answers kept for a mirror (one per mirror, made on first use). */
export const preparedAnswersOf = (state: MirrorState): PreparedAnswers => {
  let cache = caches.get(state);
  if (!cache) caches.set(state, (cache = new PreparedAnswers(state)));
  return cache;
};

/** A value taken by a computation that records its reads: it depends on that value (see `keptKey`). */
const taken = <V>(store: Store, at: string, value: object): V => {
  store.recorder?.read(keptKey(at));
  return value as V;
};

/**
 * The value of `kind` for `key`: kept for the mirror's present state, or computed by `compute` (reading through the
 * store it is given, which records what it reads) and kept. Computed afresh, not kept, when the store does not read
 * from the mirror (a transaction, a past known time, no mirror).
 */
export const prepared = <K, V extends object>(store: Store, kind: PreparedKind<K, V>, key: K, compute: (store: Store) => Promise<V>): Promise<V> => {
  const now = store.memoryNow();
  const text = kind.keyText(key);
  // Kept and current now: no turn of the event loop spent on finding out.
  const kept = now ? preparedAnswersOf(now).get(kind.name, text) : undefined;
  return kept ? Promise.resolve(taken<V>(store, ref(kind.name, text), kept.value)) : computeOne(store, kind, text, compute);
};

const computeOne = async <K, V extends object>(store: Store, kind: PreparedKind<K, V>, text: string, compute: (store: Store) => Promise<V>): Promise<V> => {
  const state = await store.memory();
  if (!state) return compute(store);
  const cache = preparedAnswersOf(state);
  const kept = cache.get(kind.name, text);
  if (kept) return taken<V>(store, ref(kind.name, text), kept.value);
  const version = state.version;
  const reads = new ReadSet();
  const value = await compute(store.recording(reads));
  cache.keep([[kind.name, text, value]], reads.keys, version);
  // Kept or not (the mirror changed meanwhile, and then neither is the computation this one runs inside).
  return taken<V>(store, ref(kind.name, text), value);
};

/** Keeps a value of another kind that a computation of many produced on the way (see `preparedMany`). */
export type AlsoKeep = <K2, V2 extends object>(kind: PreparedKind<K2, V2>, key: K2, value: V2) => void;

/**
 * Like `prepared`, for many keys of one kind at once: those kept are taken, the others computed together by
 * `compute` (given the missing keys, set-based), which may keep values of other kinds as well (`also`). Values
 * computed together depend on everything the batch read: a change to one of them drops the batch (each is then
 * computed alone, with its own reads, when next asked).
 */
export const preparedMany = async <K, V extends object>(
  store: Store,
  kind: PreparedKind<K, V>,
  keys: readonly K[],
  compute: (missing: readonly K[], store: Store, also: AlsoKeep) => Promise<Iterable<readonly [K, V]>>,
): Promise<Map<K, V>> => {
  const state = await store.memory();
  const cache = state ? preparedAnswersOf(state) : undefined;
  const out = new Map<K, V>();
  const missing: K[] = [];
  for (const key of keys) {
    const kept = cache?.get(kind.name, kind.keyText(key));
    if (kept) out.set(key, taken<V>(store, ref(kind.name, kind.keyText(key)), kept.value));
    else missing.push(key);
  }
  if (missing.length === 0) return out;
  if (!state || !cache) {
    for (const [key, value] of await compute(missing, store, () => undefined)) out.set(key, value);
    return out;
  }
  const version = state.version;
  const reads = new ReadSet();
  const kept: [string, string, object][] = [];
  const also: AlsoKeep = (k, key, value) => kept.push([k.name, k.keyText(key), value]);
  for (const [key, value] of await compute(missing, store.recording(reads), also)) {
    out.set(key, taken<V>(store, ref(kind.name, kind.keyText(key)), value));
    kept.push([kind.name, kind.keyText(key), value]);
  }
  cache.keep(kept, reads.keys, version);
  return out;
};
