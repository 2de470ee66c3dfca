import { DomainError } from '../errors.js';
import type { Matter, MatterAction } from './matter.js';

export const DESK_ROLES = ['clerk', 'desk-officer', 'supervisor', 'auditor', 'admin'] as const;
export type DeskRole = (typeof DESK_ROLES)[number];

/**
 * Who acts on the desk, on a day: the roles their memberships give them then, the units they are members of, and
 * the units they supervise (their own and every unit under them on that day).
 */
export interface DeskActor {
  userId: string;
  name: string;
  roles: ReadonlySet<DeskRole>;
  memberOf: ReadonlySet<string>;
  supervises: ReadonlySet<string>;
}

/** The units a matter involves: its lead, the unit a transfer waits on, its consulted units, and triage's candidates. */
const involved = (m: Matter): string[] => [...(m.leadUnitId ? [m.leadUnitId] : []), ...(m.transferTo ? [m.transferTo] : []), ...m.consultedUnitIds];

const anyIn = (units: readonly string[], set: ReadonlySet<string>): boolean => units.some((u) => set.has(u));

export const hasDeskRole = (a: DeskActor): boolean => a.roles.size > 0;

/**
 * Whether `a` may see `m`. Auditors and admins read everything. Public matters are seen by every desk account;
 * restricted ones by the units involved, their supervisors and clerks (who register and triage); confidential ones
 * only by the members of the units involved and their supervisors.
 */
export const maySee = (a: DeskActor, m: Matter): boolean => {
  if (a.roles.has('admin') || a.roles.has('auditor')) return true;
  const units = involved(m);
  const mine = anyIn(units, a.memberOf) || (a.roles.has('supervisor') && anyIn(units, a.supervises));
  if (m.classification === 'confidential') return mine;
  if (m.classification === 'restricted') return mine || a.roles.has('clerk') || (m.leadUnitId === null && anyIn(m.triageCandidates, a.memberOf));
  return hasDeskRole(a);
};

/** Whether `a` works `unit`'s matters: a desk officer or supervisor who is its member, or a supervisor of a unit above it. */
const works = (a: DeskActor, unit: string | null): boolean =>
  unit !== null && (((a.roles.has('desk-officer') || a.roles.has('supervisor')) && a.memberOf.has(unit)) || (a.roles.has('supervisor') && a.supervises.has(unit)));

/**
 * Whether `a` may do `action` to `m` (seeing it is a condition of doing anything). Clerks register and triage (assign
 * a matter with no lead unit); the lead unit's desk officers work it; supervisors do that for the units under them
 * and also reassign and withdraw; the receiving unit accepts a transfer; auditors write nothing; admins do all.
 */
export const mayDo = (a: DeskActor, action: MatterAction, m: Matter | null): boolean => {
  if (a.roles.has('admin')) return true;
  if (action === 'register') return a.roles.has('clerk') || a.roles.has('supervisor');
  if (!m || !maySee(a, m)) return false;
  switch (action) {
    case 'assign':
      return (m.leadUnitId === null && a.roles.has('clerk')) || (a.roles.has('supervisor') && (m.leadUnitId === null || a.supervises.has(m.leadUnitId)));
    case 'accept':
      return works(a, m.transferTo);
    case 'withdraw':
      return a.roles.has('supervisor') && (m.leadUnitId === null || a.supervises.has(m.leadUnitId));
    default:
      return works(a, m.leadUnitId);
  }
};

/** Throws FORBIDDEN unless `a` may do `action`; a matter one may not see is refused the same way, naming nothing of it. */
export const requireMayDo = (a: DeskActor, action: MatterAction, m: Matter | null): void => {
  if (!mayDo(a, action, m)) {
    const roles = [...a.roles].join(', ') || 'no desk role';
    throw new DomainError('FORBIDDEN', `${a.name} (${roles}) may not ${action} ${m ? `matter ${m.reference}` : 'matters'}`, { field: 'authorization' });
  }
};

export const requireMaySee = (a: DeskActor, m: Matter): void => {
  if (!maySee(a, m)) throw new DomainError('FORBIDDEN', `${a.name} may not see this matter`, { field: 'authorization' });
};
