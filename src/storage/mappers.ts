import type {
  Appointment, AppointmentKind, Citation, Claim, EndReason, EventKind, Identifier, NameKind, NameVariant, Organization, OrganizationKind, Person, Post,
  Relation, RelationType, Responsibility, ResponsibilityRole, Source, SourceKind, StructuralEvent, Subject, SubjectKind, Succession, SuccessionKind,
} from '../domain/model.js';
import { takesOnlySeat } from '../domain/seat-rule.js';
import { nameSkeleton } from '../domain/name-skeleton.js';
import { nameKey } from '../domain/names.js';
import { certainSpan, type Interval, type Life } from '../domain/time/interval.js';
import { type PartialDate, storedDate } from '../domain/time/partial-date.js';
import type { Content } from './repositories/table.repository.js';
import type {
  AppointmentRow, CitationRow, ClaimRow, EventRow, IdentifierRow, IntervalColumns, NameRow, OrganizationRow, PersonRow, PostRow, RelationRow,
  ResponsibilityRow, SourceRow, SubjectRow, SuccessionRow,
} from './tables.js';

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const dateOrNull = (text: string | null): PartialDate | undefined => (text === null ? undefined : storedDate(text));
const present = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export const intervalToColumns = (iv: Interval): IntervalColumns => ({
  start: iv.start?.text ?? null,
  start_min: iv.start?.earliest ?? null,
  start_max: iv.start?.latest ?? null,
  end_kind: iv.end.kind,
  end: iv.end.kind === 'date' ? iv.end.date.text : null,
  end_min: iv.end.kind === 'date' ? iv.end.date.earliest : null,
  end_max: iv.end.kind === 'date' ? iv.end.date.latest : null,
  known_until: iv.end.kind === 'open' ? (iv.end.asOf ?? null) : null,
});

export const columnsToInterval = (row: IntervalColumns): Interval => ({
  start: row.start === null ? null : storedDate(row.start),
  end:
    row.end_kind === 'date' && row.end !== null
      ? { kind: 'date', date: storedDate(row.end) }
      : row.end_kind === 'open'
        ? row.known_until === null || row.known_until === undefined ? { kind: 'open' } : { kind: 'open', asOf: Number(row.known_until) }
        : { kind: 'unknown' },
});

const lifeToColumns = (life: Life | undefined): { life_from: string | null; life_to: string | null } => ({ life_from: life?.from?.text ?? null, life_to: life?.to?.text ?? null });
const columnsToLife = (r: { life_from: string | null; life_to: string | null }): Life | undefined =>
  r.life_from === null && r.life_to === null ? undefined : { from: dateOrNull(r.life_from) ?? null, to: dateOrNull(r.life_to) ?? null };

export const sourceToRow = (s: Source): Content<SourceRow> => ({
  id: s.id, title: s.title, url: nul(s.url), kind: s.kind, publisher: nul(s.publisher), license: nul(s.license),
  published: nul(s.published), accessed: nul(s.accessed), as_of: nul(s.asOf), note: nul(s.note), digest: nul(s.digest),
  coverage: nul(s.coverage), coverage_rule: nul(s.coverageRule),
});
export const rowToSource = (r: SourceRow): Source => present({
  id: r.id, title: r.title, url: opt(r.url), kind: r.kind as SourceKind, publisher: opt(r.publisher), license: opt(r.license),
  published: opt(r.published), accessed: opt(r.accessed), asOf: opt(r.as_of), note: opt(r.note), digest: opt(r.digest),
  coverage: opt(r.coverage ?? null), coverageRule: opt(r.coverage_rule ?? null) as Source['coverageRule'],
});

export const organizationToRow = (o: Organization): Content<OrganizationRow> => ({
  id: o.id, name: o.name, native_name: nul(o.nativeName), kind: o.kind, agency_type: nul(o.agencyType), jurisdiction: nul(o.jurisdiction),
  headquarters: nul(o.headquarters), logo: nul(o.logo), formed: o.formed?.text ?? null, dissolved: o.dissolved?.text ?? null,
  exclusive_posts: o.exclusivePosts ? 1 : 0, source_id: o.sourceId,
});
export const rowToOrganization = (r: OrganizationRow): Organization => present({
  id: r.id, name: r.name, nativeName: opt(r.native_name), kind: r.kind as OrganizationKind, agencyType: opt(r.agency_type),
  jurisdiction: opt(r.jurisdiction), headquarters: opt(r.headquarters), logo: opt(r.logo), formed: dateOrNull(r.formed),
  dissolved: dateOrNull(r.dissolved), exclusivePosts: Number(r.exclusive_posts) === 1 ? true : undefined, sourceId: r.source_id,
});

