import type { Kysely } from 'kysely';
import { nameSkeleton } from '../../domain/name-skeleton.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
type AnyDb = Kysely<any>;

/**
 * People's matching keys recomputed with the family name found by the name's culture (family-name.ts) instead of
 * taken from the first word: a registry imported before this finds "Reischauer" as a surname too. Only the keys
 * that change are written, a page of names at a time.
 */
export const familyNamesMigration = {
  async up(db: AnyDb): Promise<void> {
    // Earlier images too, so that a search as of a past day reads keys of the same kind.
    for (const table of ['names', 'names_versions']) await recompute(db, table);
  },
};

/** Pages through a table's person names by (id, sys_seq), writing the keys that change. */
const recompute = async (db: AnyDb, table: string): Promise<void> => {
  type Row = { id: string; sys_seq: number; name: string; skeleton: string | null; given_skeleton: string | null };
  const page = 5000;
  for (let offset = 0; ; offset += page) {
    const rows = (await db.selectFrom(table).select(['id', 'sys_seq', 'name', 'skeleton', 'given_skeleton'])
      .where('entity_type', '=', 'person').orderBy('id').orderBy('sys_seq').limit(page).offset(offset).execute()) as Row[];
    for (const r of rows) {
      const s = nameSkeleton(r.name, true);
      if (s.full === r.skeleton && s.given === r.given_skeleton) continue;
      await db.updateTable(table).set({ skeleton: s.full, given_skeleton: s.given }).where('id', '=', r.id).where('sys_seq', '=', r.sys_seq).execute();
    }
    if (rows.length < page) break;
  }
};
