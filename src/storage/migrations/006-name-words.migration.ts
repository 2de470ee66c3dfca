import { type Kysely, sql } from 'kysely';
import { nameWords } from '../../domain/name-words.js';
import type { Capabilities } from '../capabilities.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
type AnyDb = Kysely<any>;

/** The words of units' and posts' names, for search (see NameWordRow), filled from the names already stored. */
export const nameWordsMigration = (caps: Capabilities) => ({
  async up(db: AnyDb): Promise<void> {
    const textC = caps.dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
    await db.schema
      .createTable('name_words')
      .addColumn('word', textC, (c) => c.notNull())
      .addColumn('name_id', 'text', (c) => c.notNull())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('name_words_pk', ['word', 'name_id'])
      .execute();
    const names = (await db.selectFrom('names').select(['id', 'name', 'entity_type', 'entity_id']).where('entity_type', 'in', ['organization', 'post']).execute()) as
      { id: string; name: string; entity_type: string; entity_id: string }[];
    const rows = names.flatMap((n) => nameWords(n.name).map((word) => ({ word, name_id: n.id, entity_type: n.entity_type, entity_id: n.entity_id })));
    for (let i = 0; i < rows.length; i += 1000) await db.insertInto('name_words').values(rows.slice(i, i + 1000)).onConflict((oc) => oc.doNothing()).execute();
  },
});
