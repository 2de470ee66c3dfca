import type {
  Appointment, Claim, NameVariant, Organization, Person, Post, Relation, RelationType, Responsibility, ResponsibilityRole, Source, StructuralEvent, Subject,
} from '../../domain/model.js';
import type { Day } from '../../domain/time/day.js';
import type { Db } from '../database.js';
import type { HistoryRecorder } from '../history.js';
import * as m from '../mappers.js';
import type { AppointmentRow, ClaimRow, EventRow, NameRow, OrganizationRow, PersonRow, PostRow, RelationRow, ResponsibilityRow, SourceRow, SubjectRow } from '../tables.js';
import { compileTemplate, type QueryTemplate } from './query-template.js';
import { TableRepository, type WriteOutcome } from './table.repository.js';

export class SourceRepository extends TableRepository<Source, SourceRow> {
  constructor(db: Db, history: HistoryRecorder) {
    super(db, history, 'sources', m.sourceToRow, m.rowToSource);
  }
}

export class ClaimRepository extends TableRepository<Claim, ClaimRow> {
  constructor(db: Db, history: HistoryRecorder) {
    super(db, history, 'claims', m.claimToRow, m.rowToClaim);
  }
  async forEntity(entityType: string, entityId: string): Promise<Claim[]> {
    return this.map(await this.db.selectFrom('claims').selectAll().where('entity_type', '=', entityType).where('entity_id', '=', entityId).orderBy('id').execute());
  }
  async byField(field: string): Promise<Claim[]> {
    return this.map(await this.db.selectFrom('claims').selectAll().where('field', '=', field).orderBy('id').execute());
  }
  async forEntities(entityType: string, entityIds: readonly string[]): Promise<Claim[]> {
    if (entityIds.length === 0) return [];
    return this.map(await this.db.selectFrom('claims').selectAll().where('entity_type', '=', entityType).where('entity_id', 'in', [...entityIds]).orderBy('id').execute());
  }
}

export class OrganizationRepository extends TableRepository<Organization, OrganizationRow> {
  constructor(db: Db, history: HistoryRecorder) {
    super(db, history, 'organizations', m.organizationToRow, m.rowToOrganization);
  }
  /** Units: organizations that are `unit-of` another, with that link; with `validOn`, links that may hold that day. */
  async unitsPage(limit: number, offset: number, validOn?: { from: number; to: number }): Promise<{ items: { unit: Organization; parentId: string; linkId: string }[]; more: boolean }> {
    let q = this.db.selectFrom('relations').innerJoin('organizations', 'organizations.id', 'relations.from_id').selectAll('organizations').select(['relations.to_id as parent_id', 'relations.id as link_id']).where('relations.type', '=', 'unit-of');
    if (validOn) {
      q = q
        .where((eb) => eb.or([eb('relations.start_min', 'is', null), eb('relations.start_min', '<=', validOn.to)]))
        .where((eb) => eb.or([eb('relations.end_kind', '!=', 'date'), eb('relations.end_max', '>', validOn.from)]));
    }
    const rows = await q.orderBy('relations.id').limit(limit + 1).offset(offset).execute();
    return { items: rows.slice(0, limit).map((r) => ({ unit: m.rowToOrganization(r), parentId: r.parent_id, linkId: r.link_id })), more: rows.length > limit };
  }
  /** Kind `other` is what an importer writes when its source does not say what a body is: a later source may. */
  protected override isUnknown(column: string, value: unknown): boolean {
    return super.isUnknown(column, value) || (column === 'kind' && value === 'other');
  }
}

export class RelationRepository extends TableRepository<Relation, RelationRow> {
  constructor(db: Db, history: HistoryRecorder) {
    super(db, history, 'relations', m.relationToRow, m.rowToRelation);
  }
  /** Relations pointing at `toId` (its units, agencies, institutes), of the given types. */
  async to(toId: string, types?: readonly RelationType[]): Promise<Relation[]> {
    let q = this.db.selectFrom('relations').selectAll().where('to_id', '=', toId);
    if (types) q = q.where('type', 'in', [...types]);
    return this.map(await q.orderBy('id').execute());
  }
  async from(fromId: string, types?: readonly RelationType[]): Promise<Relation[]> {
    let q = this.db.selectFrom('relations').selectAll().where('from_id', '=', fromId);
    if (types) q = q.where('type', 'in', [...types]);
    return this.map(await q.orderBy('id').execute());
  }
}

