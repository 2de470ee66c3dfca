import { randomUUID } from 'node:crypto';
import { DomainError } from '../../domain/errors.js';
import { requireMayDo, requireMaySee } from '../../domain/matters/desk-permissions.js';
import {
  boundedText, checkKind, type Classification, CLASSIFICATIONS, FINISHED, type KeptRouting, type Matter, type MatterAction, matterReference, type MatterSender,
  type MatterStatus, MATTER_LIMITS, referencePrefix, requireMove,
} from '../../domain/matters/matter.js';
import { type DeadlineState, deadlineState, dueDay, type WorkCalendar, workingDaysBetween } from '../../domain/matters/working-days.js';
import { dayOfInstant, type Day, formatDay, partsFromDay } from '../../domain/time/day.js';
import { parsePartialDate } from '../../domain/time/partial-date.js';
import { subjectCatalog } from '../../domain/subjects/subject-catalog.js';
import type { StoredMatter } from '../../storage/repositories/matter.repository.js';
import type { Store } from '../../storage/store.js';
import { resolveOrganization } from '../lookup.service.js';
import { suggestSubjects } from '../subject-suggest.service.js';
import { type DeskCaller, deskActor, deskCalendar, deskSettings, targetDays } from './desk.service.js';
import { type MatterRouting, routeMatter } from './matter-routing.service.js';

export interface RegisterInput {
  /** The organization addressed (id or name), or none for the government as a whole. */
  organization?: string | null;
  kind: string;
  sender: string | { ref?: string; name: string };
  subjects: string[];
  /** YYYY-MM-DD */
  received: string;
  language?: string;
  title: string;
  summary?: string;
  classification?: Classification;
}

/** A matter as shown: with its due day, where it stands on a day, and the working days its clock has run. */
export interface MatterView {
  matter: Matter;
  due: string;
  deadline: DeadlineState;
  workingDaysUsed: number;
  calendar: string;
}

export const dayOfText = (text: string, field: string): Day => {
  const d = parsePartialDate(text, { field });
  if (d.earliest !== d.latest) throw new DomainError('INVALID_DATE', `${field} is a day (YYYY-MM-DD)`, { field, value: text });
  return d.earliest;
};

/** Subjects by any name the catalog reads (countries, bodies, functions, in any language it knows), as ids. */
const subjectIds = (names: readonly string[]): string[] => {
  if (names.length === 0) throw new DomainError('VALIDATION_ERROR', 'a matter has at least one subject', { field: 'subjects' });
  if (names.length > MATTER_LIMITS.subjects) throw new DomainError('VALIDATION_ERROR', `at most ${MATTER_LIMITS.subjects} subjects`, { field: 'subjects' });
  const catalog = subjectCatalog();
  return [...new Set(names.map((n, i) => {
    const s = catalog.resolve(n);
    if (!s) {
      const sug = suggestSubjects(n);
      throw new DomainError('UNKNOWN_SUBJECT', `no country, regional body or function named "${n}"${sug.length ? `; did you mean ${sug.map((x) => `"${x}"`).join(' or ')}?` : ''}`, { field: `subjects[${i}]`, value: n });
    }
    return s.id;
  }))];
};

/** A sender: a registry entity (`subject:Sweden`, `organization:mfa`, `person:<id>`) checked to exist, or free text. */
const senderOf = async (store: Store, input: RegisterInput['sender']): Promise<MatterSender> => {
  const { ref, name } = typeof input === 'string' ? { ref: undefined, name: input } : input;
  const shown = boundedText('sender', name);
  if (!ref) return { ref: null, name: shown };
  const [type, ...rest] = ref.split(':');
  const key = rest.join(':');
  if (type === 'subject') {
    const s = subjectCatalog().resolve(key);
    if (s) return { ref: `subject:${s.id}`, name: shown };
  } else if (type === 'organization') {
    return { ref: `organization:${(await resolveOrganization(store, key)).id}`, name: shown };
  } else if (type === 'person' && (await store.people.get(key))) {
    return { ref, name: shown };
  }
  throw new DomainError('NOT_FOUND', `no ${type ?? 'entity'} "${key}" in the registry (a sender is subject:…, organization:… or person:…, or free text)`, { field: 'sender.ref', value: ref });
};

/** Calendars by organization for one answer (a queue page, a report): read once each, not once per matter. */
export type CalendarCache = Map<string | null, Promise<WorkCalendar>>;

export const cachedCalendar = (store: Store, cache: CalendarCache, organizationId: string | null): Promise<WorkCalendar> => {
  let cal = cache.get(organizationId);
  if (!cal) cache.set(organizationId, (cal = deskCalendar(store, organizationId)));
  return cal;
};

/** Where a stored matter stands on `on` against its calendar. */
export const viewOf = async (store: Store, stored: StoredMatter, on: Day, calendars: CalendarCache = new Map()): Promise<MatterView> => {
  const { matter: m, dueDay: due } = stored;
  const cal = await cachedCalendar(store, calendars, m.organizationId);
  const until = m.repliedOn ?? on;
  return { matter: m, due: formatDay(due), deadline: deadlineState(cal, due, on, FINISHED.has(m.status)), workingDaysUsed: workingDaysBetween(cal, m.clockFrom, until), calendar: cal.id };
};

