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
