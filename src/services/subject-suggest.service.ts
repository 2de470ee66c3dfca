import { editDistance, typoAllowance } from '../domain/fuzzy.js';
import { nameKey } from '../domain/names.js';
import { subjectCatalog } from '../domain/subjects/subject-catalog.js';

/** Subjects whose name is a few edits from an unknown one ("Sweeden" → Sweden): at most three, closest first. */
export const suggestSubjects = (text: string): string[] => {
  const key = nameKey(text);
  const allow = Math.max(1, typoAllowance(key.length));
  const best = new Map<string, number>();
  for (const [k, { subject }] of subjectCatalog().keys()) {
    const d = editDistance(key, k, allow);
    if (d > allow) continue;
    const prev = best.get(subject.name);
    if (prev === undefined || d < prev) best.set(subject.name, d);
  }
  return [...best].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([n]) => n);
};
