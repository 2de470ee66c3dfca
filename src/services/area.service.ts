import { DomainError } from '../domain/errors.js';
import { editDistance, typoAllowance } from '../domain/fuzzy.js';
import type { Subject } from '../domain/model.js';
import { nameKey } from '../domain/names.js';
import { subjectCatalog } from '../domain/subjects/subject-catalog.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import type { Store } from '../storage/store.js';
import { partyOf } from './holders.service.js';
import { who, type WhoAnswer } from './who.service.js';

export interface AreaWhoAnswer {
  at: string;
  /** The area (a constituency, a region) or country asked for. */
  area: { id: string; name: string };
  /** Each post for the area (a constituency's seat, a region's seats), as `who` answers for it on the date. */
  posts: WhoAnswer[];
  /** The party each holder sat for, by appointment id, where sources state it. */
  parties: Record<string, string>;
}

/**
 * A subject an import stored (a Popolo area, a territory POCOM names), by id, or by a name only one of them has (up to
 * case and marks); undefined when none. Two areas of one name (in two parliaments' files) are ambiguous: the caller
 * gives an id.
 */
export const storedArea = async (store: Store, ref: string): Promise<Subject | undefined> => {
  const stored = await store.subjects.list();
  const byId = stored.find((s) => s.id === ref);
  if (byId) return byId;
  const key = nameKey(ref);
  const named = stored.filter((s) => nameKey(s.name) === key);
  if (named.length > 1) {
    throw new DomainError('AMBIGUOUS', `"${ref}" names ${named.length} areas: ${named.map((s) => s.id).join(', ')}; give an id`, { field: 'area', value: ref }, { candidates: named.map((s) => s.id) });
  }
  return named[0];
};

/** An area or country by id or name: the areas imports stored first (`storedArea`), then the catalog's countries and bodies. */
export const resolveArea = async (store: Store, ref: string): Promise<Subject> => {
  const found = subjectCatalog().get(ref) ?? (await storedArea(store, ref));
  if (found) return found;
  const known = subjectCatalog().resolve(ref);
  if (known) return known;
  const stored = await store.subjects.list();
  const key = nameKey(ref);
  const allow = Math.max(1, typoAllowance(key.length));
  const near = stored.map((s) => ({ name: s.name, d: editDistance(key, nameKey(s.name), allow) })).filter((x) => x.d <= allow).sort((a, b) => a.d - b.d || a.name.localeCompare(b.name));
  const suggestions = [...new Set(near.map((x) => x.name))].slice(0, 3);
  throw new DomainError('NOT_FOUND', `no area or country with id or name "${ref}"${suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : ''}`, { field: 'area', value: ref }, suggestions.length ? { suggestions } : {});
};

/**
 * Who represented an area on a date: the holders, on `at`, of every post that is for the area (a constituency's
 * member, a region's list members; an envoy's post for a country), each answered as `who` answers for a post.
 */
export const whoForArea = async (store: Store, ref: string, at: PartialDate): Promise<AreaWhoAnswer> => {
  const area = await resolveArea(store, ref);
  const posts = (await store.posts.forSubjects([area.id])).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const answers: WhoAnswer[] = [];
  for (const p of posts) answers.push(await who(store, p.id, at));
  const ids = answers.flatMap((a) => a.holders.map((h) => h.appointmentId));
  const claims = await store.claims.forEntities('appointment', ids);
  const parties: Record<string, string> = {};
  for (const id of ids) {
    const party = partyOf(claims.filter((c) => c.entityId === id));
    if (party) parties[id] = party;
  }
  return { at: at.text, area: { id: area.id, name: area.name }, posts: answers, parties };
};
