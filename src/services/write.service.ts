import { createHash } from 'node:crypto';
import { DomainError } from '../domain/errors.js';
import { type AppointmentKind, emptyDataset, type EndReason, type Person, type Source } from '../domain/model.js';
import { slugify } from '../domain/names.js';
import { SAFE_URL, sourceAsOf } from '../domain/sources.js';
import { dayOfInstant, formatDay } from '../domain/time/day.js';
import { type Interval, withAsOf } from '../domain/time/interval.js';
import { parsePartialDate } from '../domain/time/partial-date.js';
import { type ImportReport, rejected } from '../dataset/import-report.js';
import type { User } from '../storage/repositories/user.repository.js';
import type { Store } from '../storage/store.js';
import type { RegistryTable } from '../storage/tables.js';
import { type EventInput, type EventResult, recordEvent } from './event.service.js';
import { writeDataset } from './ingest/ingest.service.js';
import { ENTITY_TABLES } from './ingest/record-writer.js';
import { makeClaim } from './ingest/import-batch.js';
import { SeatGuard } from './ingest/seat-guard.js';
import { resolvePerson, resolvePost } from './lookup.service.js';

/** Every write names its source: a stored one by id, or a citation that becomes one. */
export type Citation = { id: string } | { title: string; url?: string; document?: string; accessed?: string };

export interface WriteActor {
  user: User;
  /** The caller's clock, as an ISO timestamp. */
  now: string;
}

/** Runs one write as one transaction under the actor and the cited source; everything or nothing lands. */
const asWrite = async <T>(store: Store, actor: WriteActor, citation: Citation, work: (tx: Store, source: Source) => Promise<T>): Promise<T> =>
  store.transaction(async (plain) => {
    const source = await citedSource(plain, citation, actor.now);
    const tx = plain.withContext({ userId: actor.user.id, sourceId: source.id, now: () => actor.now });
    if ('title' in citation && !(await tx.sources.get(source.id))) await tx.sources.upsert(source);
    return work(tx, source);
  });

/**
 * A citation given with a write is read by the editor at the time of the write: unless it says when it was accessed,
 * that day is its date, so what it says of a term still running holds up to the write (its coverage, decision 16).
 */
const citedSource = async (store: Store, c: Citation, now: string): Promise<Source> => {
  if ('id' in c) {
    const s = await store.sources.get(c.id);
    if (!s) throw new DomainError('NOT_FOUND', `no source with id "${c.id}"`, { field: 'source.id', value: c.id });
    return s;
  }
  if (!c.title.trim()) throw new DomainError('VALIDATION_ERROR', 'a citation needs a title', { field: 'source.title' });
  if (c.url !== undefined && !SAFE_URL.test(c.url)) throw new DomainError('VALIDATION_ERROR', 'a citation\'s url is an http(s) address', { field: 'source.url', value: c.url });
  if (c.accessed !== undefined) parsePartialDate(c.accessed, { field: 'source.accessed' });
  const digest = createHash('sha256').update(JSON.stringify([c.title, c.url ?? '', c.document ?? ''])).digest('hex').slice(0, 16);
  return {
    id: `cite:${digest}`, title: c.title, kind: c.url ? 'web-page' : 'curation',
    ...(c.url ? { url: c.url } : {}), accessed: c.accessed ?? formatDay(dayOfInstant(now)), ...(c.document ? { note: `document: ${c.document}` } : {}),
  };
};

/** The `If-Match` check: the entity must still be at the version the writer read. */
const checkVersion = async (store: Store, table: RegistryTable, id: string, ifMatch: number | undefined): Promise<void> => {
  if (ifMatch === undefined) throw new DomainError('PRECONDITION_REQUIRED', 'send If-Match with the version you read (the ETag)', { field: 'If-Match' });
  const current = await store.repository(table).version(id);
  if (current !== ifMatch) {
    throw new DomainError('PRECONDITION_FAILED', `${table} ${id} is at version ${current ?? 'none'}, not ${ifMatch}: read it again`, { field: 'If-Match', value: ifMatch }, { current });
  }
};