export class PostRepository extends TableRepository<Post, PostRow> {
  constructor(db: Db, history: HistoryRecorder) {
    super(db, history, 'posts', m.postToRow, m.rowToPost);
  }
  async forOrganizations(organizationIds: readonly string[]): Promise<Post[]> {
    if (organizationIds.length === 0) return [];
    return this.map(await this.db.selectFrom('posts').selectAll().where('organization_id', 'in', [...organizationIds]).orderBy('rank').orderBy('id').execute());
  }
}

export interface PersonMerge {
  id: string;
  keptId: string;
  mergedId: string;
  sourceId: string;
  recordedAt: string;
  moved: { appointments: string[]; names: string[]; claims: string[] };
}

export class PersonRepository extends TableRepository<Person, PersonRow> {
  constructor(db: Db, history: HistoryRecorder) {
    super(db, history, 'people', m.personToRow, m.rowToPerson);
  }

  /** Moves everything said of `fromId` to `toId` and marks `fromId` merged; returns the ids it moved. */
  async reassign(fromId: string, toId: string): Promise<PersonMerge['moved']> {
    const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id);
    const moved = {
      appointments: idsOf(await this.db.selectFrom('appointments').select('id').where('person_id', '=', fromId).execute()),
      names: idsOf(await this.db.selectFrom('names').select('id').where('entity_type', '=', 'person').where('entity_id', '=', fromId).execute()),
      claims: idsOf(await this.db.selectFrom('claims').select('id').where('entity_type', '=', 'person').where('entity_id', '=', fromId).execute()),
    };
    await this.move(moved, toId);
    await this.db.updateTable('people').set({ merged_into: toId }).where('id', '=', fromId).execute();
    await this.history.recordIds('people', [fromId]);
    return moved;
  }

  private async move(moved: PersonMerge['moved'], toId: string): Promise<void> {
    if (moved.appointments.length) await this.db.updateTable('appointments').set({ person_id: toId }).where('id', 'in', moved.appointments).execute();
    if (moved.names.length) await this.db.updateTable('names').set({ entity_id: toId }).where('id', 'in', moved.names).execute();
    if (moved.claims.length) await this.db.updateTable('claims').set({ entity_id: toId }).where('id', 'in', moved.claims).execute();
    await this.history.recordIds('appointments', moved.appointments);
    await this.history.recordIds('names', moved.names);
    await this.history.recordIds('claims', moved.claims);
  }

  async recordMerge(r: PersonMerge): Promise<void> {
    const row = { id: r.id, kept_id: r.keptId, merged_id: r.mergedId, source_id: r.sourceId, recorded_at: r.recordedAt, undone_at: null, moved: JSON.stringify(r.moved) };
    await this.db.insertInto('person_merges').values(row).execute();
    await this.history.record('person_merges', [row], 'insert');
  }

  async openMergeOf(mergedId: string): Promise<PersonMerge | undefined> {
    const row = await this.db.selectFrom('person_merges').selectAll().where('merged_id', '=', mergedId).where('undone_at', 'is', null).executeTakeFirst();
    return row ? { id: row.id, keptId: row.kept_id, mergedId: row.merged_id, sourceId: row.source_id, recordedAt: row.recorded_at, moved: JSON.parse(row.moved) as PersonMerge['moved'] } : undefined;
  }

  /** Moves back exactly what the merge moved; the merge stays on record, marked undone. */
  async undoMerge(r: PersonMerge, undoneAt: string): Promise<void> {
    await this.move(r.moved, r.mergedId);
    await this.db.updateTable('people').set({ merged_into: null }).where('id', '=', r.mergedId).execute();
    await this.db.updateTable('person_merges').set({ undone_at: undoneAt }).where('id', '=', r.id).execute();
    await this.history.recordIds('people', [r.mergedId]);
    await this.history.recordIds('person_merges', [r.id]);
  }
}

