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

export const preparedKind = <K, V extends object>(name: string, keyText: (key: K) => string): PreparedKind<K, V> => ({ name, keyText });

/** Values kept at most: one per post of a registry of 10 million appointments. Past it, everything is gathered again. */
const MAX_KEPT = 1_000_000;

interface Entry {
  value: object;
  deps: readonly ReadKey[];
}

/** What one computation read, also told to the computation it runs inside (a scope holds its heads' timelines). */
class ReadSet implements ReadRecorder {
  readonly keys = new Set<ReadKey>();
  constructor(private readonly outer: ReadRecorder | undefined) {}
  read(key: ReadKey): void {
    this.keys.add(key);
    this.outer?.read(key);
  }
}

/** The prepared answers of one mirror. */
export class PreparedAnswers {
  private readonly entries = new Map<string, Entry>();
  /** Read key → the entries (kind and key) whose computation read it. */
  private readonly dependents = new Map<ReadKey, Set<string>>();
  /** Entries dropped by changes since the mirror loaded (for tests and `bench`). */
  dropped = 0;

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

  /** Keeps a value computed from the state `version` with what it read: not if the mirror changed meanwhile. */
  keep(name: string, text: string, value: object, deps: Iterable<ReadKey>, version: number): void {
    if (version !== this.state.version) return;
    if (this.entries.size >= MAX_KEPT) this.clear();
    const at = ref(name, text);
    if (this.entries.has(at)) this.drop(at);
    const entry: Entry = { value, deps: [...deps] };
    this.entries.set(at, entry);
    for (const dep of entry.deps) {
      let set = this.dependents.get(dep);
      if (!set) this.dependents.set(dep, (set = new Set()));
      set.add(at);
    }
  }

  private changed(change: MirrorChange): void {
    if (change === 'all') {
      this.dropped += this.entries.size;
      this.clear();
      return;
    }
    for (const key of change) {
      const refs = this.dependents.get(key);
      if (!refs) continue;
      for (const at of [...refs]) {
        this.drop(at);
        this.dropped++;
      }
    }
  }

  private drop(at: string): void {
    const entry = this.entries.get(at);
    if (!entry) return;
    this.entries.delete(at);
    for (const dep of entry.deps) {
      const set = this.dependents.get(dep);
      set?.delete(at);
      if (set?.size === 0) this.dependents.delete(dep);
    }
  }

  private clear(): void {
    this.entries.clear();
    this.dependents.clear();
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

/** A kept value taken by a computation that records its reads: what the value read, it reads too. */
const taken = <V>(store: Store, entry: Entry): V => {
  const recorder = store.recorder;
  if (recorder) for (const dep of entry.deps) recorder.read(dep);
  return entry.value as V;
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
  return kept ? Promise.resolve(taken<V>(store, kept)) : computeOne(store, kind, text, compute);
};

const computeOne = async <K, V extends object>(store: Store, kind: PreparedKind<K, V>, text: string, compute: (store: Store) => Promise<V>): Promise<V> => {
  const state = await store.memory();
  if (!state) return compute(store);
  const cache = preparedAnswersOf(state);
  const kept = cache.get(kind.name, text);
  if (kept) return taken<V>(store, kept);
  const version = state.version;
  const reads = new ReadSet(store.recorder);
  const value = await compute(store.recording(reads));
  cache.keep(kind.name, text, value, reads.keys, version);
  return value;
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
    if (kept) out.set(key, taken<V>(store, kept));
    else missing.push(key);
  }
  if (missing.length === 0) return out;
  if (!state || !cache) {
    for (const [key, value] of await compute(missing, store, () => undefined)) out.set(key, value);
    return out;
  }
  const version = state.version;
  const reads = new ReadSet(store.recorder);
  const others: [string, string, object][] = [];
  const also: AlsoKeep = (k, key, value) => others.push([k.name, k.keyText(key), value]);
  for (const [key, value] of await compute(missing, store.recording(reads), also)) {
    out.set(key, value);
    cache.keep(kind.name, kind.keyText(key), value, reads.keys, version);
  }
  for (const [name, text, value] of others) cache.keep(name, text, value, reads.keys, version);
  return out;
};
