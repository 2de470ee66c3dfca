import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of decision 14, as rooms and tiers: an import may point down a tier or stay in its own room, never up
 * and never sideways into another room of its tier. Faces (the CLI, the API, the web app) ask services; services use
 * storage, the importers and the exporters; those three share the dataset format; everything stands on the domain.
 */
const ROOMS: { room: string; dir: string; tier: number }[] = [
  { room: 'web', dir: 'web/src', tier: 4 },
  { room: 'cli', dir: 'src/cli', tier: 4 },
  { room: 'api', dir: 'src/api', tier: 4 },
  { room: 'services', dir: 'src/services', tier: 3 },
  { room: 'storage', dir: 'src/storage', tier: 2 },
  { room: 'importers', dir: 'src/importers', tier: 2 },
  { room: 'exporters', dir: 'src/exporters', tier: 2 },
  { room: 'dataset', dir: 'src/dataset', tier: 1 },
  { room: 'domain', dir: 'src/domain', tier: 0 },
  // The package's own facts (its version, where its files are): below everything, importing nothing of src.
  { room: 'package', dir: 'src/version.ts', tier: 0 },
  { room: 'package', dir: 'src/package-files.ts', tier: 0 },
];

/**
 * Edges allowed across rooms of one tier or from the web app into src, each with its reason. Anything else that
 * is not straight down is a finding.
 */
const ALLOWED: { from: string; to: string; why: string }[] = [
  // `chancery serve` starts the HTTP API: the CLI composes the API face, it asks it nothing.
  { from: 'cli', to: 'api', why: 'serve starts the API' },
];

/** The web app runs in a browser: from src it takes only the domain's pure rules (dates), never a service or storage. */
const WEB_MAY_IMPORT = new Set(['web', 'domain']);

/** Packages only one room may use: the SQL drivers and the query builder belong to storage alone. */
const PACKAGE_ROOMS: Record<string, readonly string[]> = {
  'better-sqlite3': ['storage'],
  pg: ['storage'],
  kysely: ['storage'],
};

const roomOf = (file: string) => ROOMS.find((r) => file === r.dir || file.startsWith(`${r.dir}/`));

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });

/** Every module a file imports, exports from or loads dynamically, as written (type-only imports included). */
const importsOf = (file: string): string[] =>
  ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);

const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

/** What breaks the layers among these files and their imports: "file → import (why)". */
const layerViolations = (files: readonly { file: string; imports: readonly string[] }[]): string[] => {
  const found: string[] = [];
  for (const { file, imports } of files) {
    const from = roomOf(file);
    if (!from) {
      found.push(`${file}: in no room of the layers`);
      continue;
    }
    for (const spec of imports) {
      if (!spec.startsWith('.')) {
        const rooms = PACKAGE_ROOMS[packageName(spec)];
        if (rooms && !rooms.includes(from.room)) found.push(`${file} → ${spec} (only ${rooms.join(', ')} may use it)`);
        continue;
      }
      const target = relative('.', resolve(dirname(file), spec)).replace(/\.js$/, '.ts');
      const to = roomOf(target) ?? roomOf(target.replace(/\.ts$/, '.tsx'));
      if (!to) {
        found.push(`${file} → ${spec} (outside the layers)`);
        continue;
      }
      if (to.room === from.room) continue;
      if (from.room === 'web' && !WEB_MAY_IMPORT.has(to.room)) found.push(`${file} → ${spec} (the web app takes only the domain from src)`);
      else if (to.tier > from.tier) found.push(`${file} → ${spec} (up: ${from.room} → ${to.room})`);
      else if (to.tier === from.tier && !ALLOWED.some((a) => a.from === from.room && a.to === to.room)) found.push(`${file} → ${spec} (sideways: ${from.room} → ${to.room})`);
    }
  }
  return found;
};

const ALL = [...sourceFiles('src'), ...sourceFiles('web/src')].map((file) => ({ file, imports: importsOf(file) }));

describe('the import graph', () => {
  it('points one way: faces → services → storage, importers, exporters → dataset format → domain', () => {
    expect(ALL.length).toBeGreaterThan(100);
    expect(layerViolations(ALL)).toEqual([]);
  });

  it('reads every kind of import: type-only, re-exports, dynamic imports', () => {
    const imports = importsOf('src/services/import.service.ts');
    expect(imports).toContain('../importers/interchange/popolo.reader.js');
    expect(imports).toContain('../dataset/dataset-records.js');
  });

  it('finds each kind of breach: up a layer, sideways, a driver above storage, a service in the web app, the domain leaning on anything', () => {
    const planted = [
      { file: 'src/storage/x.repository.ts', imports: ['../services/who.service.js'] },
      { file: 'src/exporters/x.exporter.ts', imports: ['../importers/csv/csv-reader.js'] },
      { file: 'src/importers/x.reader.ts', imports: ['../storage/store.js'] },
      { file: 'src/services/x.service.ts', imports: ['kysely'] },
      { file: 'src/api/x.ts', imports: ['better-sqlite3'] },
      { file: 'web/src/x.ts', imports: ['../../src/services/who.service.js'] },
      { file: 'src/domain/x.ts', imports: ['../dataset/dataset.schema.js'] },
      { file: 'src/domain/y.ts', imports: ['../version.js'] },
      { file: 'src/dataset/x.ts', imports: ['../importers/import-report.js'] },
    ];
    expect(planted.map((p) => layerViolations([p]).length)).toEqual(planted.map(() => 1));
    // And what is allowed stays allowed: straight down, within a room, the CLI starting the API, the web app's dates.
    const fine = [
      { file: 'src/api/x.ts', imports: ['../services/who.service.js', '../storage/store.js', '../domain/model.js', './schemas.js', 'fastify'] },
      { file: 'src/services/x.service.ts', imports: ['../importers/csv/csv-reader.js', '../exporters/csv.exporter.js', '../dataset/dataset-records.js'] },
      { file: 'src/cli/commands/x.command.ts', imports: ['../../api/app.js'] },
      { file: 'web/src/x.ts', imports: ['../../src/domain/time/day.js', './api-types.js'] },
      { file: 'src/storage/x.ts', imports: ['kysely', 'pg', '../domain/model.js'] },
    ];
    expect(layerViolations(fine)).toEqual([]);
  });
});