export class NameRepository extends TableRepository<NameVariant, NameRow> {
  constructor(db: Db, history: HistoryRecorder) {
    super(db, history, 'names', m.nameToRow, m.rowToName);
  }
  async byKey(key: string, entityType?: NameVariant['entityType']): Promise<NameVariant[]> {
    let q = this.db.selectFrom('names').selectAll().where('key', '=', key);
    if (entityType) q = q.where('entity_type', '=', entityType);
    return this.map(await q.orderBy('id').execute());
  }
  async forEntity(entityType: NameVariant['entityType'], entityId: string): Promise<NameVariant[]> {
    return this.map(await this.db.selectFrom('names').selectAll().where('entity_type', '=', entityType).where('entity_id', '=', entityId).orderBy('id').execute());
  }
  async bySkeleton(skeleton: string, entityType: NameVariant['entityType']): Promise<NameVariant[]> {
    return this.map(await this.db.selectFrom('names').selectAll().where('skeleton', '=', skeleton).where('entity_type', '=', entityType).orderBy('id').execute());
  }
  /**
   * Candidate names for a search, each by an index: the exact key, the skeleton, the given name's skeleton, and
   * skeletons that start with the query's (a byte-order range). `limit` bounds each part.
   */
  async candidates(q: { key: string; skeleton: string; given: string; entityTypes: readonly string[]; limit: number }): Promise<NameMatchRow[]> {
    // Entity types are filtered after the lookup: a condition on them lets a planner without statistics prefer the
    // (entity_type, entity_id) index and scan every name of the type. Each part is compiled once (see routing).
    const t = (this.searchTemplates ??= {
      key: compileTemplate((p) => this.nameColumns().where('key', '=', p('key')).limit(p('limit') as unknown as number)),
      skeleton: compileTemplate((p) => this.nameColumns().where('skeleton', '=', p('skeleton')).limit(p('limit') as unknown as number)),
      given: compileTemplate((p) => this.nameColumns().where('given_skeleton', '=', p('given')).limit(p('limit') as unknown as number)),
      prefix: compileTemplate((p) => this.nameColumns().where('skeleton', '>', p('skeleton')).where('skeleton', '<', p('upper')).orderBy('skeleton').limit(p('limit') as unknown as number)),
    });
    const values = { key: q.key, skeleton: q.skeleton, given: q.given, upper: `${q.skeleton}{`, limit: q.limit };
    const run = (template: QueryTemplate) => this.db.executeQuery<NameMatchRow>(template.bind(values)).then((r) => r.rows);
    const parts = await Promise.all([run(t.key), q.skeleton ? run(t.skeleton) : [], q.given ? run(t.given) : [], q.skeleton ? run(t.prefix) : []]);
    const types = new Set(q.entityTypes);
    return parts.flat().filter((r) => types.has(r.entity_type));
  }

  private searchTemplates?: Record<'key' | 'skeleton' | 'given' | 'prefix', QueryTemplate>;

  private nameColumns() {
    return this.db.selectFrom('names').select(['entity_type', 'entity_id', 'name', 'key', 'skeleton', 'given_skeleton', 'kind']);
  }
}

export interface NameMatchRow {
  entity_type: string;
  entity_id: string;
  name: string;
  key: string;
  skeleton: string | null;
  given_skeleton: string | null;
  kind: string;
}

export class AppointmentRepository extends TableRepository<Appointment, AppointmentRow> {
  constructor(db: Db, history: HistoryRecorder) {
    super(db, history, 'appointments', (a) => m.appointmentToRow(a, false), m.rowToAppointment);
  }
  /** The post's seat count decides whether the exclusion constraint applies, so it is passed in. */
  async write(a: Appointment, singleSeat: boolean): Promise<WriteOutcome> {
    return this.upsertRow(m.appointmentToRow(a, singleSeat));
  }
  async forPost(postId: string): Promise<Appointment[]> {
    return this.map(await this.db.selectFrom('appointments').selectAll().where('post_id', '=', postId).orderBy('start_min').orderBy('id').execute());
  }
  async forPosts(postIds: readonly string[]): Promise<Appointment[]> {
    if (postIds.length === 0) return [];
    return this.map(await this.db.selectFrom('appointments').selectAll().where('post_id', 'in', [...postIds]).orderBy('start_min').orderBy('id').execute());
  }
  /** Tenures of the post that may include `day`: `[start_min, end_max)` contains it (nulls unbounded). */
  async possiblyAt(postId: string, day: Day): Promise<Appointment[]> {
    const rows = await this.db
      .selectFrom('appointments')
      .selectAll()
      .where('post_id', '=', postId)
      .where((eb) => eb.or([eb('start_min', 'is', null), eb('start_min', '<=', day)]))
      .where((eb) => eb.or([eb('end_kind', '!=', 'date'), eb('end_max', '>', day)]))
      .orderBy('start_min')
      .orderBy('id')
      .execute();
    return this.map(rows);
  }
  async forPerson(personId: string): Promise<Appointment[]> {
    return this.map(await this.db.selectFrom('appointments').selectAll().where('person_id', '=', personId).orderBy('start_min').execute());
  }
}

