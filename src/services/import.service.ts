import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { DomainError } from '../domain/errors.js';
import type { Source } from '../domain/model.js';
import { packageFile } from '../package-files.js';
import { slugify } from '../domain/names.js';
import { subjectCatalog } from '../domain/subjects/subject-catalog.js';
import { hasControlCharacters, stripControlCharacters } from '../domain/text.js';
import { mapArticle } from '../importers/article/article-mapper.js';
import { parseArticle } from '../importers/article/article-parser.js';
import { streamDatasetFile, streamJsonLinesFile } from '../importers/dataset/dataset-file.loader.js';
import type { DatasetElement } from '../dataset/dataset-records.js';
import { beyondSources, elementsToRecords } from '../importers/interchange/elements.js';
import { count, type ImportReport, type OutcomeCounts, type ReportEntry, zeroCounts } from '../dataset/import-report.js';
import type { Store } from '../storage/store.js';
import { Ingest, type IngestOptions } from './ingest/ingest.service.js';
import { datasetRecords } from '../dataset/dataset-records.js';

export type ImportFormat = 'article' | 'dataset' | 'jsonl' | 'popolo' | 'everypolitician' | 'csv' | 'wikidata-csv' | 'pocom' | 'ifg';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['article', 'dataset', 'jsonl', 'popolo', 'everypolitician', 'csv', 'wikidata-csv', 'pocom', 'ifg'];

/** Formats read by an importer of another shape into dataset records (src/importers/interchange), loaded when used. */
const ELEMENT_FORMATS = new Set<ImportFormat>(['popolo', 'everypolitician', 'csv', 'wikidata-csv', 'pocom', 'ifg']);

export interface ImportOptions extends IngestOptions {
  format?: ImportFormat;
  /** For articles: the id of a source already stored (or to be created) that the article stands for. */
  sourceId?: string;
  /** After each window: records read so far, and how much of the file that is (0–1) when it can tell. */
  onImportProgress?: (progress: { records: number; fraction: number | undefined }) => void;
}

