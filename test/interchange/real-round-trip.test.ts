import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { check } from '../../src/services/check.service.js';
import { type ExportFormat, EXPORT_FORMATS, exportRegistry } from '../../src/services/export.service.js';
import { holders } from '../../src/services/holders.service.js';
import { type ImportFormat, importFile, loadBundledDataset } from '../../src/services/import.service.js';
import { route } from '../../src/services/routing.service.js';
import { search } from '../../src/services/search.service.js';
import { who } from '../../src/services/who.service.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets, type DatabaseTarget } from '../support/databases.js';
import { sharedPath } from '../support/shared.js';

/*
 * Exact round trips on every real dataset (issue 22, item 7): each dataset is imported, exported in every format,
 * and each export imported into an empty database of each kind; the copy must give the same sorted JSON Lines dump
 * and the same answers to a list of questions (who on dates, holders tables, routes, searches, check). The whole
 * matrix takes minutes (POCOM alone is 18,000 records): `CHANCERY_ROUND_TRIP=all` runs it (or `=POCOM,IfG ministers`
 * some of it); `npm test` runs a
 * representative slice (the Wikidata tables and the Popolo file; the bundled registry's own round trip is
 * round-trip.test.ts).
 */
const CHOSEN = process.env['CHANCERY_ROUND_TRIP'];
/** `all`, or some datasets by name (comma-separated), or the slice. */
const chosen = (name: string): boolean => (CHOSEN === 'all' ? true : CHOSEN ? CHOSEN.split(',').includes(name) : SLICE.has(name));

interface RealDataset {
  name: string;
  load(store: Store): Promise<unknown>;
}
const fromShared = (name: string, format: ImportFormat, ...path: string[]): RealDataset => ({
  name, load: (store) => importFile(store, sharedPath('data', ...path), { format }),
});
const DATASETS: RealDataset[] = [
  { name: 'bundled', load: (store) => loadBundledDataset(store) },
  fromShared('POCOM', 'pocom', 'pocom'),
  fromShared('IfG ministers', 'ifg', 'ifg-ministers'),
  fromShared('Wikidata tables', 'wikidata-csv', 'nk-wikidata'),
  fromShared('EveryPolitician files', 'everypolitician', 'everypolitician'),
  fromShared('Popolo file (Tuvalu)', 'popolo', 'everypolitician', 'Tuvalu-ep-popolo-v1.0.extract.json'),
];
const SLICE = new Set(['Wikidata tables', 'Popolo file (Tuvalu)']);
/** "Today" for the answers that depend on it (time in office, open terms): fixed, so that both sides agree. */
const TODAY = parsePartialDate('2026-12-01').earliest;
const DATES = ['1870-01-01', '1965-01-01', '1990-01-01', '2007-03-01', '2012-06-01', '2020-01-01', '2024-07-01'].map((d) => parsePartialDate(d));

const dir = mkdtempSync(join(tmpdir(), 'chancery-real-round-trip-'));
const dump = async (store: Store, tag: string): Promise<string[]> => {
  const file = join(dir, `${tag}.jsonl`);
  await exportRegistry(store, 'jsonl', file);
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).sort();
};

/** Every `step`-th of a list, at most about `n` of them: a sample that is the same for the same registry. */
const sample = <T>(xs: readonly T[], n: number): T[] => xs.filter((_, i) => i % Math.max(1, Math.ceil(xs.length / n)) === 0);

/** The questions, asked of a registry: who held sampled posts on dates, their holders tables, routes, searches, check. */
const answers = async (store: Store): Promise<Record<string, unknown>> => {
  const out: Record<string, unknown> = {};
  const posts = sample([...(await store.posts.list())].sort((a, b) => a.id.localeCompare(b.id)), 25);
  for (const p of posts) {
    for (const at of DATES) out[`who ${p.id} ${at.text}`] = await who(store, p.id, at);
    out[`holders ${p.id}`] = await holders(store, p.id, TODAY);
  }
  const subjects = sample([...(await store.subjects.list())].sort((a, b) => a.id.localeCompare(b.id)), 15);
  for (const s of subjects) for (const at of DATES) out[`route ${s.id} ${at.text}`] = await route(store, s.code ?? s.id, at).catch((e: Error) => e.message);
  for (const p of sample([...(await store.people.list())].sort((a, b) => a.id.localeCompare(b.id)), 8)) out[`search ${p.name}`] = await search(store, p.name);
  out['check'] = await check(store, TODAY);
  return out;
};

const results: string[] = [];

describe.each(DATASETS.filter((d) => chosen(d.name)))('$name: exported in every format, imported into an empty database', (dataset) => {
  let source: Database;
  let before: string[];
  let asked: Record<string, unknown>;
  beforeAll(async () => {
    source = await openDatabase(await databaseTargets[0]!.create());
    await dataset.load(Store.of(source));
    before = await dump(Store.of(source), `${dataset.name}-before`);
    asked = await answers(Store.of(source));
  }, 900_000);
  afterAll(async () => source?.close());

  const cases: [ExportFormat, string, DatabaseTarget][] = EXPORT_FORMATS.flatMap((f) => databaseTargets.map((t): [ExportFormat, string, DatabaseTarget] => [f, t.name, t]));
  it.each(cases)('%s into %s: nothing rejected, the same sorted dump, the same answers', async (format, _kind, target) => {
    const out = join(dir, `${dataset.name}-${format}${format === 'csv' ? '' : format === 'popolo' ? '.json' : '.jsonl'}`.replace(/[^\w.-]+/g, '-'));
    await exportRegistry(Store.of(source), format, out);
    const copy = await openDatabase(await target.create());
    try {
      const report = await importFile(Store.of(copy), out, { format });
      const rejected = report.entries.filter((e) => e.status === 'rejected');
      const after = await dump(Store.of(copy), `${dataset.name}-${format}-${target.name}`);
      const same = after.length === before.length && after.every((line, i) => line === before[i]);
      const answered = await answers(Store.of(copy));
      const differing = Object.keys(asked).filter((k) => JSON.stringify(asked[k]) !== JSON.stringify(answered[k]));
      results.push(`| ${dataset.name} | ${format} | ${target.name} | ${report.totals.read} | ${rejected.length} | ${same ? 'identical' : `differs (${before.length} → ${after.length} lines)`} | ${Object.keys(asked).length - differing.length}/${Object.keys(asked).length} |`);
      expect(rejected.map((e) => `${e.file}:${e.line ?? ''} ${e.message}`)).toEqual([]);
      expect(after).toEqual(before);
      expect(differing).toEqual([]);
    } finally {
      await copy.close();
    }
  }, 900_000);
});

afterAll(() => {
  if (results.length) console.log(['| dataset | format | into | records read | rejected | sorted dump | answers equal |', '|---|---|---|---|---|---|---|', ...results].join('\n'));
});
