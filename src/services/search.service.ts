import { DomainError } from '../domain/errors.js';
import { editDistance, typoAllowance } from '../domain/fuzzy.js';
import type { Subject } from '../domain/model.js';
import { querySkeletons, surnamePrefix } from '../domain/name-skeleton.js';
import { nameWords } from '../domain/name-words.js';
import { nameKey } from '../domain/names.js';
import { subjectCatalog } from '../domain/subjects/subject-catalog.js';
import type { NameMatchRow } from '../storage/repositories/person.repository.js';
import type { Store } from '../storage/store.js';

export const SEARCH_KINDS = ['person', 'unit', 'post', 'country', 'body', 'function'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
/**
 * How a result matched, best first: the exact name; another spelling of it; every word of the query starting a word
 * of the name; the family name alone (wherever the name's culture puts it); the given name alone; a name that begins with the query; one a few edits away.
 */
export const MATCH_KINDS = ['exact', 'variant', 'words', 'surname', 'given-name', 'partial', 'fuzzy'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

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

// A family name alone ranks above a given name alone: "Albright" is first the Albrights.
const SCORES: Record<MatchKind, number> = { exact: 1, variant: 0.9, words: 0.8, surname: 0.78, 'given-name': 0.75, partial: 0.6, fuzzy: 0.5 };
const ENTITY: Record<string, SearchKind> = { person: 'person', organization: 'unit', post: 'post' };
const SUBJECT_KIND: Record<Subject['kind'], SearchKind> = { country: 'country', territory: 'country', 'regional-body': 'body', function: 'function' };

/**
 * People, units, posts, countries, regional bodies and functions by any of their names, in Hangul or Latin letters,
 * best first. A query may be a whole name in any spelling, a surname or a given name alone, some words of a unit's
 * or post's name, the start of a name, or a name with a typo or two. Every way of matching gathers its candidates
 * first (each by an index, bounded), then all are ranked together and cut to `limit`, so a better match is never
 * left out for a worse one. Ties go to the shorter name ("Kim Il" before "Kim Il Sung"). Matches are never merged.
 */
export const search = async (store: Store, text: string, kinds?: readonly SearchKind[], limit = 20): Promise<SearchAnswer> => {
  const query = text.trim();
  if (!query) throw new DomainError('INVALID_ARGUMENT', 'the search text is empty', { field: 'text' });
  const wanted = new Set(kinds?.length ? kinds : SEARCH_KINDS);
  const key = nameKey(query);
  const { full, asGiven } = querySkeletons(query);
  const entityTypes = Object.entries(ENTITY).filter(([, k]) => wanted.has(k)).map(([t]) => t);
  const pool = Math.max(50, limit * 5);
  const best = new Map<string, SearchResult>();
  // One result per entity: its best match; among equally good ones, its own name, then the first name in code-unit
  // order, so that the answer does not depend on the order a database returns rows in.
  const better = (r: SearchResult, cur: SearchResult): boolean =>
    r.score !== cur.score ? r.score > cur.score : (r.matched === r.name) !== (cur.matched === cur.name) ? r.matched === r.name : r.matched < cur.matched;
  const offer = (r: SearchResult): void => {
    const id = `${r.kind}:${r.id}`;
    const cur = best.get(id);
    if (!cur || better(r, cur)) best.set(id, r);
  };

  if (entityTypes.length) {
    const surname = wanted.has('person') ? surnamePrefix(query) : undefined;
    const words = entityTypes.some((t) => t !== 'person') ? nameWords(query) : [];
    const units = entityTypes.filter((t) => t !== 'person');
    const byWords = words.length && units.length ? await store.names.byWords(words.map((w) => [w]), units, pool) : [];
    const found: { row: NameMatchRow; how?: MatchKind }[] = [
      ...(await store.names.candidates({ key, skeleton: full, given: asGiven, entityTypes, limit: pool })).map((row) => ({ row })),
      ...(surname ? await store.names.bySkeletonPrefix(surname, 'person', pool) : []).map((row) => ({ row, how: 'surname' as const })),
      ...byWords.map((row) => ({ row, how: 'words' as const })),
    ];
    // A typo: people of the same surname a few edits away; units and posts whose words are a few edits from the query's.
    const allow = typoAllowance(full.length);
    if (allow > 0 && !found.some((f) => f.row.key === key || f.row.skeleton === full)) {
      if (wanted.has('person') && full.includes('0')) {
        for (const row of await store.names.bySkeletonPrefix(full.slice(0, full.indexOf('0') + 1), 'person', 300)) {
          if (row.skeleton && editDistance(full, row.skeleton, allow) <= allow) found.push({ row, how: 'fuzzy' });
        }
      }
      if (units.length && words.length && byWords.length === 0) {
        const groups = await Promise.all(words.map(async (w) => {
          const near = typoAllowance(w.length);
          const pool = near ? await store.names.wordsStartingWith(w.slice(0, 1), units, 2000) : [];
          return [w, ...pool.filter((x) => editDistance(w, x.slice(0, w.length + near), near) <= near)];
        }));
        for (const row of await store.names.byWords(groups, units, pool)) found.push({ row, how: 'fuzzy' });
      }
    }
    const display = await displayNames(store, found.map((f) => [f.row.entity_type, f.row.entity_id] as const));
    for (const { row, how } of found) {
      const shown = display.get(`${row.entity_type}:${row.entity_id}`);
      const kind = ENTITY[row.entity_type];
      if (!shown || !kind || !wanted.has(kind)) continue;
      const match: MatchKind = row.key === key ? 'exact' : row.skeleton === full ? 'variant' : row.given_skeleton === asGiven ? 'given-name' : how ?? 'partial';
      // Among partial and word matches, the closer in length the better.
      const penalty = match === 'partial' || match === 'words' ? Math.min(0.2, Math.max(0, (row.key.length - key.length) / 200)) : 0;
      offer({ kind, id: shown.id, name: shown.name, matched: row.name, match, score: Number((SCORES[match] - penalty).toFixed(3)) });
    }
  }
  const subjectKinds = ['country', 'body', 'function'].filter((k) => wanted.has(k as SearchKind));
  if (subjectKinds.length) for (const r of searchSubjects(query)) if (wanted.has(r.kind)) offer(r);

  // Ties last by kind and id: two people of one name come in the same order whatever order the rows were stored in.
  const results = [...best.values()].sort((a, b) => b.score - a.score || a.name.length - b.name.length || a.name.localeCompare(b.name) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  return { query, results: results.slice(0, limit) };
};

/** Countries, bodies and functions from the catalogue: an exact name or code, a name that begins with the query, a typo. */
const searchSubjects = (query: string): SearchResult[] => {
  const catalog = subjectCatalog();
  const key = nameKey(query);
  const out: SearchResult[] = [];
  const result = (s: Subject, matched: string, match: MatchKind): SearchResult => ({ kind: SUBJECT_KIND[s.kind], id: s.code ?? s.id, name: s.name, matched, match, score: SCORES[match] });
  const exact = catalog.resolve(query);
  if (exact) out.push(result(exact, query, 'exact'));
  if (key.length >= 3) {
    const allow = typoAllowance(key.length);
    const seen = new Set(exact ? [exact.id] : []);
    for (const [k, { subject }] of catalog.keys()) {
      if (seen.has(subject.id)) continue;
      const match: MatchKind | undefined = k.startsWith(key) ? 'partial' : allow > 0 && editDistance(key, k, allow) <= allow ? 'fuzzy' : undefined;
      if (!match) continue;
      seen.add(subject.id);
      out.push(result(subject, k, match));
    }
  }
  return out;
};

/** The name each entity is shown by; a person merged into another is shown as that person. */
const displayNames = async (store: Store, refs: readonly (readonly [string, string])[]): Promise<Map<string, { id: string; name: string }>> => {
  const out = new Map<string, { id: string; name: string }>();
  const ids = (type: string) => [...new Set(refs.filter(([t]) => t === type).map(([, id]) => id))];
  const people = await store.people.getMany(ids('person'));
  const targets = new Map((await store.people.getMany(people.flatMap((p) => (p.mergedInto ? [p.mergedInto] : [])))).map((p) => [p.id, p]));
  for (const p of people) {
    const target = p.mergedInto ? targets.get(p.mergedInto) : p;
    if (target) out.set(`person:${p.id}`, { id: target.id, name: target.name });
  }
  for (const o of await store.organizations.getMany(ids('organization'))) out.set(`organization:${o.id}`, { id: o.id, name: o.name });
  for (const p of await store.posts.getMany(ids('post'))) out.set(`post:${p.id}`, { id: p.id, name: p.name });
  return out;
};
