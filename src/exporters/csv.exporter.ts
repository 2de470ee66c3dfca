import type { WriteStream } from 'node:fs';
import { once } from 'node:events';
import { DomainError } from '../domain/errors.js';
import { makeOutputFolder, openOutput } from './output-file.js';
import { join } from 'node:path';
import { CSV_COLUMNS, cellOf, csvLine } from '../dataset/csv-columns.js';
import type { Section } from '../dataset/dataset.schema.js';
import type { DatasetElement } from '../dataset/dataset-records.js';

/** A folder of CSV files, one per section with records (`people.csv`…), as `import <folder> --format csv` reads it. */
export const writeCsvFolder = async (elements: AsyncIterable<DatasetElement>, dir: string): Promise<void> => {
  makeOutputFolder(dir);
  const files = new Map<Section, WriteStream>();
  for await (const e of elements) {
    let out = files.get(e.section);
    if (!out) {
      out = await openOutput(join(dir, `${e.section}.csv`));
      files.set(e.section, out);
      out.write(csvLine(CSV_COLUMNS[e.section]));
    }
    const extra = Object.keys(e.value).filter((k) => !CSV_COLUMNS[e.section].includes(k));
    // Every field of the dataset format has its column: a field without one would be lost, so it stops the export.
    if (extra.length) throw new DomainError('INVALID_ARGUMENT', `${e.section}: no CSV column for ${extra.join(', ')}`, { file: dir, field: extra[0]! });
    if (!out.write(csvLine(CSV_COLUMNS[e.section].map((c) => cellOf(e.value[c]))))) await once(out, 'drain');
  }
  for (const out of files.values()) {
    out.end();
    await once(out, 'finish');
  }
};
