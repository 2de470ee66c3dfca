import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellOf, plainCell } from '../../src/dataset/csv-columns.js';
import { parseCsv } from '../../src/importers/csv/csv-reader.js';
import { exportRegistry } from '../../src/services/export.service.js';
import { importFile } from '../../src/services/import.service.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets, openFresh } from '../support/databases.js';

/**
 * What spreadsheets run as formulas (OWASP "CSV injection"), and values that only look like an escaped one. (A
 * carriage return is refused in stored text as a control character, so it is tried on cells alone.)
 */
const HOSTILE = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(1)', '=1+1', '-2+3', '\t=1', "'=1+1", "''@x", "'plain", "'", '-', '='];

describe('CSV cells a spreadsheet would run', () => {
  it('are written behind a leading quote and read back exactly, whatever the text', () => {
    const text = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ', '1'), maxLength: 8 });
    fc.assert(fc.property(text, (v) => {
      const cell = cellOf(v);
      expect(plainCell(cell)).toBe(v);
      // Never a cell a spreadsheet would evaluate.
      expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }), { numRuns: 2000 });
    for (const v of [...HOSTILE, '\r=1']) expect(plainCell(cellOf(v))).toBe(v);
  });
});

describe.each(databaseTargets)('CSV export of hostile names and claims, on $name', (target) => {
  it('writes people.csv, claims.csv and sources.csv safe to open, and imports them back to the same values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chancery-csv-injection-'));
    const dataset = {
      sources: HOSTILE.map((title, i) => ({ id: `s${i}`, title, kind: 'web-page' })),
      people: HOSTILE.map((name, i) => ({ id: `p${i}`, name, source: `s${i}` })),
      claims: HOSTILE.map((value, i) => ({ entity: `person:p${i}`, field: 'note', value, source: `s${i}` })),
    };
    writeFileSync(join(dir, 'in.json'), JSON.stringify(dataset));
    const source = await openFresh(target);
    const copy = await openFresh(target);
    try {
      const first = await importFile(Store.of(source), join(dir, 'in.json'));
      expect(first.totals.rejected, JSON.stringify(first.entries)).toBe(0);
      await exportRegistry(Store.of(source), 'csv', join(dir, 'out'));
      for (const file of ['people.csv', 'claims.csv', 'sources.csv']) {
        const cells = parseCsv(readFileSync(join(dir, 'out', file), 'utf8')).flat();
        expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c)), file).toEqual([]);
      }
      const people = parseCsv(readFileSync(join(dir, 'out', 'people.csv'), 'utf8'));
      const nameColumn = people[0]!.indexOf('name');
      expect(people.slice(1).map((r) => r[nameColumn])).toContain(`'=HYPERLINK("http://x","y")`);
      const back = await importFile(Store.of(copy), join(dir, 'out'), { format: 'csv' });
      expect(back.totals.rejected, JSON.stringify(back.entries)).toBe(0);
      const names = (await copy.db.selectFrom('people').select(['id', 'name']).execute()).filter((p) => /^p\d+$/.test(p.id));
      expect(Object.fromEntries(names.map((p) => [p.id, p.name]))).toEqual(Object.fromEntries(dataset.people.map((p) => [p.id, p.name])));
      const claims = await copy.db.selectFrom('claims').select(['value']).where('field', '=', 'note').execute();
      expect(claims.map((c) => c.value).sort()).toEqual([...HOSTILE].sort());
      const titles = await copy.db.selectFrom('sources').select(['title']).where('id', 'like', 's%').execute();
      expect(titles.map((t) => t.title).sort()).toEqual([...HOSTILE].sort());
    } finally {
      await source.close();
      await copy.close();
    }
  });
});
