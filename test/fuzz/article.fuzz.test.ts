import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjectCatalog } from '../../src/domain/subjects/subject-catalog.js';
import { mapArticle } from '../../src/importers/article/article-mapper.js';
import { parseArticle } from '../../src/importers/article/article-parser.js';
import { balanced } from '../../src/dataset/import-report.js';
import { importFile } from '../../src/services/import.service.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { contentDigest } from '../support/content-digest.js';
import { FUZZ_TIMEOUT, FuzzFigures, mutateText, runs, textMutation } from './fuzz-support.js';

const ARTICLES = [readFileSync('data/mfa-dprk.article.txt', 'utf8'), readFileSync('test/fixtures/synthetic.article.txt', 'utf8')];
const source = { id: 'fuzz', title: 'Fuzzed article', kind: 'article' as const };
const mutatedArticle = fc.tuple(fc.nat({ max: ARTICLES.length - 1 }), fc.array(textMutation, { minLength: 1, maxLength: 8 })).map(([i, ms]) => mutateText(ARTICLES[i]!, ms));

describe('fuzzing the article importer', () => {
  const parsing = new FuzzFigures('article: parse and map');
  const importing = new FuzzFigures('article: import into SQLite');
  let database: Database;
  const dir = mkdtempSync(join(tmpdir(), 'chancery-fuzz-'));

  beforeAll(async () => {
    database = await openDatabase(join(dir, 'registry.db'));
  });
  afterAll(async () => {
    parsing.report();
    importing.report();
    await database?.close();
  });

  it('parses and maps any mutation of a real article without crashing, in bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArticle, async (text) => {
        await parsing.run(() => JSON.stringify(text), () => mapArticle(parseArticle(text, 'fuzz.txt'), source, subjectCatalog()));
      }),
      { numRuns: runs(150, 80_000) },
    );
  }, FUZZ_TIMEOUT);

  it('imports any mutation with every record accounted for, or refuses it and changes nothing', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(mutatedArticle, async (text) => {
        const file = join(dir, `article-${++n}.txt`);
        writeFileSync(file, text);
        // A fresh database every 25 inputs: the digest reads every row, and each accepted article adds some.
        if (n % 25 === 0) {
          await database.close();
          database = await openDatabase(join(dir, `registry-${n}.db`));
        }
        const before = await contentDigest(database);
        const { refused } = await importing.run(() => JSON.stringify(text), async () => {
          const report = await importFile(Store.of(database), file, { format: 'article' });
          expect(balanced(report)).toBe(true);
        });
        if (refused) expect(await contentDigest(database)).toBe(before);
      }),
      { numRuns: runs(10, 2_000) },
    );
  }, FUZZ_TIMEOUT);
});
