import { sql } from 'kysely';
import { DomainError } from '../../domain/errors.js';
import type { DeskRole } from '../../domain/matters/desk-permissions.js';
import type { Classification, KeptRouting, Matter, MatterAction, MatterChange, MatterStatus } from '../../domain/matters/matter.js';
import type { Db } from '../database.js';
import type { DeskMembershipRow, MatterChangeRow, MatterRow } from '../tables.js';

const toMatter = (r: MatterRow): Matter => ({
  id: r.id, reference: r.reference, organizationId: r.organization_id, kind: r.kind,
  sender: { ref: r.sender_ref, name: r.sender_name }, subjects: JSON.parse(r.subjects) as string[], received: Number(r.received),
  language: r.language, title: r.title, summary: r.summary, classification: r.classification as Classification, status: r.status as MatterStatus,
  leadUnitId: r.lead_unit_id, consultedUnitIds: JSON.parse(r.consulted) as string[], triageCandidates: JSON.parse(r.triage) as string[],
  routing: JSON.parse(r.routing) as KeptRouting[], clockFrom: Number(r.clock_from), targetDays: Number(r.target_days), transferTo: r.transfer_to,
  repliedOn: r.replied_on === null ? null : Number(r.replied_on), version: Number(r.version), createdAt: r.created_at, updatedAt: r.updated_at,
});

/** A matter as a row, with what the desk computes and indexes: its due day and whether it is still worked. */
const toRow = (m: Matter, dueDay: number, open: boolean): MatterRow => ({
  id: m.id, reference: m.reference, organization_id: m.organizationId, kind: m.kind, sender_ref: m.sender.ref, sender_name: m.sender.name,
  subjects: JSON.stringify(m.subjects), received: m.received, language: m.language, title: m.title, summary: m.summary,
  classification: m.classification, status: m.status, lead_unit_id: m.leadUnitId, consulted: JSON.stringify(m.consultedUnitIds),
  triage: JSON.stringify(m.triageCandidates), routing: JSON.stringify(m.routing), clock_from: m.clockFrom, target_days: m.targetDays,
  due_day: dueDay, transfer_to: m.transferTo, replied_on: m.repliedOn, open: open ? 1 : 0, version: m.version, created_at: m.createdAt, updated_at: m.updatedAt,
});

export interface StoredMatter {
  matter: Matter;
  dueDay: number;
}

export interface MatterQuery {
  /** Matters led by, or waiting to be accepted by, these units. */
  units?: readonly string[];
  /** Only matters with no lead unit (the triage queue). */
  triage?: boolean;
  openOnly?: boolean;
  status?: MatterStatus;
  /** Page after this (due day, id), in the queue's order. */
  after?: { dueDay: number; id: string };
  limit: number;
}

export interface DeskMembership {
  id: string;
  userId: string;
  unitId: string | null;
  role: DeskRole;
  fromDay: number;
  toDay: number | null;
  createdAt: string;
}

export interface DeskSettings {
  organizationId: string;
  calendar: string | null;
  targets: Record<string, number>;
  onReorganization: 'transfer' | 'propose';
}

/** Matters, their changes, desk memberships and desk settings. */
export class MatterRepository {
  constructor(private readonly db: Db) {}

  /** The next number of an organization's references in a year (counted in the `counters` table, one row per prefix and year). */
  async nextNumber(prefix: string, year: number): Promise<number> {
    const name = `matter:${prefix}:${year}`;
    const r = await this.db.insertInto('counters').values({ name, value: 1 })
      .onConflict((oc) => oc.column('name').doUpdateSet({ value: sql<number>`counters.value + 1` }))
      .returning('value').executeTakeFirstOrThrow();
    return Number(r.value);
  }

  async insert(m: Matter, dueDay: number, open: boolean): Promise<void> {
    await this.db.insertInto('matters').values(toRow(m, dueDay, open)).execute();
  }