/** A write through the import pipeline is refused with the reason the pipeline gave (the seat rule, a missing record). */
const refuseRejected = (report: ImportReport, field: string): void => {
  const r = rejected(report.entries)[0];
  if (r) throw new DomainError('CONSTRAINT_VIOLATION', r.message, { field: r.field?.includes('interval') ? field : (r.field ?? field), value: r.value });
};

export interface PersonInput {
  id?: string;
  name: string;
  nativeName?: string;
  born?: string;
  died?: string;
}

export const addPerson = async (store: Store, actor: WriteActor, input: PersonInput, citation: Citation) =>
  asWrite(store, actor, citation, async (tx, source) => {
    const id = input.id ?? slugify(input.name);
    if (!id) throw new DomainError('VALIDATION_ERROR', 'a name with letters is needed', { field: 'name', value: input.name });
    if (await tx.people.get(id)) throw new DomainError('CONFLICT', `a person with id "${id}" exists`, { field: 'id', value: id });
    const person: Person = {
      id, name: input.name, sourceId: source.id,
      ...(input.nativeName ? { nativeName: input.nativeName.normalize('NFC') } : {}),
      ...(input.born ? { born: parsePartialDate(input.born, { field: 'born' }) } : {}),
      ...(input.died ? { died: parsePartialDate(input.died, { field: 'died' }) } : {}),
    };
    const data = emptyDataset();
    data.people.push(person);
    data.names.push({ entityType: 'person', entityId: id, name: person.name, kind: 'primary', lang: 'en', sourceId: source.id });
    if (person.nativeName) data.names.push({ entityType: 'person', entityId: id, name: person.nativeName, kind: 'native', lang: 'ko', sourceId: source.id });
    const report = await writeDataset(tx, data, 'api');
    refuseRejected(report, 'name');
    return { person, version: (await tx.people.version(id))!, identity: report.entries.filter((e) => e.kind === 'identity').map((e) => ({ id: e.value ?? '', message: e.message })) };
  });

export interface AppointmentInput {
  post: string;
  person: string;
  start: string;
  end?: string;
  kind?: AppointmentKind;
  acting?: boolean;
  covers?: string;
  endReason?: EndReason;
  note?: string;
}

/** A term from its given dates; an open one holds, as far as this write knows, up to the source's date or today. */
const intervalOf = (start: string, end: string | undefined, source: Source, now: string): Interval => {
  const iv: Interval = { start: parsePartialDate(start, { field: 'start' }), end: end ? { kind: 'date', date: parsePartialDate(end, { field: 'end' }) } : { kind: 'open' } };
  if (iv.end.kind === 'date' && iv.end.date.latest <= iv.start!.earliest) throw new DomainError('CONSTRAINT_VIOLATION', 'the end is not after the start', { field: 'end', value: end });
  const today = dayOfInstant(now);
  return withAsOf(iv, Math.max(iv.start!.earliest, Math.min(sourceAsOf(source) ?? today, today)));
};

/**
 * Starts an appointment through the same pipeline (and the same seat rule) as every import: a term that breaks the
 * rule is refused (422); a term already stored is not duplicated.
 */
export const startAppointment = async (store: Store, actor: WriteActor, input: AppointmentInput, citation: Citation) =>
  asWrite(store, actor, citation, async (tx, source) => {
    const post = await resolvePost(tx, input.post);
    const person = await resolvePerson(tx, input.person);
    const interval = intervalOf(input.start, input.end, source, actor.now);
    const kind: AppointmentKind = input.kind ?? (input.acting ? 'acting' : 'substantive');
    if (kind === 'cover' && !input.covers) throw new DomainError('VALIDATION_ERROR', 'a cover names the appointment it covers', { field: 'covers' });
    const data = emptyDataset();
    const id = `${post.id}:${person.id}:${interval.start!.text}`;
    data.appointments.push({
      id, postId: post.id, personId: person.id, interval, kind, sourceId: source.id,
      ...(input.covers ? { coversId: input.covers } : {}), ...(input.endReason ? { endReason: input.endReason } : {}), ...(input.note ? { note: input.note } : {}),
    });
    const report = await writeDataset(tx, data, 'api');
    refuseRejected(report, 'start');
    const created = report.totals.created === 1;
    const stored = (await tx.appointments.forPost(post.id)).find((a) => a.personId === person.id && a.kind === kind && a.interval.start?.text === interval.start!.text)
      ?? (await tx.appointments.get(report.entries.find((e) => e.status === 'merged')?.id ?? id));
    if (!stored) throw new DomainError('CONFLICT', 'the appointment was merged into another', { field: 'start' });
    return { appointment: stored, created, version: (await tx.appointments.version(stored.id))! };
  });

