import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../src/dataset/csv-columns.js';
import { CsvParser, parseCsv, readCsvFile } from '../../src/importers/csv/csv-reader.js';

const field = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', 'é', '최', '1') , maxLength: 12 });
const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 20 });

describe('CSV', () => {
  it('reads back every table it writes, whatever the fields hold (commas, quotes, line breaks, Hangul)', () => {
    fc.assert(fc.property(rows, (table) => {
      expect(parseCsv(table.map((r) => csvLine(r)).join(''))).toEqual(table);
    }), { numRuns: 500 });
  });

  it('gives the same rows however the input is cut into chunks', () => {
    fc.assert(fc.property(rows, fc.array(fc.nat(), { maxLength: 8 }), (table, cuts) => {
      const text = table.map((r) => csvLine(r)).join('');
      const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
      const p = new CsvParser('x');
      const out: string[][] = [];
      let at = 0;
      for (const cut of [...points, text.length]) {
        out.push(...p.feed(text.slice(at, cut)).map((r) => r.values));
        at = cut;
      }
      out.push(...p.end().map((r) => r.values));
      expect(out).toEqual(table);
    }), { numRuns: 300 });
  });

  it('reads CRLF, a missing final line break, and names the line of a malformed row', async () => {
    expect(parseCsv('a,b\r\n1,"x\r\ny"\r\n2,3')).toEqual([['a', 'b'], ['1', 'x\r\ny'], ['2', '3']]);
    const dir = mkdtempSync(join(tmpdir(), 'chancery-csv-'));
    const file = join(dir, 'people.csv');
    writeFileSync(file, '\uFEFFid,name\np1,"Kim\nJong"\np2,Ri,extra\n');
    const read: { line: number; fields: Record<string, string> }[] = [];
    await expect((async () => {
      for await (const r of readCsvFile(file, 'people.csv')) read.push(r);
    })()).rejects.toMatchObject({ code: 'PARSE_ERROR', place: { file: 'people.csv', line: 4 } });
    expect(read).toEqual([{ line: 2, fields: { id: 'p1', name: 'Kim\nJong' } }]);
    expect(() => parseCsv('a,b"c"\n')).toThrow(/quote inside an unquoted field/);
    expect(() => parseCsv('"open\n')).toThrow(/not closed/);
  });
});