/** The largest file read whole (an article, a dataset document); larger datasets go through a streaming format. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** A regular file's size; a directory, a device (which never ends) or a FIFO (which would block) is refused. */
export const regularFile = async (file: string): Promise<number> => {
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    throw new DomainError('NOT_FOUND', `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { file });
  }
  if (!info.isFile()) throw new DomainError('INVALID_ARGUMENT', 'not a regular file (a directory, device or pipe cannot be imported)', { file });
  return info.size;
};

/**
 * Reads a file whole, refusing what is not a regular file (a FIFO would block, a device never ends) and stopping at
 * `limit` bytes with a clear error rather than exhausting memory.
 */
export const readInput = async (file: string, limit = MAX_DOCUMENT_BYTES): Promise<string> => {
  const size = await regularFile(file);
  const info = { size };
  if (info.size > limit) throw new DomainError('INVALID_ARGUMENT', `the file is ${info.size} bytes; at most ${limit} bytes are read whole (use a streaming format: JSON Lines, CSV)`, { file });
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > limit) throw new DomainError('INVALID_ARGUMENT', `the file grew past ${limit} bytes while being read`, { file });
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
};

/** The format a path is in, when not given: by its extension, a JSON document's sections, or a folder's files. */
const guessFormat = async (file: string): Promise<ImportFormat> => {
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (existsSync(join(file, 'positions-principals'))) return 'pocom';
    if (existsSync(join(file, 'organisation_link.csv'))) return 'ifg';
    if (existsSync(join(file, 'enwiki-index.csv'))) return 'wikidata-csv';
    if ((await readdir(file)).some((f) => f.endsWith('.json'))) return 'everypolitician';
    return 'csv';
  }
  if (/\.(jsonl|ndjson)$/i.test(file)) return 'jsonl';
  if (/\.csv$/i.test(file)) return 'csv';
  if (file.endsWith('.json')) {
    const { documentSections } = await import('../importers/dataset/json-stream.js');
    const keys = await documentSections(file).catch(() => [] as string[]);
    return keys.includes('persons') || keys.includes('memberships') ? 'popolo' : 'dataset';
  }
  return 'article';
};

/** SHA-256 of a file, read as a stream. */
const fileDigest = async (path: string): Promise<string> => {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
};

/** A file or a folder that exists and is neither a device nor a pipe (a folder: the CSV, POCOM, IfG, Wikidata formats). */
const readablePath = async (path: string): Promise<void> => {
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => {
    throw new DomainError('NOT_FOUND', `cannot read: ${e.code ?? String(e)}`, { file: path });
  });
  if (!info.isDirectory()) await regularFile(path);
};

/** The dataset records a file or folder of another format states, and the source it stands for. */
const formatElements = async (format: ImportFormat, path: string, label: string, notes: (e: ReportEntry) => void): Promise<AsyncIterable<DatasetElement>> => {
  switch (format) {
    case 'csv':
      return (await import('../importers/interchange/chancery-csv.reader.js')).chanceryCsvElements(path, label);
    case 'popolo': {
      const digest = await fileDigest(path);
      const name = basename(path).replace(/\.json$/i, '');
      const source = { id: `popolo:${slugify(name) || 'file'}`, title: `Popolo file ${basename(path)}`, note: `imported from ${label}; sha256 ${digest.slice(0, 16)}` };
      return (await import('../importers/interchange/popolo.reader.js')).popoloElements(path, label, { source });
    }
    case 'pocom':
      return (await import('../importers/interchange/pocom.reader.js')).pocomElements(path, label, notes);
    case 'everypolitician':
      return (await import('../importers/interchange/everypolitician.reader.js')).everypoliticianElements(path, label);
    case 'ifg':
      return (await import('../importers/interchange/ifg.reader.js')).ifgElements(path, label);
    case 'wikidata-csv':
      return (await import('../importers/interchange/nk-wikidata.reader.js')).wikidataElements(path, label);
    default:
      throw new DomainError('INVALID_ARGUMENT', `not a format read element by element: ${format}`, { field: '--format', value: format });
  }
};

/** Messages name the file as the user would type it: relative to the working directory when inside it. */
const labelOf = (file: string): string => {
  const rel = relative(process.cwd(), file);
  return isAbsolute(file) && (rel.startsWith('..') || isAbsolute(rel)) ? file : rel;
};

/**
 * Imports one file. A malformed file throws with file:line and changes nothing; each record is accounted for in the
 * report: created, unchanged, merged into a stored fact, or rejected with its place and reason.
 */
export const importFile = async (store: Store, file: string, options: ImportOptions = {}): Promise<ImportReport> => {
  const format = options.format ?? (await guessFormat(file));
  const label = labelOf(file);
  if (ELEMENT_FORMATS.has(format)) {
    await readablePath(file);
    const ingest = new Ingest(store, label, format, { ...options, ...(options.onImportProgress ? { onProgress: (records: number) => options.onImportProgress!({ records, fraction: undefined }) } : {}) });
    const elements = await formatElements(format, file, label, (e) => ingest.report.entries.push(e));
    // The Chancery CSV format makes no source of its own: a folder of sources alone is data like any other.
    await ingest.addAll(elementsToRecords(format === 'csv' ? elements : beyondSources(elements, format, label), ingest.report, subjectCatalog()));
    await ingest.finish();
    return ingest.settleCoverage();
  }
  if (format === 'dataset' || format === 'jsonl') {
    const size = await regularFile(file);
    const position = { bytes: 0 };
    const report = options.onImportProgress;
    const ingest = new Ingest(store, label, format, {
      ...options, ...(report ? { onProgress: (records: number) => report({ records, fraction: size ? Math.min(1, position.bytes / size) : undefined }) } : {}),
    });
    const catalog = subjectCatalog();
    await ingest.addAll(format === 'dataset' ? streamDatasetFile(file, label, ingest.report, catalog, position) : streamJsonLinesFile(file, label, ingest.report, catalog, position));
    await ingest.finish();
    return ingest.settleCoverage();
  }
  const ingest = new Ingest(store, label, format, options);
  const raw = await readInput(file);
  const digest = createHash('sha256').update(raw).digest('hex');
  const text = hasControlCharacters(raw) ? stripControlCharacters(raw) : raw;
  const doc = parseArticle(text, label);
  const source = await articleSource(store, doc.title, label, digest, options.sourceId);
  const mapping = mapArticle(doc, source, subjectCatalog());
  if (text !== raw) ingest.report.entries.push({ status: 'cleaned', kind: 'article', file: label, message: 'control characters removed' });
  for (const e of mapping.entries) {
    if (e.status === 'rejected') {
      count(ingest.report, e.kind, 'read');
      count(ingest.report, e.kind, 'rejected');
    }
    ingest.report.entries.push(e);
  }
  await ingest.addAll(datasetRecords(mapping.dataset, label, (r) => ({ file: label, ...(mapping.lineOf(r) ? { line: mapping.lineOf(r)! } : {}) })));
  await ingest.finish();
  return ingest.settleCoverage();
};

/**
 * The source an article stands for: the one named, or one made from its title. Its digest makes the same file the
 * same source whatever id it is imported under; another version of the article under the same title gets its own.
 */
const articleSource = async (store: Store, title: string, label: string, digest: string, sourceId?: string): Promise<Source> => {
  if (sourceId) {
    const existing = await store.sources.get(sourceId);
    return existing ? { ...existing, digest: existing.digest ?? digest } : { id: sourceId, title, kind: 'article', note: `imported from ${label}`, digest };
  }
  const same = await store.sources.byDigest(digest);
  if (same) return same;
  const base = `article:${slugify(title)}`;
  const taken = await store.sources.get(base);
  const id = taken && taken.digest !== digest ? `${base}:${digest.slice(0, 8)}` : base;
  return { id, title, kind: 'article', note: `imported from ${label}`, digest };
};

/** The package's data folder (where its bundle.json is). */
const bundleDir = (): string => {
  const manifest = packageFile('data', 'bundle.json');
  if (!manifest) throw new DomainError('NOT_FOUND', 'the bundled dataset (data/bundle.json) is missing from this installation', { file: 'data/bundle.json' });
  return dirname(manifest);
};

interface BundleManifest {
  name: string;
  files: { file: string; format: ImportFormat; source?: string }[];
}

/** Loads the dataset that ships with Chancery (data/bundle.json), file by file, in the manifest's order. */
export const loadBundledDataset = async (store: Store, dir: string = bundleDir()): Promise<ImportReport[]> => {
  const manifest = JSON.parse(await readInput(join(dir, 'bundle.json'))) as BundleManifest;
  const reports: ImportReport[] = [];
  for (const f of manifest.files) reports.push(await importFile(store, join(dir, f.file), { format: f.format, ...(f.source ? { sourceId: f.source } : {}) }));
  return reports;
};

/** The totals of several reports. */
export const totalCounts = (reports: readonly ImportReport[]): OutcomeCounts => {
  const t = zeroCounts();
  for (const r of reports) for (const k of Object.keys(t) as (keyof OutcomeCounts)[]) t[k] += r.totals[k];
  return t;
};

/** True when the registry holds nothing yet: the run command then loads the bundled dataset. */
