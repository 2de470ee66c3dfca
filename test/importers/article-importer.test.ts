import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.js';
import { subjectCatalog } from '../../src/domain/subjects/subject-catalog.js';
import { mapArticle } from '../../src/importers/article/article-mapper.js';
import { parseArticle } from '../../src/importers/article/article-parser.js';
import { listItems, stripMarkup } from '../../src/importers/article/article-text.js';
import { sharedPath } from '../support/shared.js';

const SHARED_ARTICLE = sharedPath('sources', 'mfa-dprk.article.txt');
const source = { id: 'src', title: 'test', kind: 'article' as const };
const synthetic = () => parseArticle(readFileSync('test/fixtures/synthetic.article.txt', 'utf8'), 'synthetic.article.txt');

describe('article format, read in general', () => {
  it('merges a two-line header whose group stands anywhere, and pads cells lost at the end of a row', () => {
    const table = synthetic().sections.find((s) => s.title === 'Ministers')!.tables[0]!;
    expect(table.columns).toEqual(['No.', 'Name', 'Party', 'Tenure / From', 'Tenure / To', 'Prime minister']);
    expect(table.rows[1]!.value).toHaveLength(6);
  });

  it('reads numbered infobox groups and a formal name', () => {
    const doc = synthetic();
    expect(doc.formalName?.value).toBe('Ministry of Fisheries of the Kingdom of Ruritania');
    expect(doc.infobox.find((e) => e.key === 'Chief1 Position')?.group).toEqual({ name: 'Chief', index: 1, field: 'Position' });
  });

  it('maps another ministry: posts with seats, units, functions, holders, acting rows, and what it could not place', () => {
    const { dataset, entries } = mapArticle(synthetic(), source, subjectCatalog());
    const posts = Object.fromEntries(dataset.posts.map((p) => [p.name, p.seats]));
    expect(posts).toEqual({ 'Minister of Fisheries': 1, 'Deputy Minister': 1, 'State Secretary': 2 });
    const units = dataset.organizations.filter((o) => o.kind === 'department').map((o) => o.name);
    expect(units).toEqual(['Northern Waters Department', 'Southern Waters Department', 'Department of Fleet Licensing']);
    const subjects = dataset.responsibilities.map((r) => r.subjectId);
    expect(subjects).toEqual(expect.arrayContaining(['country:NO', 'country:IS', 'country:FO', 'country:PT', 'country:ES', 'function:fleet-licensing']));
    expect(dataset.organizations.find((o) => o.kind === 'association')?.name).toBe('Ruritania-Norway Fishing Association');
    const minister = dataset.appointments.filter((a) => a.postId.endsWith('minister-of-fisheries'));
    expect(minister.map((a) => [a.personId, a.kind === 'acting', a.interval.start?.text, a.interval.end.kind === 'date' ? a.interval.end.date.text : a.interval.end.kind])).toEqual([
      ['anna-tarlenheim', false, '1921-05-03', '1930-06'],
      ['karl-sapt', true, '1930-06-01', '1930-07-14'],
      ['fritz-von-tarlenheim', false, '1930-07-14', 'open'],
    ]);
    const notPlaced = entries.filter((e) => e.status === 'rejected');
    expect(notPlaced).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'responsibility', value: 'the Kingdom of Atlantis', line: 23, file: 'synthetic.article.txt' }),
      expect.objectContaining({ kind: 'appointment', value: 'sometime', line: 36 }),
    ]));
    expect(entries.some((e) => e.status === 'cleaned' && e.line === 28)).toBe(true);
    expect(dataset.claims.some((c) => c.field === 'concurrent:Prime minister' && c.value === 'Rudolf Elphberg Flavia Elphberg')).toBe(true);
  });

  it('rejects a file that is not an article, naming file and line', () => {
    const attempts: [string, number][] = [['no title\n', 1], ['= T =\n| a | b |\n', 2], ['= T =\n== Open ==\n=== broken ==\n', 3]];
    for (const [text, line] of attempts) {
      try {
        parseArticle(text, 'bad.txt');
        expect.unreachable();
      } catch (e) {
        expect((e as DomainError).code).toBe('PARSE_ERROR');
        expect((e as DomainError).place).toMatchObject({ file: 'bad.txt', line });
      }
    }
  });

  it('splits English lists however the last item is joined', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{2,9}( [A-Z][a-z]{2,9})?$/).filter((w) => !/^(And|The)\b/.test(w));
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 8 }), fc.boolean(), (items, oxford) => {
        const text = `${items.slice(0, -1).join(', ')}${oxford ? ',' : ''} and ${items[items.length - 1]}`;
        // An item may still hold "X and Y": the resolver splits it only when the whole names nothing.
        expect(listItems(`Oversees ${text}.`).flatMap((i) => i.split(' and '))).toEqual(items);
      }),
    );
  });

  it('removes stray markup but not hyphens or apostrophes', () => {
    expect(stripMarkup("Technological *Exchange")).toBe('Technological Exchange');
    expect(stripMarkup("Cote d'Ivoire [3]")).toBe("Cote d'Ivoire");
  });
});

