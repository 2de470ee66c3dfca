import { DomainError } from '../../domain/errors.js';
import type { SubjectCatalog } from '../../domain/subjects/subject-catalog.js';
import type { DatasetElement, DatasetRecord } from '../../dataset/dataset-records.js';
import { elementRecords, type SubjectsSeen } from '../dataset/dataset-file.loader.js';
import type { ImportReport } from '../../dataset/import-report.js';

/**
 * Every reader's elements through one converter (the dataset loader's), so every format is checked, placed and
 * reported the same way.
 */
export async function* elementsToRecords(elements: AsyncIterable<DatasetElement> | Iterable<DatasetElement>, report: ImportReport, catalog: SubjectCatalog): AsyncGenerator<DatasetRecord> {
  const subjects: SubjectsSeen = new Map();
  for await (const e of elements) yield* elementRecords(e.section, e.value, e.place ?? { file: report.file }, report, catalog, subjects);
}

/**
 * The elements of a format that makes its own source (a Popolo file, an EveryPolitician, POCOM, IfG or Wikidata
 * folder), refused when they are that source and nothing else: such an input is not the format (noise, another
 * document, the wrong folder), and importing it would report "1 created" for a source citing nothing. Sources are held
 * back until something else comes (they are few and come first), so a refusal writes nothing.
 */
export async function* beyondSources(elements: AsyncIterable<DatasetElement>, format: string, label: string): AsyncGenerator<DatasetElement> {
  const held: DatasetElement[] = [];
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
