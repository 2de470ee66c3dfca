import { DomainError } from '../../domain/errors.js';
import { type ImportFormat, importFile, loadBundledDataset } from '../../services/import.service.js';
import { databaseLocation, type GlobalOptions, withStore } from '../context.js';
import type { Io } from '../io.js';
import { json, presentImport } from '../present.js';

/** Creates the database (migrations) and loads the bundled dataset; running it again changes nothing. */
export const initCommand = async (opts: GlobalOptions, io: Io): Promise<number> => {
  const reports = await withStore(opts, io, (store) => loadBundledDataset(store), false);
  io.out(opts.json ? json({ database: databaseLocation(opts, io), reports }) : `${databaseLocation(opts, io)}\n${presentImport(reports)}`);
  return 0;
};

const FORMATS: readonly ImportFormat[] = ['article', 'dataset', 'jsonl'];

export const importCommand = async (file: string, opts: GlobalOptions & { format?: string; source?: string }, io: Io): Promise<number> => {
  if (opts.format && !FORMATS.includes(opts.format as ImportFormat)) {
    throw new DomainError('INVALID_ARGUMENT', `unknown format; use one of ${FORMATS.join(', ')}`, { field: '--format', value: opts.format });
  }
  const started = Date.now();
  const bar = (fraction: number) => `[${'#'.repeat(Math.round(fraction * 30)).padEnd(30, '.')}] ${(fraction * 100).toFixed(0).padStart(3)}%`;
  const onImportProgress = io.progress
    ? ({ records, fraction }: { records: number; fraction: number | undefined }) => {
        const seconds = (Date.now() - started) / 1000;
        io.progress!(`importing ${fraction === undefined ? '' : `${bar(fraction)} `}${records.toLocaleString('en')} records, ${Math.round(records / Math.max(seconds, 0.001)).toLocaleString('en')}/s, ${seconds.toFixed(0)} s`);
      }
    : undefined;
  const options = { ...(opts.format ? { format: opts.format as ImportFormat } : {}), ...(opts.source ? { sourceId: opts.source } : {}), ...(onImportProgress ? { onImportProgress } : {}) };
  const report = await withStore(opts, io, (store) => importFile(store, file, options), false).finally(() => io.progress?.('', true));
  io.out(opts.json ? json(report) : presentImport([report]));
  return 0;
};
