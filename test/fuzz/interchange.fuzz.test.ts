import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_UNEXPECTED } from '../../src/cli/exit-codes.js';
import { balanced } from '../../src/dataset/import-report.js';
import { exportRegistry } from '../../src/services/export.service.js';
import { type ImportFormat, importFile } from '../../src/services/import.service.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { runCli } from '../support/cli.js';
import { contentDigest } from '../support/content-digest.js';
import { FUZZ_TIMEOUT, FuzzFigures, hostileJson, LONG, mutateText, runs, textMutation } from './fuzz-support.js';
import { INTERCHANGE_BASES } from './interchange-bases.js';

/** One change to a folder's files: a text mutation, a column renamed or dropped, a BOM, a file replaced or removed. */
const folderMutation = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), file: fc.nat(), m: textMutation }),
  fc.record({ kind: fc.constantFrom('rename-column' as const, 'drop-column' as const), file: fc.nat(), column: fc.nat(), name: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('bom' as const), file: fc.nat() }),
  fc.record({ kind: fc.constant('json' as const), file: fc.nat(), value: hostileJson }),
  fc.record({ kind: fc.constant('bytes' as const), file: fc.nat(), bytes: fc.uint8Array({ maxLength: 2000 }) }),
  fc.record({ kind: fc.constant('remove' as const), file: fc.nat() }),
);
type FolderMutation = typeof folderMutation extends fc.Arbitrary<infer T> ? T : never;

/** Applies mutations to a copy of a folder's files (paths relative to it). */
const mutateFolder = (files: Record<string, string>, mutations: readonly FolderMutation[]): Record<string, string | Uint8Array> => {
  const out: Record<string, string | Uint8Array> = { ...files };
  for (const m of mutations) {
    const names = Object.keys(out);
    if (!names.length) break;
    const name = names[m.file % names.length]!;
    const text = typeof out[name] === 'string' ? (out[name] as string) : Buffer.from(out[name]!).toString('utf8');
    if (m.kind === 'text') out[name] = mutateText(text, [m.m]);
    else if (m.kind === 'bom') out[name] = `\uFEFF${text}`;
    else if (m.kind === 'json') out[name] = JSON.stringify(m.value);
    else if (m.kind === 'bytes') out[name] = m.bytes;
    else if (m.kind === 'remove') delete out[name];
    else {
      const [header = '', ...rest] = text.split('\n');
      const cols = header.split(',');
      const i = m.column % Math.max(1, cols.length);
      if (m.kind === 'drop-column') cols.splice(i, 1);
      else cols[i] = m.name;
      out[name] = [cols.join(','), ...rest].join('\n');
    }
  }
  return out;
};

const writeFolder = (dir: string, files: Record<string, string | Uint8Array>): void => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
};

