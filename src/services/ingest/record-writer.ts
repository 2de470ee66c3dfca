import type { EventInput } from '../event.service.js';
import { recordEvent } from '../event.service.js';
import { reconcileClaimedDates } from './fact-writer.js';
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
    const ids = [...new Set(list.filter((r) => r.value.entityType === type && fields[r.value.field]).map((r) => r.value.entityId))];
    await reconcileEntityDates(w, type as 'organization' | 'person', ids.filter((id) => w.has(ENTITY_TABLES[type]!, id)));
  }
};

/** The date fields of entities that claims may dispute: claim field → column. */
const ENTITY_DATES: Record<'organization' | 'person', Record<string, string>> = {
  organization: { formed: 'formed', dissolved: 'dissolved' },
  person: { born: 'born', died: 'died' },
};

/**
 * An entity's dates (formed, born…) reconciled with what every source claims: compatible values refine, disagreeing
 * ones widen, so that when the ministry was formed on 8 or 9 September 1948, it is certain only from the 9th. The
 * value first stored keeps its own source's claim.
 */
const reconcileEntityDates = async (w: ImportBatch, type: 'organization' | 'person', ids: readonly string[]): Promise<void> => {
  if (ids.length === 0) return;
  const repo = type === 'organization' ? w.tx.organizations : w.tx.people;
  const rows = (await repo.rows(ids)) as unknown as Record<string, unknown>[];
  const claims = await w.tx.claims.forEntities(type, ids);
  for (const row of rows) {
    const next = { ...row };
    let changed = false;
    for (const [field, column] of Object.entries(ENTITY_DATES[type])) {
      const mine = claims.filter((c) => c.entityId === row['id'] && c.field === field);
      const stored = row[column] as string | null;
      const values = [...mine.map((c) => c.value), ...(stored && !mine.some((c) => c.sourceId === row['source_id']) ? [stored] : [])];
      const dates = values.map((v) => tryParsePartialDate(v)).filter((d): d is PartialDate => d !== undefined);
      if (new Set(dates.map((d) => `${d.earliest}/${d.latest}`)).size < 2) continue;
      if (stored && !mine.some((c) => c.sourceId === row['source_id'])) await w.claim(makeClaim(type, String(row['id']), field, stored, String(row['source_id'])));
      const r = reconcileDates(dates)!;
      if (r.date.text !== stored) {
        next[column] = r.date.text;
        changed = true;
      }
    }
    if (changed) {
      const { sys_seq: _a, sys_from: _b, sys_user: _c, sys_source: _d, sys_op: _e, ...content } = next;
      await (repo as unknown as { updateRows(r: Record<string, unknown>[]): Promise<number> }).updateRows([content]);
    }
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
