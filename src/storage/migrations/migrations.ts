import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { DomainError } from '../../domain/errors.js';
import { type Capabilities, sqliteCapabilities } from '../capabilities.js';
import type { Tables } from '../tables.js';
import { initialMigration } from './001-initial.migration.js';
import { routingMigration } from './002-routing.migration.js';
import { namesMigration } from './003-names.migration.js';
import { historyMigration } from './004-history.migration.js';
import { systemTimeMigration } from './005-system-time.migration.js';
import { nameWordsMigration } from './006-name-words.migration.js';
import { seatFlagMigration } from './007-seat-flag.migration.js';
import { sourceCoverageMigration } from './008-source-coverage.migration.js';
import { familyNamesMigration } from './009-family-names.migration.js';
import { postSubjectsMigration } from './013-post-subjects.migration.js';
import { mattersMigration } from './015-matters.migration.js';
import { deskAccountsMigration } from './016-desk-accounts.migration.js';

/** The one migration list, in order, for every database. */
const migrationsFor = (caps: Capabilities): Record<string, Migration> => ({
  '001-initial': initialMigration(caps),
  '002-routing': routingMigration,
  '003-names': namesMigration(caps),
  '004-history': historyMigration(caps),
  '005-system-time': systemTimeMigration(caps),
  '006-name-words': nameWordsMigration(caps),
  '007-seat-flag': seatFlagMigration(caps),
  '008-source-coverage': sourceCoverageMigration,
  '009-family-names': familyNamesMigration,
  '013-post-subjects': postSubjectsMigration,
  '015-matters': mattersMigration,
  '016-desk-accounts': deskAccountsMigration,
});

/** Every migration's name, in order. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(migrationsFor(sqliteCapabilities));

class InlineProvider implements MigrationProvider {
  constructor(private readonly caps: Capabilities) {}
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(migrationsFor(this.caps));
  }
}

export const migrateToLatest = async (db: Kysely<Tables>, caps: Capabilities): Promise<void> => {
  const migrator = new Migrator({ db, provider: new InlineProvider(caps) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    // A database that cannot be reached is not a failed migration: it keeps its own code (unavailable, exit 7).
    if (error instanceof DomainError) throw error;
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new DomainError('STORAGE_ERROR', `migration ${failed ? `${failed} ` : ''}failed: ${error instanceof Error ? error.message : String(error)}`);
  }
};

/** Migrates to a named migration and no further: for tests that build a database as an older version left it. */
export const migrateTo = async (db: Kysely<Tables>, caps: Capabilities, name: string): Promise<void> => {
  const { error } = await new Migrator({ db, provider: new InlineProvider(caps) }).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
};
