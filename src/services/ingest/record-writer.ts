import type { EventInput } from '../event.service.js';
import { recordEvent } from '../event.service.js';
import { reconcileClaimedDates } from './fact-writer.js';
import { StatedEntity } from '../../storage/entity-fields.js';
import { citationId, identifierId } from '../../storage/mappers.js';
import type { RegistryTable } from '../../storage/tables.js';
import type { RecordOf } from '../../dataset/dataset-records.js';
import { type PartialDate, tryParsePartialDate } from '../../domain/time/partial-date.js';
import { reconcileDates } from '../../domain/time/reconcile-dates.js';
import { makeClaim, type ImportBatch } from './import-batch.js';

/** The table of each entity type a claim, identifier or succession can name. */
export const ENTITY_TABLES: Record<string, RegistryTable> = {
  person: 'people', organization: 'organizations', post: 'posts', appointment: 'appointments', responsibility: 'responsibilities', event: 'events',
  subject: 'subjects', relation: 'relations', source: 'sources', name: 'names',
};

type Keyed = { id: string; sourceId: string };

/**
 * Records identified by their whole content (claims, events, identifiers, successions): the same record again is
 * unchanged; a new one is created; one naming something that does not exist is rejected with its place.
 */
const writeByContent = async <T extends Keyed>(
  w: ImportBatch, kind: string, table: RegistryTable, recs: readonly { value: T; place: RecordOf<'claim'>['place'] }[],
  refs: (x: T) => [field: string, table: RegistryTable | undefined, id: string][],
): Promise<Set<string>> => {
  const created = new Set<string>();
  const list = recs.map((r) => ({ ...r, value: { ...r.value, sourceId: w.sourceId(r.value.sourceId) } }));
  const wanted = list.flatMap((r) => refs(r.value)).filter((x): x is [string, RegistryTable, string] => x[1] !== undefined);
  for (const t of new Set(wanted.map(([, t]) => t))) await w.load(t, wanted.filter(([, x]) => x === t).map(([, , id]) => id));
  const repo = w.tx.repository(table) as unknown as { contentOf(x: T): Record<string, unknown> };
  const stored = await w.tx.repository(table).existing(list.map((r) => r.value.id));
  for (const { value, place } of list) {
    const bad = refs(value).find(([, t, id]) => !t || !w.has(t, id));
    if (bad) {
      w.reject(kind, place, bad[1] ? `no ${bad[1] === 'people' ? 'person' : bad[1].replace(/s$/, '')} with id "${bad[2]}"` : `unknown entity type in "${bad[2]}"`, bad[0], bad[2]);
      continue;
    }
    if (stored.has(value.id)) {
      w.outcome(kind, 'unchanged', place);
      continue;
    }
    w.insert(table, repo.contentOf(value));
    stored.add(value.id);
    created.add(value.id);
    w.added(table, value.id);
    w.outcome(kind, 'created', place);
  }
  return created;
};

/** Claims; a claim on a fact's dates also reconciles that fact's dates with every source's (see reconcileClaimedDates). */
export const writeClaims = async (w: ImportBatch, recs: readonly RecordOf<'claim'>[]): Promise<void> => {
  const list = recs.map((r) => {
    const entityId = ['appointment', 'responsibility', 'relation'].includes(r.value.entityType) ? (w.memory.factAliases.get(r.value.entityId) ?? r.value.entityId) : r.value.entityId;
    return { ...r, value: { ...r.value, entityId, id: entityId === r.value.entityId ? r.value.id : r.value.id.replace(r.value.entityId, entityId) } };
  });
  const created = await writeByContent(w, 'claim', 'claims', list, (c) => [['source', 'sources', c.sourceId], ['entity', ENTITY_TABLES[c.entityType], c.entityId]]);
  await w.flush();
  for (const type of ['appointment', 'responsibility', 'relation']) {
    const ids = [...new Set(list.filter((r) => r.value.entityType === type && (r.value.field === 'start' || r.value.field === 'end')).map((r) => r.value.entityId))];
    await reconcileClaimedDates(w, type, ids.filter((id) => w.has(ENTITY_TABLES[type]!, id)), created);
  }
  for (const [type, fields] of Object.entries(ENTITY_DATES)) {
    const ids = [...new Set(list.filter((r) => r.value.entityType === type && fields.includes(r.value.field)).map((r) => r.value.entityId))];
    await reconcileEntityDates(w, type as 'organization' | 'person', ids.filter((id) => w.has(ENTITY_TABLES[type]!, id)));
  }
};

