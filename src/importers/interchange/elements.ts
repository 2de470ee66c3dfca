import type { SubjectCatalog } from '../../domain/subjects/subject-catalog.js';
import type { IngestRecord } from '../../dataset/dataset-records.js';
import { elementRecords, type SubjectsSeen } from '../dataset/dataset-file.loader.js';
import type { Section } from '../../dataset/dataset.schema.js';
import type { ImportReport, Place } from '../../dataset/import-report.js';

/**
 * One record of the dataset format read from another format, with where it was read. Every importer (Popolo, CSV,
 * POCOM, IfG, Wikidata tables) turns its input into these; one converter (the dataset loader's) validates them and
 * turns them into what is stored, so every format is checked, placed and reported the same way.
 */
export interface InputElement {
  section: Section;
  value: Record<string, unknown>;
  place: Place;
}

export async function* elementsToRecords(elements: AsyncIterable<InputElement> | Iterable<InputElement>, report: ImportReport, catalog: SubjectCatalog): AsyncGenerator<IngestRecord> {
  const subjects: SubjectsSeen = new Map();
  for await (const e of elements) yield* elementRecords(e.section, e.value, e.place, report, catalog, subjects);
}

