import type { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import { type Dataset, emptyDataset, type NameVariant } from '../../domain/model.js';
import { slugify } from '../../domain/names.js';
import type { SubjectCatalog } from '../../domain/subjects/subject-catalog.js';
import type { Interval, IntervalEnd } from '../../domain/time/interval.js';
import { parsePartialDate } from '../../domain/time/partial-date.js';
import type { ReportEntry } from '../import-report.js';
import * as s from './dataset-file.schema.js';

const lineOfOffset = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** Reads a Chancery dataset JSON file. Malformed JSON throws; each invalid record is reported and skipped. */
export const loadDatasetFile = (text: string, file: string, catalog: SubjectCatalog): { dataset: Dataset; entries: ReportEntry[] } => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec(String(e))?.[1];
    throw new DomainError('PARSE_ERROR', `not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { file, line: pos ? lineOfOffset(text, Number(pos)) : undefined });
  }
  const top = s.datasetFileSchema.safeParse(json);
  if (!top.success) throw new DomainError('PARSE_ERROR', `not a Chancery dataset: ${top.error.issues[0]?.message ?? ''}`, { file, field: top.error.issues[0]?.path.join('.') });

  const data = emptyDataset();
  const entries: ReportEntry[] = [];

  /** Validates and converts one record; a failure is reported with its path and the record is left out. */
  const each = <S extends z.ZodType>(list: unknown[] | undefined, key: string, schema: S, add: (r: z.infer<S>, path: string) => void): void => {
    (list ?? []).forEach((raw, i) => {
      const path = `${key}[${i}]`;
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        entries.push({ status: 'not-placed', kind: key, file, field: [path, ...(issue?.path ?? [])].join('.'), message: issue?.message ?? 'invalid record' });
        return;
      }
      try {
        add(parsed.data, path);
        entries.push({ status: 'placed', kind: key, file, field: path, message: 'ok' });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        entries.push({ status: 'not-placed', kind: key, file, field: e.place.field ? `${path}.${e.place.field}` : path, value: String(e.place.value ?? ''), message: e.message });
      }
    });
  };
  const date = (v: string, field: string) => parsePartialDate(v, { field });
  const interval = (start: string | null | undefined, end: string | undefined): Interval => {
    const e: IntervalEnd = end === undefined || end === 'open' ? { kind: 'open' } : end === 'unknown' ? { kind: 'unknown' } : { kind: 'date', date: date(end, 'end') };
    const iv: Interval = { start: start ? date(start, 'start') : null, end: e };
    if (iv.start && e.kind === 'date' && e.date.latest <= iv.start.earliest) {
      throw new DomainError('VALIDATION_ERROR', 'end is not after start', { field: 'end', value: end });
    }
    return iv;
  };
  const names = (entityType: NameVariant['entityType'], entityId: string, list: z.infer<typeof s.personSchema>['names'], source: string): void => {
    for (const n of list ?? []) data.names.push({ entityType, entityId, name: n.name, kind: n.kind, ...(n.lang ? { lang: n.lang } : {}), sourceId: n.source ?? source });
  };

  const doc = top.data;
  each(doc.sources, 'sources', s.sourceSchema, (r) => data.sources.push(r));
  each(doc.organizations, 'organizations', s.organizationSchema, (r) => {
    data.organizations.push({
      id: r.id, name: r.name, kind: r.kind, sourceId: r.source,
      ...(r.nativeName ? { nativeName: r.nativeName } : {}),
      ...(r.formed ? { formed: date(r.formed, 'formed') } : {}),
      ...(r.dissolved ? { dissolved: date(r.dissolved, 'dissolved') } : {}),
      ...(r.jurisdiction ? { jurisdiction: r.jurisdiction } : {}),
      ...(r.headquarters ? { headquarters: r.headquarters } : {}),
      ...(r.missionType ? { agencyType: r.missionType } : {}),
    });
    data.names.push({ entityType: 'organization', entityId: r.id, name: r.name, kind: 'primary', lang: 'en', sourceId: r.source });
    names('organization', r.id, r.names, r.source);
  });
  each(doc.relations, 'relations', s.relationSchema, (r) => {
    data.relations.push({ id: `${r.from}~${r.type}~${r.to}`, fromId: r.from, toId: r.to, type: r.type, interval: interval(r.start, r.end), sourceId: r.source });
  });
  each(doc.posts, 'posts', s.postSchema, (r) => {
    data.posts.push({ id: r.id, organizationId: r.organization, name: r.name, seats: r.seats, ...(r.rank ? { rank: r.rank } : {}), sourceId: r.source });
    data.names.push({ entityType: 'post', entityId: r.id, name: r.name, kind: 'primary', lang: 'en', sourceId: r.source });
    names('post', r.id, r.names, r.source);
  });
  each(doc.people, 'people', s.personSchema, (r) => {
    data.people.push({
      id: r.id, name: r.name, sourceId: r.source,
      ...(r.nativeName ? { nativeName: r.nativeName } : {}),
      ...(r.born ? { born: date(r.born, 'born') } : {}),
      ...(r.died ? { died: date(r.died, 'died') } : {}),
    });
    data.names.push({ entityType: 'person', entityId: r.id, name: r.name, kind: 'primary', lang: 'en', sourceId: r.source });
    if (r.nativeName) data.names.push({ entityType: 'person', entityId: r.id, name: r.nativeName, kind: 'native', lang: 'ko', sourceId: r.source });
    names('person', r.id, r.names, r.source);
  });
  each(doc.appointments, 'appointments', s.appointmentSchema, (r) => {
    const iv = interval(r.start, r.end);
    data.appointments.push({
      id: `${r.post}:${r.person}:${iv.start?.text ?? 'undated'}`, postId: r.post, personId: r.person, interval: iv,
      acting: r.acting ?? false, sourceId: r.source, ...(r.note ? { note: r.note } : {}),
    });
  });
  each(doc.responsibilities, 'responsibilities', s.responsibilitySchema, (r) => {
    const subject = catalog.resolve(r.subject);
    if (!subject) throw new DomainError('UNKNOWN_SUBJECT', `no country, regional body or function named "${r.subject}"`, { field: 'subject', value: r.subject });
    if (!data.subjects.some((x) => x.id === subject.id)) data.subjects.push(subject);
    data.responsibilities.push({
      id: `${r.unit}>${subject.id}${r.role && r.role !== 'handles' ? `:${r.role}` : ''}@${r.source}`, unitId: r.unit, subjectId: subject.id,
      interval: interval(r.start, r.end ?? 'open'), ...(r.role ? { role: r.role } : {}),
      sourceId: r.source, ...(r.note ? { note: r.note } : {}),
    });
  });
  each(doc.claims, 'claims', s.claimSchema, (r) => {
    const colon = r.entity.indexOf(':');
    const entityType = r.entity.slice(0, colon);
    const entityId = r.entity.slice(colon + 1);
    data.claims.push({
      id: `${entityType}:${entityId}:${r.field}:${slugify(r.value) || 'x'}@${r.source}`, entityType, entityId, field: r.field, value: r.value, sourceId: r.source,
      ...(r.quote ? { quote: r.quote } : {}), ...(r.note ? { note: r.note } : {}),
    });
  });
  return { dataset: data, entries };
};