describe('the Ministry of Foreign Affairs article', () => {
  const doc = parseArticle(readFileSync(SHARED_ARTICLE, 'utf8'), 'mfa-dprk.article.txt');
  const { dataset, entries } = mapArticle(doc, source, subjectCatalog());

  it('places every country of every department', () => {
    const count = (unit: string) => dataset.responsibilities.filter((r) => r.unitId.endsWith(unit)).length;
    expect(count('/asia-affairs-department-1')).toBe(2);
    expect(count('/asia-affairs-department-2')).toBe(28);
    expect(count('/european-affairs-department-1')).toBe(12);
    expect(count('/european-affairs-department-2')).toBe(45);
    expect(count('/north-american-affairs-department')).toBe(2);
    expect(count('/african-arab-and-latin-american-affairs-department')).toBe(102);
    expect(entries.filter((e) => e.status === 'rejected' && e.kind === 'responsibility')).toEqual([]);
  });

  it('reads twelve terms, one unnumbered (acting), with native names', () => {
    const terms = dataset.appointments.filter((a) => a.postId.endsWith(':minister-of-foreign-affairs'));
    expect(terms).toHaveLength(12);
    expect(terms.filter((a) => a.kind === 'acting').map((a) => a.personId)).toEqual(['kang-sok-ju']);
    expect(dataset.people.find((p) => p.id === 'choe-son-hui')?.nativeName).toBe('최선희');
  });

  it('leaves out only sentences that state no fact it knows', () => {
    expect(entries.filter((e) => e.status === 'rejected').map((e) => e.line)).toEqual([15, 25, 62]);
  });
});

describe('the article parser, on generated articles', () => {
  const word = fc.stringMatching(/^[A-Z][a-z]{1,8}$/);
  const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
  it('recovers every infobox entry, heading, list item and table row, with their lines', () => {
    fc.assert(
      fc.property(
        phrase,
        fc.array(fc.tuple(phrase, phrase), { maxLength: 5 }),
        fc.array(fc.tuple(phrase, fc.array(phrase, { maxLength: 4 })), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 99 }), phrase), { maxLength: 5 }),
        (title, infobox, sections, rows) => {
          const lines = [`= ${title} =`, '', ...infobox.map(([k, v]) => `- ${k}: ${v}`), ''];
          const expected: { title: string; line: number; bullets: string[] }[] = [];
          for (const [heading, bullets] of sections) {
            expected.push({ title: heading, line: lines.length + 1, bullets });
            lines.push(`== ${heading} ==`, ...bullets.map((b) => `- ${b}`), '');
          }
          lines.push('== Holders ==', '| No. | Name |', ...rows.map(([n, name]) => `| ${n} | ${name} |`));
          const doc = parseArticle(lines.join('\n'), 'gen.txt');
          expect(doc.title).toBe(title);
          expect(doc.infobox.map((e) => [e.key, e.value])).toEqual(infobox);
          expect(doc.sections.slice(0, -1).map((s) => ({ title: s.title, line: s.line, bullets: s.bullets.map((b) => b.value) }))).toEqual(expected);
          const table = doc.sections[doc.sections.length - 1]!.tables[0]!;
          expect(table.columns).toEqual(['No.', 'Name']);
          expect(table.rows.map((r) => r.value)).toEqual(rows.map(([n, name]) => [String(n), name]));
        },
      ),
    );
  });
});
