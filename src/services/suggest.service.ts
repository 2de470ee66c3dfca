import { editDistance, typoAllowance } from '../domain/fuzzy.js';
import type { NamedEntity } from '../domain/model.js';
import { nameKey } from '../domain/names.js';
import type { Store } from '../storage/store.js';

/**
 * Names close to one that was not found, for "did you mean": stored names of the same kind within a few edits of
 * it (by their folded keys), or that contain every word of it. At most three, closest first.
 */
export const suggestionsFor = async (store: Store, kind: NamedEntity, ref: string): Promise<string[]> => {
  const key = nameKey(ref);
  if (key.length < 2) return [];
  const words = ref.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
  const pool = await store.names.near(key.slice(0, 1), kind, 5000);
  const scored = new Map<string, number>();
  const allow = typoAllowance(key.length);
  for (const n of pool) {
    const d = editDistance(key, n.key, allow);
    const lower = n.name.toLowerCase();
    const containsAll = words.length > 0 && words.every((w) => lower.includes(w));
    const score = d <= allow ? d : containsAll ? allow + 0.5 : undefined;
    if (score === undefined) continue;
    const prev = scored.get(n.name);
    if (prev === undefined || score < prev) scored.set(n.name, score);
  }
  return [...scored].sort((a, b) => a[1] - b[1] || a[0].length - b[0].length).slice(0, 3).map(([name]) => name);
};
