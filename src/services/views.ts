import type { NamedEntity, NameVariant, Organization, Person, Post, Source } from '../domain/model.js';
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

/** `start`: the date as the source gave it, or null when unknown. `end`: a date, "incumbent", or null when unknown. */
export const startText = (iv: Interval): string | null => iv.start?.text ?? null;
export const endText = (iv: Interval): string | null => (iv.end.kind === 'date' ? iv.end.date.text : iv.end.kind === 'open' ? 'incumbent' : null);

/**
 * Loads the people, sources and dated names a view needs in batches and keeps them, so an answer with many terms costs
 * a few queries, not one per term. `at` is the date names are given for.
 */
export class ViewContext {
  private readonly people = new Map<string, Person>();
  private readonly sources = new Map<string, Source>();
  private readonly names = new Map<string, NameVariant[]>();

  constructor(
    private readonly store: Store,
    readonly at?: PartialDate,
  ) {}

  async preloadPeople(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.people.has(id));
    if (missing.length === 0) return;
    for (const p of await this.store.people.getMany(missing)) this.people.set(p.id, p);
    await this.preloadNames('person', missing);
  }

  async preloadSources(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.sources.has(id));
    for (const s of await this.store.sources.getMany(missing)) this.sources.set(s.id, s);
  }

  /** Dated names matter only when a date is asked about. */
  async preloadNames(type: NamedEntity, ids: Iterable<string>): Promise<void> {
    if (!this.at) return;
    const missing = [...new Set(ids)].filter((id) => !this.names.has(`${type}:${id}`));
    if (missing.length === 0) return;
    for (const id of missing) this.names.set(`${type}:${id}`, []);
    for (const n of await this.store.names.forEntities(type, missing)) if (n.kind === 'primary' && n.interval) this.names.get(`${type}:${n.entityId}`)!.push(n);
  }

  personEntity(id: string): Person | undefined {
    return this.people.get(id);
  }

  nameAt(type: NamedEntity, id: string): string | undefined {
    const dated = this.names.get(`${type}:${id}`);
    return this.at && dated?.length ? nameOn(dated, this.at) : undefined;
  }

  person(id: string): PersonRef {
    const p = this.people.get(id);
    return p ? personRef(p, this.nameAt('person', id)) : { id, name: id, currentName: null, nativeName: null };
  }

  personName(id: string): string {
    return this.nameAt('person', id) ?? this.people.get(id)?.name ?? id;
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

/** Every source of each fact: its own and every other source that states it (citations), in one query. */
export const sourcesOfFacts = async (store: Store, type: string, facts: readonly { id: string; sourceId: string }[]): Promise<Map<string, string[]>> => {
  const out = new Map(facts.map((f) => [f.id, [f.sourceId]]));
  for (const c of await store.citations.forEntities(type, facts.map((f) => f.id))) out.get(c.entityId)?.push(c.sourceId);
  return out;
};
