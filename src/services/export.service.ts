import { once } from 'node:events';
import { DomainError } from '../domain/errors.js';
import type { PartialDate } from '../domain/time/partial-date.js';
import { jsonlLines } from '../exporters/jsonl.exporter.js';
import { openOutput } from '../exporters/output-file.js';
import { registryElements } from './registry-elements.js';
import type { Store } from '../storage/store.js';

export type ExportFormat = 'jsonl' | 'csv' | 'popolo';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'csv', 'popolo'];

export interface ExportResult {
  format: ExportFormat;
  /** Records written, by section. */
  counts: Record<string, number>;
}

/** Writes lines to a stream, waiting when it is full: memory holds a page of the registry, not the export. */
export const writeLines = async (out: NodeJS.WritableStream, lines: AsyncIterable<string>): Promise<void> => {
  for await (const line of lines) if (!out.write(line)) await once(out, 'drain');
};

const counted = async function* <T extends { section: string }>(xs: AsyncIterable<T>, counts: Record<string, number>): AsyncGenerator<T> {
  for await (const x of xs) {
    counts[x.section] = (counts[x.section] ?? 0) + 1;
    yield x;
  }
};

/** Writes to a file (opened here, closed when done) or to a stream the caller owns (standard output). */
const intoStream = async (target: string | NodeJS.WritableStream, write: (out: NodeJS.WritableStream) => Promise<void>): Promise<void> => {
  if (typeof target !== 'string') return write(target);
  const out = await openOutput(target);
  await write(out);
  out.end();
  await once(out, 'finish');
};

/**
 * Exports the registry (or, with a date, the facts that may hold on it) as JSON Lines, a folder of CSV files, or
 * Popolo JSON: each format imports back into the same registry (docs/formats.md).
 */
export const exportRegistry = async (store: Store, format: ExportFormat, target: string | NodeJS.WritableStream, at?: PartialDate): Promise<ExportResult> => {
  const counts: Record<string, number> = {};
  const elements = counted(registryElements(store, at), counts);
  if (format === 'jsonl') await intoStream(target, (out) => writeLines(out, jsonlLines(elements)));
  else if (format === 'popolo') {
    const { writePopolo } = await import('../exporters/popolo.exporter.js');
    await intoStream(target, (out) => writePopolo(elements, out));
  } else {
    if (typeof target !== 'string') throw new DomainError('INVALID_ARGUMENT', 'a CSV export is a folder of files: give its path', { field: '--out' });
    const { writeCsvFolder } = await import('../exporters/csv.exporter.js');
    await writeCsvFolder(elements, target);
  }
  return { format, counts };
};
