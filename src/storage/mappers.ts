import type {
  Appointment, Claim, NameVariant, Organization, OrganizationKind, Person, Post, Relation, RelationType,
  Responsibility, ResponsibilityRole, Source, StructuralEvent, Subject, SubjectKind, EventKind, NameKind,
} from '../domain/model.js';
import { certainSpan, type Interval } from '../domain/time/interval.js';
import { type PartialDate, parsePartialDate } from '../domain/time/partial-date.js';
import { nameKey } from '../domain/names.js';
import { nameSkeleton } from '../domain/name-skeleton.js';
import type {
  AppointmentRow, ClaimRow, EventRow, IntervalColumns, NameRow, OrganizationRow, PersonRow, PostRow, RelationRow,
  ResponsibilityRow, SourceRow, SubjectRow,
} from './tables.js';

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const dateOrNull = (text: string | null): PartialDate | undefined => (text === null ? undefined : parsePartialDate(text));

export const intervalToColumns = (iv: Interval): IntervalColumns => ({
  start: iv.start?.text ?? null,
  start_min: iv.start?.earliest ?? null,
  start_max: iv.start?.latest ?? null,
  end_kind: iv.end.kind,
  end: iv.end.kind === 'date' ? iv.end.date.text : null,
  end_min: iv.end.kind === 'date' ? iv.end.date.earliest : null,
  end_max: iv.end.kind === 'date' ? iv.end.date.latest : null,
});

export const columnsToInterval = (row: IntervalColumns): Interval => ({
  start: row.start === null ? null : parsePartialDate(row.start),
  end: row.end_kind === 'date' && row.end !== null ? { kind: 'date', date: parsePartialDate(row.end) } : row.end_kind === 'open' ? { kind: 'open' } : { kind: 'unknown' },
});

export const sourceToRow = (s: Source): SourceRow => ({
  id: s.id, title: s.title, url: nul(s.url), kind: s.kind, publisher: nul(s.publisher), license: nul(s.license),
  published: nul(s.published), accessed: nul(s.accessed), note: nul(s.note),
});
export const rowToSource = (r: SourceRow): Source => ({
  id: r.id, title: r.title, url: opt(r.url), kind: r.kind as Source['kind'], publisher: opt(r.publisher), license: opt(r.license),
  published: opt(r.published), accessed: opt(r.accessed), note: opt(r.note),
});

export const organizationToRow = (o: Organization): OrganizationRow => ({
  id: o.id, name: o.name, native_name: nul(o.nativeName), kind: o.kind, agency_type: nul(o.agencyType), jurisdiction: nul(o.jurisdiction),
  headquarters: nul(o.headquarters), logo: nul(o.logo), formed: o.formed?.text ?? null, dissolved: o.dissolved?.text ?? null, source_id: o.sourceId,
});
export const rowToOrganization = (r: OrganizationRow): Organization => ({
  id: r.id, name: r.name, nativeName: opt(r.native_name), kind: r.kind as OrganizationKind, agencyType: opt(r.agency_type),
  jurisdiction: opt(r.jurisdiction), headquarters: opt(r.headquarters), logo: opt(r.logo), formed: dateOrNull(r.formed),
  dissolved: dateOrNull(r.dissolved), sourceId: r.source_id,
});

export const relationToRow = (x: Relation): RelationRow => ({
  id: x.id, from_id: x.fromId, to_id: x.toId, type: x.type, source_id: x.sourceId, ...intervalToColumns(x.interval),
});
export const rowToRelation = (r: RelationRow): Relation => ({
  id: r.id, fromId: r.from_id, toId: r.to_id, type: r.type as RelationType, interval: columnsToInterval(r), sourceId: r.source_id,
});

export const postToRow = (p: Post): PostRow => ({
  id: p.id, organization_id: p.organizationId, name: p.name, seats: p.seats, rank: nul(p.rank), source_id: p.sourceId,
});
export const rowToPost = (r: PostRow): Post => ({
  id: r.id, organizationId: r.organization_id, name: r.name, seats: r.seats, rank: opt(r.rank), sourceId: r.source_id,
});

export const personToRow = (p: Person): PersonRow => ({
  id: p.id, name: p.name, native_name: nul(p.nativeName), born: p.born?.text ?? null, died: p.died?.text ?? null, source_id: p.sourceId,
  merged_into: nul(p.mergedInto),
});
export const rowToPerson = (r: PersonRow): Person => ({
  id: r.id, name: r.name, nativeName: opt(r.native_name), born: dateOrNull(r.born), died: dateOrNull(r.died), sourceId: r.source_id,
  ...(r.merged_into ? { mergedInto: r.merged_into } : {}),
});