/**
 * Closes an appointment: its end is set, nothing is removed; earlier states stay in the history. The closed term is
 * written through the seat guard like every other: an end that would leave more certain holders than seats on some
 * day (a successor already started within the new end) is refused (422) and nothing changes.
 */
export const endAppointment = async (store: Store, actor: WriteActor, id: string, end: string, citation: Citation, ifMatch: number | undefined, endReason?: EndReason) =>
  asWrite(store, actor, citation, async (tx, source) => {
    await tx.lockRow('appointments', id);
    const a = await tx.appointments.get(id);
    if (!a) throw new DomainError('NOT_FOUND', `no appointment with id "${id}"`, { field: 'id', value: id });
    await checkVersion(tx, 'appointments', id, ifMatch);
    if (a.interval.end.kind === 'date') throw new DomainError('CONFLICT', `the appointment already ended on ${a.interval.end.date.text}`, { field: 'end', value: end });
    const date = parsePartialDate(end, { field: 'end' });
    if (a.interval.start && date.latest <= a.interval.start.earliest) throw new DomainError('CONSTRAINT_VIOLATION', `the end is not after the start (${a.interval.start.text})`, { field: 'end', value: end });
    const closed = { ...a, interval: { start: a.interval.start, end: { kind: 'date' as const, date } }, ...(endReason ? { endReason } : {}), note: [a.note, `ended on ${date.text} per ${source.title}`].filter(Boolean).join('; ') };
    await (await SeatGuard.around(tx, [closed])).write(closed, { field: 'end', value: end });
    if (source.id !== a.sourceId) await tx.citations.upsert({ entityType: 'appointment', entityId: id, sourceId: source.id, note: `ended on ${date.text}` });
    return { appointment: closed, version: (await tx.appointments.version(id))! };
  });

export interface ClaimInput {
  entity: string;
  field: string;
  value: string;
  quote?: string;
  note?: string;
}

export const addClaim = async (store: Store, actor: WriteActor, input: ClaimInput, citation: Citation) =>
  asWrite(store, actor, citation, async (tx, source) => {
    const colon = input.entity.indexOf(':');
    const type = input.entity.slice(0, colon);
    const entityId = input.entity.slice(colon + 1);
    if (colon < 0 || !ENTITY_TABLES[type]) throw new DomainError('VALIDATION_ERROR', `entity is "type:id" with type one of ${Object.keys(ENTITY_TABLES).join(', ')}`, { field: 'entity', value: input.entity });
    if (!(await tx.repository(ENTITY_TABLES[type]!).get(entityId))) throw new DomainError('NOT_FOUND', `no ${type} with id "${entityId}"`, { field: 'entity', value: input.entity });
    const claim = { ...makeClaim(type, entityId, input.field, input.value, source.id, input.note), ...(input.quote ? { quote: input.quote } : {}) };
    const data = emptyDataset();
    data.claims.push(claim);
    const report = await writeDataset(tx, data, 'api');
    refuseRejected(report, 'value');
    return { claim, version: (await tx.claims.version(claim.id))! };
  });

export const addEvent = async (store: Store, actor: WriteActor, input: Omit<EventInput, 'sourceId'>, citation: Citation): Promise<EventResult> =>
  asWrite(store, actor, citation, (tx, source) => recordEvent(tx, { ...input, sourceId: source.id }));