export const relationToRow = (x: Relation): Content<RelationRow> => ({
  id: x.id, from_id: x.fromId, to_id: x.toId, type: x.type, source_id: x.sourceId, ...intervalToColumns(x.interval),
});
export const rowToRelation = (r: RelationRow): Relation => ({
  id: r.id, fromId: r.from_id, toId: r.to_id, type: r.type as RelationType, interval: columnsToInterval(r), sourceId: r.source_id,
});

export const postToRow = (p: Post): Content<PostRow> => ({
  id: p.id, organization_id: p.organizationId, name: p.name, seats: p.seats, rank: nul(p.rank), ...lifeToColumns(p.life), subject_id: nul(p.subjectId), source_id: p.sourceId,
});
export const rowToPost = (r: PostRow): Post => present({
  id: r.id, organizationId: r.organization_id, name: r.name, seats: Number(r.seats), rank: r.rank === null ? undefined : Number(r.rank),
  life: columnsToLife(r), subjectId: opt(r.subject_id), sourceId: r.source_id,
});

export const personToRow = (p: Person): Content<PersonRow> => ({
  id: p.id, name: p.name, native_name: nul(p.nativeName), born: p.born?.text ?? null, died: p.died?.text ?? null, source_id: p.sourceId,
  merged_into: nul(p.mergedInto),
});
export const rowToPerson = (r: PersonRow): Person => present({
  id: r.id, name: r.name, nativeName: opt(r.native_name), born: dateOrNull(r.born), died: dateOrNull(r.died), sourceId: r.source_id, mergedInto: opt(r.merged_into),
});

/** A name's id: its owner, kind and key; a dated name also its start, so a name used twice is two rows. */
export const nameId = (n: NameVariant): string =>
  `${n.entityType}:${n.entityId}:${n.kind}:${nameKey(n.name)}${n.interval?.start ? `@${n.interval.start.text}` : ''}`;
export const nameToRow = (n: NameVariant): Content<NameRow> => {
  const s = nameSkeleton(n.name, n.entityType === 'person');
  return {
    id: nameId(n), entity_type: n.entityType, entity_id: n.entityId, name: n.name, key: nameKey(n.name), kind: n.kind, lang: nul(n.lang), source_id: n.sourceId,
    skeleton: s.full, given_skeleton: s.given, ...intervalToColumns(n.interval ?? { start: null, end: { kind: 'open' } }),
  };
};
export const rowToName = (r: NameRow): NameVariant => {
  const n: NameVariant = { entityType: r.entity_type as NameVariant['entityType'], entityId: r.entity_id, name: r.name, kind: r.kind as NameKind, sourceId: r.source_id };
  if (r.lang !== null) n.lang = r.lang;
  if (r.start !== null || (r.end_kind && r.end_kind !== 'open')) n.interval = columnsToInterval(r);
  return n;
};

/** A term's row; `seats`, its post's seat count, decides the flag the database's check of the seat rule reads. */
export const appointmentToRow = (a: Appointment, seats: number): Content<AppointmentRow> => {
  const certain = certainSpan(a.interval);
  return {
    id: a.id, post_id: a.postId, person_id: a.personId, kind: a.kind, covers_id: nul(a.coversId), appointed: a.appointed?.text ?? null,
    end_reason: nul(a.endReason), single_seat: takesOnlySeat(a, seats) ? 1 : 0, certain_from: certain?.from ?? null, certain_to: certain ? certain.to : null,
    source_id: a.sourceId, note: nul(a.note), ...intervalToColumns(a.interval),
  };
};
export const rowToAppointment = (r: AppointmentRow): Appointment => present({
  id: r.id, postId: r.post_id, personId: r.person_id, interval: columnsToInterval(r), kind: r.kind as AppointmentKind, coversId: opt(r.covers_id),
  appointed: dateOrNull(r.appointed), endReason: opt(r.end_reason) as EndReason | undefined, sourceId: r.source_id, note: opt(r.note),
});

