import type { Organization, Relation, RelationType } from '../../domain/model.js';
import * as m from '../mappers.js';
import type { OrganizationRow, RelationRow } from '../tables.js';
import { possiblyDuring, type RepositoryContext, TableRepository } from './table.repository.js';

export class OrganizationRepository extends TableRepository<Organization, OrganizationRow> {
  constructor(rc: RepositoryContext) {
    super(rc, 'organizations', m.organizationToRow, m.rowToOrganization);
  }
}

const ofTypes = (rs: Relation[], types?: readonly RelationType[]): Relation[] => (types ? rs.filter((r) => types.includes(r.type)) : rs);

export class RelationRepository extends TableRepository<Relation, RelationRow> {
  constructor(rc: RepositoryContext) {
    super(rc, 'relations', m.relationToRow, m.rowToRelation);
  }
  /** Relations pointing at any of `toIds` (their units, agencies, institutes), of the given types. */
  async toMany(toIds: readonly string[], types?: readonly RelationType[]): Promise<Relation[]> {
    return ofTypes(await (await this.query()).by('byTo', [''], toIds), types);
  }
  /** Relations from any of `fromIds` (a unit's parents, a post's organization), of the given types. */
  async fromMany(fromIds: readonly string[], types?: readonly RelationType[]): Promise<Relation[]> {
    return ofTypes(await (await this.query()).by('byFrom', [''], fromIds), types);
  }
  async to(toId: string, types?: readonly RelationType[]): Promise<Relation[]> {
    return this.toMany([toId], types);
  }
  async from(fromId: string, types?: readonly RelationType[]): Promise<Relation[]> {
    return this.fromMany([fromId], types);
  }
  /** Units: `unit-of` links (with `validOn`, those that may hold on a day of it), a page at a time. */
  async unitLinksPage(limit: number, offset: number, validOn?: { from: number; to: number }): Promise<{ items: Relation[]; more: boolean }> {
    let q = (await this.select()).where('type', '=', 'unit-of');
    if (validOn) q = possiblyDuring(q, validOn.from, validOn.to);
    const rows = await q.orderBy('id').limit(limit + 1).offset(offset).execute();
    return { items: this.map(rows.slice(0, limit)), more: rows.length > limit };
  }
}
