import { createHash } from 'node:crypto';
import type { Database } from '../../src/storage/database.js';
import { REGISTRY_TABLES } from '../../src/storage/tables.js';

const TABLES = REGISTRY_TABLES.flatMap((t) => [t, `${t}_versions` as const]);

/** A digest of every row of every registry table and its versions: equal digests mean nothing was written. */
export const contentDigest = async (database: Database): Promise<string> => {
  const h = createHash('sha256');
  for (const t of TABLES) {
    const rows = await database.db.selectFrom(t as 'sources').selectAll().execute();
    h.update(t).update(JSON.stringify(rows.map((r) => JSON.stringify(r)).sort()));
  }
  return h.digest('hex');
};
