import { DomainError } from '../../domain/errors.js';
import type { SubjectCatalog } from '../../domain/subjects/subject-catalog.js';
import type { IngestRecord } from '../../services/ingest/records.js';
import { elementRecords, type SubjectsSeen } from '../dataset/dataset-file.loader.js';
import type { Section } from '../dataset/dataset-file.schema.js';
import type { ImportReport, Place } from '../import-report.js';

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


/**
 * The elements of a format that makes its own source (a Popolo file, an EveryPolitician, POCOM, IfG or Wikidata
 * folder), refused when they are that source and nothing else: such an input is not the format (noise, another
 * document, the wrong folder), and importing it would report "1 created" for a source citing nothing. Sources are held
 * back until something else comes (they are few and come first), so a refusal writes nothing.
 */
export async function* beyondSources(elements: AsyncIterable<InputElement>, format: string, label: string): AsyncGenerator<InputElement> {
  const held: InputElement[] = [];
  let more = false;
  for await (const e of elements) {
    if (!more && e.section === 'sources') {
      held.push(e);
      continue;
    }
    if (!more) {
      more = true;
      yield* held;
      held.length = 0;
    }
    yield e;
  }
  if (!more) throw new DomainError('PARSE_ERROR', `nothing to import: read as ${format}, this gives no record but ${held.length ? 'its own source' : 'nothing'} (is it the right format or folder?)`, { file: label });
}