const dueOf = async (store: Store, m: Matter): Promise<Day> => dueDay(await deskCalendar(store, m.organizationId), m.clockFrom, m.targetDays);

/** What registration would route to, without saving anything (the form shows it before the clerk saves). */
export const previewRouting = async (store: Store, caller: DeskCaller, input: Pick<RegisterInput, 'organization' | 'subjects' | 'received'>): Promise<MatterRouting> => {
  requireMayDo(await deskActor(store, caller), 'register', null);
  const org = input.organization ? await resolveOrganization(store, input.organization) : undefined;
  return routeMatter(store, subjectIds(input.subjects), dayOfText(input.received, 'received'), org?.id ?? null);
};

/**
 * Registers a matter: checks and bounds every field, gives it the next reference of its organization and year, routes
 * it on the received date, and starts its clock (Day 1 is the day after receipt). One transaction.
 */
export const registerMatter = async (store: Store, caller: DeskCaller, input: RegisterInput): Promise<MatterView> => {
  const actor = await deskActor(store, caller);
  requireMayDo(actor, 'register', null);
  const kind = checkKind(input.kind);
  const classification = input.classification ?? 'restricted';
  if (!CLASSIFICATIONS.includes(classification)) throw new DomainError('VALIDATION_ERROR', `classification is one of ${CLASSIFICATIONS.join(', ')}`, { field: 'classification', value: classification });
  const received = dayOfText(input.received, 'received');
  if (received > dayOfInstant(caller.now)) throw new DomainError('VALIDATION_ERROR', 'a matter cannot be received after today', { field: 'received', value: input.received });
  const title = boundedText('title', input.title);
  const summary = input.summary === undefined ? null : boundedText('summary', input.summary, false) || null;
  if (input.language !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(input.language)) throw new DomainError('VALIDATION_ERROR', 'language is a language tag such as en or ko', { field: 'language', value: input.language });
  const subjects = subjectIds(input.subjects);
  const org = input.organization ? await resolveOrganization(store, input.organization) : undefined;
  const sender = await senderOf(store, input.sender);
  const routing = await routeMatter(store, subjects, received, org?.id ?? null);
  const settings = await deskSettings(store, org?.id ?? null);
  return store.transaction(async (tx) => {
    const year = partsFromDay(received).year;
    const prefix = referencePrefix(org?.name ?? null);
    const n = await tx.matters.nextNumber(prefix, year);
    const m: Matter = {
      id: randomUUID(), reference: matterReference(prefix, year, n), organizationId: org?.id ?? null, kind, sender, subjects, received,
      language: input.language ?? null, title, summary, classification, status: routing.leadUnitId ? 'assigned' : 'registered',
      leadUnitId: routing.leadUnitId, consultedUnitIds: routing.consultedUnitIds, triageCandidates: routing.triageCandidates, routing: routing.kept,
      clockFrom: received, targetDays: targetDays(settings, kind), transferTo: null, repliedOn: null, version: 1, createdAt: caller.now, updatedAt: caller.now,
    };
    const due = await dueOf(tx, m);
    await tx.matters.insert(m, due, true);
    const why = routing.leadUnitId ? 'routed on the received date' : `routing gave no one unit (${String(routing.kept[0]?.status)}): to triage`;
    await tx.matters.addChange({ matterId: m.id, version: 1, action: 'register', at: caller.now, userId: caller.user.id, reason: why, after: m }, dayOfInstant(caller.now), null, m.leadUnitId);
    return viewOf(tx, { matter: m, dueDay: due }, dayOfInstant(caller.now));
  });
};

const find = async (store: Store, ref: string): Promise<StoredMatter> => {
  const found = (await store.matters.get(ref)) ?? (await store.matters.byReference(ref.toUpperCase()));
  if (!found) throw new DomainError('NOT_FOUND', `no matter "${ref}"`, { field: 'matter', value: ref });
  return found;
};

/** A matter the caller may see, by id or reference; a matter they may not see is refused (403), not hidden. */
export const showMatter = async (store: Store, caller: DeskCaller, ref: string, on?: Day) => {
  const stored = await find(store, ref);
  requireMaySee(await deskActor(store, caller), stored.matter);
  const history = (await store.matters.changes(stored.matter.id)).map(({ after: _after, ...c }) => c);
  return { ...(await viewOf(store, stored, on ?? dayOfInstant(caller.now))), history };
};

interface Change {
  action: MatterAction;
  reason?: string | null;
  /** Required reason (assignments, transfers): say why. */
  needsReason?: boolean;
  apply(m: Matter, day: Day): Promise<Matter> | Matter;
  units?(before: Matter, after: Matter): [string | null, string | null];
}

/**
 * One change of a matter as one transaction: the caller may do it (their roles and units on the day), the matter is
 * at the version they read (If-Match), the status may follow, and the change is kept whole with who, when and why.
 */