  /** Writes `m` over the stored matter if that is still at `expected` (by default `m.version - 1`); refused otherwise (someone wrote between). */
  async update(m: Matter, dueDay: number, open: boolean, expected = m.version - 1): Promise<void> {
    const { id: _id, ...row } = toRow(m, dueDay, open);
    const r = await this.db.updateTable('matters').set(row).where('id', '=', m.id).where('version', '=', expected).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new DomainError('PRECONDITION_FAILED', `matter ${m.reference} changed while this change was made: read it again`, { field: 'If-Match' });
  }

  async get(id: string): Promise<StoredMatter | undefined> {
    const r = await this.db.selectFrom('matters').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? { matter: toMatter(r), dueDay: Number(r.due_day) } : undefined;
  }

  async byReference(reference: string): Promise<StoredMatter | undefined> {
    const r = await this.db.selectFrom('matters').selectAll().where('reference', '=', reference).executeTakeFirst();
    return r ? { matter: toMatter(r), dueDay: Number(r.due_day) } : undefined;
  }

  async count(): Promise<number> {
    const r = await this.db.selectFrom('matters').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** A page of a queue, by due day then id (the most overdue first). */
  async list(q: MatterQuery): Promise<StoredMatter[]> {
    let s = this.db.selectFrom('matters').selectAll();
    if (q.units) {
      const units = [...q.units];
      if (units.length === 0) return [];
      s = s.where((eb) => eb.or([eb('lead_unit_id', 'in', units), eb('transfer_to', 'in', units)]));
    }
    if (q.triage) s = s.where('lead_unit_id', 'is', null);
    if (q.openOnly) s = s.where('open', '=', 1);
    if (q.status) s = s.where('status', '=', q.status);
    if (q.after) {
      const { dueDay, id } = q.after;
      s = s.where((eb) => eb.or([eb('due_day', '>', dueDay), eb.and([eb('due_day', '=', dueDay), eb('id', '>', id)])]));
    }
    const rows = await s.orderBy('due_day').orderBy('id').limit(q.limit).execute();
    return rows.map((r) => ({ matter: toMatter(r), dueDay: Number(r.due_day) }));
  }

  /** Every matter, a page at a time by id (export). */
  async page(afterId: string, limit: number): Promise<StoredMatter[]> {
    const rows = await this.db.selectFrom('matters').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
    return rows.map((r) => ({ matter: toMatter(r), dueDay: Number(r.due_day) }));
  }

  /** Raises a reference counter to at least `n` (an imported reference is never given again). */
  async counterAtLeast(prefix: string, year: number, n: number): Promise<void> {
    const name = `matter:${prefix}:${year}`;
    await this.db.insertInto('counters').values({ name, value: n })
      .onConflict((oc) => oc.column('name').doUpdateSet({ value: sql<number>`case when counters.value < ${n} then ${n} else counters.value end` })).execute();
  }

  /** Open matters with a lead unit, a page at a time by id: what a reorganization may move. */
  async openLed(afterId: string, limit: number): Promise<StoredMatter[]> {
    const rows = await this.db.selectFrom('matters').selectAll().where('open', '=', 1).where('lead_unit_id', 'is not', null)
      .where('transfer_to', 'is', null).where('id', '>', afterId).orderBy('id').limit(limit).execute();
    return rows.map((r) => ({ matter: toMatter(r), dueDay: Number(r.due_day) }));
  }

  /** What a report over [from, to] reads, for these units: matters received or replied in it, open ones, and transfers in it. */
  async forReport(units: readonly string[], from: number, to: number): Promise<{ matters: StoredMatter[]; transfers: { from: string | null; to: string | null; day: number }[] }> {
    const ids = [...units];
    if (ids.length === 0) return { matters: [], transfers: [] };
    const rows = await this.db.selectFrom('matters').selectAll().where('lead_unit_id', 'in', ids)
      .where((eb) => eb.or([eb.between('received', from, to), eb.between('replied_on', from, to), eb('open', '=', 1)])).execute();
    const transfers = await this.db.selectFrom('matter_changes').select(['unit_from', 'unit_to', 'day']).where('action', '=', 'transfer')
      .where('day', '>=', from).where('day', '<=', to).where((eb) => eb.or([eb('unit_from', 'in', ids), eb('unit_to', 'in', ids)])).execute();
    return { matters: rows.map((r) => ({ matter: toMatter(r), dueDay: Number(r.due_day) })), transfers: transfers.map((t) => ({ from: t.unit_from, to: t.unit_to, day: Number(t.day) })) };
  }

  async addChange(c: MatterChange, day: number, unitFrom: string | null, unitTo: string | null): Promise<void> {
    const row: MatterChangeRow = {
      matter_id: c.matterId, version: c.version, action: c.action, at: c.at, day, user_id: c.userId, reason: c.reason,
      unit_from: unitFrom, unit_to: unitTo, after: JSON.stringify(c.after),
    };
    await this.db.insertInto('matter_changes').values(row).execute();
  }

  async changes(matterId: string): Promise<(MatterChange & { userName: string | null })[]> {
    const rows = await this.db.selectFrom('matter_changes').leftJoin('users', 'users.id', 'matter_changes.user_id')
      .select(['matter_changes.matter_id', 'matter_changes.version', 'matter_changes.action', 'matter_changes.at', 'matter_changes.user_id',
        'matter_changes.reason', 'matter_changes.after', 'users.name'])
      .where('matter_changes.matter_id', '=', matterId).orderBy('matter_changes.version').execute();
    return rows.map((r) => ({
      matterId: r.matter_id, version: Number(r.version), action: r.action as MatterAction, at: r.at, userId: r.user_id, reason: r.reason,
      after: JSON.parse(r.after) as Matter, userName: r.name ?? null,
    }));
  }

  async addMembership(m: DeskMembership): Promise<void> {
    const row: DeskMembershipRow = { id: m.id, user_id: m.userId, unit_id: m.unitId, role: m.role, from_day: m.fromDay, to_day: m.toDay, created_at: m.createdAt };
    await this.db.insertInto('desk_memberships').values(row).execute();
  }

  async endMembership(id: string, toDay: number): Promise<void> {
    await this.db.updateTable('desk_memberships').set({ to_day: toDay }).where('id', '=', id).execute();
  }

  /** An account's memberships held on `day` (from ≤ day < to). */
  async membershipsOn(userId: string, day: number): Promise<DeskMembership[]> {
    const rows = await this.db.selectFrom('desk_memberships').selectAll().where('user_id', '=', userId).where('from_day', '<=', day)
      .where((eb) => eb.or([eb('to_day', 'is', null), eb('to_day', '>', day)])).orderBy('from_day').execute();
    return rows.map((r) => ({ id: r.id, userId: r.user_id, unitId: r.unit_id, role: r.role as DeskRole, fromDay: Number(r.from_day), toDay: r.to_day === null ? null : Number(r.to_day), createdAt: r.created_at }));
  }

  async settings(organizationId: string): Promise<DeskSettings | undefined> {
    const r = await this.db.selectFrom('desk_settings').selectAll().where('organization_id', '=', organizationId).executeTakeFirst();
    return r ? { organizationId: r.organization_id, calendar: r.calendar, targets: JSON.parse(r.targets) as Record<string, number>, onReorganization: r.on_reorganization as DeskSettings['onReorganization'] } : undefined;
  }

  async putSettings(s: DeskSettings): Promise<void> {
    const row = { organization_id: s.organizationId, calendar: s.calendar, targets: JSON.stringify(s.targets), on_reorganization: s.onReorganization };
    await this.db.insertInto('desk_settings').values(row)
      .onConflict((oc) => oc.column('organization_id').doUpdateSet({ calendar: row.calendar, targets: row.targets, on_reorganization: row.on_reorganization })).execute();
  }
}
