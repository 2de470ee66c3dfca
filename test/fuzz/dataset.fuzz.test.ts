import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TYPE_SECTION } from '../../src/dataset/dataset.schema.js';
import { balanced } from '../../src/dataset/import-report.js';
import { importFile } from '../../src/services/import.service.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { contentDigest } from '../support/content-digest.js';
import { FUZZ_TIMEOUT, FuzzFigures, hostileJson, mutateText, runs, textMutation } from './fuzz-support.js';

/** Sources, heads of state and premiers from the bundle, as one dataset: every kind of record, references between them. */
const BASE: Record<string, Record<string, unknown>[]> = {};
for (const f of ['sources.json', 'dprk-heads-of-state.json', 'dprk-premiers.json']) {
  for (const [k, v] of Object.entries(JSON.parse(readFileSync(`data/${f}`, 'utf8')) as Record<string, unknown>)) {
    if (Array.isArray(v)) (BASE[k] ??= []).push(...(v as Record<string, unknown>[]));
  }
}
const SECTIONS = Object.keys(BASE);

/** One change to the base: a field set to a hostile value, a field removed, a record added or duplicated. */
const recordMutation = fc.record({
  section: fc.constantFrom(...SECTIONS),
  index: fc.nat(),
  op: fc.constantFrom('set', 'delete', 'duplicate', 'add'),
  field: fc.oneof(fc.constantFrom('id', 'name', 'source', 'start', 'end', 'person', 'post', 'organization', 'seats', 'names', 'url', 'nativeName', 'acting', 'kind', 'subject'), fc.string({ maxLength: 8 })),
  value: hostileJson,
});

const mutatedDataset = fc.oneof(
  fc.array(recordMutation, { minLength: 1, maxLength: 6 }).map((ms) => {
    const copy = structuredClone(BASE);
    for (const m of ms) {
      const list = copy[m.section]!;
      const rec = list[m.index % list.length]!;
      if (m.op === 'set') rec[m.field] = m.value;
      else if (m.op === 'delete') delete rec[m.field];
      else if (m.op === 'duplicate') list.push(structuredClone(rec));
      else list.push({ [m.field]: m.value });
    }
    return JSON.stringify(copy);
  }),
  fc.array(textMutation, { minLength: 1, maxLength: 4 }).map((ms) => mutateText(JSON.stringify(BASE, null, 1), ms)),
);

describe('fuzzing the dataset importer', () => {
  const figures = new FuzzFigures('dataset JSON: import into SQLite');
  const lines = new FuzzFigures('JSON Lines: import into SQLite');
  let database: Database;
  const dir = mkdtempSync(join(tmpdir(), 'chancery-fuzz-'));
  let n = 0;

  beforeAll(async () => {
    database = await openDatabase(join(dir, 'registry.db'));
    writeFileSync(join(dir, 'base.json'), JSON.stringify(BASE));
    await importFile(Store.of(database), join(dir, 'base.json'));
  });
  afterAll(async () => {
    figures.report();
    lines.report();
    await database?.close();
  });

  const importChecked = async (f: FuzzFigures, file: string, text: string): Promise<void> => {
    writeFileSync(file, text);
    const before = await contentDigest(database);
    const { refused } = await f.run(() => text, async () => {
      const report = await importFile(Store.of(database), file);
      expect(balanced(report), JSON.stringify(report.totals)).toBe(true);
    });
    if (refused) expect(await contentDigest(database)).toBe(before);
  };

  it('imports any mutation of a dataset with every record accounted for, or refuses it and changes nothing', async () => {
    await fc.assert(fc.asyncProperty(mutatedDataset, (text) => importChecked(figures, join(dir, `d-${++n}.json`), text)), { numRuns: runs(25, 20_000) });
  }, FUZZ_TIMEOUT);

  it('does the same for JSON Lines', async () => {
    const asLines = fc.array(recordMutation, { minLength: 1, maxLength: 6 }).map((ms) => {
      const recordOf = new Map(Object.entries(TYPE_SECTION).map(([type, section]) => [section as string, type]));
      const recs = SECTIONS.flatMap((s) => BASE[s]!.slice(0, 3).map((r) => ({ record: recordOf.get(s) ?? s, ...r })));
      for (const m of ms) {
        const rec = recs[m.index % recs.length] as Record<string, unknown>;
        if (m.op === 'delete') delete rec[m.field];
        else rec[m.field] = m.value;
      }
      return recs.map((r) => JSON.stringify(r)).join('\n');
    });
    await fc.assert(fc.asyncProperty(asLines, (text) => importChecked(lines, join(dir, `l-${++n}.jsonl`), text)), { numRuns: runs(15, 20_000) });
  }, FUZZ_TIMEOUT);
});
