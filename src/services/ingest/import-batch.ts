import type { Citation, Claim, Source } from '../../domain/model.js';
import { slugify } from '../../domain/names.js';
import { sourceCoverage } from '../../domain/sources.js';
import type { Day } from '../../domain/time/day.js';
import { type ImportReport, type Outcome, type Place, record as recordOutcome, type ReportEntry } from '../../dataset/import-report.js';
import { citationId } from '../../storage/mappers.js';
import type { Store } from '../../storage/store.js';
import type { RegistryTable } from '../../storage/tables.js';

/** A claim's id: its entity, field, value and source, so the same claim twice is one row. */
export const claimId = (entityType: string, entityId: string, field: string, value: string, sourceId: string): string =>
  `${entityType}:${entityId}:${field}:${slugify(value) || 'x'}@${sourceId}`;

export const makeClaim = (entityType: string, entityId: string, field: string, value: string, sourceId: string, note?: string): Claim => ({
  id: claimId(entityType, entityId, field, value, sourceId), entityType, entityId, field, value, sourceId, ...(note ? { note } : {}),
});

/** State an import keeps across its windows: small, bounded by the number of sources and merges, not of records. */
export interface IngestMemory {
  /** Sources seen, for their as-of dates. */
  sources: Map<string, Source>;
  /** A source id an input used → the stored source it turned out to be (the same file imported before). */
  sourceAliases: Map<string, string>;
  /** A fact id an input meant → the id of the stored fact it merged into, so its claims follow it. */
  factAliases: Map<string, string>;
  /** "type:id" an input used → the id of the stored entity it matched by an identifier (see identity-match). */
  entityAliases: Map<string, string>;
}

export const newMemory = (): IngestMemory => ({ sources: new Map(), sourceAliases: new Map(), factAliases: new Map(), entityAliases: new Map() });

/**
 * One batch of an import (a window of the records read): a transaction, the report it adds to, and what it has looked
 * up or written so far, so that each kind of record costs a few set-based queries, not one per record.
 */
export class ImportBatch {
  private readonly known = new Map<RegistryTable, Set<string>>();
  /** Ids this window created, by table (for what follows a creation: romanizations, identity proposals). */
  readonly created = new Map<RegistryTable, Set<string>>();
  private readonly missing = new Map<RegistryTable, Set<string>>();

  constructor(
    readonly tx: Store,
    readonly report: ImportReport,
    readonly memory: IngestMemory,
  ) {}

  outcome(kind: string, outcome: Outcome, place: Place, entry?: Omit<ReportEntry, 'status' | 'kind' | 'file' | 'line'>): void {
    recordOutcome(this.report, kind, outcome, place, entry);
  }

  reject(kind: string, place: Place, message: string, field?: string, value?: unknown): void {
    this.outcome(kind, 'rejected', place, { message, ...(field ? { field } : {}), ...(value !== undefined ? { value: String(value) } : {}) });
  }

  /** Loads which of these ids exist in a table (one query per 500), remembering the answers. */
  async load(table: RegistryTable, ids: Iterable<string>): Promise<void> {
    const known = this.setOf(this.known, table);
    const missing = this.setOf(this.missing, table);
    const ask = [...new Set(ids)].filter((id) => !known.has(id) && !missing.has(id));
    if (ask.length === 0) return;
    const found = await this.tx.repository(table).existing(ask);
    for (const id of ask) (found.has(id) ? known : missing).add(id);
  }

  has(table: RegistryTable, id: string): boolean {
    return this.setOf(this.known, table).has(id);
  }

  /** Marks an id as written in this window, so later records may refer to it. */
  added(table: RegistryTable, id: string): void {
    this.setOf(this.known, table).add(id);
    this.setOf(this.missing, table).delete(id);
  }

  markCreated(table: RegistryTable, id: string): void {
    this.added(table, id);
    this.setOf(this.created, table).add(id);
  }

  private setOf(m: Map<RegistryTable, Set<string>>, table: RegistryTable): Set<string> {
    let s = m.get(table);
    if (!s) m.set(table, (s = new Set()));
    return s;
  }