export const subjectToRow = (s: Subject): Content<SubjectRow> => ({
  id: s.id, kind: s.kind, code: nul(s.code), name: s.name, ...lifeToColumns(s.life), successors: s.successors?.length ? JSON.stringify(s.successors) : null,
});
export const rowToSubject = (r: SubjectRow): Subject => present({
  id: r.id, kind: r.kind as SubjectKind, code: opt(r.code), name: r.name, life: columnsToLife(r), successors: r.successors ? (JSON.parse(r.successors) as string[]) : undefined,
});

export const responsibilityToRow = (x: Responsibility): Content<ResponsibilityRow> => ({
  id: x.id, unit_id: x.unitId, subject_id: x.subjectId, role: x.role ?? 'handles', source_id: x.sourceId, note: nul(x.note), ...intervalToColumns(x.interval),
});
export const rowToResponsibility = (r: ResponsibilityRow): Responsibility => present({
  id: r.id, unitId: r.unit_id, subjectId: r.subject_id, role: r.role as ResponsibilityRole, interval: columnsToInterval(r), sourceId: r.source_id, note: opt(r.note),
});

export const eventToRow = (e: StructuralEvent): Content<EventRow> => ({
  id: e.id, kind: e.kind, date: e.date.text, date_min: e.date.earliest, date_max: e.date.latest, organization_id: e.organizationId,
  description: e.description, details: JSON.stringify(e.details), source_id: e.sourceId,
});
export const rowToEvent = (r: EventRow): StructuralEvent => ({
  id: r.id, kind: r.kind as EventKind, date: storedDate(r.date), organizationId: r.organization_id, description: r.description,
  details: JSON.parse(r.details) as Record<string, unknown>, sourceId: r.source_id,
});

export const claimToRow = (c: Claim): Content<ClaimRow> => ({
  id: c.id, entity_type: c.entityType, entity_id: c.entityId, field: c.field, value: c.value, source_id: c.sourceId, quote: nul(c.quote), note: nul(c.note),
});
export const rowToClaim = (r: ClaimRow): Claim => present({
  id: r.id, entityType: r.entity_type, entityId: r.entity_id, field: r.field, value: r.value, sourceId: r.source_id, quote: opt(r.quote), note: opt(r.note),
});

export const citationId = (c: Pick<Citation, 'entityType' | 'entityId' | 'sourceId'>): string => `${c.entityType}:${c.entityId}@${c.sourceId}`;
export const citationToRow = (c: Citation): Content<CitationRow> => ({ id: citationId(c), entity_type: c.entityType, entity_id: c.entityId, source_id: c.sourceId, note: nul(c.note) });
export const rowToCitation = (r: CitationRow): Citation => present({ entityType: r.entity_type, entityId: r.entity_id, sourceId: r.source_id, note: opt(r.note) });

export const successionToRow = (s: Succession): Content<SuccessionRow> => ({
  id: s.id, entity_type: s.entityType, from_id: s.fromId, to_id: s.toId, kind: s.kind, date: s.date?.text ?? null, ordinals: s.ordinals, source_id: s.sourceId, note: nul(s.note),
});
export const rowToSuccession = (r: SuccessionRow): Succession => present({
  id: r.id, entityType: r.entity_type as Succession['entityType'], fromId: r.from_id, toId: r.to_id, kind: r.kind as SuccessionKind,
  date: r.date === null ? null : storedDate(r.date), ordinals: r.ordinals as Succession['ordinals'], sourceId: r.source_id, note: opt(r.note),
});

export const identifierId = (i: Pick<Identifier, 'entityType' | 'entityId' | 'scheme' | 'value'>): string => `${i.entityType}:${i.entityId}:${i.scheme}:${i.value}`;
export const identifierToRow = (i: Identifier): Content<IdentifierRow> => ({ id: identifierId(i), entity_type: i.entityType, entity_id: i.entityId, scheme: i.scheme, value: i.value, source_id: i.sourceId });
export const rowToIdentifier = (r: IdentifierRow): Identifier => ({ entityType: r.entity_type, entityId: r.entity_id, scheme: r.scheme, value: r.value, sourceId: r.source_id });
