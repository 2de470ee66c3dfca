import { DomainError } from '../domain/errors.js';
import type { EventKind, Organization, Relation, Responsibility, StructuralEvent } from '../domain/model.js';
import { slugify } from '../domain/names.js';
import { subjectCatalog } from '../domain/subjects/subject-catalog.js';
import { type Interval, possibleSpan } from '../domain/time/interval.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import { sourceAsOf } from '../domain/sources.js';
import { dayOfInstant } from '../domain/time/day.js';
import type { Store } from '../storage/store.js';
import { resolveOrganization } from './lookup.service.js';
import { chainAt } from './structure.service.js';

/** What a structural event names, by kind. Units and organizations may be given by id or name. */
export interface EventInput {
  kind: EventKind;
  date: PartialDate;
  sourceId: string;
  /** An id for the event (a dataset's own); by default one is made from its content. */
  id?: string;
  description?: string;
  /** transfer: the subject; split: a subject list per new unit. */
  subject?: string;
  /** The unit the event is about (establish: the new unit's name). */
  unit?: string;
  /** merge: the units merged. */
  units?: string[];
  /** transfer: the unit giving the subject up; re-parent/establish: see parent. */
  from?: string;
  /** transfer: the receiving unit; merge: the unit merged into (a new name is established). */
  to?: string;
  /** rename: the new name. */
  name?: string;
  /** establish, re-parent: the new parent. */
  parent?: string;
  /** split: the new units and the subjects each takes. */
  parts?: { name: string; subjects: string[] }[];
}

export interface EventResult {
  event: StructuralEvent;
  closed: { responsibilities: number; relations: number };
  created: { organizations: string[]; responsibilities: number; relations: number };
}

/** An event result as answers show it (CLI `--json` and the API alike): the date as its text. */
export const eventResultView = (r: EventResult) => ({ ...r, event: { ...r.event, date: r.event.date.text } });

const need = <T>(value: T | undefined, field: string, kind: string): T => {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) throw new DomainError('VALIDATION_ERROR', `a ${kind} event needs ${field}`, { field });
  return value;
};

/** Running on `date`: it may still hold then, so the event ends it there. */
const runningAt = (iv: Interval, date: PartialDate): boolean => {
  const p = possibleSpan(iv);
  return (p.to === null || p.to > date.earliest) && (iv.start === null || iv.start.earliest < date.latest);
};

/** Held up to `date`: running then, or ending on that very date (a parent link the event itself closes). */
const heldUntil = (iv: Interval, date: PartialDate): boolean => {
  const p = possibleSpan(iv);
  return (p.to === null || p.to >= date.earliest) && (iv.start === null || iv.start.earliest < date.latest);
};

const closeAt = (iv: Interval, date: PartialDate): Interval => ({ start: iv.start, end: { kind: 'date', date } });

/**
 * Records a structural event and rewrites the registry from its date on, in one transaction: responsibilities and
 * `unit-of` links running on that date end there, new ones start there. Nothing before the date changes, so every
 * earlier question keeps its answer.
 */
