import type { Appointment, Citation, Claim, Identifier, NameVariant, Organization, Person, Post, Relation, Responsibility, Source, StructuralEvent, Subject, Succession } from '../domain/model.js';
import { subjectCatalog } from '../domain/subjects/subject-catalog.js';
import { type Interval, mayHoldDuring } from '../domain/time/interval.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import { SECTION_ORDER } from '../dataset/dataset.schema.js';
import type { DatasetElement } from '../dataset/dataset-records.js';
import { ROMANIZATION_SOURCE } from '../domain/sources.js';
import type { Store } from '../storage/store.js';
import { UNKNOWN_BOUND } from './ingest/fact-writer.js';

const PAGE = 2000;

type Paged<T> = { page(limit: number, offset: number): Promise<{ items: T[]; more: boolean }> };

/** A table a page at a time: memory holds one page, not the registry. */
async function* pagesOf<T>(repo: Paged<T>): AsyncGenerator<T[]> {
  for (let offset = 0; ; offset += PAGE) {
    const { items, more } = await repo.page(PAGE, offset);
    if (items.length) yield items;
    if (!more) return;
  }
}

/** Every row of a table, a page at a time. */
async function* pages<T>(repo: Paged<T>): AsyncGenerator<T> {
  for await (const page of pagesOf(repo)) yield* page;
}

type Named = { id: string; name: string; nativeName?: string; sourceId: string };

/** The sources of a page of entities' own primary and native names (which an import of the entity makes). */
const nameSources = async (store: Store, type: 'organization' | 'post' | 'person', page: readonly Named[]) => {
  const native = new Map<string, string>();
  const primary = new Map<string, string>();
  for (const n of await store.names.forEntities(type, page.map((e) => e.id))) {
    if (n.kind === 'native' && !n.interval) native.set(`${n.entityId}:${n.name}`, n.sourceId);
    if (n.kind === 'primary' && !n.interval && n.lang === 'en') primary.set(`${n.entityId}:${n.name}`, n.sourceId);
  }
  return {
    native: (e: Named) => (e.nativeName ? native.get(`${e.id}:${e.nativeName}`) : undefined),
    primary: (e: Named) => primary.get(`${e.id}:${e.name}`),
  };
};

const defined = (x: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined));
const startOf = (iv: Interval): string | null => iv.start?.text ?? null;
const endOf = (iv: Interval): string => (iv.end.kind === 'date' ? iv.end.date.text : iv.end.kind);

/** The names an import of the entity's own record makes by itself: its primary name and its native name. */
const implied = (n: NameVariant, entity: { name: string; nativeName?: string; sourceId: string }, nativeSource: string | undefined): boolean =>
  !n.interval &&
  ((n.kind === 'primary' && n.name === entity.name && n.lang === 'en') ||
    (n.kind === 'native' && n.name === entity.nativeName && n.sourceId === (nativeSource ?? entity.sourceId)));

export const sourceElement = (s: Source): Record<string, unknown> =>
  defined({ id: s.id, title: s.title, url: s.url, kind: s.kind, publisher: s.publisher, license: s.license, published: s.published, accessed: s.accessed, asOf: s.asOf, note: s.note });
export const subjectElement = (s: Subject): Record<string, unknown> => defined({ id: s.id, kind: s.kind, code: s.code, name: s.name });
const fieldSourcesOf = (sourceId: string, fields: Record<string, string | undefined>): Record<string, string> | undefined => {
  const differing = Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== sourceId);
  return differing.length ? Object.fromEntries(differing) : undefined;
};

export const organizationElement = (o: Organization, nativeSource?: string, nameSource?: string, dates: OwnDates = () => ({})): Record<string, unknown> =>
  defined({
    id: o.id, name: o.name, kind: o.kind, missionType: o.agencyType, nativeName: o.nativeName,
    formed: pick(o.formed?.text, dates('organization', o.id, o.sourceId).formed), dissolved: pick(o.dissolved?.text, dates('organization', o.id, o.sourceId).dissolved),
    jurisdiction: o.jurisdiction, headquarters: o.headquarters, exclusivePosts: o.exclusivePosts || undefined, source: o.sourceId,
    fieldSources: fieldSourcesOf(o.sourceId, { name: nameSource, nativeName: nativeSource }),
  });
export const postElement = (p: Post): Record<string, unknown> =>
  defined({ id: p.id, organization: p.organizationId, name: p.name, seats: p.seats, rank: p.rank, start: p.life?.from?.text, end: p.life?.to?.text, subject: p.subjectId, source: p.sourceId });
export const personElement = (p: Person, nativeSource?: string, nameSource?: string, dates: OwnDates = () => ({})): Record<string, unknown> =>
  defined({
    id: p.id, name: p.name, nativeName: p.nativeName, born: pick(p.born?.text, dates('person', p.id, p.sourceId).born),
    died: pick(p.died?.text, dates('person', p.id, p.sourceId).died), source: p.sourceId,
    fieldSources: fieldSourcesOf(p.sourceId, { name: nameSource, nativeName: nativeSource }),
  });
