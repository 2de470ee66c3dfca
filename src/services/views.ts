import type { Appointment, Organization, Person, Post, Source } from '../domain/model.js';
import type { Interval } from '../domain/time/interval.js';
import type { Store } from '../storage/store.js';

/** The shapes answers are given in, shared by the CLI's --json and the API. */
export interface PersonRef {
  id: string;
  name: string;
  nativeName: string | null;
}
export interface PostRef {
  id: string;
  name: string;
}
export interface OrganizationRef {
  id: string;
  name: string;
}
export interface SourceRef {
  id: string;
  title: string;
  url: string | null;
}

export const personRef = (p: Person): PersonRef => ({ id: p.id, name: p.name, nativeName: p.nativeName ?? null });
export const postRef = (p: Post): PostRef => ({ id: p.id, name: p.name });
export const organizationRef = (o: Organization): OrganizationRef => ({ id: o.id, name: o.name });
export const sourceRef = (s: Source): SourceRef => ({ id: s.id, title: s.title, url: s.url ?? null });

/** `start`: the date as the source gave it, or null when unknown. `end`: a date, "incumbent", or null when unknown. */
export const startText = (iv: Interval): string | null => iv.start?.text ?? null;
export const endText = (iv: Interval): string | null => (iv.end.kind === 'date' ? iv.end.date.text : iv.end.kind === 'open' ? 'incumbent' : null);

/** Loads and caches the people and sources a view needs, so a table of terms costs one query per entity. */
export class ViewContext {
  private readonly people = new Map<string, Person>();
  private readonly sources = new Map<string, Source>();

  constructor(private readonly store: Store) {}

  async preload(appointments: readonly Appointment[]): Promise<void> {
    const personIds = [...new Set(appointments.map((a) => a.personId))].filter((id) => !this.people.has(id));
    for (const p of await this.store.people.getMany(personIds)) this.people.set(p.id, p);
    await this.preloadSources(appointments.map((a) => a.sourceId));
  }

  async preloadSources(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.sources.has(id));
    for (const s of await this.store.sources.getMany(missing)) this.sources.set(s.id, s);
  }

  person(id: string): PersonRef {
    const p = this.people.get(id);
    return p ? personRef(p) : { id, name: id, nativeName: null };
  }

  personName(id: string): string {
    return this.people.get(id)?.name ?? id;
  }

  source(id: string): SourceRef {
    const s = this.sources.get(id);
    return s ? sourceRef(s) : { id, title: id, url: null };
  }
}
