import type { Citation, Claim, Identifier, StructuralEvent, Succession } from '../../domain/model.js';
import * as m from '../mappers.js';
import { byCodeUnits } from '../../domain/id-order.js';
import type { CitationRow, ClaimRow, EventRow, IdentifierRow, SuccessionRow } from '../tables.js';
import { chunks, IN_CHUNK, type RepositoryContext, TableRepository } from './table.repository.js';

/** Repositories of records that hang off an entity by (entity_type, entity_id). */
class EntityFacts<T, Row extends { id: string; entity_type: string; entity_id: string; sys_seq: number; sys_from: string; sys_user: string; sys_source: string | null; sys_op: 'insert' | 'update' }> extends TableRepository<T, Row> {
  async forEntities(entityType: string, entityIds: readonly string[]): Promise<T[]> {
    return (await this.query()).by('byEntity', [entityType], entityIds);
  }
  async forEntity(entityType: string, entityId: string): Promise<T[]> {
    return this.forEntities(entityType, [entityId]);
  }
  async rowsOf(entityType: string, entityIds: readonly string[]): Promise<Row[]> {
    const out: Row[] = [];
    for (const part of chunks([...new Set(entityIds)], IN_CHUNK)) out.push(...((await (await this.select()).where('entity_type', '=', entityType).where('entity_id', 'in', part).execute()) as Row[]));
    return out;
  }
}

export class ClaimRepository extends EntityFacts<Claim, ClaimRow> {
  constructor(rc: RepositoryContext) {
    super(rc, 'claims', m.claimToRow, m.rowToClaim);
  }
  async byField(field: string): Promise<Claim[]> {
    return (await this.query()).by('byField', [''], [field]);
  }
}

export class CitationRepository extends EntityFacts<Citation, CitationRow> {
  constructor(rc: RepositoryContext) {
    super(rc, 'citations', m.citationToRow, m.rowToCitation);
  }
}

export class IdentifierRepository extends EntityFacts<Identifier, IdentifierRow> {
  constructor(rc: RepositoryContext) {
    super(rc, 'identifiers', m.identifierToRow, m.rowToIdentifier);
  }
  /** Entities of a type that carry one of these identifiers in a scheme (a QID, a POCOM id): value → entity id. */
  async entitiesFor(entityType: string, scheme: string, values: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks([...new Set(values)], IN_CHUNK)) {
      const rows = (await (await this.select()).where('scheme', '=', scheme).where('value', 'in', part).where('entity_type', '=', entityType).execute()) as IdentifierRow[];
      for (const r of rows) if (!out.has(r.value)) out.set(r.value, r.entity_id);
    }
    return out;
  }
}

export class EventRepository extends TableRepository<StructuralEvent, EventRow> {
  constructor(rc: RepositoryContext) {
    super(rc, 'events', m.eventToRow, m.rowToEvent);
  }
  async forOrganizations(organizationIds: readonly string[]): Promise<StructuralEvent[]> {
    const out: StructuralEvent[] = [];
    for (const part of chunks([...new Set(organizationIds)], IN_CHUNK)) out.push(...this.map(await (await this.select()).where('organization_id', 'in', part).execute()));
    return out.sort((a, b) => a.date.earliest - b.date.earliest || a.id.localeCompare(b.id));
  }
  async forOrganization(organizationId: string): Promise<StructuralEvent[]> {
    return this.forOrganizations([organizationId]);
  }
}

export class SuccessionRepository extends TableRepository<Succession, SuccessionRow> {
  constructor(rc: RepositoryContext) {
    super(rc, 'successions', m.successionToRow, m.rowToSuccession);
  }
  /** Links that touch any of these records, either way. */
  async touching(entityType: Succession['entityType'], ids: readonly string[]): Promise<Succession[]> {
    const q = await this.query();
    const found = new Map([...(await q.by('byFrom', [entityType], ids)), ...(await q.by('byTo', [entityType], ids))].map((s) => [s.id, s]));
    return [...found.values()].sort((a, b) => byCodeUnits(a.id, b.id));
  }
}
