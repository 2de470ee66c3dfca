import type { NamedEntity } from '../domain/model.js';
import type { Store } from '../storage/store.js';
import { search, type SearchKind } from './search.service.js';

const KIND: Record<NamedEntity, SearchKind> = { person: 'person', organization: 'unit', post: 'post' };

/**
 * Names close to one that was not found, for "did you mean": what a search for it finds among things of the same
 * kind (another spelling, a surname, words of the name, a typo away). At most three, best first.
 */
export const suggestionsFor = async (store: Store, kind: NamedEntity, ref: string): Promise<string[]> => {
  if (ref.trim().length < 2) return [];
  const { results } = await search(store, ref, [KIND[kind]], 3);
  return [...new Set(results.map((r) => r.name))];
};
