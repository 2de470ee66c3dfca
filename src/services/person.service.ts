import { DomainError } from '../domain/errors.js';
import type { Store } from '../storage/store.js';
import type { PersonMerge } from '../storage/repositories/person.repository.js';
import { moveToPerson } from '../storage/person-moves.js';
import { resolvePerson } from './lookup.service.js';

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
    const moved: PersonMerge['moved'] = {
      appointments: (await tx.appointments.forPerson(merged.id)).map((a) => a.id),
      names: (await tx.names.rowsOf('person', [merged.id])).map((n) => n.id),
      claims: (await tx.claims.rowsOf('person', [merged.id])).map((c) => c.id),
    };
    await moveToPerson(tx, moved, kept.id);
    await tx.people.upsert({ ...merged, mergedInto: kept.id });
    const record: MergeRecord = { id: `merge:${merged.id}>${kept.id}@${recordedAt}`, keptId: kept.id, mergedId: merged.id, sourceId, recordedAt, moved };
    await tx.merges.upsert(record);
    return record;
  });

/** Undoes the merge of `mergedId` (the person who was merged away): what the merge moved goes back. */
export const splitPeople = async (store: Store, mergedId: string, undoneAt: string): Promise<MergeRecord> =>
  store.transaction(async (tx) => {
    const record = await tx.merges.openMergeOf(mergedId);
    if (!record) throw new DomainError('NOT_FOUND', `"${mergedId}" is not merged into anyone`, { field: 'person', value: mergedId });
    await moveToPerson(tx, record.moved, record.mergedId);
    const person = (await tx.people.get(record.mergedId))!;
    const { mergedInto: _m, ...rest } = person;
    await tx.people.upsert(rest);
    await tx.merges.upsert({ ...record, undoneAt });
    return record;
  });
