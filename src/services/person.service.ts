import { DomainError } from '../domain/errors.js';
import type { Person } from '../domain/model.js';
import { nameSkeleton } from '../domain/name-skeleton.js';
import { overlapCertainty } from '../domain/time/interval.js';
import type { PersonMerge } from '../storage/repositories/registry.repositories.js';
import type { Store } from '../storage/store.js';
import { resolvePerson } from './lookup.service.js';

export interface IdentityEvidence {
  other: { id: string; name: string };
  evidence: string[];
}

/**
 * People who may be `person` under another spelling: same name skeleton or same Hangul. The evidence says what
 * agrees (Hangul, birth year, tenures that meet or overlap); nothing is merged.
 */
export const identityCandidates = async (store: Store, person: Person): Promise<IdentityEvidence[]> => {
  const keys = [nameSkeleton(person.name, true).full, ...(person.nativeName ? [nameSkeleton(person.nativeName, true).full] : [])];
  const ids = new Set<string>();
  for (const k of keys) for (const n of await store.names.bySkeleton(k, 'person')) ids.add(n.entityId);
  ids.delete(person.id);
  const mine = await store.appointments.forPerson(person.id);
  const out: IdentityEvidence[] = [];
  for (const other of await store.people.getMany([...ids])) {
    if (other.mergedInto) continue;
    const evidence: string[] = ['the same name in another spelling'];
    if (person.nativeName && other.nativeName && person.nativeName.normalize('NFC') === other.nativeName.normalize('NFC')) evidence.push(`the same Hangul, ${person.nativeName}`);
    if (person.born && other.born) evidence.push(person.born.text.slice(0, 4) === other.born.text.slice(0, 4) ? `born the same year, ${person.born.text.slice(0, 4)}` : `born in different years (${person.born.text} and ${other.born.text})`);
    const theirs = await store.appointments.forPerson(other.id);
    const shared = mine.filter((a) => theirs.some((b) => b.postId === a.postId && overlapCertainty(a.interval, b.interval)));
    if (shared.length) evidence.push(`both recorded in the same post at the same time (${shared.map((a) => a.postId).join(', ')})`);
    out.push({ other: { id: other.id, name: other.name }, evidence });
  }
  return out;
};

/** A merge as recorded: who was merged into whom, on what source, when, and exactly which rows moved. */
export type MergeRecord = PersonMerge;

/**
 * Merges `merged` into `kept` on a source's word: their appointments, names and claims move to `kept`, and
 * `merged` points to `kept` from then on. The merge is recorded with what it moved, so `split` can undo it.
 * `recordedAt` is the caller's clock.
 */
export const mergePeople = async (store: Store, keptRef: string, mergedRef: string, sourceId: string, recordedAt: string): Promise<MergeRecord> =>
  store.transaction(async (tx) => {
    const kept = await resolvePerson(tx, keptRef);
    const merged = await resolvePerson(tx, mergedRef);
    if (kept.id === merged.id) throw new DomainError('VALIDATION_ERROR', 'a person cannot be merged into themself', { field: 'person', value: mergedRef });
    if (!(await tx.sources.get(sourceId))) throw new DomainError('NOT_FOUND', `no source with id "${sourceId}"`, { field: '--source', value: sourceId });
    const moved = await tx.people.reassign(merged.id, kept.id);
    const record: MergeRecord = { id: `merge:${merged.id}>${kept.id}@${recordedAt}`, keptId: kept.id, mergedId: merged.id, sourceId, recordedAt, moved };
    await tx.people.recordMerge(record);
    return record;
  });

/** Undoes the merge of `mergedRef` (the person who was merged away): what the merge moved goes back. */
export const splitPeople = async (store: Store, mergedId: string, undoneAt: string): Promise<MergeRecord> =>
  store.transaction(async (tx) => {
    const record = await tx.people.openMergeOf(mergedId);
    if (!record) throw new DomainError('NOT_FOUND', `"${mergedId}" is not merged into anyone`, { field: 'person', value: mergedId });
    await tx.people.undoMerge(record, undoneAt);
    return record;
  });
