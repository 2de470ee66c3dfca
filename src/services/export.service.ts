import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { PartialDate } from '../domain/time/partial-date.js';
import { jsonlLines } from '../exporters/jsonl.exporter.js';
import { registryElements } from '../exporters/registry-elements.js';
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

/**
 * Exports the registry (or, with a date, the facts that may hold on it) as JSON Lines, a folder of CSV files, or
 * Popolo JSON: each format imports back into the same registry (docs/formats.md).
 */
export const exportRegistry = async (store: Store, format: ExportFormat, target: string | NodeJS.WritableStream, at?: PartialDate): Promise<ExportResult> => {
  const counts: Record<string, number> = {};
  const elements = counted(registryElements(store, at), counts);
  if (format === 'jsonl') {
    const out = typeof target === 'string' ? createWriteStream(target) : target;
    await writeLines(out, jsonlLines(elements));
    if (typeof target === 'string') {
      out.end();
      await once(out, 'finish');
    }
  } else if (format === 'csv') {
    const { writeCsvFolder } = await import('../exporters/csv.exporter.js');
    if (typeof target !== 'string') throw new Error('a CSV export is a folder: give its path');
    await writeCsvFolder(elements, target);
  } else {
    const { writePopolo } = await import('../exporters/popolo.exporter.js');
    const out = typeof target === 'string' ? createWriteStream(target) : target;
    await writePopolo(elements, out);
    if (typeof target === 'string') {
      out.end();
      await once(out, 'finish');
    }
  }
  return { format, counts };
};
