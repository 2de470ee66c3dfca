import type { ImportReport } from '../../dataset/import-report.js';
import type { Store } from '../../storage/store.js';
import type { DatasetRecord, RecordKind } from '../../dataset/dataset-records.js';

type EntityType = 'person' | 'organization' | 'post';
const ENTITY_KINDS: readonly EntityType[] = ['person', 'organization', 'post'];

/**
 * Records of another registry that name an entity already stored under another id: matched by an identifier both
 * carry (a Wikidata QID, a POCOM or IfG id). The incoming id becomes an alias of the stored one for the rest of the
 * import, so the entity is stated again (unchanged, or merged with what the new source adds) and everything that
 * refers to it follows; a note in the report says which identifier matched. A new id that is stored is never
 * aliased: ids win over identifiers.
 */
export const matchByIdentifier = async (tx: Store, batch: Map<RecordKind, DatasetRecord[]>, aliases: Map<string, string>, report: ImportReport): Promise<void> => {
  const identifiers = (batch.get('identifier') ?? []) as Extract<DatasetRecord, { kind: 'identifier' }>[];
  for (const type of ENTITY_KINDS) {
    const records = (batch.get(type) ?? []) as Extract<DatasetRecord, { kind: EntityType }>[];
    const fresh = new Set(records.map((r) => r.value.id).filter((id) => !aliases.has(`${type}:${id}`)));
    if (fresh.size === 0) continue;
    const repo = type === 'person' ? tx.people : type === 'organization' ? tx.organizations : tx.posts;
    const stored = await repo.existing([...fresh]);
    const candidates = identifiers.filter((i) => i.value.entityType === type && fresh.has(i.value.entityId) && !stored.has(i.value.entityId));
    const bySchemes = new Map<string, typeof candidates>();
    for (const i of candidates) bySchemes.set(i.value.scheme, [...(bySchemes.get(i.value.scheme) ?? []), i]);
    for (const [scheme, list] of bySchemes) {
      const found = await tx.identifiers.entitiesFor(type, scheme, list.map((i) => i.value.value));
      for (const i of list) {
        const target = found.get(i.value.value);
        const key = `${type}:${i.value.entityId}`;
        if (!target || target === i.value.entityId || aliases.has(key)) continue;
        aliases.set(key, target);
        report.entries.push({
          status: 'note', kind: 'identity', file: i.place.file, ...(i.place.line ? { line: i.place.line } : {}), id: i.value.entityId, value: target,
          message: `the same ${type} as "${target}", matched by ${scheme} ${i.value.value}: recorded as that ${type}`,
        });
      }
    }
  }
  if (aliases.size) for (const list of batch.values()) for (const r of list) followAliases(r, aliases);
};

const alias = (aliases: Map<string, string>, type: string, id: string | undefined): string | undefined => (id === undefined ? id : (aliases.get(`${type}:${id}`) ?? id));

/** Rewrites, in place, every reference a record makes to an aliased entity. */
const followAliases = (r: DatasetRecord, aliases: Map<string, string>): void => {
  const a = (type: string, id: string) => alias(aliases, type, id)!;
  switch (r.kind) {
    case 'person':
    case 'organization':
      r.value = { ...r.value, id: a(r.kind, r.value.id) } as never;
      break;
    case 'post':
      r.value = { ...r.value, id: a('post', r.value.id), organizationId: a('organization', r.value.organizationId) };
      break;
    case 'name':
    case 'identifier':
    case 'claim':
    case 'citation':
      r.value = { ...r.value, entityId: a(r.value.entityType, r.value.entityId) } as never;
      break;
    case 'appointment':
      r.value = { ...r.value, personId: a('person', r.value.personId), postId: a('post', r.value.postId) };
      break;
    case 'relation':
      r.value = { ...r.value, fromId: a('organization', r.value.fromId), toId: a('organization', r.value.toId) };
      break;
    case 'responsibility':
      r.value = { ...r.value, unitId: a('organization', r.value.unitId) };
      break;
    case 'event':
      r.value = { ...r.value, organizationId: a('organization', r.value.organizationId) };
      break;
    case 'succession':
      r.value = { ...r.value, fromId: a(r.value.entityType, r.value.fromId), toId: a(r.value.entityType, r.value.toId) };
      break;
    default:
      break;
  }
};
