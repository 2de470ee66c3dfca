import { DomainError } from '../../domain/errors.js';
import { generateNameVariants } from '../../domain/korean-names.js';
import type { Dataset, NameVariant, Person, Source } from '../../domain/model.js';
import { nameSkeleton } from '../../domain/name-skeleton.js';
import { emptyReport, type ImportReport, mergeReports, placeText, record } from '../../dataset/import-report.js';
import { ROMANIZATION_SOURCE } from '../../domain/sources.js';
import { escapeControlCharacters, unsafeText } from '../../domain/text.js';
import type { Store } from '../../storage/store.js';
import { writeEntities, writeSources } from './entity-writer.js';
import { writeAppointments, writeNames, writeRelations, writeResponsibilities } from './fact-writer.js';
import { datasetRecords, type DatasetRecord, KIND_ORDER, type RecordKind, type RecordOf } from '../../dataset/dataset-records.js';
import { writeCitations, writeClaims, writeEvents, writeIdentifiers, writeSuccessions } from './record-writer.js';
import { type IngestMemory, newMemory, ImportBatch } from './import-batch.js';
import { matchByIdentifier } from './identity-match.js';
import { COVERAGE_RULE_TEXT } from '../../domain/sources.js';
import { byNewestFact, settleCoverage, withNewestFact } from '../source-coverage.service.js';

export interface IngestOptions {
  /** Records per window: each window is one transaction. */
  batchSize?: number;
  /** Propose possible same people among new records (blocked by name key, a few per block). */
  proposeIdentities?: boolean;
  /** Called after each window with the records read so far. */
  onProgress?: (read: number) => void;
}

/**
 * The most notes (identity proposals) a report lists; past it they are counted, with one line saying how many, so
 * that a report's size follows its rejections, not the size of the input.
 */
export const MAX_NOTES = 1000;

/** The most candidates one new person is compared with: a common name cannot make matching quadratic. */
const IDENTITY_BLOCK_CAP = 10;

/**
 * Writes records as they are read, a window at a time, each window one transaction in dependency order (sources
 * first). Memory holds one window, not the input. If a window fails, it is rolled back and the report says where:
 * the windows before it are saved, and running the import again completes it without duplicating anything.
 */
export class Ingest {
  readonly report: ImportReport;
  private readonly buffers = new Map<RecordKind, DatasetRecord[]>();
  private buffered = 0;
  private read = 0;
  private readonly memory: IngestMemory = newMemory();
  private romanizationSourceReady = false;
  private notes = 0;
  private omittedNotes = 0;
  /** The sources this input declares (its source records): the report says what each covers. */
  private readonly declaredSources = new Set<string>();

  constructor(
    private readonly store: Store,
    file: string,
    format: string,
    private readonly options: IngestOptions = {},
  ) {
    this.report = emptyReport(file, format);
  }

  async add(rec: DatasetRecord): Promise<void> {
    const unsafe = unsafeText(rec.value);
    if (unsafe) {
      const [field, value, reason] = unsafe;
      record(this.report, rec.kind, 'rejected', rec.place, { message: `${field}: ${reason}`, field, value: escapeControlCharacters(value.slice(0, 80)) });
      this.read++;
      return;
    }
    if (rec.kind === 'source') this.declaredSources.add(rec.value.id);
    const list = this.buffers.get(rec.kind) ?? [];
    list.push(rec);
    this.buffers.set(rec.kind, list);
    this.buffered++;
    if (this.buffered >= (this.options.batchSize ?? 5000)) await this.flush();
  }

  async addAll(recs: Iterable<DatasetRecord> | AsyncIterable<DatasetRecord>): Promise<void> {
    for await (const r of recs) await this.add(r);
  }

  async finish(): Promise<ImportReport> {
    await this.flush();
    if (this.omittedNotes) {
      this.report.entries.push({ status: 'note', kind: 'identity', file: this.report.file, message: `${this.omittedNotes} more possible identities not listed (the first ${MAX_NOTES} are); chancery check lists people who may be one` });
    }
    return this.report;
  }

