import { createHash } from 'node:crypto';
import { DomainError } from '../domain/errors.js';
import { emptyDataset, type Appointment, type Claim, type Person, type Source } from '../domain/model.js';
import { slugify } from '../domain/names.js';
import { type Interval, overlapCertainty } from '../domain/time/interval.js';
import { parsePartialDate } from '../domain/time/partial-date.js';
import type { User } from '../storage/repositories/user.repository.js';
import type { Store } from '../storage/store.js';
import { writeDataset } from './dataset-writer.service.js';
import { type EventInput, type EventResult, recordEvent } from './event.service.js';
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
    const source = await citedSource(plain, citation);
    const tx = plain.withContext({ userId: actor.user.id, sourceId: source.id, now: () => actor.now });
    if ('title' in citation) await tx.sources.fill(source);
    return work(tx, source);
  });

const citedSource = async (store: Store, c: Citation): Promise<Source> => {
  if ('id' in c) {
    const s = await store.sources.get(c.id);
    if (!s) throw new DomainError('NOT_FOUND', `no source with id "${c.id}"`, { field: 'source.id', value: c.id });
    return s;
  }
  if (!c.title.trim()) throw new DomainError('VALIDATION_ERROR', 'a citation needs a title', { field: 'source.title' });
  const digest = createHash('sha256').update(JSON.stringify([c.title, c.url ?? '', c.document ?? ''])).digest('hex').slice(0, 16);
  return {
    id: `cite:${digest}`, title: c.title, kind: c.url ? 'web-page' : 'curation',
    ...(c.url ? { url: c.url } : {}), ...(c.accessed ? { accessed: c.accessed } : {}), ...(c.document ? { note: `document: ${c.document}` } : {}),
  };
};

/** The `If-Match` check: the entity must still be at the version the writer read. */
const checkVersion = async (store: Store, table: string, id: string, ifMatch: number | undefined): Promise<void> => {
  if (ifMatch === undefined) throw new DomainError('PRECONDITION_REQUIRED', 'send If-Match with the version you read (the ETag)', { field: 'If-Match' });
  const current = await store.versions.versionOf(table, id);
  if (current !== ifMatch) {
    throw new DomainError('PRECONDITION_FAILED', `${table} ${id} is at version ${current ?? 'none'}, not ${ifMatch}: read it again`, { field: 'If-Match', value: ifMatch }, { current });
  }
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
    const result = await writeDataset(tx, data, 'api');
    return { person, version: (await tx.versions.versionOf('people', id))!, identity: result.entries.filter((e) => e.kind === 'identity').map((e) => ({ id: e.value, message: e.message })) };
  });

export interface AppointmentInput {
  post: string;
  person: string;
  start: string;
  end?: string;
  acting?: boolean;
  note?: string;
}

const intervalOf = (start: string, end: string | undefined): Interval => {
  const iv: Interval = { start: parsePartialDate(start, { field: 'start' }), end: end ? { kind: 'date', date: parsePartialDate(end, { field: 'end' }) } : { kind: 'open' } };
  if (iv.end.kind === 'date' && iv.end.date.latest <= iv.start!.earliest) throw new DomainError('CONSTRAINT_VIOLATION', 'the end is not after the start', { field: 'end', value: end });
  return iv;
};

export const startAppointment = async (store: Store, actor: WriteActor, input: AppointmentInput, citation: Citation) =>
  asWrite(store, actor, citation, async (tx, source) => {
    const post = await resolvePost(tx, input.post);
    const person = await resolvePerson(tx, input.person);
    const interval = intervalOf(input.start, input.end);
    const a: Appointment = { id: `${post.id}:${person.id}:${interval.start!.text}`, postId: post.id, personId: person.id, interval, acting: input.acting ?? false, sourceId: source.id, ...(input.note ? { note: input.note } : {}) };
    if (await tx.appointments.get(a.id)) throw new DomainError('CONFLICT', `appointment ${a.id} exists`, { field: 'start', value: input.start });
    if (post.seats === 1) {
      const clash = (await tx.appointments.forPost(post.id)).find((b) => overlapCertainty(a.interval, b.interval) === 'certain');
      if (clash) throw new DomainError('CONSTRAINT_VIOLATION', `${post.name} has one seat, and this tenure overlaps ${clash.personId}'s (${clash.id})`, { field: 'start', value: input.start }, { conflictsWith: clash.id });
    } else {
      const holders = (await tx.appointments.forPost(post.id)).filter((b) => overlapCertainty(a.interval, b.interval) === 'certain');
      if (holders.length >= post.seats) throw new DomainError('CONSTRAINT_VIOLATION', `${post.name} has ${post.seats} seats, all held then`, { field: 'start', value: input.start });
    }
    await tx.appointments.write(a, post.seats === 1);
    return { appointment: a, version: (await tx.versions.versionOf('appointments', a.id))! };
  });

