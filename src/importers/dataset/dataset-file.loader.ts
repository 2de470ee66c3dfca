import type { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import type { AppointmentKind, Claim, Identifier, NameVariant, Subject } from '../../domain/model.js';
import { slugify } from '../../domain/names.js';
import type { SubjectCatalog } from '../../domain/subjects/subject-catalog.js';
import type { Interval, IntervalEnd } from '../../domain/time/interval.js';
import { parsePartialDate } from '../../domain/time/partial-date.js';
import type { DatasetRecord } from '../../dataset/dataset-records.js';
import { type ImportReport, type Place, record } from '../../dataset/import-report.js';
import * as s from '../../dataset/dataset.schema.js';
import { SECTION_ORDER, TYPE_SECTION } from '../../dataset/dataset.schema.js';
import { documentSections, type ReadPosition, streamJsonDocument, streamJsonLines } from './json-stream.js';

const KIND_OF: Record<s.Section, string> = {
  subjects: 'subject', names: 'name', identifiers: 'identifier', citations: 'citation',
  sources: 'source', organizations: 'organization', relations: 'relation', posts: 'post', people: 'person', appointments: 'appointment',
  responsibilities: 'responsibility', events: 'event', successions: 'succession', claims: 'claim',
};

const SCHEMAS: Record<s.Section, z.ZodType> = {
  subjects: s.subjectSchema, names: s.nameRecordSchema, identifiers: s.identifierRecordSchema, citations: s.citationSchema,
  sources: s.sourceSchema, organizations: s.organizationSchema, relations: s.relationSchema, posts: s.postSchema, people: s.personSchema,
  appointments: s.appointmentSchema, responsibilities: s.responsibilitySchema, events: s.eventSchema, successions: s.successionSchema, claims: s.claimSchema,
};

const date = (v: string, field: string) => parsePartialDate(v, { field });
const interval = (start: string | null | undefined, end: string | undefined, defaultEnd: IntervalEnd['kind'] = 'open'): Interval => {
  const e: IntervalEnd = end === undefined ? ({ kind: defaultEnd } as IntervalEnd) : end === 'open' ? { kind: 'open' } : end === 'unknown' ? { kind: 'unknown' } : { kind: 'date', date: date(end, 'end') };
  const iv: Interval = { start: start ? date(start, 'start') : null, end: e };
  if (iv.start && e.kind === 'date' && e.date.latest <= iv.start.earliest) throw new DomainError('VALIDATION_ERROR', 'end is not after start', { field: 'end', value: end });
  return iv;
};

type NameInput = z.infer<typeof s.personSchema>['names'];

/**
 * Turns one element of a dataset file into the records it states, or reports it as rejected (with its path, the
 * field and the reason) and yields nothing. An element may state several records: an organization and its names.
 */
export const elementRecords = (section: s.Section, raw: unknown, place: Place, report: ImportReport, catalog: SubjectCatalog, subjects: SubjectsSeen): DatasetRecord[] => {
  const kind = KIND_OF[section];
  const parsed = SCHEMAS[section].safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = [place.path, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
    const value = issue && issue.path.length ? valueAt(raw, issue.path) : undefined;
    record(report, kind, 'rejected', place, { field, ...(value !== undefined ? { value: String(value).slice(0, 200) } : {}), message: issue?.message ?? 'invalid record' });
    return [];
  }
  try {
    return convert(section, parsed.data as never, place, catalog, subjects);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    record(report, kind, 'rejected', place, { field: e.place.field ? `${place.path}.${e.place.field}` : (place.path ?? ''), value: String(e.place.value ?? ''), message: e.message });
    return [];
  }
};

const entityOf = (entity: string): { type: string; id: string } => {
  const colon = entity.indexOf(':');
  return { type: entity.slice(0, colon), id: entity.slice(colon + 1) };
};

const valueAt = (raw: unknown, path: readonly PropertyKey[]): unknown => {
  let v: unknown = raw;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return typeof v === 'object' ? undefined : v;
};

const names = (entityType: NameVariant['entityType'], entityId: string, list: NameInput, source: string, place: Place): DatasetRecord[] =>
  (list ?? []).map((n, i) => ({
    kind: 'name' as const, place: { ...place, path: `${place.path}.names[${i}]` },
    value: {
      entityType, entityId, name: n.name, kind: n.kind, ...(n.lang ? { lang: n.lang } : {}), sourceId: n.source ?? source,
      ...(n.start !== undefined || n.end !== undefined ? { interval: interval(n.start, n.end) } : {}),
    },
  }));

const identifiers = (entityType: string, entityId: string, list: { scheme: string; value: string }[] | undefined, source: string, place: Place): DatasetRecord[] =>
  (list ?? []).map((x, i) => ({ kind: 'identifier' as const, place: { ...place, path: `${place.path}.identifiers[${i}]` }, value: { entityType, entityId, scheme: x.scheme, value: x.value, sourceId: source } satisfies Identifier }));

const primary = (entityType: NameVariant['entityType'], entityId: string, name: string, source: string, place: Place): DatasetRecord =>
  ({ kind: 'name', place: { ...place, path: `${place.path}.name` }, value: { entityType, entityId, name, kind: 'primary', lang: 'en', sourceId: source } });

const CLAIM_FIELD: Record<string, string> = { nativeName: 'native-name', born: 'born', died: 'died', formed: 'formed', dissolved: 'dissolved', exclusivePosts: 'exclusive-posts' };

/** A value whose source is not the record's: a claim citing that source is its provenance. */
const fieldClaims = (entityType: string, entityId: string, x: Record<string, unknown>, sources: Record<string, string | undefined> | undefined, place: Place): DatasetRecord[] =>
  // The name's source is carried by the primary name itself (a claim on it would be a second copy).
  Object.entries(sources ?? {}).filter(([f, s]) => s && f !== 'name' && x[f] !== undefined).map(([f, s]) => {
    const value = String(x[f]);
    const field = CLAIM_FIELD[f] ?? f;
    return { kind: 'claim' as const, place: { ...place, path: `${place.path}.fieldSources.${f}` }, value: { id: `${entityType}:${entityId}:${field}:${slugify(value) || 'x'}@${s}`, entityType, entityId, field, value, sourceId: s!, note: 'the source of this value' } };
  });

/** Subjects already given in this input (by a `subjects` record, or emitted for an earlier record), by id. */
export type SubjectsSeen = Map<string, Subject>;

/** A subject by any name the catalog knows, by a catalog id, or by the id of one this input defined. */
const resolveSubject = (text: string, catalog: SubjectCatalog, subjects: SubjectsSeen): Subject | undefined =>
  catalog.resolve(text) ?? catalog.get(text) ?? subjects.get(text);

const subjectRecord = (subject: Subject, place: Place, subjects: SubjectsSeen): DatasetRecord[] => {
  if (subjects.has(subject.id)) return [];
  subjects.set(subject.id, subject);
  return [{ kind: 'subject', place: { ...place, path: `${place.path}.subject` }, value: subject }];
};

const convert = (section: s.Section, r: never, place: Place, catalog: SubjectCatalog, subjects: SubjectsSeen): DatasetRecord[] => {
  switch (section) {
    case 'subjects': {
      const x = r as z.infer<typeof s.subjectSchema>;
      const subject: Subject = { id: x.id, kind: x.kind, name: x.name, ...(x.code ? { code: x.code } : {}) };
      if (subjects.has(x.id)) return [];
      subjects.set(x.id, subject);
      return [{ kind: 'subject', place, value: subject }];
    }
    case 'names': {
      const x = r as z.infer<typeof s.nameRecordSchema>;
      const { type, id } = entityOf(x.entity);
      if (type !== 'person' && type !== 'organization' && type !== 'post') throw new DomainError('VALIDATION_ERROR', 'names belong to a person, organization or post', { field: 'entity', value: x.entity });
      return names(type, id, [x], x.source, { ...place, path: place.path ?? 'names' }).map((n) => ({ ...n, place }));
    }
    case 'identifiers': {
      const x = r as z.infer<typeof s.identifierRecordSchema>;
      const { type, id } = entityOf(x.entity);
      return [{ kind: 'identifier', place, value: { entityType: type, entityId: id, scheme: x.scheme, value: x.value, sourceId: x.source } }];
    }
    case 'citations': {
      const x = r as z.infer<typeof s.citationSchema>;
      const { type, id } = entityOf(x.entity);
      return [{ kind: 'citation', place, value: { entityType: type, entityId: id, sourceId: x.source, ...(x.note ? { note: x.note } : {}) } }];
    }
    case 'sources': {
      const x = r as z.infer<typeof s.sourceSchema>;
      return [{ kind: 'source', place, value: { ...x } }];
    }
    case 'organizations': {
      const x = r as z.infer<typeof s.organizationSchema>;
      return [
        {
          kind: 'organization', place,
          value: {
            id: x.id, name: x.name, kind: x.kind, sourceId: x.source, ...(x.nativeName ? { nativeName: x.nativeName } : {}),
            ...(x.formed ? { formed: date(x.formed, 'formed') } : {}), ...(x.dissolved ? { dissolved: date(x.dissolved, 'dissolved') } : {}),
            ...(x.jurisdiction ? { jurisdiction: x.jurisdiction } : {}), ...(x.headquarters ? { headquarters: x.headquarters } : {}),
            ...(x.missionType ? { agencyType: x.missionType } : {}), ...(x.exclusivePosts ? { exclusivePosts: true } : {}),
          },
        },
        primary('organization', x.id, x.name, x.fieldSources?.['name'] ?? x.source, place),
        ...(x.nativeName ? [{ kind: 'name', place, value: { entityType: 'organization', entityId: x.id, name: x.nativeName, kind: 'native', sourceId: x.fieldSources?.['nativeName'] ?? x.source } } as DatasetRecord] : []),
        ...names('organization', x.id, x.names, x.source, place),
        ...fieldClaims('organization', x.id, x, x.fieldSources, place),
        ...identifiers('organization', x.id, x.identifiers, x.source, place),
      ];
    }
    case 'posts': {
      const x = r as z.infer<typeof s.postSchema>;
      const subject = x.subject ? resolveSubject(x.subject, catalog, subjects) : undefined;
      if (x.subject && !subject) throw new DomainError('UNKNOWN_SUBJECT', `no country, regional body or function named "${x.subject}"`, { field: 'subject', value: x.subject });
      return [
        ...(subject ? subjectRecord(subject, place, subjects) : []),
        {
          kind: 'post', place,
          value: {
            id: x.id, organizationId: x.organization, name: x.name, seats: x.seats, ...(x.rank ? { rank: x.rank } : {}), sourceId: x.source,
            ...(x.start || x.end ? { life: { from: x.start ? date(x.start, 'start') : null, to: x.end ? date(x.end, 'end') : null } } : {}),
            ...(subject ? { subjectId: subject.id } : {}),
          },
        },
        primary('post', x.id, x.name, x.source, place),
        ...names('post', x.id, x.names, x.source, place),
        ...identifiers('post', x.id, x.identifiers, x.source, place),
      ];
    }
    case 'people': {
      const x = r as z.infer<typeof s.personSchema>;
      return [
        {
          kind: 'person', place,
          value: {
            id: x.id, name: x.name, sourceId: x.source, ...(x.nativeName ? { nativeName: x.nativeName.normalize('NFC') } : {}),
            ...(x.born ? { born: date(x.born, 'born') } : {}), ...(x.died ? { died: date(x.died, 'died') } : {}),
          },
        },
        primary('person', x.id, x.name, x.fieldSources?.['name'] ?? x.source, place),
        ...(x.nativeName ? [{ kind: 'name', place, value: { entityType: 'person', entityId: x.id, name: x.nativeName.normalize('NFC'), kind: 'native', lang: 'ko', sourceId: x.fieldSources?.['nativeName'] ?? x.source } } as DatasetRecord] : []),
        ...names('person', x.id, x.names, x.source, place),
        ...fieldClaims('person', x.id, { ...x, nativeName: x.nativeName?.normalize('NFC') }, x.fieldSources, place),
        ...identifiers('person', x.id, x.identifiers, x.source, place),
      ];
    }
    case 'relations': {
      const x = r as z.infer<typeof s.relationSchema>;
      return [{ kind: 'relation', place, value: { id: `${x.from}~${x.type}~${x.to}`, fromId: x.from, toId: x.to, type: x.type, interval: interval(x.start, x.end), sourceId: x.source } }];
    }
    case 'appointments': {
      const x = r as z.infer<typeof s.appointmentSchema>;
      const iv = interval(x.start, x.end);
      const kind: AppointmentKind = x.kind ?? (x.acting ? 'acting' : 'substantive');
      if (kind === 'cover' && !x.covers) throw new DomainError('VALIDATION_ERROR', 'a cover names the appointment it covers (covers)', { field: 'covers' });
      return [{
        kind: 'appointment', place,
        value: {
          id: x.id ?? `${x.post}:${x.person}:${iv.start?.text ?? 'undated'}${kind === 'nominated' ? ':nominated' : ''}`, postId: x.post, personId: x.person, interval: iv, kind,
          sourceId: x.source, ...(x.covers ? { coversId: x.covers } : {}), ...(x.appointed ? { appointed: date(x.appointed, 'appointed') } : {}),
          ...(x.endReason ? { endReason: x.endReason } : {}), ...(x.note ? { note: x.note } : {}),
        },
      }];
    }
    case 'responsibilities': {
      const x = r as z.infer<typeof s.responsibilitySchema>;
      const subject = resolveSubject(x.subject, catalog, subjects);
      if (!subject) throw new DomainError('UNKNOWN_SUBJECT', `no country, regional body or function named "${x.subject}"`, { field: 'subject', value: x.subject });
      return [
        ...subjectRecord(subject, place, subjects),
        {
          kind: 'responsibility', place,
          value: {
            id: x.id ?? `${x.unit}>${subject.id}${x.role && x.role !== 'handles' ? `:${x.role}` : ''}@${x.source}`, unitId: x.unit, subjectId: subject.id,
            interval: interval(x.start, x.end), ...(x.role ? { role: x.role } : {}), sourceId: x.source, ...(x.note ? { note: x.note } : {}),
          },
        },
      ];
    }
    case 'events': {
      const x = r as z.infer<typeof s.eventSchema>;
      const d = date(x.date, 'date');
      const { id, kind, date: _d, organization, description, apply, source, details: stored, ...asked } = x;
      if (apply && stored) throw new DomainError('VALIDATION_ERROR', 'an event to apply gives its fields (unit, from, to…), not stored details', { field: 'details' });
      const details = stored ?? asked;
      if (!apply && !organization) throw new DomainError('VALIDATION_ERROR', 'an event names its organization (or is applied: "apply": true)', { field: 'organization' });
      const eventId = id ?? `${organization ?? 'applied'}:${kind}:${slugify(JSON.stringify(details)).slice(0, 80)}:${d.text}`;
      return [{ kind: 'event', place, apply: apply ?? false, value: { id: eventId, kind, date: d, organizationId: organization ?? '', description: description ?? `${kind} (${d.text})`, details, sourceId: source } }];
    }
    case 'successions': {
      const x = r as z.infer<typeof s.successionSchema>;
      const d = x.date ? date(x.date, 'date') : null;
      return [{
        kind: 'succession', place,
        value: { id: `${x.type}:${x.from}>${x.kind}>${x.to}`, entityType: x.type, fromId: x.from, toId: x.to, kind: x.kind, date: d, ordinals: x.ordinals ?? 'continue', sourceId: x.source, ...(x.note ? { note: x.note } : {}) },
      }];
    }
    case 'claims': {
      const x = r as z.infer<typeof s.claimSchema>;
      const colon = x.entity.indexOf(':');
      const entityType = x.entity.slice(0, colon);
      const entityId = x.entity.slice(colon + 1);
      // A claimed start or end is read as a date when the claims are reconciled: a value that is none is refused here, in its place.
      if ((x.field === 'start' || x.field === 'end') && x.value !== 'open' && x.value !== 'unknown') date(x.value, 'value');
      const claim: Claim = {
        id: `${entityType}:${entityId}:${x.field}:${slugify(x.value) || 'x'}@${x.source}`, entityType, entityId, field: x.field, value: x.value, sourceId: x.source,
        ...(x.quote ? { quote: x.quote } : {}), ...(x.note ? { note: x.note } : {}),
      };
      return [{ kind: 'claim', place, value: claim }];
    }
  }
};

/**
 * The records of a dataset file, streamed: memory holds one element at a time. Sections are read in dependency
 * order: in one pass when the file lists them so, else one pass per section (the file is read again, not held).
 */
export async function* streamDatasetFile(file: string, label: string, report: ImportReport, catalog: SubjectCatalog, position?: ReadPosition): AsyncGenerator<DatasetRecord> {
  const keys = await documentSections(file);
  const known = keys.filter((k): k is s.Section => (s.SECTIONS as readonly string[]).includes(k));
  if (known.length === 0) throw new DomainError('PARSE_ERROR', `nothing Chancery knows: a dataset has one or more of ${s.SECTIONS.join(', ')} (see docs/formats.md)`, { file: label });
  const ordered = known.every((k, i) => i === 0 || SECTION_ORDER.indexOf(known[i - 1]!) <= SECTION_ORDER.indexOf(k));
  const passes = ordered ? [new Set<string>(known)] : SECTION_ORDER.filter((k) => known.includes(k)).map((k) => new Set<string>([k]));
  const subjects: SubjectsSeen = new Map();
  for (const only of passes) {
    for await (const e of streamJsonDocument(file, only, position)) {
      const section = e.section as s.Section;
      yield* elementRecords(section, e.value, { file: label, line: e.line, path: `${section}[${e.index}]` }, report, catalog, subjects);
    }
  }
}

/**
 * JSON Lines: one record a line, `{"record": "person", …the fields of a dataset record…}`. Records are written in the
 * order read, a window at a time; a record should follow what it refers to (sources first).
 */
export async function* streamJsonLinesFile(file: string, label: string, report: ImportReport, catalog: SubjectCatalog, position?: ReadPosition): AsyncGenerator<DatasetRecord> {
  const subjects: SubjectsSeen = new Map();
  const index = new Map<string, number>();
  for await (const { line, value } of streamJsonLines(file, position)) {
    const type = value && typeof value === 'object' ? (value as Record<string, unknown>)['record'] : undefined;
    const section = typeof type === 'string' ? TYPE_SECTION[type] : undefined;
    const place = { file: label, line };
    if (!section) {
      record(report, 'record', 'rejected', place, { field: 'record', value: String(type ?? ''), message: `"record" is one of ${Object.keys(TYPE_SECTION).join(', ')}` });
      continue;
    }
    const { record: _t, ...rest } = value as Record<string, unknown>;
    const i = index.get(section) ?? 0;
    index.set(section, i + 1);
    yield* elementRecords(section, rest, { ...place, path: `${type}` }, report, catalog, subjects);
  }
}
