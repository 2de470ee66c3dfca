import { generateNameVariants } from '../domain/korean-names.js';
import type { Appointment, Dataset, Person, Post, Source } from '../domain/model.js';
import { overlapCertainty } from '../domain/time/interval.js';
import type { ReportEntry, WriteCounts } from '../importers/import-report.js';
import type { WriteOutcome } from '../storage/repositories/table.repository.js';
import { nameId } from '../storage/mappers.js';
import type { Store } from '../storage/store.js';
import { identityCandidates } from './person.service.js';

/** The source of every romanization Chancery generates itself. */
export const ROMANIZATION_SOURCE: Source = {
  id: 'chancery-romanization',
  title: 'Romanized by Chancery from the Hangul name (Revised Romanization and McCune–Reischauer, syllable by syllable, with the usual surname spellings)',
  kind: 'curation',
  note: 'Generated with the @romanize/korean library; a spelling, not a claim that any source used it.',
};

type RefKind = 'sources' | 'organizations' | 'people' | 'posts' | 'subjects';
type Ref = readonly [field: string, kind: RefKind, id: string];

const uniqueById = <T extends { id: string }>(list: readonly T[]): T[] => [...new Map(list.map((x) => [x.id, x] as const)).values()];

/**
 * Stores a dataset in one transaction. Entities described by several sources (sources, organizations, posts,
 * people, subjects) are filled in, never overwritten; sourced facts (relations, appointments, responsibilities,
 * events, claims) are written by id, so the same input twice changes nothing. A fact that cannot stand
 * (a tenure overlapping another on a single-seat post, a post that does not exist) is reported and left out.
 */
