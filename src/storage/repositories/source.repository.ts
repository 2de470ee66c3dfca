import type { Source } from '../../domain/model.js';
import * as m from '../mappers.js';
import type { SourceRow } from '../tables.js';
import { type RepositoryContext, TableRepository } from './table.repository.js';

export class SourceRepository extends TableRepository<Source, SourceRow> {
  constructor(rc: RepositoryContext) {
    super(rc, 'sources', m.sourceToRow, m.rowToSource);
  }
  /** The source a file with this digest was imported as, so the same file again is the same source. */
  async byDigest(digest: string): Promise<Source | undefined> {
    const r = (await (await this.select()).where('digest', '=', digest).orderBy('id').executeTakeFirst()) as SourceRow | undefined;
    return r ? this.fromRow(r) : undefined;
  }
}
