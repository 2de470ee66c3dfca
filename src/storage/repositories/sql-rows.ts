import { byCodeUnits } from '../../domain/id-order.js';
import { tableAt } from '../system-time.js';
import type { During, IndexDeclaration, IndexedRows } from '../table-indexes.js';
import { indexesOf } from '../table-indexes.js';
import type { RegistryTable } from '../tables.js';
import { compileTemplate, type QueryTemplate } from './query-template.js';
import { chunks, IN_CHUNK, possiblyDuring, type RepositoryContext } from './table.repository.js';

type Row = { id: string } & Record<string, unknown>;

/** Key lists up to this length run a statement compiled once per shape (routing's hot path asks one or two keys). */
const TEMPLATE_KEYS = 16;
/** Compiled statements by dialect, table and shape: shared by every store (a store lives for one request). */
const TEMPLATES = new Map<string, QueryTemplate>();

/**
 * The indexed reads of one table through SQL, derived from the same declarations as the mirror's indexes
 * (TABLE_INDEXES): `by` is `where group in (…) and column in (…) order by id`, at the store's known time.
 */
export class SqlRows<T> implements IndexedRows<T> {
  private readonly indexes: Readonly<Record<string, IndexDeclaration<unknown>>>;

  constructor(
    private readonly rc: RepositoryContext,
    private readonly table: RegistryTable,
    private readonly fromRow: (row: never) => T,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the repository's select over its view (see TableRepository.select)
    private readonly select: () => Promise<any>,
  ) {
    this.indexes = indexesOf(table);
  }

  private map(rows: readonly Row[]): T[] {
    return rows.map((r) => this.fromRow(r as never));
  }

  async byIds(ids: readonly string[]): Promise<T[]> {
    const byId = new Map<string, Row>();
    for (const part of chunks([...new Set(ids)], IN_CHUNK)) for (const r of (await (await this.select()).where('id', 'in', part).execute()) as Row[]) byId.set(r.id, r);
    return [...new Set(ids)].filter((id) => byId.has(id)).map((id) => this.fromRow(byId.get(id)! as never));
  }

  async all(): Promise<T[]> {
    return this.map(await (await this.select()).orderBy('id').execute());
  }

  async by(index: string, groups: readonly string[], keys: readonly string[], during?: During): Promise<T[]> {
    const d = this.indexes[index];
    if (!d) throw new Error(`no index ${index} on ${this.table}`);
    const distinct = [...new Set(keys)];
    const groupList = d.group ? [...new Set(groups)] : [];
    if (distinct.length === 0 || (d.group && groupList.length === 0)) return [];
    if (distinct.length <= TEMPLATE_KEYS && groupList.length <= 4) return this.map(await this.byTemplate(index, d, groupList, distinct, during));
    const rows: Row[] = [];
    for (const part of chunks(distinct, IN_CHUNK)) {
      let q = (await this.select()).where(d.column, 'in', part);
      if (d.group) q = q.where(d.group, 'in', groupList);
      if (during) q = possiblyDuring(q, during.from, during.to);
      rows.push(...((await q.orderBy('id').execute()) as Row[]));
    }
    // Parts are each in id order: put together, in order.
    if (distinct.length > IN_CHUNK) rows.sort((a, b) => byCodeUnits(a.id, b.id));
    return this.map(rows);
  }

  private async byTemplate(index: string, d: IndexDeclaration<unknown>, groups: readonly string[], keys: readonly string[], during?: During): Promise<Row[]> {
    const past = this.rc.knownAt !== undefined;
    const shape = `${this.rc.caps.dialect}:${this.table}:${index}:${groups.length}:${keys.length}:${during ? 1 : 0}:${past}`;
    let template = TEMPLATES.get(shape);
    if (!template) {
      const cols = past ? await this.rc.columns(this.table) : [];
      template = compileTemplate((p) => {
        const view = past ? tableAt(this.table, cols, p('knownAt')) : this.table;
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a table chosen at run time (see TableRepository.select)
        let q: any = this.rc.db.selectFrom(view as never).selectAll();
        q = keys.length === 1 ? q.where(d.column, '=', p('key0')) : q.where(d.column, 'in', keys.map((_k, i) => p(`key${i}`)));
        if (d.group) q = groups.length === 1 ? q.where(d.group, '=', p('group0')) : q.where(d.group, 'in', groups.map((_g, i) => p(`group${i}`)));
        if (during) q = possiblyDuring(q, p('from'), p('to'));
        return q.orderBy('id');
      });
      TEMPLATES.set(shape, template);
    }
    const values: Record<string, unknown> = { knownAt: this.rc.knownAt, from: during?.from, to: during?.to };
    keys.forEach((k, i) => (values[`key${i}`] = k));
    groups.forEach((g, i) => (values[`group${i}`] = g));
    return (await this.rc.db.executeQuery<Row>(template.bind(values))).rows;
  }
}
