import { cellOf, csvLine } from '../../dataset/csv-columns.js';
import { DomainError } from '../../domain/errors.js';
import type { DeskActor } from '../../domain/matters/desk-permissions.js';
import { FINISHED } from '../../domain/matters/matter.js';
import { workingDaysBetween } from '../../domain/matters/working-days.js';
import { type Day, formatDay } from '../../domain/time/day.js';
import type { Store } from '../../storage/store.js';
import { resolveOrganization } from '../lookup.service.js';
import { descendants } from '../structure.service.js';
import { type DeskCaller, deskActor } from './desk.service.js';
import { cachedCalendar, type CalendarCache } from './matter.service.js';

/** One unit's figures over a period, like the published correspondence reports. */
export interface UnitReport {
  unit: { id: string; name: string };
  received: number;
  replied: number;
  repliedWithinTarget: number;
  /** Share of replies within target, 0–1; null with no reply. */
  shareWithinTarget: number | null;
  /** Median working days from the clock's start to the reply; null with no reply. */
  medianWorkingDays: number | null;
  /** Open matters past their due day on `on`. */
  overdue: number;
  transferredIn: number;
  transferredOut: number;
}

export interface MatterReport {
  from: string;
  to: string;
  on: string;
  units: UnitReport[];
}

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The units a caller may report on: their own and those they supervise; auditors and admins any. */
const reportable = (a: DeskActor, unitId: string): boolean =>
  a.roles.has('admin') || a.roles.has('auditor') || a.memberOf.has(unitId) || (a.roles.has('supervisor') && a.supervises.has(unitId));

/**
 * Per unit over [from, to]: matters received and replied, the share replied within target, the median working days
 * to reply, those overdue on `on`, and transfers in and out. `scope`: a unit, or an organization and its units; by
 * default the caller's own units.
 */
export const matterReport = async (store: Store, caller: DeskCaller, q: { scope?: string; from: Day; to: Day; on: Day }): Promise<MatterReport> => {
  if (q.to < q.from) throw new DomainError('VALIDATION_ERROR', 'the period ends before it starts', { field: 'to', value: formatDay(q.to) });
  const actor = await deskActor(store, caller);
  const ids = q.scope ? await descendants(store, (await resolveOrganization(store, q.scope)).id) : [...new Set([...actor.memberOf, ...actor.supervises])];
  const refused = ids.find((id) => !reportable(actor, id));
  if (refused || actor.roles.size === 0) throw new DomainError('FORBIDDEN', `${actor.name} may not report on ${refused ?? 'matters'}`, { field: 'authorization' });
  const { matters, transfers } = await store.matters.forReport(ids, q.from, q.to);
  const units = await store.organizations.getMany(ids);
  const out: UnitReport[] = [];
  const calendars: CalendarCache = new Map();
  for (const unit of units) {
    const mine = matters.filter((m) => m.matter.leadUnitId === unit.id);
    const replied = mine.filter((m) => m.matter.repliedOn !== null && m.matter.repliedOn >= q.from && m.matter.repliedOn <= q.to);
    const days: number[] = [];
    for (const r of replied) days.push(workingDaysBetween(await cachedCalendar(store, calendars, r.matter.organizationId), r.matter.clockFrom, r.matter.repliedOn!));
    const within = replied.filter((m) => m.matter.repliedOn! <= m.dueDay).length;
    const row: UnitReport = {
      unit: { id: unit.id, name: unit.name },
      received: mine.filter((m) => m.matter.received >= q.from && m.matter.received <= q.to).length,
      replied: replied.length, repliedWithinTarget: within, shareWithinTarget: replied.length ? within / replied.length : null,
      medianWorkingDays: median(days),
      overdue: mine.filter((m) => !FINISHED.has(m.matter.status) && m.dueDay < q.on).length,
      transferredIn: transfers.filter((t) => t.to === unit.id).length,
      transferredOut: transfers.filter((t) => t.from === unit.id).length,
    };
    if (Object.values(row).some((v) => typeof v === 'number' && v > 0)) out.push(row);
  }
  out.sort((a, b) => a.unit.name.localeCompare(b.unit.name));
  return { from: formatDay(q.from), to: formatDay(q.to), on: formatDay(q.on), units: out };
};

export const REPORT_COLUMNS = ['unit', 'received', 'replied', 'repliedWithinTarget', 'shareWithinTarget', 'medianWorkingDays', 'overdue', 'transferredIn', 'transferredOut'] as const;

/** The report as CSV rows (a header, one row per unit). */
export const reportCsv = (r: MatterReport): string => {
  return csvLine(REPORT_COLUMNS) + r.units.map((u) => csvLine(REPORT_COLUMNS.map((c) => cellOf(c === 'unit' ? u.unit.name : u[c])))).join('');
};