/** The date fields of entities that claims may dispute, by the claims' names. */
const ENTITY_DATES: Record<'organization' | 'person', readonly string[]> = { organization: ['formed', 'dissolved'], person: ['born', 'died'] };

/**
 * An entity's dates (formed, born…) reconciled with what every source claims: compatible values refine, disagreeing
 * ones widen, so that when the ministry was formed on 8 or 9 September 1948, it is certain only from the 9th. The
 * value first stored keeps its own source's claim.
 */
const reconcileEntityDates = async (w: ImportBatch, type: 'organization' | 'person', ids: readonly string[]): Promise<void> => {
  if (ids.length === 0) return;
  const table = type === 'organization' ? 'organizations' : 'people';
  const stored = await StatedEntity.stored(w.tx, table, ids);
  const claims = await w.tx.claims.forEntities(type, ids);
  for (const entity of stored.values()) {
    let next = entity;
    for (const field of ENTITY_DATES[type]) {
      const mine = claims.filter((c) => c.entityId === entity.id && c.field === field);
      const value = entity.value(field) as string | undefined;
      const own = value && !mine.some((c) => c.sourceId === entity.sourceId);
      const values = [...mine.map((c) => c.value), ...(own ? [value] : [])];
      const dates = values.map((v) => tryParsePartialDate(v)).filter((d): d is PartialDate => d !== undefined);
      if (new Set(dates.map((d) => `${d.earliest}/${d.latest}`)).size < 2) continue;
      if (own) await w.claim(makeClaim(type, entity.id, field, value, String(entity.sourceId)));
      const r = reconcileDates(dates)!;
      if (r.date.text !== value) next = next.with(field, r.date.text);
    }
    if (next !== entity) await StatedEntity.update(w.tx, table, [next]);
  }
};

export const writeIdentifiers = (w: ImportBatch, recs: readonly RecordOf<'identifier'>[]): Promise<Set<string>> =>
  writeByContent(w, 'identifier', 'identifiers', recs.map((r) => ({ ...r, value: { ...r.value, id: identifierId(r.value) } })), (x) => [['source', 'sources', x.sourceId], ['entity', ENTITY_TABLES[x.entityType], x.entityId]]);

/** Citations given as records of their own (exports carry them so): the fact must be stored; the same again is unchanged. */
export const writeCitations = (w: ImportBatch, recs: readonly RecordOf<'citation'>[]): Promise<Set<string>> =>
  writeByContent(w, 'citation', 'citations', recs.map((r) => ({ ...r, value: { ...r.value, id: citationId(r.value) } })), (x) => [['source', 'sources', x.sourceId], ['entity', ENTITY_TABLES[x.entityType], x.entityId]]);

export const writeSuccessions = (w: ImportBatch, recs: readonly RecordOf<'succession'>[]): Promise<Set<string>> =>
  writeByContent(w, 'succession', 'successions', recs, (x) => [['source', 'sources', x.sourceId], ['from', ENTITY_TABLES[x.entityType], x.fromId], ['to', ENTITY_TABLES[x.entityType], x.toId]]);

/** Events: stored by content; those marked to apply are applied to the structure from their date on, as `record` does. */
export const writeEvents = async (w: ImportBatch, recs: readonly RecordOf<'event'>[]): Promise<void> => {
  const plain = recs.filter((r) => !r.apply);
  await writeByContent(w, 'event', 'events', plain, (e) => [['source', 'sources', e.sourceId], ['organization', 'organizations', e.organizationId]]);
  await w.flush();
  for (const r of recs.filter((x) => x.apply)) {
    const e = r.value;
    if (await w.tx.events.row(e.id)) {
      w.outcome('event', 'unchanged', r.place);
      continue;
    }
    try {
      const input = { ...(e.details as Partial<EventInput>), kind: e.kind, date: e.date, sourceId: w.sourceId(e.sourceId), description: e.description, id: e.id } as EventInput;
      // A refused event leaves nothing behind, while the rest of the window goes on.
      await w.tx.savepoint(() => recordEvent(w.tx, input));
      w.outcome('event', 'created', r.place);
    } catch (err) {
      if (!(err instanceof Error) || !('code' in err)) throw err;
      const place = err as Error & { place?: { field?: string; value?: unknown } };
      w.reject('event', r.place, err.message, place.place?.field, place.place?.value);
    }
  }
};