export class SubjectRepository extends TableRepository<Subject, SubjectRow> {
  constructor(db: Db, history: HistoryRecorder) {
    super(db, history, 'subjects', m.subjectToRow, m.rowToSubject);
  }
}

export interface RouteQuery {
  subjectId: string;
  /** The days the question covers, `[from, to]` inclusive. */
  from: Day;
  to: Day;
  roles: readonly ResponsibilityRole[];
  organizationId?: string;
}

export class ResponsibilityRepository extends TableRepository<Responsibility, ResponsibilityRow> {
  private readonly routeTemplates = new Map<string, QueryTemplate>();

  constructor(db: Db, history: HistoryRecorder) {
    super(db, history, 'responsibilities', (r) => m.responsibilityToRow(r), m.rowToResponsibility);
  }
  async write(r: Responsibility, organizationId: string | null): Promise<WriteOutcome> {
    return this.upsertRow(m.responsibilityToRow(r, organizationId));
  }
  /** Responsibilities for a subject that may be in force on some day of `[from, to]`: one index range, no scan. */
  async possiblyDuring(q: RouteQuery): Promise<Responsibility[]> {
    // Routing's hot path: the query is compiled once per shape and re-run with new parameters.
    const key = `${q.roles.length}:${q.organizationId ? 'org' : 'any'}`;
    let template = this.routeTemplates.get(key);
    if (!template) {
      template = compileTemplate((p) => {
        let query = this.db.selectFrom('responsibilities').selectAll().where('subject_id', '=', p('subject')).where('role', 'in', q.roles.map((_r, i) => p(`role${i}`)));
        if (q.organizationId) query = query.where('organization_id', '=', p('organization'));
        return query
          .where((eb) => eb.or([eb('start_min', 'is', null), eb('start_min', '<=', p('to') as unknown as number)]))
          .where((eb) => eb.or([eb('end_kind', '!=', 'date'), eb('end_max', '>', p('from') as unknown as number)]))
          .orderBy('id');
      });
      this.routeTemplates.set(key, template);
    }
    const values: Record<string, unknown> = { subject: q.subjectId, organization: q.organizationId, to: q.to, from: q.from };
    q.roles.forEach((r, i) => (values[`role${i}`] = r));
    const result = await this.db.executeQuery<ResponsibilityRow>(template.bind(values));
    return this.map(result.rows);
  }
  /** Re-derives the organization of a unit's responsibilities after its chain of units changed. */
  async setOrganization(unitId: string, organizationId: string): Promise<void> {
    const stale = await this.db.selectFrom('responsibilities').select('id').where('unit_id', '=', unitId).where('organization_id', 'is distinct from', organizationId).execute();
    if (stale.length === 0) return;
    await this.db.updateTable('responsibilities').set({ organization_id: organizationId }).where('id', 'in', stale.map((r) => r.id)).execute();
    await this.history.recordIds('responsibilities', stale.map((r) => r.id));
  }
  async forUnits(unitIds: readonly string[]): Promise<Responsibility[]> {
    if (unitIds.length === 0) return [];
    return this.map(await this.db.selectFrom('responsibilities').selectAll().where('unit_id', 'in', [...unitIds]).orderBy('id').execute());
  }
  /** Every responsibility ever recorded for the subject, for finding the dates at which it changes hands. */
  async forSubject(subjectId: string): Promise<Responsibility[]> {
    return this.map(await this.db.selectFrom('responsibilities').selectAll().where('subject_id', '=', subjectId).orderBy('id').execute());
  }
}

export class EventRepository extends TableRepository<StructuralEvent, EventRow> {
  constructor(db: Db, history: HistoryRecorder) {
    super(db, history, 'events', m.eventToRow, m.rowToEvent);
  }
  async forOrganization(organizationId: string): Promise<StructuralEvent[]> {
    return this.map(await this.db.selectFrom('events').selectAll().where('organization_id', '=', organizationId).orderBy('date_min').execute());
  }
}