  /**
   * After the last window of an import: each source it named gets its coverage end (its own date, a user's, or the
   * newest date of its facts) and the open facts it states follow; the report says what each covers and by which
   * rule. One transaction of its own: the windows before it are saved whatever happens here.
   */
  async settleCoverage(): Promise<ImportReport> {
    const ids = [...this.memory.sources.keys()];
    if (ids.length === 0) return this.report;
    const settled = await this.store.transaction((tx) => settleCoverage(tx, ids));
    for (const c of settled) {
      if (!c.changed && !this.declaredSources.has(c.sourceId)) continue;
      this.report.entries.push({
        status: 'note', kind: 'source', file: this.report.file, id: c.sourceId, ...(c.coverage ? { value: c.coverage } : {}),
        message: c.coverage && c.rule
          ? `source "${c.sourceId}" covers up to ${c.coverage}: ${COVERAGE_RULE_TEXT[c.rule]}`
          : `source "${c.sourceId}" has no date and no dated fact: nothing it states is certain past its own dates`,
      });
    }
    return this.report;
  }

  private async flush(): Promise<void> {
    if (this.buffered === 0) return;
    const batch = this.buffers;
    const size = this.buffered;
    let windowReport = emptyReport(this.report.file, this.report.format);
    const kept = snapshotMemory(this.memory);
    const romanizationSourceReady = this.romanizationSourceReady;
    try {
      try {
        await this.writeWindow(batch, windowReport, false);
      } catch (e) {
        // A record the database refused (an id another row holds, a rule the checks before it missed): the window
        // is written again a record at a time, and what the database refuses is rejected with its place, not a stop.
        if (!(e instanceof DomainError && e.code === 'CONSTRAINT_VIOLATION')) throw e;
        restoreMemory(this.memory, kept);
        this.romanizationSourceReady = romanizationSourceReady;
        windowReport = emptyReport(this.report.file, this.report.format);
        await this.writeWindow(batch, windowReport, true);
      }
    } catch (e) {
      const first = [...batch.values()].flat()[0];
      this.report.stoppedAt = { record: this.read + 1, place: first ? placeText(first.place) : this.report.file, message: e instanceof Error ? e.message : String(e) };
      // A rule the database refused (CONSTRAINT_VIOLATION) keeps its code, with the place the import stopped at.
      if (e instanceof DomainError && e.code !== 'CONSTRAINT_VIOLATION') throw e;
      throw new DomainError(e instanceof DomainError ? e.code : 'STORAGE_ERROR', `import stopped at record ${this.read + 1} (${this.report.stoppedAt.place}): ${this.report.stoppedAt.message}; the ${this.read} records before it were saved; run the import again to complete it`, { file: this.report.file }, { report: this.report });
    }
    const notes = windowReport.entries.filter((e) => e.status === 'note');
    const keep = Math.max(0, Math.min(notes.length, MAX_NOTES - this.notes));
    if (keep < notes.length) {
      const dropped = new Set(notes.slice(keep));
      windowReport.entries = windowReport.entries.filter((e) => !dropped.has(e));
      this.omittedNotes += notes.length - keep;
    }
    this.notes += keep;
    mergeReports(this.report, windowReport);
    this.read += size;
    this.buffers.clear();
    this.buffered = 0;
    this.options.onProgress?.(this.read);
  }

  /**
   * One window in one transaction, in dependency order. `oneByOne`: each record in a savepoint of its own, so that
   * one the database refuses is rejected alone (the slow path, taken only after the window failed as a whole).
   */
  private async writeWindow(batch: Map<RecordKind, DatasetRecord[]>, windowReport: ImportReport, oneByOne: boolean): Promise<void> {
    await this.store.transaction(async (tx) => {
      await matchByIdentifier(tx, batch, this.memory.entityAliases, windowReport);
      const w = new ImportBatch(tx, windowReport, this.memory);
      for (const kind of KIND_ORDER) {
        const recs = batch.get(kind);
        if (recs?.length && !oneByOne) await writeKind(w, kind, recs);
        else for (const rec of recs ?? []) await this.writeAlone(tx, kind, rec, windowReport);
        await w.flush();
        if (kind === 'source') await provisionalCoverage(w, batch);
        // Romanizations come after the names read, so that a source's own spelling is the one kept.
        if (kind === 'name') await this.derive(w, (batch.get('person') ?? []) as RecordOf<'person'>[]);
      }
      if (this.options.proposeIdentities !== false) await proposeIdentities(w, (batch.get('person') ?? []) as RecordOf<'person'>[]);
    });
  }

  /** One record in a savepoint: written, or, refused by the database, rejected with the database's reason. */
  private async writeAlone(tx: Store, kind: RecordKind, rec: DatasetRecord, windowReport: ImportReport): Promise<void> {
    const own = emptyReport(this.report.file, this.report.format);
    try {
      await tx.savepoint(async () => {
        const one = new ImportBatch(tx, own, this.memory);
        await writeKind(one, kind, [rec]);
        await one.flush();
      });
      mergeReports(windowReport, own);
    } catch (e) {
      if (!(e instanceof DomainError && e.code === 'CONSTRAINT_VIOLATION')) throw e;
      record(windowReport, kind, 'rejected', rec.place, { message: e.message });
    }
  }

