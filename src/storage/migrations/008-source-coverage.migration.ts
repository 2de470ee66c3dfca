import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
type AnyDb = Kysely<any>;

/**
 * A source's coverage end where its own dates do not give it, and the rule that did (decision 016): in the table
 * and its versions twin, so that a correction is kept in the history like any write.
 */
export const sourceCoverageMigration = {
  async up(db: AnyDb): Promise<void> {
    for (const t of ['sources', 'sources_versions']) {
      await db.schema.alterTable(t).addColumn('coverage', 'text').execute();
      await db.schema.alterTable(t).addColumn('coverage_rule', 'text').execute();
    }
  },
};
