import { randomUUID } from 'node:crypto';
import { DomainError } from '../../domain/errors.js';
import { type DeskActor, DESK_ROLES, type DeskRole } from '../../domain/matters/desk-permissions.js';
import type { WorkCalendar } from '../../domain/matters/working-days.js';
import { dayOfInstant, type Day } from '../../domain/time/day.js';
import { parsePartialDate } from '../../domain/time/partial-date.js';
import { subjectCatalog } from '../../domain/subjects/subject-catalog.js';
import type { DeskMembership, DeskSettings } from '../../storage/repositories/matter.repository.js';
import type { User } from '../../storage/repositories/user.repository.js';
import type { Store } from '../../storage/store.js';
import { resolveOrganization } from '../lookup.service.js';
import { descendants } from '../structure.service.js';
import { calendarOf, knownCalendar } from './calendar.service.js';

/** Who acts on the desk and when: the account and the caller's clock (an ISO instant; its day decides memberships). */
export interface DeskCaller {
  user: User;
  now: string;
}

export const DEFAULT_TARGET_DAYS = 20;
export const GOVERNMENT = '*';

/** An account's desk on the day of `now`: its roles, its units, the units it supervises; an admin account is a desk admin. */
export const deskActor = async (store: Store, caller: DeskCaller): Promise<DeskActor> => {
  const day = dayOfInstant(caller.now);
  const memberships = await store.matters.membershipsOn(caller.user.id, day);
  const roles = new Set<DeskRole>(memberships.map((m) => m.role));
  if (caller.user.role === 'admin') roles.add('admin');
  const memberOf = new Set(memberships.flatMap((m) => (m.unitId ? [m.unitId] : [])));
  const supervises = new Set<string>();
  for (const m of memberships) if (m.role === 'supervisor' && m.unitId) for (const id of await descendants(store, m.unitId)) supervises.add(id);
  return { userId: caller.user.id, name: caller.user.name, roles, memberOf, supervises };
};

const dayOf = (text: string, field: string): Day => {
  const d = parsePartialDate(text, { field });
  if (d.earliest !== d.latest) throw new DomainError('INVALID_DATE', `${field} is a day (YYYY-MM-DD)`, { field, value: text });
  return d.earliest;
};

/** Gives an account a desk role, in a unit or none (clerks, auditors), from a day on (admins only). */
export const addMembership = async (
  store: Store, caller: DeskCaller, input: { user: string; role: string; unit?: string; from: string; to?: string },
): Promise<DeskMembership> => {
  if (caller.user.role !== 'admin') throw new DomainError('FORBIDDEN', 'desk memberships are given by admins', { field: 'authorization' });
  if (!DESK_ROLES.includes(input.role as DeskRole)) throw new DomainError('INVALID_ARGUMENT', `role is one of ${DESK_ROLES.join(', ')}`, { field: 'role', value: input.role });
  const user = await store.users.byName(input.user);
  if (!user) throw new DomainError('NOT_FOUND', `no user named "${input.user}"`, { field: 'user', value: input.user });
  const role = input.role as DeskRole;
  if ((role === 'desk-officer' || role === 'supervisor') && !input.unit) throw new DomainError('VALIDATION_ERROR', `a ${role} belongs to a unit`, { field: 'unit' });
  const unitId = input.unit ? (await resolveOrganization(store, input.unit)).id : null;
  const fromDay = dayOf(input.from, 'from');
  const toDay = input.to ? dayOf(input.to, 'to') : null;
  if (toDay !== null && toDay <= fromDay) throw new DomainError('CONSTRAINT_VIOLATION', 'the end is not after the start', { field: 'to', value: input.to });
  const m: DeskMembership = { id: randomUUID(), userId: user.id, unitId, role, fromDay, toDay, createdAt: caller.now };
  await store.matters.addMembership(m);
  return m;
};

/** An organization's desk settings (`*`: the government as a whole), with the defaults where none are set. */
export const deskSettings = async (store: Store, organizationId: string | null): Promise<DeskSettings> =>
  (await store.matters.settings(organizationId ?? GOVERNMENT)) ?? { organizationId: organizationId ?? GOVERNMENT, calendar: null, targets: {}, onReorganization: 'transfer' };

export const putDeskSettings = async (store: Store, caller: DeskCaller, settings: DeskSettings): Promise<void> => {
  if (caller.user.role !== 'admin') throw new DomainError('FORBIDDEN', 'desk settings are set by admins', { field: 'authorization' });
  if (settings.calendar !== null && !knownCalendar(settings.calendar)) calendarOf(settings.calendar);
  for (const [kind, n] of Object.entries(settings.targets)) {
    if (!Number.isInteger(n) || n < 1 || n > 365) throw new DomainError('VALIDATION_ERROR', 'a target is 1 to 365 working days', { field: `targets.${kind}`, value: n });
  }
  await store.matters.putSettings(settings);
};

/** The target in working days for a kind: the organization's for the kind, its default (`*`), or 20. */
export const targetDays = (settings: DeskSettings, kind: string): number => settings.targets[kind] ?? settings.targets['*'] ?? DEFAULT_TARGET_DAYS;

/**
 * An organization's calendar: the one its settings name, else its jurisdiction's country when the subject catalog
 * reads one in it ("North Korea", "Government of Sweden"), else weekends only.
 */
export const deskCalendar = async (store: Store, organizationId: string | null, settings?: DeskSettings): Promise<WorkCalendar> => {
  const s = settings ?? (await deskSettings(store, organizationId));
  if (s.calendar) return calendarOf(s.calendar);
  const org = organizationId ? await store.organizations.get(organizationId) : undefined;
  const jurisdiction = org?.jurisdiction?.replace(/^(the\s+)?government\s+of\s+(the\s+)?/i, '').trim();
  const country = jurisdiction ? subjectCatalog().resolve(jurisdiction) : undefined;
  return country?.kind === 'country' && country.code && knownCalendar(country.code) ? calendarOf(country.code) : calendarOf('weekends');
};