  /** Romanizations of every Hangul name read, cited to Chancery itself: counted as derived, not as read. */
  private async derive(w: ImportBatch, people: readonly RecordOf<'person'>[]): Promise<void> {
    const names: RecordOf<'name'>[] = people.flatMap((p) =>
      (p.value.nativeName ? generateNameVariants(p.value.nativeName) : []).map((g) => ({
        kind: 'name' as const, place: p.place, derived: true,
        value: { entityType: 'person' as const, entityId: p.value.id, name: g.name, kind: g.kind, lang: 'ko-Latn', sourceId: ROMANIZATION_SOURCE.id } satisfies NameVariant,
      })),
    );
    if (names.length === 0) return;
    await w.load('people', people.map((p) => p.value.id));
    if (!this.romanizationSourceReady) {
      if (!(await w.tx.sources.row(ROMANIZATION_SOURCE.id))) await w.tx.sources.insertRows([w.tx.sources.contentOf(ROMANIZATION_SOURCE)]);
      w.added('sources', ROMANIZATION_SOURCE.id);
      this.romanizationSourceReady = true;
    }
    const scratch = new ImportBatch(w.tx, emptyReport(this.report.file, 'derived'), this.memory);
    await writeNames(scratch, names.filter((n) => w.has('people', n.value.entityId)));
    await scratch.flush();
    w.report.derived += scratch.report.totals.created;
  }
}

/** What an import remembers across windows, copied before a window so that a window written again starts from it. */
const snapshotMemory = (m: IngestMemory): IngestMemory => ({
  sources: new Map(m.sources), sourceAliases: new Map(m.sourceAliases), factAliases: new Map(m.factAliases), entityAliases: new Map(m.entityAliases),
});
const restoreMemory = (m: IngestMemory, kept: IngestMemory): void => {
  for (const key of ['sources', 'sourceAliases', 'factAliases', 'entityAliases'] as const) {
    const map = m[key] as Map<string, unknown>;
    map.clear();
    for (const [k, v] of kept[key] as Map<string, unknown>) map.set(k, v);
  }
};

const writeKind = async (w: ImportBatch, kind: RecordKind, recs: DatasetRecord[]): Promise<unknown> => {
  switch (kind) {
    case 'source': return writeSources(w, recs as RecordOf<'source'>[]);
    case 'subject': return writeEntities(w, 'subject', recs as RecordOf<'subject'>[]);
    case 'organization': return writeEntities(w, 'organization', recs as RecordOf<'organization'>[]);
    case 'post': return writeEntities(w, 'post', recs as RecordOf<'post'>[]);
    case 'person': return writeEntities(w, 'person', recs as RecordOf<'person'>[]);
    case 'relation': return writeRelations(w, recs as RecordOf<'relation'>[]);
    case 'name': return writeNames(w, recs as RecordOf<'name'>[]);
    case 'identifier': return writeIdentifiers(w, recs as RecordOf<'identifier'>[]);
    case 'appointment': return writeAppointments(w, recs as RecordOf<'appointment'>[]);
    case 'responsibility': return writeResponsibilities(w, recs as RecordOf<'responsibility'>[]);
    case 'event': return writeEvents(w, recs as RecordOf<'event'>[]);
    case 'claim': return writeClaims(w, recs as RecordOf<'claim'>[]);
    case 'succession': return writeSuccessions(w, recs as RecordOf<'succession'>[]);
    case 'citation': return writeCitations(w, recs as RecordOf<'citation'>[]);
  }
};

/**
 * People who may be a new record under another spelling: the same name key or the same Hangul. Candidates are
 * found by blocking on the key (one indexed lookup per key), at most IDENTITY_BLOCK_CAP each: linear in the number
 * of people however many share a name. Nothing is merged; each proposal is a note in the report.
 */
