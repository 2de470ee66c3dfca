import type {
  Appointment, Citation, Claim, Dataset, Identifier, NameVariant, Organization, Person, Post, Relation, Responsibility, Source, StructuralEvent, Subject, Succession,
} from '../domain/model.js';
import type { Section } from './dataset.schema.js';
import type { Place } from './import-report.js';

/**
 * A dataset record as the format writes it (docs/formats.md): its section and its fields, unchecked. Every reader
 * (Popolo, CSV, POCOM, IfG, Wikidata tables) yields these, with the place it read each one; every exporter writes
 * them. One converter (the dataset loader's) checks them and turns them into `DatasetRecord`s.
 */
export interface DatasetElement {
  section: Section;
  value: Record<string, unknown>;
  /** Where it was read (absent when the registry writes it). */
  place?: Place;
}

/**
 * The dataset record: one record of the dataset format as the registry's own types, with where it was read. What
 * every importer turns its input into and the ingest pipeline accounts for, one by one.
 */
export type DatasetRecord =
  | { kind: 'source'; value: Source; place: Place }
  | { kind: 'subject'; value: Subject; place: Place }
  | { kind: 'organization'; value: Organization; place: Place }
  | { kind: 'relation'; value: Relation; place: Place }
  | { kind: 'post'; value: Post; place: Place }
  | { kind: 'person'; value: Person; place: Place }
  | { kind: 'name'; value: NameVariant; place: Place; derived?: boolean }
  | { kind: 'identifier'; value: Identifier; place: Place }
  | { kind: 'appointment'; value: Appointment; place: Place }
  | { kind: 'responsibility'; value: Responsibility; place: Place }
  | { kind: 'event'; value: StructuralEvent; place: Place; apply?: boolean }
  | { kind: 'claim'; value: Claim; place: Place }
  | { kind: 'succession'; value: Succession; place: Place }
  | { kind: 'citation'; value: Citation; place: Place };

export type RecordKind = DatasetRecord['kind'];

/** The order records depend on each other in: a window of records is written kind by kind in this order. */
export const KIND_ORDER: readonly RecordKind[] = [
  'source', 'subject', 'organization', 'post', 'person', 'relation', 'name', 'identifier', 'appointment', 'responsibility', 'event', 'claim', 'succession', 'citation',
];

export type RecordOf<K extends RecordKind> = Extract<DatasetRecord, { kind: K }>;

/** The records of an in-memory dataset, in dependency order, each placed by `place` or by its array and index. */
export function* datasetRecords(data: Dataset, file: string, place?: (value: object) => Place | undefined): Generator<DatasetRecord> {
  const lists: { [K in RecordKind]: readonly RecordOf<K>['value'][] } = {
    source: data.sources, subject: data.subjects, organization: data.organizations, post: data.posts, person: data.people, relation: data.relations,
    name: data.names, identifier: data.identifiers, appointment: data.appointments, responsibility: data.responsibilities,
    event: [...data.events, ...data.applyEvents], claim: data.claims, succession: data.successions, citation: [],
  };
  for (const kind of KIND_ORDER) {
    const list = lists[kind] as readonly unknown[];
    for (let i = 0; i < list.length; i++) {
      const rec = { kind, value: list[i], place: place?.(list[i] as object) ?? { file, path: `${kind}[${i}]` } } as DatasetRecord;
      if (kind === 'event' && i >= data.events.length) (rec as RecordOf<'event'>).apply = true;
      yield rec;
    }
  }
}
