import { DomainError } from '../domain/errors.js';
import { querySkeletons } from '../domain/name-skeleton.js';
import { nameKey } from '../domain/names.js';
import { subjectCatalog } from '../domain/subjects/subject-catalog.js';
import type { Store } from '../storage/store.js';

export type SearchKind = 'person' | 'unit' | 'post' | 'country';
export type MatchKind = 'exact' | 'variant' | 'given-name' | 'partial';

export interface SearchResult {
  kind: SearchKind;
  id: string;
  name: string;
  /** The stored name that matched, and how. */
  matched: string;
  match: MatchKind;
  score: number;
}

export interface SearchAnswer {
  query: string;
  results: SearchResult[];
}

const SCORES: Record<MatchKind, number> = { exact: 1, variant: 0.9, 'given-name': 0.75, partial: 0.6 };
const ENTITY: Record<string, SearchKind> = { person: 'person', organization: 'unit', post: 'post' };

/**
 * People, units, posts and countries by any of their names, in Hangul or Latin letters, best first: an exact name,
 * then another spelling of it (same skeleton), then a given name alone, then names that begin with the query.
 * Ties go to the shorter name, so "Kim Il" comes before "Kim Il Sung"; matches are never merged.
 */
export const search = async (store: Store, text: string, kinds?: readonly SearchKind[], limit = 20): Promise<SearchAnswer> => {
  const query = text.trim();
  if (!query) throw new DomainError('INVALID_ARGUMENT', 'the search text is empty', { field: 'text' });
  const wanted = kinds?.length ? kinds : (['person', 'unit', 'post', 'country'] as const);
  const key = nameKey(query);
  const { full, asGiven } = querySkeletons(query);
  const entityTypes = Object.entries(ENTITY).filter(([, k]) => wanted.includes(k)).map(([t]) => t);
  const best = new Map<string, SearchResult>();
  const offer = (r: SearchResult): void => {
    const id = `${r.kind}:${r.id}`;
    const cur = best.get(id);
    if (!cur || r.score > cur.score) best.set(id, r);
  };

  if (entityTypes.length) {
    const rows = await store.names.candidates({ key, skeleton: full, given: asGiven, entityTypes, limit: limit * 5 });
    const display = await displayNames(store, rows.map((r) => [r.entity_type, r.entity_id] as const));
    for (const r of rows) {
      const shown = display.get(`${r.entity_type}:${r.entity_id}`);
      if (!shown) continue;
      const match: MatchKind = r.key === key ? 'exact' : r.skeleton === full ? 'variant' : r.given_skeleton === asGiven ? 'given-name' : 'partial';
      // Among partial matches, the closer in length the better.
      const penalty = match === 'partial' ? Math.min(0.2, ((r.skeleton?.length ?? 0) - full.length) / 100) : 0;
      offer({ kind: ENTITY[r.entity_type]!, id: shown.id, name: shown.name, matched: r.name, match, score: Number((SCORES[match] - penalty).toFixed(3)) });
    }
  }
  if (wanted.includes('country')) {
    const s = subjectCatalog().resolve(query);
    if (s?.kind === 'country') offer({ kind: 'country', id: s.code!, name: s.name, matched: query, match: 'exact', score: 1 });
  }
  const results = [...best.values()].sort((a, b) => b.score - a.score || a.name.length - b.name.length || a.name.localeCompare(b.name));
  return { query, results: results.slice(0, limit) };
};

/** The name each entity is shown by; a person merged into another is shown as that person. */
const displayNames = async (store: Store, refs: readonly (readonly [string, string])[]): Promise<Map<string, { id: string; name: string }>> => {
  const out = new Map<string, { id: string; name: string }>();
  const ids = (type: string) => [...new Set(refs.filter(([t]) => t === type).map(([, id]) => id))];
  for (const p of await store.people.getMany(ids('person'))) {
    const target = p.mergedInto ? await store.people.get(p.mergedInto) : p;
    if (target) out.set(`person:${p.id}`, { id: target.id, name: target.name });
  }
  for (const o of await store.organizations.getMany(ids('organization'))) out.set(`organization:${o.id}`, { id: o.id, name: o.name });
  for (const p of await store.posts.getMany(ids('post'))) out.set(`post:${p.id}`, { id: p.id, name: p.name });
  return out;
};