  /** The stored id of a source an input names (the same file imported earlier may be stored under another id). */
  sourceId(id: string): string {
    return this.memory.sourceAliases.get(id) ?? id;
  }

  async loadSources(ids: Iterable<string>): Promise<void> {
    const ask = [...new Set(ids)].filter((id) => !this.memory.sources.has(id));
    for (const s of await this.tx.sources.getMany(ask)) this.memory.sources.set(s.id, s);
  }

  /**
   * The last day a set of sources speaks for: the newest of their coverage ends (sourceCoverage). Undefined while
   * none is known (a source with no date of its own, before the end of its first import gives it the newest date
   * of its facts: see settleCoverage). Never the clock of the machine that records it.
   */
  asOf(sourceIds: Iterable<string>): Day | undefined {
    let best: Day | undefined;
    for (const id of sourceIds) {
      const s = this.memory.sources.get(id);
      const d = s ? sourceCoverage(s)?.end : undefined;
      if (d !== undefined) best = best === undefined ? d : Math.max(best, d);
    }
    return best;
  }

  /** Rows to insert, by table, written in bulk when the window moves on (see flush). */
  private readonly pending = new Map<RegistryTable, Map<string, Record<string, unknown>>>();
  private readonly pendingClaims = new Map<string, Claim>();

  private repo(table: RegistryTable) {
    return this.tx.repository(table) as unknown as { insertRows(r: readonly Record<string, unknown>[], ignore?: boolean): Promise<void>; updateRows(r: readonly Record<string, unknown>[]): Promise<number> };
  }

  /** Queues a new row; it is written with the others of its table in a few multi-row statements. */
  insert(table: RegistryTable, content: Record<string, unknown>): void {
    let m = this.pending.get(table);
    if (!m) this.pending.set(table, (m = new Map()));
    m.set(content['id'] as string, content);
  }

  /** Writes a row's new content: replacing a queued one, updating a stored one (a new version), or queuing a new one. */
  async write(table: RegistryTable, content: Record<string, unknown>, existed: boolean): Promise<void> {
    const m = this.pending.get(table);
    const id = content['id'] as string;
    if (m?.has(id)) m.set(id, content);
    else if (existed) await this.repo(table).updateRows([content]);
    else this.insert(table, content);
  }

  /** Writes every queued row: each table in one go, claims leaving any already stored as they are. */
  async flush(): Promise<void> {
    for (const [table, rows] of this.pending) {
      if (rows.size) await this.repo(table).insertRows([...rows.values()]);
      rows.clear();
    }
    if (this.pendingClaims.size) await this.tx.claims.insertRows([...this.pendingClaims.values()].map((c) => this.tx.claims.contentOf(c)), true);
    this.pendingClaims.clear();
  }

  /** Adds a claim if it is not there yet (written with the window's others). */
  claim(c: Claim): Promise<void> {
    this.pendingClaims.set(c.id, c);
    return Promise.resolve();
  }

  /** The claims on a fact, stored or queued. */
  async claimsFor(entityType: string, entityId: string): Promise<Claim[]> {
    const stored = await this.tx.claims.forEntity(entityType, entityId);
    const queued = [...this.pendingClaims.values()].filter((c) => c.entityType === entityType && c.entityId === entityId && !stored.some((s) => s.id === c.id));
    return [...stored, ...queued];
  }

  /** The sources that cite a fact, stored or queued. */
  async citationsFor(entityType: string, entityId: string): Promise<string[]> {
    const stored = (await this.tx.citations.forEntity(entityType, entityId)).map((c) => c.sourceId);
    const queued = [...(this.pending.get('citations')?.values() ?? [])]
      .map((row) => this.tx.citations.entityOf(row as never))
      .filter((c) => c.entityType === entityType && c.entityId === entityId)
      .map((c) => c.sourceId);
    return [...new Set([...stored, ...queued])];
  }

  /** Records that another source states a fact; returns whether it was new. */
  async cite(c: Citation): Promise<boolean> {
    const id = citationId(c);
    if (this.pending.get('citations')?.has(id) || (await this.tx.citations.row(id)) !== undefined) return false;
    this.insert('citations', this.tx.citations.contentOf(c) as unknown as Record<string, unknown>);
    return true;
  }
}