export const relationElement = (r: Relation, dates: OwnDates = () => ({})): Record<string, unknown> =>
  ({ from: r.fromId, to: r.toId, type: r.type, ...own(r.interval, dates('relation', r.id, r.sourceId)), source: r.sourceId });
export const nameElement = (n: NameVariant): Record<string, unknown> =>
  defined({ entity: `${n.entityType}:${n.entityId}`, name: n.name, kind: n.kind, lang: n.lang, start: n.interval ? startOf(n.interval) : undefined, end: n.interval ? endOf(n.interval) : undefined, source: n.sourceId });
export const identifierElement = (x: Identifier): Record<string, unknown> => ({ entity: `${x.entityType}:${x.entityId}`, scheme: x.scheme, value: x.value, source: x.sourceId });
/**
 * A fact's own source's dates: where sources disagree, the stored dates span them all and each source's are a claim
 * (docs/formats.md); the fact is exported with its own source's, and the claims with the others', so that importing
 * them spans them again.
 */
type OwnDates = (type: string, id: string, sourceId: string) => Partial<Record<'start' | 'end' | 'formed' | 'dissolved' | 'born' | 'died', string[]>>;
/** The stored date when the source states it (among others, if it contradicts itself), else the source's own. */
const pick = <T extends string | null | undefined>(stored: T, claimed: string[] | undefined): T | string => (!claimed?.length || (stored && claimed.includes(stored)) ? stored : claimed[0]!);
/**
 * A claim keeps a source's unknown start as the word `unknown` (a statement that contradicts none); the format spells
 * an unknown start null, and its reader refuses the word: the start is written as the format spells it.
 */
const own = (iv: Interval, d: { start?: string[]; end?: string[] }) => {
  const start = pick(startOf(iv), d.start);
  return { start: start === UNKNOWN_BOUND ? null : start, end: pick(endOf(iv), d.end) };
};

export const appointmentElement = (a: Appointment, dates: OwnDates = () => ({})): Record<string, unknown> =>
  defined({
    id: a.id, post: a.postId, person: a.personId, ...own(a.interval, dates('appointment', a.id, a.sourceId)), kind: a.kind, covers: a.coversId,
    appointed: a.appointed?.text, endReason: a.endReason, source: a.sourceId, note: a.note,
  });
export const responsibilityElement = (r: Responsibility, dates: OwnDates = () => ({})): Record<string, unknown> =>
  defined({ id: r.id, unit: r.unitId, subject: r.subjectId, role: r.role, ...own(r.interval, dates('responsibility', r.id, r.sourceId)), source: r.sourceId, note: r.note });
export const eventElement = (e: StructuralEvent): Record<string, unknown> =>
  defined({ id: e.id, kind: e.kind, date: e.date.text, organization: e.organizationId || undefined, description: e.description, details: e.details, source: e.sourceId });
export const successionElement = (x: Succession): Record<string, unknown> =>
  defined({ type: x.entityType, from: x.fromId, to: x.toId, kind: x.kind, date: x.date?.text ?? null, ordinals: x.ordinals, source: x.sourceId, note: x.note });
export const claimElement = (c: Claim): Record<string, unknown> => defined({ entity: `${c.entityType}:${c.entityId}`, field: c.field, value: c.value, source: c.sourceId, quote: c.quote, note: c.note });
export const citationElement = (c: Citation): Record<string, unknown> => defined({ entity: `${c.entityType}:${c.entityId}`, source: c.sourceId, note: c.note });

/** With a date: only the facts that may hold on it (appointments, responsibilities, relations, dated names). */
const onDate = (iv: Interval | undefined, at: PartialDate | undefined): boolean => !at || !iv || mayHoldDuring(iv, at.earliest, at.latest);

/**
 * The whole registry as dataset records, in the order an import needs them (what is referred to comes first), read a
 * page at a time. What an import makes by itself is left out, so that importing the export gives the same registry:
 * an entity's primary and native names, the romanizations Chancery derives from Hangul.
 */