const proposeIdentities = async (w: ImportBatch, people: readonly RecordOf<'person'>[]): Promise<void> => {
  const fresh = w.created.get('people') ?? new Set<string>();
  const created = people.filter((p) => fresh.has(p.value.id));
  if (created.length === 0) return;
  const keyOf = (p: Person) => [nameSkeleton(p.name, true).full, ...(p.nativeName ? [nameSkeleton(p.nativeName, true).full] : [])];
  const blocks = await w.tx.names.blocks(created.flatMap((p) => keyOf(p.value)), 'person', IDENTITY_BLOCK_CAP + 1);
  const candidates = new Map((await w.tx.people.getMany([...new Set([...blocks.values()].flatMap((b) => b.ids))])).map((p) => [p.id, p]));
  const crowded = new Map<string, { count: number; first: RecordOf<'person'> }>();
  for (const p of created) {
    const keys = keyOf(p.value);
    // A name shared by more records than the cap is too common to compare one by one: one note per such name.
    const busy = keys.find((k) => blocks.get(k)?.crowded);
    if (busy) {
      const c = crowded.get(busy) ?? { count: 0, first: p };
      c.count++;
      crowded.set(busy, c);
      continue;
    }
    const others = [...new Set(keys.flatMap((k) => blocks.get(k)?.ids ?? []))].filter((id) => id !== p.value.id && !candidates.get(id)?.mergedInto);
    for (const id of others) {
      const other = candidates.get(id);
      if (!other) continue;
      const evidence = ['the same name in another spelling'];
      const mine = p.value;
      if (mine.nativeName && other.nativeName && mine.nativeName.normalize('NFC') === other.nativeName.normalize('NFC')) evidence.push(`the same Hangul, ${mine.nativeName}`);
      if (mine.born && other.born) evidence.push(mine.born.text.slice(0, 4) === other.born.text.slice(0, 4) ? `born the same year, ${mine.born.text.slice(0, 4)}` : `born in different years (${mine.born.text} and ${other.born.text})`);
      w.report.entries.push({
        status: 'note', kind: 'identity', file: p.place.file, ...(p.place.line ? { line: p.place.line } : {}), id: mine.id, value: id,
        message: `may be the same person as ${other.name} (${id}): ${evidence.join('; ')}; not merged (chancery people merge)`,
      });
    }
  }
  for (const { count, first } of crowded.values()) {
    w.report.entries.push({
      status: 'note', kind: 'identity', file: first.place.file, ...(first.place.line ? { line: first.place.line } : {}), id: first.value.id,
      message: `${count} new records share the name key of "${first.value.name}" with more than ${IDENTITY_BLOCK_CAP} others: too common a name to propose identities one by one; check lists them`,
    });
  }
};

const FACT_KINDS: readonly RecordKind[] = ['relation', 'name', 'appointment', 'responsibility', 'event'];

/**
 * Before a window's facts are written: a source with no date of its own covers up to the newest date its facts carry,
 * those stored and those in this window, so that the open facts it states are written known up to that day (the end
 * of the import settles it over all windows: settleCoverage).
 */
const provisionalCoverage = async (w: ImportBatch, batch: Map<RecordKind, DatasetRecord[]>): Promise<void> => {
  const newest = new Map<string, number>();
  const take = (id: string, d: number | undefined) => {
    if (d !== undefined && (!newest.has(id) || d > newest.get(id)!)) newest.set(id, d);
  };
  for (const kind of FACT_KINDS) {
    for (const r of batch.get(kind) ?? []) {
      const v = r.value as { sourceId: string; interval?: import('../../domain/time/interval.js').Interval; date?: { earliest: number } };
      const id = w.sourceId(v.sourceId);
      take(id, v.interval?.start?.earliest);
      take(id, v.interval?.end.kind === 'date' ? v.interval.end.date.earliest : undefined);
      take(id, v.date?.earliest);
    }
  }
  if (newest.size === 0) return;
  await w.loadSources(newest.keys());
  const open = [...newest.keys()].map((id) => w.memory.sources.get(id)).filter((s): s is Source => s !== undefined && byNewestFact(s));
  if (open.length === 0) return;
  const stored = await w.tx.sources.newestFactDays(open.map((s) => s.id));
  const changed: Source[] = [];
  for (const s of open) {
    const next = withNewestFact(s, Math.max(newest.get(s.id)!, stored.get(s.id) ?? -Infinity));
    if (next === s) continue;
    w.memory.sources.set(s.id, next);
    changed.push(next);
  }
  if (changed.length) await w.tx.sources.updateRows(changed.map((s) => w.tx.sources.contentOf(s)));
};

/** Writes an in-memory dataset (an article's or a file's records) through the same pipeline. */
export const writeDataset = async (store: Store, data: Dataset, file: string, format = 'dataset', options: IngestOptions = {}): Promise<ImportReport> => {
  const ingest = new Ingest(store, file, format, { batchSize: 50_000, ...options });
  await ingest.addAll(datasetRecords(data, file));
  return ingest.finish();
};

export { KIND_ORDER };