const changeMatter = async (store: Store, caller: DeskCaller, ref: string, ifMatch: number | undefined, c: Change): Promise<MatterView> =>
  store.transaction(async (tx) => {
    const { matter: m } = await find(tx, ref);
    requireMayDo(await deskActor(tx, caller), c.action, m);
    if (ifMatch === undefined) throw new DomainError('PRECONDITION_REQUIRED', 'send If-Match with the version you read (the ETag)', { field: 'If-Match' });
    if (ifMatch !== m.version) throw new DomainError('PRECONDITION_FAILED', `matter ${m.reference} is at version ${m.version}, not ${ifMatch}: read it again`, { field: 'If-Match', value: ifMatch }, { current: m.version });
    const reason = c.reason ? boundedText('reason', c.reason) : null;
    if (c.needsReason && !reason) throw new DomainError('VALIDATION_ERROR', `${c.action} needs a reason`, { field: 'reason' });
    const day = dayOfInstant(caller.now);
    const next: Matter = { ...(await c.apply(m, day)), version: m.version + 1, updatedAt: caller.now };
    const due = await dueOf(tx, next);
    await tx.matters.update(next, due, !FINISHED.has(next.status));
    const [from, to] = c.units?.(m, next) ?? [null, null];
    await tx.matters.addChange({ matterId: m.id, version: next.version, action: c.action, at: caller.now, userId: caller.user.id, reason, after: next }, day, from, to);
    return viewOf(tx, { matter: next, dueDay: due }, day);
  });

const moveTo = (status: MatterStatus) => (m: Matter): Matter => {
  requireMove(m.status, status);
  return { ...m, status };
};

/** Assigns (from triage) or reassigns a matter to a unit, with a reason. */
export const assignMatter = async (store: Store, caller: DeskCaller, ref: string, unit: string, reason: string, ifMatch: number | undefined) => {
  const target = await resolveOrganization(store, unit);
  return changeMatter(store, caller, ref, ifMatch, {
    action: 'assign', reason, needsReason: true,
    apply: (m) => {
      if (FINISHED.has(m.status) || m.status === 'transferred') throw new DomainError('CONFLICT', `a ${m.status} matter is not assigned`, { field: 'status', value: m.status });
      return { ...m, status: m.status === 'registered' ? 'assigned' : m.status, leadUnitId: target.id, triageCandidates: [], consultedUnitIds: m.consultedUnitIds.filter((u) => u !== target.id) };
    },
    units: (before, after) => [before.leadUnitId, after.leadUnitId],
  });
};

/** Sends a matter to another unit; it waits there until that unit accepts (its clock then starts again). */
export const transferMatter = async (
  store: Store, caller: DeskCaller, ref: string, unit: string, reason: string, ifMatch: number | undefined, routing?: KeptRouting[],
) => {
  const target = await resolveOrganization(store, unit);
  return changeMatter(store, caller, ref, ifMatch, {
    action: 'transfer', reason, needsReason: true,
    apply: (m) => {
      if (m.leadUnitId === target.id) throw new DomainError('CONFLICT', 'the matter is already with that unit', { field: 'unit', value: unit });
      return { ...moveTo('transferred')(m), transferTo: target.id, ...(routing ? { routing } : {}) };
    },
    units: (before) => [before.leadUnitId, target.id],
  });
};

/** The receiving unit accepts a transfer: it leads from now, and Day 1 of its clock is the day after. */
export const acceptTransfer = (store: Store, caller: DeskCaller, ref: string, ifMatch: number | undefined, reason?: string) =>
  changeMatter(store, caller, ref, ifMatch, {
    action: 'accept', reason: reason ?? null,
    apply: (m, day) => ({ ...moveTo('assigned')(m), leadUnitId: m.transferTo, transferTo: null, clockFrom: day, consultedUnitIds: m.consultedUnitIds.filter((u) => u !== m.transferTo) }),
    units: (before, after) => [before.leadUnitId, after.leadUnitId],
  });

const STEPS: Record<'start' | 'holding-reply' | 'reply' | 'close' | 'reopen' | 'withdraw', MatterStatus> = {
  start: 'in-progress', 'holding-reply': 'holding-reply-sent', reply: 'replied', close: 'closed', reopen: 'reopened', withdraw: 'withdrawn',
};
export type MatterStep = keyof typeof STEPS;
export const MATTER_STEPS = Object.keys(STEPS) as MatterStep[];

/** A step of the workflow: start, holding reply, reply (the day counts for the report), close, reopen, withdraw. */
export const stepMatter = (store: Store, caller: DeskCaller, ref: string, step: MatterStep, ifMatch: number | undefined, reason?: string) =>
  changeMatter(store, caller, ref, ifMatch, {
    action: step, reason: reason ?? null, needsReason: step === 'reopen' || step === 'withdraw',
    apply: (m, day) => {
      const next = moveTo(STEPS[step])(m);
      if (step === 'reply') return { ...next, repliedOn: day };
      if (step === 'reopen') return { ...next, repliedOn: null };
      return next;
    },
  });
