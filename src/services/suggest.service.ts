import type { NamedEntity } from '../domain/model.js';
import { nameKey } from '../domain/names.js';
import type { Store } from '../storage/store.js';
import { search, type SearchKind } from './search.service.js';

const KIND: Record<NamedEntity, SearchKind> = { person: 'person', organization: 'unit', post: 'post' };

/** A post or unit whose name begins with the words asked is what people mean by them ("Premier" → Premier of …, not Vice Premier). */
const HEAD_WORDS = 0.15;
/** How far ahead of the next the best candidate must be for a read to take it (with a note) instead of asking. */
export const CLEAR_MARGIN = 0.1;
/** The least a candidate taken must score: a name beginning with the query's (search's `partial`), not a typo away. */
export const CLEAR_LEAST = 0.6;

export interface Candidate {
  id: string;
  name: string;
  score: number;
}

/**
 * Things of one kind that a name not found may mean, ranked by how people name things: search's ranking (an exact
 * spelling, another spelling, the words of a name, a surname, the start of a name, a typo), and for posts and units,
 * a name that begins with the words asked before one that has them later. Best first, at most `limit`.
 */
export const rankedCandidates = async (store: Store, kind: NamedEntity, ref: string, limit = 5): Promise<Candidate[]> => {
  if (ref.trim().length < 2) return [];
  const { results } = await search(store, ref, [KIND[kind]], limit);
  const key = nameKey(ref);
  return results
    .map((r) => ({ id: r.id, name: r.name, score: Number((r.score + (kind !== 'person' && nameKey(r.name).startsWith(key) ? HEAD_WORDS : 0)).toFixed(3)) }))
    .sort((a, b) => b.score - a.score || a.name.length - b.name.length || a.name.localeCompare(b.name));
};

/** The candidate a read takes without asking: good enough, and ahead of the next by CLEAR_MARGIN (or alone). */
export const clearBest = (candidates: readonly Candidate[]): Candidate | undefined => {
  const [best, next] = candidates;
  return best && best.score >= CLEAR_LEAST && (!next || best.score - next.score >= CLEAR_MARGIN) ? best : undefined;
};

/**
 * Names close to one that was not found, for "did you mean": the ranked candidates' names. At most three, best first.
 */
export const suggestionsFor = async (store: Store, kind: NamedEntity, ref: string): Promise<string[]> =>
  [...new Set((await rankedCandidates(store, kind, ref)).map((c) => c.name))].slice(0, 3);
