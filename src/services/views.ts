import type { NamedEntity, NameVariant, Organization, Person, Post, Source } from '../domain/model.js';
import { OPEN_END } from '../domain/reasons.js';
import type { Interval } from '../domain/time/interval.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { nameOn } from './lookup.service.js';

/**
 * The shapes answers are given in, shared by the CLI's --json and the API. `name` is the name in use on the asked date;
 * `currentName` the name now, when it differs (a renamed unit, a person whose name changed).
 */
export interface PersonRef {
  id: string;
  name: string;
  nativeName: string | null;
  currentName: string | null;
}
export interface PostRef {
  id: string;
  name: string;
  currentName: string | null;
}
export interface OrganizationRef {
  id: string;
  name: string;
  currentName: string | null;
}
export interface SourceRef {
  id: string;
  title: string;
  url: string | null;
  kind: string;
}

const named = (current: string, nameAt: string | undefined) => ({ name: nameAt ?? current, currentName: nameAt && nameAt !== current ? current : null });
export const personRef = (p: Person, nameAt?: string): PersonRef => ({ id: p.id, ...named(p.name, nameAt), nativeName: p.nativeName ?? null });
export const postRef = (p: Post, nameAt?: string): PostRef => ({ id: p.id, ...named(p.name, nameAt) });
export const organizationRef = (o: Organization, nameAt?: string): OrganizationRef => ({ id: o.id, ...named(o.name, nameAt) });
export const sourceRef = (s: Source): SourceRef => ({ id: s.id, title: s.title, url: s.url ?? null, kind: s.kind });

/** `start`: the date as the source gave it, or null when unknown. `end`: a date, `OPEN_END` ("incumbent"), or null when unknown. */
export const startText = (iv: Interval): string | null => iv.start?.text ?? null;
export const endText = (iv: Interval): string | null => (iv.end.kind === 'date' ? iv.end.date.text : iv.end.kind === 'open' ? OPEN_END : null);

/** What a reference loader has loaded: people, sources, and the dated primary names of entities (by `type:id`). */
export interface ViewData {
  readonly people: ReadonlyMap<string, Person>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly names: ReadonlyMap<string, NameVariant[]>;
}

/**
 * Loads the people, sources and dated names a view needs in batches and keeps them, so an answer with many terms costs
 * a few queries, not one per term. `at` is the date names are given for. `base`: what was loaded before (a post's
 * timeline), read as if loaded here and never changed.
 */
export class ReferenceLoader {
  private people: Map<string, Person>;
  private sources: Map<string, Source>;
  private names: Map<string, NameVariant[]>;
  /** The maps are `base`'s, read as they are: copied before this context loads anything into them. */
  private borrowed: boolean;
  private anyDate = false;

  constructor(
    private readonly store: Store,
    readonly at?: PartialDate,
    base?: ViewData,
  ) {
    this.people = (base?.people ?? new Map()) as Map<string, Person>;
    this.sources = (base?.sources ?? new Map()) as Map<string, Source>;
    this.names = (base?.names ?? new Map()) as Map<string, NameVariant[]>;
    this.borrowed = base !== undefined;
  }

  private own(): void {
    if (!this.borrowed) return;
    this.people = new Map(this.people);
    this.sources = new Map(this.sources);
    this.names = new Map(this.names);
    this.borrowed = false;
  }

  /** A context that loads dated names with no date asked: for what is built once and read on many dates. */
  static forAnyDate(store: Store): ReferenceLoader {
    const ctx = new ReferenceLoader(store);
    ctx.anyDate = true;
    return ctx;
  }

  /** What this context has loaded (its own maps, not copies: a context used for this is not used again). */
  data(): ViewData {
    return { people: this.people, sources: this.sources, names: this.names };
  }

  async preloadPeople(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.people.has(id));
    if (missing.length === 0) return;
    this.own();
    for (const p of await this.store.people.getMany(missing)) this.people.set(p.id, p);
    await this.preloadNames('person', missing);
  }

  async preloadSources(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.sources.has(id));
    if (missing.length === 0) return;
    this.own();
    for (const s of await this.store.sources.getMany(missing)) this.sources.set(s.id, s);
  }

  /** Dated names matter only when a date is asked about. */
  async preloadNames(type: NamedEntity, ids: Iterable<string>): Promise<void> {
    if (!this.at && !this.anyDate) return;
    const missing = [...new Set(ids)].filter((id) => !this.names.has(`${type}:${id}`));
    if (missing.length === 0) return;
    this.own();
    for (const id of missing) this.names.set(`${type}:${id}`, []);
    for (const n of await this.store.names.forEntities(type, missing)) if (n.kind === 'primary' && n.interval) this.names.get(`${type}:${n.entityId}`)!.push(n);
  }

  /** Whether the entity's name changed over time (its name then depends on the date asked). */
  hasDatedNames(type: NamedEntity, id: string): boolean {
    const key = `${type}:${id}`;
    return (this.names.get(key) ?? []).length > 0;
  }

  personEntity(id: string): Person | undefined {
    return this.people.get(id);
  }

  nameAt(type: NamedEntity, id: string): string | undefined {
    if (!this.at) return undefined;
    const key = `${type}:${id}`;
    const dated = this.names.get(key);
    return dated?.length ? nameOn(dated, this.at) : undefined;
  }

  person(id: string): PersonRef {
    const p = this.personEntity(id);
    return p ? personRef(p, this.nameAt('person', id)) : { id, name: id, currentName: null, nativeName: null };
  }

  personName(id: string): string {
    return this.nameAt('person', id) ?? this.personEntity(id)?.name ?? id;
  }

  post(p: Post): PostRef {
    return postRef(p, this.nameAt('post', p.id));
  }

  organization(o: Organization): OrganizationRef {
    return organizationRef(o, this.nameAt('organization', o.id));
  }

  source(id: string): SourceRef {
    const s = this.sources.get(id);
    return s ? sourceRef(s) : { id, title: id, url: null, kind: 'unknown' };
  }
}

/**
 * Answers built from what is prepared once (a post's timeline, a routing scope) share what does not depend on the
 * date: one frozen reference per source, list of sources or undated entity, per context that loaded them (a batch
 * of posts shares one). Frozen, so that a caller that changed a shared reference fails at once.
 */
const sharedRefs = new WeakMap<ReferenceLoader, Map<string, object>>();
export const sharedRef = <T extends object>(ctx: ReferenceLoader, key: string, make: () => T): T => {
  let refs = sharedRefs.get(ctx);
  if (!refs) sharedRefs.set(ctx, (refs = new Map()));
  let ref = refs.get(key) as T | undefined;
  if (!ref) refs.set(key, (ref = Object.freeze(make())));
  return ref;
};

/** Every source of each fact: its own and every other source that states it (citations), in one query. */
export const sourcesOfFacts = async (store: Store, type: string, facts: readonly { id: string; sourceId: string }[]): Promise<Map<string, string[]>> => {
  const out = new Map(facts.map((f) => [f.id, [f.sourceId]]));
  for (const c of await store.citations.forEntities(type, facts.map((f) => f.id))) out.get(c.entityId)?.push(c.sourceId);
  return out;
};