const skeletonColumns = (n: NameVariant): { skeleton: string; given_skeleton: string | null } => {
  const s = nameSkeleton(n.name, n.entityType === 'person');
  return { skeleton: s.full, given_skeleton: s.given };
};

export const nameId = (n: NameVariant): string => `${n.entityType}:${n.entityId}:${n.kind}:${nameKey(n.name)}`;
export const nameToRow = (n: NameVariant): NameRow => ({
  id: nameId(n), entity_type: n.entityType, entity_id: n.entityId, name: n.name, key: nameKey(n.name), kind: n.kind, lang: nul(n.lang), source_id: n.sourceId,
  ...skeletonColumns(n),
  ...intervalToColumns(n.interval ?? { start: null, end: { kind: 'open' } }),
});
export const rowToName = (r: NameRow): NameVariant => {
  const n: NameVariant = { entityType: r.entity_type as NameVariant['entityType'], entityId: r.entity_id, name: r.name, kind: r.kind as NameKind, lang: opt(r.lang), sourceId: r.source_id };
  if (r.start || (r.end_kind && r.end_kind !== 'open')) n.interval = columnsToInterval(r as IntervalColumns);
  return n;
};

/** `singleSeat` comes from the post: the exclusion constraint needs it on the row itself. */
export const appointmentToRow = (a: Appointment, singleSeat: boolean): AppointmentRow => {
  const certain = certainSpan(a.interval);
  return {
    id: a.id, post_id: a.postId, person_id: a.personId, acting: a.acting ? 1 : 0, single_seat: singleSeat ? 1 : 0,
    certain_from: certain?.from ?? null, certain_to: certain ? certain.to : null, source_id: a.sourceId, note: nul(a.note),
    ...intervalToColumns(a.interval),
  };
};
export const rowToAppointment = (r: AppointmentRow): Appointment => ({
  id: r.id, postId: r.post_id, personId: r.person_id, interval: columnsToInterval(r), acting: Number(r.acting) === 1, sourceId: r.source_id, note: opt(r.note),
});

export const subjectToRow = (s: Subject): SubjectRow => ({ id: s.id, kind: s.kind, code: nul(s.code), name: s.name });
export const rowToSubject = (r: SubjectRow): Subject => ({ id: r.id, kind: r.kind as SubjectKind, code: opt(r.code), name: r.name });

/** `organizationId` is the top of the unit's chain, found by the writer: the row keeps it for indexed routing. */
export const responsibilityToRow = (x: Responsibility, organizationId: string | null = null): ResponsibilityRow => ({
  id: x.id, unit_id: x.unitId, subject_id: x.subjectId, role: x.role ?? 'handles', organization_id: organizationId, source_id: x.sourceId, note: nul(x.note),
  ...intervalToColumns(x.interval),
});
export const rowToResponsibility = (r: ResponsibilityRow): Responsibility => ({
  id: r.id, unitId: r.unit_id, subjectId: r.subject_id, role: r.role as ResponsibilityRole, interval: columnsToInterval(r), sourceId: r.source_id, note: opt(r.note),
});

export const eventToRow = (e: StructuralEvent): EventRow => ({
  id: e.id, kind: e.kind, date: e.date.text, date_min: e.date.earliest, date_max: e.date.latest, organization_id: e.organizationId,
  description: e.description, details: JSON.stringify(e.details), source_id: e.sourceId,
});
export const rowToEvent = (r: EventRow): StructuralEvent => ({
  id: r.id, kind: r.kind as EventKind, date: parsePartialDate(r.date), organizationId: r.organization_id, description: r.description,
  details: JSON.parse(r.details) as Record<string, unknown>, sourceId: r.source_id,
});

export const claimToRow = (c: Claim): ClaimRow => ({
  id: c.id, entity_type: c.entityType, entity_id: c.entityId, field: c.field, value: c.value, source_id: c.sourceId, quote: nul(c.quote), note: nul(c.note),
});
export const rowToClaim = (r: ClaimRow): Claim => ({
  id: r.id, entityType: r.entity_type, entityId: r.entity_id, field: r.field, value: r.value, sourceId: r.source_id, quote: opt(r.quote), note: opt(r.note),
});
