import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDomainError } from '../../src/domain/errors.js';
import { balanced } from '../../src/dataset/import-report.js';
import { importFile, readInput } from '../../src/services/import.service.js';
import type { Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { contentDigest } from '../support/content-digest.js';
import { databaseTargets, openFresh } from '../support/databases.js';

/**
 * Inputs that once hung, crashed or slipped through (issue 9). No timed assertions: a regression to super-linear
 * time shows as the test's own time limit running out (the `((((` article took 280 s; 2,000 namesakes 99 s).
 */
describe.each(databaseTargets)('hostile input on $name', (target) => {
  let database: Database;
  let store: Store;
  const dir = mkdtempSync(join(tmpdir(), 'chancery-hostile-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const refusal = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (e) {
      if (isDomainError(e)) return e;
      throw e;
    }
    throw new Error('expected a refusal');
  };

  beforeAll(async () => {
    database = await openFresh(target);
    store = Store.of(database);
  });
  afterAll(async () => database?.close());

  it('reads an article line of 147 KB of "(" in linear time', async () => {
    const text = `= Ministry of Brackets (Testland) =\n\n== History ==\nThe Ministry was established in ${'('.repeat(147_000)} 1950.\n`;
    const report = await importFile(store, file('parens.txt', text), { format: 'article' });
    expect(balanced(report)).toBe(true);
  });

  it('reads an article with 5,000 table rows in linear time, keeping every row', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `| ${i + 1} | | Person Number${i} | ${1000 + i}-01-01 | ${1001 + i}-01-01 |`);
    const text = `= Ministry of Rows (Testland) =\n\n- Minister1 Name: A\n- Minister1 Pfo: Minister of Tests\n\n== List ==\n| | Portrait | Name | Term of office | |\n| Took office | Left office |\n${rows.join('\n')}\n`;
    const report = await importFile(store, file('rows.txt', text), { format: 'article' });
    expect(balanced(report)).toBe(true);
    expect(report.counts['person']?.read).toBe(5000);
  }, 60_000);

  it('reads a two-line table header of thousands of labels in linear time (a fuzzed one once took seconds)', async () => {
    // Each label of the first line is tried over the sub-labels of the second: counted per column once, not per pair.
    const first = `| ${Array.from({ length: 2000 }, (_x, i) => `Label ${i}`).join(' | ')} |`;
    const second = `| Took office | Left off${'|-'.repeat(2000)}ice | Time in office |`;
    const rows = Array.from({ length: 10 }, (_x, i) => `| ${i + 1} | | Person ${i} | ${1950 + i} | ${1951 + i} |`).join('\n');
    const text = `= Ministry of Headers (Testland) =\n\n- Minister1 Name: A\n- Minister1 Pfo: Minister of Tests\n\n== List ==\n${first}\n${second}\n${rows}\n`;
    const report = await importFile(store, file('header.txt', text), { format: 'article' });
    expect(balanced(report)).toBe(true);
  }, 5_000);

  it('imports 2,000 people who share one name key without comparing all against all', async () => {
    const people = Array.from({ length: 2000 }, (_, i) => ({ id: `namesake-${i}`, name: i % 2 ? 'Gim Il' : 'Kim Il', source: 's' }));
    const report = await importFile(store, file('namesakes.json', JSON.stringify({ sources: [{ id: 's', title: 'A list', kind: 'curation' }], people })));
    expect(report.counts['person']).toMatchObject({ read: 2000, created: 2000 });
  }, 60_000);

  it('refuses a device, a FIFO and a directory at once, and a file over the size limit, naming the file', async () => {
    expect((await refusal(() => importFile(store, '/dev/zero', { format: 'article' }))).message).toMatch(/not a regular file/);
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect((await refusal(() => importFile(store, fifo, { format: 'dataset' }))).place.file).toBe(fifo);
    expect((await refusal(() => importFile(store, dir, { format: 'article' }))).code).toBe('INVALID_ARGUMENT');
    expect((await refusal(() => readInput(file('big.txt', 'x'.repeat(2000)), 1000))).message).toMatch(/2000 bytes; at most 1000/);
  });

  it('rejects NUL bytes, terminal escapes, unbounded names and unsafe links record by record, keeping the rest', async () => {
    const before = await contentDigest(database);
    const report = await importFile(store, file('nasty.json', JSON.stringify({
      sources: [{ id: 'ok', title: 'Fine', kind: 'curation' }, { id: 'js', title: 'Link', kind: 'web-page', url: 'javascript:alert(1)' }],
      people: [
        { id: 'nul', name: 'Kim\u0000Il', source: 'ok' }, { id: 'esc', name: 'Kim \u001b[2J', source: 'ok' },
        { id: 'long', name: 'K'.repeat(100_000), source: 'ok' }, { id: 'fine', name: 'Kim Fine', source: 'ok' },
      ],
      events: [{ kind: 'establish', date: '2020', unit: 'U'.repeat(100_000), source: 'ok' }],
    })));
    expect(balanced(report)).toBe(true);
    const rejectedFields = report.entries.filter((e) => e.status === 'rejected').map((e) => e.field);
    expect(rejectedFields).toEqual(expect.arrayContaining([expect.stringMatching(/url/), expect.stringMatching(/name/), expect.stringMatching(/unit/)]));
    expect(report.totals.rejected).toBe(5);
    expect((await store.people.get('fine'))?.name).toBe('Kim Fine');
    expect(await store.people.get('nul')).toBeUndefined();
    expect(await contentDigest(database)).not.toBe(before);
  });

  it('looks up more ids at once than the database allows variables in one statement', async () => {
    const ids = Array.from({ length: 70_000 }, (_, i) => `namesake-${i}`);
    expect((await store.people.getMany(ids)).length).toBe(2000);
  });
});
