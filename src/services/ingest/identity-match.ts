import type { ImportReport } from '../../dataset/import-report.js';
import { type Person, personLife } from '../../domain/model.js';
import { nameKey } from '../../domain/names.js';
import type { PartialDate } from '../../domain/time/partial-date.js';
import { extentOf, type Interval, lifeExtent, within } from '../../domain/time/interval.js';
import { reconcileDates } from '../../domain/time/reconcile-dates.js';
import type { Store } from '../../storage/store.js';
import type { DatasetRecord, RecordKind, RecordOf } from '../../dataset/dataset-records.js';

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

/** Two dates of one event (a birth, a death) that may be the same day: one refines the other, or either is unknown. */
const mayBeSame = (a: PartialDate | undefined, b: PartialDate | undefined): boolean => !a || !b || reconcileDates([a, b])!.agree;

/** A term that may fall within a person's life (alive on the day they die: personLife). */
const termInLife = (p: Pick<Person, 'born' | 'died'>, iv: Interval): boolean =>
  within(extentOf(iv), lifeExtent(personLife(p))).possible !== undefined;

/**
 * Within one window of an import: a person its input names only by name (no identifier, an id the registry does not
 * hold) is the person of the same name that the same input identifies (a QID, a POCOM id), where exactly one such
 * person's dates fit: the same name up to spaces, hyphens and case (names.ts nameKey), lives that may be the same,
 * and every term the input gives the name-only row possibly within that life. The row's id becomes an alias of that
 * person's, with a note saying so. Where several fit, nothing is matched: the import proposes each (a possible same
 * person), as it does for any new person sharing a name. Another spelling ("Kim Kyung Jun", "Kim Kyong-jun") is
 * never matched by name alone.
 */
export const matchByName = async (
  tx: Store, batch: Map<RecordKind, DatasetRecord[]>, aliases: Map<string, string>, report: ImportReport,
): Promise<void> => {
  const people = (batch.get('person') ?? []) as RecordOf<'person'>[];
  if (people.length < 2) return;
  const identifiers = (batch.get('identifier') ?? []) as RecordOf<'identifier'>[];
  const identified = new Set(identifiers.filter((i) => i.value.entityType === 'person').map((i) => i.value.entityId));
  if (identified.size === 0) return;
  // The identified people by name, one entry each (a table may state a person twice: the first dates given are kept).
  const byName = new Map<string, Map<string, Pick<Person, 'id' | 'name' | 'born' | 'died'>>>();
  for (const { value: p } of people.filter((r) => identified.has(r.value.id))) {
    const named = byName.get(nameKey(p.name)) ?? new Map();
    const seen = named.get(p.id);
    named.set(p.id, { id: p.id, name: seen?.name ?? p.name, born: seen?.born ?? p.born, died: seen?.died ?? p.died });
    byName.set(nameKey(p.name), named);
  }
  const nameOnly = people.filter((r) => !identified.has(r.value.id) && !aliases.has(`person:${r.value.id}`)
    && byName.has(nameKey(r.value.name)));
  if (nameOnly.length === 0) return;
  const stored = await tx.people.existing([...new Set(nameOnly.map((r) => r.value.id))]);
  const terms = new Map<string, Interval[]>();
  for (const { value: a } of (batch.get('appointment') ?? []) as RecordOf<'appointment'>[]) {
    terms.set(a.personId, [...(terms.get(a.personId) ?? []), a.interval]);
  }
  let matched = false;
  for (const { value: p, place } of nameOnly) {
    const key = `person:${p.id}`;
    if (stored.has(p.id) || aliases.has(key)) continue;
    const fit = [...byName.get(nameKey(p.name))!.values()].filter((c) =>
      mayBeSame(c.born, p.born) && mayBeSame(c.died, p.died) && (terms.get(p.id) ?? []).every((iv) => termInLife(c, iv)));
    if (fit.length !== 1) continue;
    const target = fit[0]!;
    aliases.set(key, target.id);
    matched = true;
    report.entries.push({
      status: 'note', kind: 'identity', file: place.file, ...(place.line ? { line: place.line } : {}), id: p.id, value: target.id,
      message: `"${p.name}" is named here without an identifier: the same person as ${target.name} ("${target.id}"), `
        + 'the only person of this name in the import whose dates fit; recorded as that person',
    });
  }
  if (matched) for (const list of batch.values()) for (const r of list) followAliases(r, aliases);
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
