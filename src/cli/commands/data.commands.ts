import { DomainError } from '../../domain/errors.js';
import { parseAskedDate } from '../../domain/time/partial-date.js';
import type { ExportFormat } from '../../services/export.service.js';
import { IMPORT_FORMATS, type ImportFormat, importFile, loadBundledDataset } from '../../services/import.service.js';
import { createDatabase } from '../../storage/database.js';
import { databaseLocation, type GlobalOptions, withStore } from '../context.js';
import { EXIT_IMPORT_INCOMPLETE } from '../exit-codes.js';
import type { Io } from '../io.js';
import { json, presentImport } from '../present.js';

/** Creates the database (migrations) and loads the bundled dataset; running it again changes nothing. */
export const initCommand = async (opts: GlobalOptions & { createDb?: boolean }, io: Io): Promise<number> => {
  if (opts.createDb && (await createDatabase(databaseLocation(opts, io)))) io.err(`chancery: created the database ${databaseLocation(opts, io)}`);
  const reports = await withStore(opts, io, (store) => loadBundledDataset(store), false);
  io.out(opts.json ? json({ database: databaseLocation(opts, io), reports }) : `${databaseLocation(opts, io)}\n${presentImport(reports)}`);
  return 0;
};

const FORMATS = IMPORT_FORMATS;

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
  // Nothing read, or more rejected than kept: the report says why; the exit code says it did not go through.
  const t = report.totals;
  if (t.read === 0 || t.rejected * 2 > t.read) {
    io.err(`chancery: ${t.read === 0 ? 'the file holds no record Chancery reads' : `${t.rejected} of ${t.read} records were rejected`}: see the reasons above`);
    return EXIT_IMPORT_INCOMPLETE;
  }
  return 0;
};

/** Exports the registry (or, with --at, what may hold on that date) as JSON Lines, a CSV folder or Popolo JSON. */
export const exportCommand = async (opts: GlobalOptions & { format?: string; at?: string; out?: string }, io: Io): Promise<number> => {
  const { EXPORT_FORMATS, exportRegistry } = await import('../../services/export.service.js');
  const format = (opts.format ?? 'jsonl') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new DomainError('INVALID_ARGUMENT', `unknown format; use one of ${EXPORT_FORMATS.join(', ')}`, { field: '--format', value: opts.format });
  if (format === 'csv' && !opts.out) throw new DomainError('INVALID_ARGUMENT', 'a CSV export is a folder of files: give it with --out <folder>', { field: '--out' });
  if (!opts.out && !io.stdout) throw new DomainError('INVALID_ARGUMENT', 'give the file to write with --out', { field: '--out' });
  const at = opts.at ? parseAskedDate(opts.at, io.today, { field: '--at', value: opts.at }) : undefined;
  const result = await withStore(opts, io, (store) => exportRegistry(store, format, opts.out ?? io.stdout!, at));
  const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
  io.err(`chancery: exported ${total.toLocaleString('en')} records as ${format}${opts.out ? ` to ${opts.out}` : ''}${at ? ` (what may hold on ${at.text})` : ''}: ${Object.entries(result.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  return 0;
};