export async function* registryElements(store: Store, at?: PartialDate): AsyncGenerator<DatasetElement> {
  const catalog = subjectCatalog();
  // Each source's dates of a fact they disagree on (claims on start and end): few, whatever the registry's size.
  const claimed = new Map<string, Partial<Record<'start' | 'end' | 'formed' | 'dissolved' | 'born' | 'died', string[]>>>();
  for (const field of ['start', 'end', 'formed', 'dissolved', 'born', 'died'] as const) {
    for (const c of await store.claims.byField(field)) {
      const key = `${c.entityType}:${c.entityId}@${c.sourceId}`;
      const d = claimed.get(key) ?? {};
      (d[field] ??= []).push(c.value);
      claimed.set(key, d);
    }
  }
  // With a date, the dated facts left out take their claims and citations with them (nothing refers to what is not there).
  const factsKept = new Set<string>();
  const keep = (type: string, id: string, iv: Interval): boolean => {
    if (!onDate(iv, at)) return false;
    if (at) factsKept.add(`${type}:${id}`);
    return true;
  };
  const about = (type: string, id: string): boolean => !at || !['appointment', 'responsibility', 'relation'].includes(type) || factsKept.has(`${type}:${id}`);
  const dates: OwnDates = (type, id, sourceId) => claimed.get(`${type}:${id}@${sourceId}`) ?? {};

  for (const section of SECTION_ORDER) {
    switch (section) {
      case 'sources':
        for await (const s of pages(store.sources)) yield { section, value: sourceElement(s) };
        break;
      case 'subjects':
        for await (const s of pages(store.subjects)) if (!catalog.get(s.id)) yield { section, value: subjectElement(s) };
        break;
      case 'organizations':
        for await (const page of pagesOf(store.organizations)) {
          const sources = await nameSources(store, 'organization', page);
          for (const o of page) yield { section, value: organizationElement(o, sources.native(o), sources.primary(o), dates) };
        }
        break;
      case 'posts':
        for await (const p of pages(store.posts)) yield { section, value: postElement(p) };
        break;
      case 'people':
        for await (const page of pagesOf(store.people)) {
          const sources = await nameSources(store, 'person', page);
          for (const p of page) yield { section, value: personElement(p, sources.native(p), sources.primary(p), dates) };
        }
        break;
      case 'relations':
        for await (const r of pages(store.relations)) if (keep('relation', r.id, r.interval)) yield { section, value: relationElement(r, dates) };
        break;
      case 'names':
        for await (const page of pagesOf(store.names)) {
          // The owners of this page's names, read with it: whether a name is one an import of its owner makes.
          const owners = new Map<string, Named>();
          const ids = (type: string) => [...new Set(page.filter((n) => n.entityType === type).map((n) => n.entityId))];
          for (const o of await store.organizations.getMany(ids('organization'))) owners.set(`organization:${o.id}`, o);
          for (const p of await store.posts.getMany(ids('post'))) owners.set(`post:${p.id}`, p);
          for (const p of await store.people.getMany(ids('person'))) owners.set(`person:${p.id}`, p);
          const natives = new Map<string, string>();
          for (const n of page) if (n.kind === 'native' && !n.interval) natives.set(`${n.entityType}:${n.entityId}:${n.name}`, n.sourceId);
          for (const n of page) {
            if (n.sourceId === ROMANIZATION_SOURCE.id || !onDate(n.interval, at)) continue;
            const owner = owners.get(`${n.entityType}:${n.entityId}`);
            // A native name is its own entry in `natives`: the source it would be implied with is its own.
            if (owner && implied(n, owner, natives.get(`${n.entityType}:${n.entityId}:${owner.nativeName ?? ''}`))) continue;
            yield { section, value: nameElement(n) };
          }
        }
        break;
      case 'identifiers':
        for await (const x of pages(store.identifiers)) yield { section, value: identifierElement(x) };
        break;
      case 'appointments': {
        // A cover after the term it covers, which an import must have stored first; covers are few, held until the end.
        const covers: Appointment[] = [];
        for await (const a of pages(store.appointments)) {
          if (!keep('appointment', a.id, a.interval)) continue;
          if (a.coversId) covers.push(a);
          else yield { section, value: appointmentElement(a, dates) };
        }
        for (const a of coversInOrder(covers)) yield { section, value: appointmentElement(a, dates) };
        break;
      }
      case 'responsibilities':
        for await (const r of pages(store.responsibilities)) if (keep('responsibility', r.id, r.interval)) yield { section, value: responsibilityElement(r, dates) };
        break;
      case 'events':
        for await (const e of pages(store.events)) yield { section, value: eventElement(e) };
        break;
      case 'successions':
        for await (const x of pages(store.successions)) yield { section, value: successionElement(x) };
        break;
      case 'claims':
        for await (const c of pages(store.claims)) if (about(c.entityType, c.entityId)) yield { section, value: claimElement(c) };
        break;
      case 'citations':
        for await (const c of pages(store.citations)) if (about(c.entityType, c.entityId)) yield { section, value: citationElement(c) };
        break;
    }
  }
}

/** Covers in an order an import can store them: a cover of a cover after the one it covers (id order otherwise). */
const coversInOrder = (covers: readonly Appointment[]): Appointment[] => {
  const byId = new Map(covers.map((a) => [a.id, a]));
  const out: Appointment[] = [];
  const placed = new Set<string>();
  const place = (a: Appointment, seen: Set<string>): void => {
    if (placed.has(a.id) || seen.has(a.id)) return;
    seen.add(a.id);
    const covered = a.coversId ? byId.get(a.coversId) : undefined;
    if (covered) place(covered, seen);
    placed.add(a.id);
    out.push(a);
  };
  for (const a of covers) place(a, new Set());
  return out;
};