/** Closes an appointment: its end is set, nothing is removed; earlier states stay in the history. */
export const endAppointment = async (store: Store, actor: WriteActor, id: string, end: string, citation: Citation, ifMatch: number | undefined) =>
  asWrite(store, actor, citation, async (tx, source) => {
    await tx.lockRow('appointments', id);
    const a = await tx.appointments.get(id);
    if (!a) throw new DomainError('NOT_FOUND', `no appointment with id "${id}"`, { field: 'id', value: id });
    await checkVersion(tx, 'appointments', id, ifMatch);
    if (a.interval.end.kind === 'date') throw new DomainError('CONFLICT', `the appointment already ended on ${a.interval.end.date.text}`, { field: 'end', value: end });
    const date = parsePartialDate(end, { field: 'end' });
    if (a.interval.start && date.latest <= a.interval.start.earliest) throw new DomainError('CONSTRAINT_VIOLATION', `the end is not after the start (${a.interval.start.text})`, { field: 'end', value: end });
    const post = (await tx.posts.get(a.postId))!;
    const closed: Appointment = { ...a, interval: { start: a.interval.start, end: { kind: 'date', date } }, note: [a.note, `ended on ${date.text} per ${source.title}`].filter(Boolean).join('; ') };
    await tx.appointments.write(closed, post.seats === 1);
    return { appointment: closed, version: (await tx.versions.versionOf('appointments', id))! };
  });

export interface ClaimInput {
  entity: string;
  field: string;
  value: string;
  quote?: string;
  note?: string;
}

const ENTITY_TABLES: Record<string, 'people' | 'organizations' | 'posts' | 'appointments' | 'responsibilities' | 'events' | 'subjects'> = {
  person: 'people', organization: 'organizations', post: 'posts', appointment: 'appointments', responsibility: 'responsibilities', event: 'events', subject: 'subjects',
};

export const addClaim = async (store: Store, actor: WriteActor, input: ClaimInput, citation: Citation) =>
  asWrite(store, actor, citation, async (tx, source) => {
    const colon = input.entity.indexOf(':');
    const type = input.entity.slice(0, colon);
    const entityId = input.entity.slice(colon + 1);
    const table = ENTITY_TABLES[type];
    if (colon < 0 || !table) throw new DomainError('VALIDATION_ERROR', `entity is "type:id" with type one of ${Object.keys(ENTITY_TABLES).join(', ')}`, { field: 'entity', value: input.entity });
    if (!(await tx[table].get(entityId))) throw new DomainError('NOT_FOUND', `no ${type} with id "${entityId}"`, { field: 'entity', value: input.entity });
    const claim: Claim = { id: `${type}:${entityId}:${input.field}:${slugify(input.value) || 'x'}@${source.id}`, entityType: type, entityId, field: input.field, value: input.value, sourceId: source.id, ...(input.quote ? { quote: input.quote } : {}), ...(input.note ? { note: input.note } : {}) };
    await tx.claims.upsert(claim);
    return { claim, version: (await tx.versions.versionOf('claims', claim.id))! };
  });

export const addEvent = async (store: Store, actor: WriteActor, input: Omit<EventInput, 'sourceId'>, citation: Citation): Promise<EventResult> =>
  asWrite(store, actor, citation, (tx, source) => recordEvent(tx, { ...input, sourceId: source.id }));
