import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
type AnyDb = Kysely<any>;

/**
 * Posts by the subject they are for (an envoy's country, a member's constituency): routing answers a country from the
 * posts for it (decision 021), read by this index instead of every post.
 */
export const postSubjectsMigration = {
  async up(db: AnyDb): Promise<void> {
    await db.schema.createIndex('posts_subject').ifNotExists().on('posts').column('subject_id').execute();
  },
};
