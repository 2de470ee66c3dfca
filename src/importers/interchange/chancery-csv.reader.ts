import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DomainError } from '../../domain/errors.js';
import { recordOfRow } from '../../dataset/csv-columns.js';
import { readCsvFile } from '../csv/csv-reader.js';
import { SECTION_ORDER } from '../../dataset/dataset.schema.js';
import { SECTIONS, type Section } from '../../dataset/dataset.schema.js';
import type { DatasetElement } from '../../dataset/dataset-records.js';

const sectionOf = (file: string): Section | undefined => {
  const name = basename(file).replace(/\.csv$/i, '');
  return (SECTIONS as readonly string[]).includes(name) ? (name as Section) : undefined;
};

/**
 * The Chancery CSV format: a folder of files named after sections (`sources.csv`, `people.csv`, `appointments.csv`…),
 * read in dependency order, or one such file. Each row is one dataset record (docs/formats.md), placed by file:line.
 */
export async function* chanceryCsvElements(path: string, label: string): AsyncGenerator<DatasetElement> {
  const folder = statSync(path).isDirectory();
  const files = folder ? SECTION_ORDER.map((s) => [s, join(path, `${s}.csv`)] as const).filter(([, f]) => existsSync(f)) : [[sectionOf(path), path] as const];
  if (files.length === 0) throw new DomainError('PARSE_ERROR', `no CSV file named after a section (${SECTIONS.map((s) => `${s}.csv`).join(', ')})`, { file: label });
  for (const [section, file] of files) {
    if (!section) throw new DomainError('PARSE_ERROR', `a CSV file is named after its section: ${SECTIONS.map((s) => `${s}.csv`).join(', ')}`, { file: label });
    const fileLabel = folder ? join(label, basename(file)) : label;
    for await (const row of readCsvFile(file, fileLabel)) yield { section, value: recordOfRow(section, row.fields), place: { file: fileLabel, line: row.line, path: section } };
  }
}
