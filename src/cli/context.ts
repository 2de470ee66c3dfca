import { DomainError } from '../domain/errors.js';
import { parseAskedDate, type PartialDate } from '../domain/time/partial-date.js';
import { type Database, DEFAULT_DATABASE, openDatabase } from '../storage/database.js';
import { Store } from '../storage/store.js';
import type { Io } from './io.js';

export interface GlobalOptions {
  db?: string;
  json?: boolean;
}

/** `--db`, else CHANCERY_DB, else ./chancery.db. */
export const databaseLocation = (opts: GlobalOptions, io: Io): string => opts.db || io.env['CHANCERY_DB'] || DEFAULT_DATABASE;

/**
 * Opens the database for a command, runs it, and closes it. Query commands load the bundled dataset into an empty
 * database first, so that the first command a new user types answers.
 */
export const withStore = async <T>(opts: GlobalOptions, io: Io, work: (store: Store) => Promise<T>, seed = true): Promise<T> => {
  const database: Database = await openDatabase(databaseLocation(opts, io));
  try {
    const store = Store.of(database);
    if (seed && (await store.isEmpty())) {
      io.err('chancery: empty database, loading the bundled dataset (Ministry of Foreign Affairs of North Korea)…');
      // The importers are loaded only for this first run.
      const { loadBundledDataset } = await import('../services/import.service.js');
      await loadBundledDataset(store);
    }
    return await work(store);
  } finally {
    await database.close();
  }
};

/** A date given for a question (`--at`, `--from`…), in any form people write (docs/dates.md); `today` when absent. */
export const parseAt = (value: string | undefined, today: string, field = '--at'): PartialDate => {
  const text = value ?? today;
  return parseAskedDate(text, today, { field, value: text });
};

export const requireArgument = (value: string | undefined, name: string): string => {
  if (!value?.trim()) throw new DomainError('INVALID_ARGUMENT', `${name} is required`, { field: name });
  return value;
};