export const recordEvent = async (store: Store, input: EventInput): Promise<EventResult> =>
  store.transaction(async (tx) => {
    const source = await tx.sources.get(input.sourceId);
    if (!source) throw new DomainError('NOT_FOUND', `no source with id "${input.sourceId}"`, { field: 'source', value: input.sourceId });
    const today = dayOfInstant(tx.context.now());
    // What the event starts holds from its date, known up to its source's date (or today), never beyond today.
    const FROM_THEN = (d: PartialDate): Interval => ({ start: d, end: { kind: 'open', asOf: Math.max(d.latest, Math.min(sourceAsOf(source) ?? today, today)) } });
    const counts = { closedResponsibilities: 0, closedRelations: 0, orgs: [] as string[], createdResponsibilities: 0, createdRelations: 0 };
    const { date, sourceId } = input;
    const tag = `${sourceId}#${date.text}`;

    const unit = (ref: string | undefined, field: string): Promise<Organization> => resolveOrganization(tx, need(ref, field, input.kind));
    const closeResponsibilities = async (unitId: string, subjectIds?: Set<string>): Promise<Responsibility[]> => {
      const closed: Responsibility[] = [];
      for (const r of await tx.responsibilities.forUnits([unitId])) {
        if ((subjectIds && !subjectIds.has(r.subjectId)) || !runningAt(r.interval, date)) continue;
        await tx.responsibilities.upsert({ ...r, interval: closeAt(r.interval, date), note: [r.note, `ended by the ${input.kind} of ${date.text}`].filter(Boolean).join('; ') });
        closed.push(r);
        counts.closedResponsibilities++;
      }
      return closed;
    };
    const startResponsibility = async (unitId: string, subjectId: string): Promise<void> => {
      await tx.responsibilities.upsert({ id: `${unitId}>${subjectId}@${tag}`, unitId, subjectId, interval: FROM_THEN(date), sourceId, note: `from the ${input.kind} of ${date.text}` });
      counts.createdResponsibilities++;
    };
    const closeLinks = async (links: Relation[]): Promise<Relation[]> => {
      const closed = links.filter((l) => runningAt(l.interval, date));
      for (const l of closed) await tx.relations.upsert({ ...l, interval: closeAt(l.interval, date) });
      counts.closedRelations += closed.length;
      return closed;
    };
    const link = async (unitId: string, parentId: string): Promise<void> => {
      await tx.relations.upsert({ id: `${unitId}~unit-of~${parentId}#${date.text}`, fromId: unitId, toId: parentId, type: 'unit-of', interval: FROM_THEN(date), sourceId });
      counts.createdRelations++;
    };
    const establish = async (name: string, parentId: string, kind: Organization['kind'] = 'department'): Promise<string> => {
      const id = `${parentId}/${slugify(name)}`;
      if (!(await tx.organizations.get(id))) await tx.organizations.upsert({ id, name, kind, formed: date, sourceId });
      await tx.names.upsert({ entityType: 'organization', entityId: id, name, kind: 'primary', lang: 'en', sourceId, interval: FROM_THEN(date) });
      await link(id, parentId);
      counts.orgs.push(id);
      return id;
    };
    /** Units under `unitId` on the date move under `newParent` (a merged unit's sub-units follow it). */
    const moveChildren = async (unitId: string, newParent: string): Promise<void> => {
      for (const rel of await closeLinks(await tx.relations.to(unitId, ['unit-of']))) await link(rel.fromId, newParent);
    };
    /** The parent a unit had up to the date: a link that ends on the date itself still names it. */
    const parentOf = async (unitId: string): Promise<string> => {
      const up = (await tx.relations.from(unitId, ['unit-of'])).find((r) => heldUntil(r.interval, date));
      if (!up) throw new DomainError('VALIDATION_ERROR', `${unitId} is part of no organization on ${date.text}`, { field: 'unit', value: unitId });
      return up.toId;
    };
    const topOf = async (unitId: string): Promise<string> => {
      const chain = await chainAt(tx, unitId, date);
      return chain?.[chain.length - 1]?.organization.id ?? unitId;
    };
    const subjectId = (text: string): string => {
      const s = subjectCatalog().resolve(text);
      if (!s) throw new DomainError('UNKNOWN_SUBJECT', `no country, regional body or function named "${text}"`, { field: 'subject', value: text });
      return s.id;
    };
    const ensureSubject = async (id: string): Promise<void> => {
      if (!(await tx.subjects.get(id))) await tx.subjects.upsert(subjectCatalog().get(id) ?? { id, kind: 'function', name: id });
    };

    let organizationId: string;
    let details: Record<string, unknown>;
    switch (input.kind) {
      case 'transfer': {
        const from = await unit(input.from, 'from');
        const to = await unit(input.to, 'to');
        const subject = subjectId(need(input.subject, 'subject', 'transfer'));
        await ensureSubject(subject);
        await closeResponsibilities(from.id, new Set([subject]));
        await startResponsibility(to.id, subject);
        organizationId = await topOf(to.id);
        details = { subject, from: from.id, to: to.id };
        break;
      }
      case 'establish': {
        const parent = await unit(input.parent, 'parent');
        const id = await establish(need(input.name ?? input.unit, 'name', 'establish'), parent.id);
        organizationId = await topOf(parent.id);
        details = { unit: id, parent: parent.id };
        break;
      }
      case 'rename': {
        const u = await unit(input.unit, 'unit');
        const name = need(input.name, 'name', 'rename');
        const always: Interval = { start: null, end: { kind: 'open' } };
        const primary = (await tx.names.forEntity('organization', u.id)).filter((n) => n.kind === 'primary' && runningAt(n.interval ?? always, date));
        // The old name stays, dated up to the rename, so that earlier questions still see it.
        if (!primary.some((n) => n.name === u.name)) primary.push({ entityType: 'organization', entityId: u.id, name: u.name, kind: 'primary', sourceId: u.sourceId });
        for (const n of primary) {
          const old = (await tx.names.forEntity('organization', u.id)).find((x) => x.name === n.name && x.kind === 'primary');
          if (old) await tx.names.upsert({ ...old, interval: closeAt(old.interval ?? always, date) });
          else await tx.names.upsert({ ...n, interval: closeAt(always, date) });
        }
        await tx.names.upsert({ entityType: 'organization', entityId: u.id, name, kind: 'primary', lang: 'en', sourceId, interval: FROM_THEN(date) });
        await tx.organizations.upsert({ ...u, name });
        organizationId = await topOf(u.id);
        details = { unit: u.id, from: u.name, to: name };
        break;
      }
      case 're-parent': {
        const u = await unit(input.unit, 'unit');
        const parent = await unit(input.parent, 'parent');
        const closed = await closeLinks(await tx.relations.from(u.id, ['unit-of']));
        await link(u.id, parent.id);
        organizationId = await topOf(parent.id);
        details = { unit: u.id, from: closed[0]?.toId ?? null, to: parent.id };
        break;
      }
      case 'abolish': {
        const u = await unit(input.unit, 'unit');
        organizationId = await topOf(u.id);
        await closeResponsibilities(u.id);
        await closeLinks(await tx.relations.from(u.id, ['unit-of']));
        await tx.organizations.upsert({ ...u, dissolved: date });
        details = { unit: u.id };
        break;
      }
      case 'merge': {
        const refs = need(input.units, 'units', 'merge');
        if (new Set(refs).size < 2 && !input.to) throw new DomainError('VALIDATION_ERROR', 'a merge joins two or more units (or one unit --to another)', { field: 'units', value: refs.join(', ') });
        const units = await Promise.all(refs.map((ref) => unit(ref, 'units')));
        const parentId = await parentOf(units[0]!.id);
        const existing = input.to ? await resolveOrganization(tx, input.to).catch(() => undefined) : undefined;
        const intoId = existing?.id ?? (await establish(need(input.name ?? input.to, 'to (or name)', 'merge'), parentId));
        if (units.every((u) => u.id === intoId)) throw new DomainError('VALIDATION_ERROR', 'a merge needs a unit to merge into other than the units merged', { field: 'to', value: input.to });
        for (const u of units) {
          if (u.id === intoId) continue;
          for (const r of await closeResponsibilities(u.id)) await startResponsibility(intoId, r.subjectId);
          await moveChildren(u.id, intoId);
          await closeLinks(await tx.relations.from(u.id, ['unit-of']));
          await tx.organizations.upsert({ ...u, dissolved: date });
        }
        organizationId = await topOf(intoId);
        details = { units: units.map((u) => u.id), into: intoId };
        break;
      }
      case 'split': {
        const u = await unit(input.unit, 'unit');
        const parentId = await parentOf(u.id);
        const parts: { unit: string; subjects: string[] }[] = [];
        for (const part of need(input.parts, 'parts', 'split')) {
          const id = await establish(part.name, parentId);
          const subjects = part.subjects.map(subjectId);
          for (const s of subjects) {
            await ensureSubject(s);
            await startResponsibility(id, s);
          }
          parts.push({ unit: id, subjects });
        }
        await closeResponsibilities(u.id);
        await moveChildren(u.id, parentId);
        await closeLinks(await tx.relations.from(u.id, ['unit-of']));
        await tx.organizations.upsert({ ...u, dissolved: date });
        organizationId = await topOf(parentId);
        details = { unit: u.id, into: parts };
        break;
      }
    }
    const event: StructuralEvent = {
      id: input.id ?? `${organizationId}:${input.kind}:${slugify(JSON.stringify(details)).slice(0, 80)}:${date.text}`,
      kind: input.kind, date, organizationId, description: input.description ?? `${input.kind} (${date.text})`, details, sourceId,
    };
    await tx.events.upsert(event);
    return {
      event,
      closed: { responsibilities: counts.closedResponsibilities, relations: counts.closedRelations },
      created: { organizations: counts.orgs, responsibilities: counts.createdResponsibilities, relations: counts.createdRelations },
    };
  });