export const writeDataset = async (store: Store, input: Dataset, file: string): Promise<{ written: WriteCounts; entries: ReportEntry[] }> =>
  store.transaction(async (tx) => {
    let data = input;
    const written: WriteCounts = {};
    const entries: ReportEntry[] = [];
    const count = (table: string, outcome: WriteOutcome): void => {
      written[table] ??= { inserted: 0, updated: 0, unchanged: 0 };
      written[table][outcome]++;
    };
    // A record that names a missing source, organization, post or person is reported, not thrown at the database.
    const known = new Map<string, boolean>();
    const exists = async (kind: RefKind, id: string): Promise<boolean> => {
      const key = `${kind}\u0000${id}`;
      if (!known.has(key)) known.set(key, (await tx[kind].get(id)) !== undefined);
      return known.get(key)!;
    };
    const run = async <T extends { id: string }>(table: string, list: readonly T[], write: (x: T) => Promise<WriteOutcome>, refs: (x: T) => Ref[] = () => []): Promise<void> => {
      next: for (const x of uniqueById(list)) {
        for (const [field, kind, id] of refs(x)) {
          if (await exists(kind, id)) continue;
          entries.push({ status: 'not-placed', kind: table, file, id: x.id, field, value: id, message: `no ${kind.replace(/s$/, '')} with id "${id}"` });
          continue next;
        }
        count(table, await write(x));
        known.set(`${table}\u0000${x.id}`, true);
      }
    };

    await run('sources', data.sources, (x) => tx.sources.fill(x));
    await run('subjects', data.subjects, (x) => tx.subjects.fill(x));
    const src = (x: { sourceId: string }): Ref => ['source', 'sources', x.sourceId];
    await run('organizations', data.organizations, (x) => tx.organizations.fill(x), (x) => [src(x)]);
    const moved = new Set<string>();
    await run('relations', data.relations, async (x) => {
      const outcome = await tx.relations.upsert(x);
      if (x.type === 'unit-of' && outcome !== 'unchanged') moved.add(x.fromId);
      return outcome;
    }, (x) => [src(x), ['from', 'organizations', x.fromId], ['to', 'organizations', x.toId]]);
    await run('posts', data.posts, (x) => tx.posts.fill(x), (x) => [src(x), ['organization', 'organizations', x.organizationId]]);
    const newPeople: Person[] = [];
    await run('people', data.people, async (x) => {
      const outcome = await tx.people.fill(x);
      if (outcome === 'inserted') newPeople.push(x);
      return outcome;
    }, (x) => [src(x)]);
    // Every Hangul name also gets its romanizations, so that each spelling is kept and shown, not only matched.
    const generated = data.people.flatMap((p) => (p.nativeName ? generateNameVariants(p.nativeName) : []).map((g) => ({ entityType: 'person' as const, entityId: p.id, name: g.name, kind: g.kind, lang: 'ko-Latn', sourceId: ROMANIZATION_SOURCE.id })));
    if (generated.length) await tx.sources.fill(ROMANIZATION_SOURCE);
    data = { ...data, names: [...data.names, ...generated] };
    const owner = { person: 'people', organization: 'organizations', post: 'posts' } as const;
    await run('names', data.names.map((n) => ({ ...n, id: nameId(n) })), ({ id: _id, ...n }) => tx.names.fill(n), (x) => [src(x), [x.entityType, owner[x.entityType], x.entityId]]);

    // A merged person's facts belong to the person they were merged into, so re-imports do not undo merges.
    const mergedInto = new Map<string, string>();
    const personOf = async (id: string): Promise<string> => {
      if (!mergedInto.has(id)) {
        let current = id;
        for (let i = 0; i < 10; i++) {
          const next = (await tx.people.get(current))?.mergedInto;
          if (!next) break;
          current = next;
        }
        mergedInto.set(id, current);
      }
      return mergedInto.get(id)!;
    };
    const posts = new Map<string, Post | undefined>();
    const postOf = async (id: string): Promise<Post | undefined> => {
      if (!posts.has(id)) posts.set(id, await tx.posts.get(id));
      return posts.get(id);
    };
    for (const original of uniqueById(data.appointments)) {
      const a = { ...original, personId: await personOf(original.personId) };
      const post = await postOf(a.postId);
      if (!post) {
        entries.push({ status: 'not-placed', kind: 'appointments', file, id: a.id, field: 'post', value: a.postId, message: `no post with id "${a.postId}"` });
        continue;
      }
      const missing = !(await exists('people', a.personId)) ? (['person', a.personId] as const) : !(await exists('sources', a.sourceId)) ? (['source', a.sourceId] as const) : undefined;
      if (missing) {
        entries.push({ status: 'not-placed', kind: 'appointments', file, id: a.id, field: missing[0], value: missing[1], message: `no ${missing[0]} with id "${missing[1]}"` });
        continue;
      }
      const clash = post.seats === 1 ? await certainClash(tx, a) : undefined;
      if (clash) {
        entries.push({
          status: 'not-placed', kind: 'appointment', file, id: a.id, field: 'interval',
          message: `${post.name} has one seat, and this tenure certainly overlaps ${clash.personId}'s (${clash.id})`,
        });
        continue;
      }
      count('appointments', await tx.appointments.write(a, post.seats === 1));
    }
    const roots = new Map<string, string>();
    await run('responsibilities', data.responsibilities, async (x) => tx.responsibilities.write(x, await rootOrganization(tx, x.unitId, roots)), (x) => [src(x), ['unit', 'organizations', x.unitId], ['subject', 'subjects', x.subjectId]]);
    // A unit that joined another (or left it) takes its subunits' responsibilities with it to the new organization.
    for (const unitId of await withDescendants(tx, moved)) await tx.responsibilities.setOrganization(unitId, await rootOrganization(tx, unitId));
    await run('events', data.events, (x) => tx.events.upsert(x), (x) => [src(x), ['organization', 'organizations', x.organizationId]]);
    await run('claims', data.claims, (x) => tx.claims.upsert(x), (x) => [src(x)]);
    for (const p of newPeople) {
      for (const c of await identityCandidates(tx, p)) {
        entries.push({ status: 'placed', kind: 'identity', file, id: p.id, value: c.other.id, message: `may be the same person as ${c.other.name} (${c.other.id}): ${c.evidence.join('; ')}; not merged (chancery people merge)` });
      }
    }
    return { written, entries };
  });

/** The organization at the top of a unit's `unit-of` chain (the unit itself when it is part of nothing). */
export const rootOrganization = async (store: Store, unitId: string, cache: Map<string, string> = new Map()): Promise<string> => {
  const cached = cache.get(unitId);
  if (cached) return cached;
  let current = unitId;
  const seen = new Set<string>();
  for (;;) {
    seen.add(current);
    const parent = (await store.relations.from(current, ['unit-of']))[0]?.toId;
    if (!parent || seen.has(parent)) break;
    current = parent;
  }
  cache.set(unitId, current);
  return current;
};

const withDescendants = async (store: Store, unitIds: ReadonlySet<string>): Promise<Set<string>> => {
  const out = new Set<string>();
  const queue = [...unitIds];
  while (queue.length) {
    const id = queue.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    for (const r of await store.relations.to(id, ['unit-of'])) queue.push(r.fromId);
  }
  return out;
};

const certainClash = async (tx: Store, a: Appointment): Promise<Appointment | undefined> =>
  (await tx.appointments.forPost(a.postId)).find((b) => b.id !== a.id && overlapCertainty(a.interval, b.interval) === 'certain');
