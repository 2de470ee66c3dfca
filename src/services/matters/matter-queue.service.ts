import { DomainError } from '../../domain/errors.js';
import { hasDeskRole, maySee } from '../../domain/matters/desk-permissions.js';
import type { MatterStatus } from '../../domain/matters/matter.js';
import { dayOfInstant, type Day } from '../../domain/time/day.js';
import type { Store } from '../../storage/store.js';
import { resolveOrganization } from '../lookup.service.js';
import { type DeskCaller, deskActor } from './desk.service.js';
import { type CalendarCache, type MatterView, viewOf } from './matter.service.js';

export interface QueueQuery {
  /** A unit's queue (its id or name); by default the caller's units, or every matter for those who read all. */
  unit?: string;
  /** The triage queue: matters no unit leads yet. */
  triage?: boolean;
  /** Include replied, closed and withdrawn matters. */
  all?: boolean;
  status?: MatterStatus;
  /** The cursor a previous page returned. */
  after?: string;
  limit?: number;
  /** The day deadlines are judged on (default: today). */
  on?: Day;
}

export interface QueuePage {
  matters: MatterView[];
  /** Pass as `after` for the next page; null at the end. */
  next: string | null;
}

const cursorOf = (dueDay: number, id: string): string => `${dueDay}.${id}`;
const parseCursor = (c: string): { dueDay: number; id: string } => {
  const m = /^(-?\d+)\.([\w-]+)$/.exec(c);
  if (!m) throw new DomainError('VALIDATION_ERROR', 'after is a cursor a previous page gave', { field: 'after', value: c });
  return { dueDay: Number(m[1]), id: m[2]! };
};

/**
 * A queue, a page at a time, by due day (the most overdue first): an index read. Only the matters the caller may see
 * are returned; a page may then hold fewer than `limit`, and `next` still goes on.
 */
export const listMatters = async (store: Store, caller: DeskCaller, q: QueueQuery): Promise<QueuePage> => {
  const actor = await deskActor(store, caller);
  if (!hasDeskRole(actor)) throw new DomainError('FORBIDDEN', `${actor.name} has no desk role`, { field: 'authorization' });
  const limit = Math.min(Math.max(q.limit ?? 50, 1), 500);
  const readsAll = actor.roles.has('admin') || actor.roles.has('auditor') || actor.roles.has('clerk');
  const units = q.unit ? [(await resolveOrganization(store, q.unit)).id] : q.triage || readsAll ? undefined : [...new Set([...actor.memberOf, ...actor.supervises])];
  const rows = await store.matters.list({
    ...(units ? { units } : {}), ...(q.triage ? { triage: true } : {}), openOnly: !q.all, ...(q.status ? { status: q.status } : {}),
    ...(q.after ? { after: parseCursor(q.after) } : {}), limit,
  });
  const on = q.on ?? dayOfInstant(caller.now);
  const matters: MatterView[] = [];
  const calendars: CalendarCache = new Map();
  for (const r of rows) if (maySee(actor, r.matter)) matters.push(await viewOf(store, r, on, calendars));
  const last = rows[rows.length - 1];
  return { matters, next: rows.length === limit && last ? cursorOf(last.dueDay, last.matter.id) : null };
};
