import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError } from '../domain/errors.js';
import type { Source } from '../domain/model.js';
import { slugify } from '../domain/names.js';
import { subjectCatalog } from '../domain/subjects/subject-catalog.js';
import { mapArticle } from '../importers/article/article-mapper.js';
import { parseArticle } from '../importers/article/article-parser.js';
import { loadDatasetFile } from '../importers/dataset/dataset-file.loader.js';
import type { ImportReport, WriteCounts } from '../importers/import-report.js';
import type { Store } from '../storage/store.js';
import { writeDataset } from './dataset-writer.service.js';

export type ImportFormat = 'article' | 'dataset';

export interface ImportOptions {
  format?: ImportFormat;
  /** For articles: the id of a source already stored (or to be created) that the article stands for. */
  sourceId?: string;
}

const readText = async (file: string): Promise<string> => {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new DomainError('NOT_FOUND', `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { file });
  }
};

const guessFormat = (file: string): ImportFormat => (file.endsWith('.json') ? 'dataset' : 'article');

/** Imports one file. Malformed files throw with file:line and change nothing; bad records are reported and skipped. */
export const importFile = async (store: Store, file: string, options: ImportOptions = {}): Promise<ImportReport> => {
  const text = await readText(file);
  const format = options.format ?? guessFormat(file);
  // Messages name the file as the user would type it: relative to the working directory when inside it.
  const rel = relative(process.cwd(), file);
  const label = isAbsolute(file) && (rel.startsWith('..') || isAbsolute(rel)) ? file : rel;
  if (format === 'dataset') {
    const { dataset, entries } = loadDatasetFile(text, label, subjectCatalog());
    const written = await writeDataset(store, dataset, label);
    return { file: label, entries: [...entries, ...written.entries], written: written.written };
  }
  const doc = parseArticle(text, label);
  const existing = options.sourceId ? await store.sources.get(options.sourceId) : undefined;
  const source: Source = existing ?? { id: options.sourceId ?? `article:${slugify(doc.title)}`, title: doc.title, kind: 'article', note: `imported from ${label}` };
  const mapping = mapArticle(doc, source, subjectCatalog());
  const written = await writeDataset(store, mapping.dataset, label);
  return { file: label, entries: [...mapping.entries, ...written.entries], written: written.written };
};

const BUNDLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

interface BundleManifest {
  name: string;
  files: { file: string; format: ImportFormat; source?: string }[];
}

const addCounts = (into: WriteCounts, from: WriteCounts): void => {
  for (const [table, c] of Object.entries(from)) {
    into[table] ??= { inserted: 0, updated: 0, unchanged: 0 };
    into[table].inserted += c.inserted;
    into[table].updated += c.updated;
    into[table].unchanged += c.unchanged;
  }
};

/** Loads the dataset that ships with Chancery (data/bundle.json), file by file, in the manifest's order. */
export const loadBundledDataset = async (store: Store, dir: string = BUNDLE_DIR): Promise<ImportReport[]> => {
  const manifest = JSON.parse(await readText(join(dir, 'bundle.json'))) as BundleManifest;
  const reports: ImportReport[] = [];
  for (const f of manifest.files) {
    reports.push(await importFile(store, join(dir, f.file), { format: f.format, ...(f.source ? { sourceId: f.source } : {}) }));
  }
  return reports;
};

export const totalWritten = (reports: readonly ImportReport[]): WriteCounts => {
  const total: WriteCounts = {};
  for (const r of reports) addCounts(total, r.written);
  return total;
};

/** True when the registry holds nothing yet: the run command then loads the bundled dataset. */
export const isEmpty = async (store: Store): Promise<boolean> => (await store.sources.count()) === 0;