/** Reads a folder's files as texts, by path relative to it. */
const readFolder = (dir: string, under = ''): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(dir, under), { withFileTypes: true })) {
    const rel = under ? `${under}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, readFolder(dir, rel));
    else out[rel] = readFileSync(join(dir, rel), 'utf8');
  }
  return out;
};

interface Format {
  name: string;
  format: ImportFormat;
  /** The files of a good input; a single file is `{ '': text }`. */
  base: () => Record<string, string>;
}

describe('fuzzing the interchange importers (through the import service, and a few through the CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-fuzz-interchange-'));
  let database: Database;
  let exported: { csv: Record<string, string>; popolo: string };
  let n = 0;
  const pocomBase = readFolder(fileURLToPath(new URL('../fixtures/pocom-mini', import.meta.url)));
  delete pocomBase['README.md'];

  beforeAll(async () => {
    database = await openDatabase(join(dir, 'registry.db'));
    // A registry of every kind of record, exported as each format reads it back: the good inputs to mutate.
    const source = await openDatabase(join(dir, 'source.db'));
    const { datasetBase } = await import('./interchange-bases.js');
    writeFileSync(join(dir, 'base.json'), JSON.stringify(datasetBase()));
    await importFile(Store.of(source), join(dir, 'base.json'));
    await exportRegistry(Store.of(source), 'csv', join(dir, 'csv-base'));
    await exportRegistry(Store.of(source), 'popolo', join(dir, 'base.popolo.json'));
    await source.close();
    exported = { csv: readFolder(join(dir, 'csv-base')), popolo: readFileSync(join(dir, 'base.popolo.json'), 'utf8') };
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const formats: Format[] = [
    { name: 'CSV folder', format: 'csv', base: () => exported.csv },
    { name: 'Popolo', format: 'popolo', base: () => ({ '': exported.popolo }) },
    { name: 'EveryPolitician', format: 'everypolitician', base: () => INTERCHANGE_BASES.everypolitician },
    { name: 'Wikidata tables', format: 'wikidata-csv', base: () => INTERCHANGE_BASES.wikidata },
    { name: 'IfG ministers', format: 'ifg', base: () => INTERCHANGE_BASES.ifg },
    { name: 'POCOM', format: 'pocom', base: () => pocomBase },
  ];

  for (const f of formats) {
    const figures = new FuzzFigures(`${f.name}: import into SQLite`);
    it(`${f.name}: imports any mutation of a good input with every record accounted for, or refuses it with its place and changes nothing`, async () => {
      const input = fc.oneof(
        { weight: 4, arbitrary: fc.array(folderMutation, { minLength: 1, maxLength: 4 }) },
        { weight: 1, arbitrary: fc.constant([] as FolderMutation[]) },
      );
      await fc.assert(fc.asyncProperty(input, async (mutations) => {
        const files = mutateFolder(f.base(), mutations);
        const single = Object.keys(f.base()).length === 1 && '' in f.base();
        const path = join(dir, `in-${++n}${single ? '.json' : ''}`);
        if (single) writeFileSync(path, files[''] ?? '');
        else writeFolder(path, files);
        // The quick run checks that a refusal writes nothing (a digest of every table); the long run, 20,000 inputs a
        // format, leaves that to it and checks the rest.
        const before = LONG ? '' : await contentDigest(database);
        const { refused, error } = await figures.run(() => JSON.stringify(mutations).slice(0, 2000), async () => {
          const report = await importFile(Store.of(database), path, { format: f.format });
          expect(balanced(report), JSON.stringify(report.totals)).toBe(true);
          // A format's own source and nothing else is not an import.
          expect(report.totals.read - (report.counts['source']?.read ?? 0)).toBeGreaterThan(0);
        });
        if (refused) {
          // The documented error names its file (and line where it has one).
          expect((error as { place: { file?: string } }).place.file, String(error)).toBeTruthy();
          if (!LONG) expect(await contentDigest(database)).toBe(before);
        }
        rmSync(path, { recursive: true, force: true });
      }), { numRuns: runs(20, 20_000) });
      // Each format's figures as soon as it is done: a long run cut short keeps those it has.
      figures.report();
    }, FUZZ_TIMEOUT);
  }

  it('the CLI never ends a malformed import with exit 70: a BOM, a renamed column, noise, a JSON object that is not Popolo', async () => {
    const positions = INTERCHANGE_BASES.everypolitician['North_Korea/positions.json']!;
    // A byte-order mark alone is no error: the file is read as if it had none.
    const bom = join(dir, `cli-${++n}`);
    writeFolder(bom, { ...INTERCHANGE_BASES.everypolitician, 'North_Korea/positions.json': `\uFEFF${positions}` });
    expect((await runCli(['import', bom, '--format', 'everypolitician', '--db', join(dir, 'cli.db')])).code).toBe(0);
    const cases: [ImportFormat, Record<string, string | Uint8Array>][] = [
      ['everypolitician', { ...INTERCHANGE_BASES.everypolitician, 'North_Korea/positions.json': `\uFEFF${positions.slice(0, 200)}` }],
      ['everypolitician', { ...INTERCHANGE_BASES.everypolitician, 'North_Korea/positions.json': '{"Q1": [{"label": "no id"}]}' }],
      ['everypolitician', { ...INTERCHANGE_BASES.everypolitician, 'North_Korea/positions.csv': INTERCHANGE_BASES.everypolitician['North_Korea/positions.csv']!.replace('name,', 'fullname,') }],
      ['wikidata-csv', { ...INTERCHANGE_BASES.wikidata, 'meta.json': `\uFEFF{"jurisdiction": ` }],
      ['wikidata-csv', { ...INTERCHANGE_BASES.wikidata, 'html/bio.csv': INTERCHANGE_BASES.wikidata['html/bio.csv']!.replace('name', 'label') }],
      ['ifg', { ...INTERCHANGE_BASES.ifg, 'appointment.csv': INTERCHANGE_BASES.ifg['appointment.csv']!.replace('start_date', 'started') }],
    ];
    for (const [format, files] of cases) {
      const path = join(dir, `cli-${++n}`);
      writeFolder(path, files);
      const r = await runCli(['import', path, '--format', format, '--db', join(dir, 'cli.db')]);
      expect(r.code, r.stderr).toBe(4);
      expect(r.code).not.toBe(EXIT_UNEXPECTED);
      expect(r.stderr).toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[\\w/.-]+(:\\d+)?: `));
    }
    for (const text of ['{"foo":1}', 'x'.repeat(1000), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1')]) {
      const file = join(dir, `cli-${++n}.json`);
      writeFileSync(file, text);
      const r = await runCli(['import', file, '--format', 'popolo', '--db', join(dir, 'cli.db')]);
      expect(r.code, r.stderr).toBe(4);
      expect(r.stderr).toContain(file);
    }
    // A country folder given alone imports as its country, not as one source and nothing else.
    const folder = join(dir, `cli-${++n}`);
    writeFolder(folder, INTERCHANGE_BASES.everypolitician);
    const r = await runCli(['import', join(folder, 'North_Korea'), '--db', join(dir, 'country.db'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { totals: { created: number }; counts: Record<string, { created: number }> };
    expect(report.counts['person']?.created).toBeGreaterThan(2);
    expect(report.counts['appointment']?.created).toBeGreaterThan(2);
  }, 120_000);

  it('the long run\'s finds: a claimed end that is not a date is refused in its place; a POCOM folder without a section imports the rest', async () => {
    // A Popolo export whose claim of a term's end reads "2(013-04-01": that record is rejected with its place, the rest imported.
    const popolo = exported.popolo.replace(/"field":"end","value":"(\d)(\d{3}-\d\d-\d\d)"/, '"field":"end","value":"$1($2"');
    expect(popolo).not.toBe(exported.popolo);
    const file = join(dir, `claim-${++n}.json`);
    writeFileSync(file, popolo);
    const db = await openDatabase(join(dir, `claim-${n}.db`));
    const report = await importFile(Store.of(db), file, { format: 'popolo' });
    await db.close();
    expect(balanced(report)).toBe(true);
    expect(report.counts['claim']?.rejected).toBe(1);
    expect(report.entries.find((e) => e.status === 'rejected')).toMatchObject({ file, field: expect.stringMatching(/claims\[\d+\]\.value$/) as unknown });
    // POCOM without its concurrent appointments: read as empty, and the report says so.
    const folder = join(dir, `pocom-${++n}`);
    writeFolder(folder, Object.fromEntries(Object.entries(pocomBase).filter(([k]) => !k.startsWith('concurrent-appointments/'))));
    const pocom = await openDatabase(join(dir, `pocom-${n}.db`));
    const r = await importFile(Store.of(pocom), folder, { format: 'pocom' });
    await pocom.close();
    expect(balanced(r)).toBe(true);
    expect(r.counts['appointment']?.created).toBeGreaterThan(5);
    expect(r.entries.some((e) => e.message?.includes('concurrent-appointments/ is not in the folder'))).toBe(true);
  }, 60_000);
});
